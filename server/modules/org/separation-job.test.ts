import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { users } from "../../auth/tables";
import { assets } from "../../db/schema";
import { people } from "../../directory/tables";
import { JOB_REGISTRY } from "../../job-registry";
import { createWorker, enqueue } from "../../jobs";
import { notifications } from "../../notify/tables";
import { createTestApp, type TestApp } from "../../test/app";
import { assignRole, makeDepartment, makePerson } from "../../test/factories";
import type { AuthedClient } from "../../test/session";
import { accountSystems, systemAccounts } from "../accounts/tables";
import { separations } from "./tables";
import { eventsSince, lastEventId, userClient } from "./test-helpers";

async function runJobs(t: TestApp) {
  const errors: unknown[] = [];
  const worker = createWorker({
    database: t.database,
    registry: JOB_REGISTRY,
    now: () => t.clock.now,
    onError: (_job, e) => errors.push(e),
  });
  while ((await worker.runOnce()) > 0);
  expect(errors).toEqual([]);
}

async function statusOf(t: TestApp, id: string) {
  const [row] = await t.database.db.select().from(separations).where(eq(separations.id, id));
  return row.status;
}

describe("休職・退職 whose date has come are applied by the daily job (西原村 7.2(1)②: 異動・退職時の利用者IDの停止)", () => {
  let t: TestApp;
  let admin: AuthedClient;
  let leaver: { client: AuthedClient; personId: string; userId: string };
  let later: { id: string };
  let sysAdminId: string;
  const DAY = 24 * 3600_000;

  beforeAll(async () => {
    t = await createTestApp(); // nishihara; clock 2026-04-01 09:00 JST
    const db = t.database.db;
    const unit = await makeDepartment(db, { code: "JA", name: "住民課" });
    const head = await makePerson(db, { name: "課長 三郎", departmentId: unit.id });
    await assignRole(db, head.id, "security_system_manager", unit.id);
    sysAdminId = (await makePerson(db, { name: "管理 四郎", departmentId: unit.id })).id;
    admin = (await userClient(t, { roles: [["system_staff", null]] })).client;
    leaver = await userClient(t, { departmentId: unit.id, name: "休職 五郎" });
    later = await makePerson(db, { name: "退職 六子", departmentId: unit.id });
    const [asset] = await db
      .insert(assets)
      .values({ assetNumber: "JA-SYS-01", name: "住民記録システム", kind: "system", departmentId: unit.id })
      .returning();
    const [system] = await db
      .insert(accountSystems)
      .values({ assetId: asset.id, departmentId: unit.id, administratorPersonId: sysAdminId })
      .returning();
    await db.insert(systemAccounts).values([
      {
        systemId: system.id,
        departmentId: unit.id,
        loginName: "kyushoku5",
        holderKind: "person",
        personId: leaver.personId,
      },
      {
        systemId: system.id,
        departmentId: unit.id,
        loginName: "old5",
        holderKind: "person",
        personId: leaver.personId,
        state: "removed",
      },
    ]);
  }, 180_000);
  afterAll(() => t?.close());

  it("applies what is due (access ends, IDs flagged to the system's administrator), leaves the future and the cancelled alone", async () => {
    const db = t.database.db;
    const due = await (
      await admin.post("/api/separations", {
        personId: leaver.personId,
        kind: "leave",
        effectiveDate: "2026-04-02",
        expectedReturn: "2026-10-01",
      })
    ).json();
    const future = await (
      await admin.post("/api/separations", {
        personId: later.id,
        kind: "retirement",
        effectiveDate: "2026-04-30",
      })
    ).json();
    expect(due.status).toBe("planned");

    // The day before: nothing to do.
    await enqueue(db, { kind: "org.separations_due", runAt: t.clock.now });
    await runJobs(t);
    expect(await statusOf(t, due.id)).toBe("planned");

    t.clock.advance(DAY); // 2026-04-02 09:00 JST
    const before = await lastEventId(t);
    await enqueue(db, { kind: "org.separations_due", runAt: t.clock.now });
    await runJobs(t);

    expect(await statusOf(t, due.id)).toBe("applied");
    expect(await statusOf(t, future.id)).toBe("planned");
    const [person] = await db.select().from(people).where(eq(people.id, leaver.personId));
    expect(person.active).toBe(false);
    const [login] = await db.select().from(users).where(eq(users.id, leaver.userId));
    expect(login.disabled).toBe(true);
    expect((await leaver.client.get("/api/auth/me")).status).toBe(401);

    const appliedEvents = await eventsSince(t, before, "org.separation.applied");
    expect(appliedEvents).toHaveLength(1);
    expect(appliedEvents[0].data).toMatchObject({ separationId: due.id, via: "job", idsFlagged: 1 });
    const flagged = await eventsSince(t, before, "accounts.leaver_ids_flagged");
    expect(flagged).toHaveLength(1);
    expect(flagged[0].data).toMatchObject({
      separationId: due.id,
      ids: [expect.objectContaining({ loginName: "kyushoku5" })],
      clause: expect.stringContaining("7.2"),
    });
    const told = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.kind, "leaver_ids"), eq(notifications.personId, sysAdminId)));
    expect(told).toHaveLength(1);
    expect(told[0].messageJa).toContain("kyushoku5");
    expect(told[0].messageJa).not.toContain("old5");

    // The next day's run finds nothing more; a cancelled one is never applied.
    const fresh = (await userClient(t, { roles: [["system_staff", null]] })).client;
    expect((await fresh.post(`/api/separations/${future.id}/cancel`)).status).toBe(200);
    t.clock.advance(30 * DAY);
    const after = await lastEventId(t);
    await enqueue(db, { kind: "org.separations_due", runAt: t.clock.now });
    await runJobs(t);
    expect(await eventsSince(t, after, "org.separation.applied")).toHaveLength(0);
    expect(await statusOf(t, future.id)).toBe("cancelled");
  });

  it("the daily job is scheduled at 00:15 JST", () => {
    const job = JOB_REGISTRY.get("org.separations_due");
    expect(job?.nextRunAt?.(new Date("2026-04-01T09:00:00+09:00")).toISOString()).toBe(
      "2026-04-01T15:15:00.000Z",
    );
  });
});
