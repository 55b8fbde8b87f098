import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../app";
import type { Database } from "../db/client";
import { createDeps } from "../deps";
import { createTestApp, type TestApp } from "../test/app";
import { openSecondHandle } from "../test/db";
import { assignRole, makeDepartment, makePerson, makeUser } from "../test/factories";
import { authed, signIn } from "../test/session";
import { directoryCacheStats, directoryVersion } from "./cache";
import { holdersOf } from "./holders";
import { deputies, people, roleAssignments } from "./tables";

/**
 * The directory cache across two server instances on one database (issue #11 item 8): instance
 * A writes, instance B (its own database handle and so its own cache, as a second process would
 * have) must see the change on its very next read. On PostgreSQL (TEST_DATABASE_URL) B has its
 * own connection pool; on PGlite a second handle over the same engine.
 */
let a: TestApp;
let second: Database;
let b: { app: ReturnType<typeof createApp>; deps: TestApp["deps"]; clock: TestApp["clock"] };

beforeAll(async () => {
  a = await createTestApp({ profileId: "mic-guideline" });
  second = await openSecondHandle(a.database);
  const deps = createDeps(
    second,
    a.deps.profile(),
    { ...a.deps.config, auditInvariant: undefined },
    () => a.clock.now,
  );
  b = { app: createApp(deps), deps, clock: a.clock };
});
afterAll(async () => {
  await second?.close();
  await a?.close();
});

const hits = () => directoryCacheStats.hits;

describe("directory cache", () => {
  it("every committed change to the directory moves the version (at commit, once per transaction)", async () => {
    const db = a.database.db;
    const v0 = await directoryVersion(db);
    expect(v0).not.toBeNull();
    const person = await makePerson(db);
    const v1 = await directoryVersion(db);
    expect(v1).toBeGreaterThan(v0 as number);
    await assignRole(db, person.id, "ciso");
    const v2 = await directoryVersion(db);
    expect(v2).toBeGreaterThan(v1 as number);
    // Several rows in one transaction: one step, at the commit (not before).
    await db.transaction(async (tx) => {
      await tx.insert(roleAssignments).values([
        { personId: person.id, roleKey: "network_administrator" },
        { personId: person.id, roleKey: "system_staff" },
      ]);
      await tx.update(people).set({ title: "課長" }).where(eq(people.id, person.id));
      expect(await directoryVersion(tx)).toBe(v2);
    });
    const v3 = await directoryVersion(db);
    expect(v3).toBe((v2 as number) + 1);
    // A rolled-back change leaves the version where it was.
    await db
      .transaction(async (tx) => {
        await tx.insert(roleAssignments).values({ personId: person.id, roleKey: "ciso" });
        throw new Error("rollback");
      })
      .catch(() => {});
    expect(await directoryVersion(db)).toBe(v3);
  });

  it("B answers the department tree from memory, and sees a department A adds at once", async () => {
    const { user, password } = await makeUser(a.database.db);
    const api = authed(b, await signIn(b, user.loginId, password));
    const names = async () =>
      ((await (await api.get("/api/departments")).json()) as { items: Array<{ name: string }> }).items.map(
        (d) => d.name,
      );
    await names();
    const before = hits();
    await names();
    expect(hits()).toBeGreaterThan(before);
    const dept = await makeDepartment(a.database.db, { name: "キャッシュ確認課" });
    expect(await names()).toContain(dept.name);
    // A change of head count (a person joins) shows too.
    await makePerson(a.database.db, { departmentId: dept.id });
    const tree = (await (await api.get("/api/departments")).json()) as {
      items: Array<{ id: string; peopleCount?: number }>;
    };
    expect(tree.items.find((d) => d.id === dept.id)?.peopleCount).toBe(1);
  });

  it("a role assigned through A makes its holder a holder on B at once; a deputy period too; removal as well", async () => {
    const profile = a.deps.profile();
    const dept = await makeDepartment(a.database.db);
    const over = { departmentId: dept.id, bureauId: null };
    const holders = async () =>
      (await holdersOf(second.db, profile, "manage_department_security", over, a.clock.now)).map((h) => [
        h.personId,
        h.deputyFor,
      ]);
    expect(await holders()).toEqual([]);
    expect(await holders()).toEqual([]);
    const head = await makePerson(a.database.db, { departmentId: dept.id });
    const role = await assignRole(a.database.db, head.id, "security_system_manager", dept.id);
    expect(await holders()).toEqual([[head.id, null]]);
    const before = hits();
    expect(await holders()).toEqual([[head.id, null]]);
    expect(hits()).toBeGreaterThan(before);

    const deputy = await makePerson(a.database.db);
    const now = a.clock.now.getTime();
    await a.database.db.insert(deputies).values({
      principalPersonId: head.id,
      deputyPersonId: deputy.id,
      validFrom: new Date(now - 60_000),
      validTo: new Date(now + 60 * 60_000),
    });
    expect(await holders()).toEqual([
      [head.id, null],
      [deputy.id, head.id],
    ]);
    // The deputy period is read for the whole day, kept only while it runs.
    const later = new Date(now + 2 * 60 * 60_000);
    const afterPeriod = await holdersOf(second.db, profile, "manage_department_security", over, later);
    expect(afterPeriod.map((h) => h.personId)).toEqual([head.id]);

    await a.database.db.delete(roleAssignments).where(eq(roleAssignments.id, role.id));
    expect(await holders()).toEqual([]);
  });

  it("an uncommitted change inside a transaction is never served to other readers", async () => {
    const profile = a.deps.profile();
    const dept = await makeDepartment(a.database.db);
    const over = { departmentId: dept.id, bureauId: null };
    const head = await makePerson(a.database.db, { departmentId: dept.id });
    const read = (db: Database["db"] | Parameters<Parameters<Database["db"]["transaction"]>[0]>[0]) =>
      holdersOf(db, profile, "manage_department_security", over, a.clock.now);
    expect(await read(a.database.db)).toEqual([]);
    await a.database.db
      .transaction(async (tx) => {
        await tx
          .insert(roleAssignments)
          .values({ personId: head.id, roleKey: "security_system_manager", scopeDepartmentId: dept.id });
        expect((await read(tx)).map((h) => h.personId)).toEqual([head.id]);
        throw new Error("rollback");
      })
      .catch((err) => {
        if ((err as Error).message !== "rollback") throw err;
      });
    expect(await read(a.database.db)).toEqual([]);
    expect(await read(second.db)).toEqual([]);
  });

  it("a person made inactive through A stops holding duties on B at once", async () => {
    const profile = a.deps.profile();
    const dept = await makeDepartment(a.database.db);
    const head = await makePerson(a.database.db, { departmentId: dept.id });
    await assignRole(a.database.db, head.id, "security_system_manager", dept.id);
    const over = { departmentId: dept.id, bureauId: null };
    const read = () => holdersOf(second.db, profile, "manage_department_security", over, a.clock.now);
    expect((await read()).map((h) => h.personId)).toEqual([head.id]);
    await a.database.db.update(people).set({ active: false }).where(eq(people.id, head.id));
    expect(await read()).toEqual([]);
  });
});
