import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deputies } from "../directory/tables";
import { createTestApp, type TestApp } from "../test/app";
import { assignRole, makeDepartment, makeUser } from "../test/factories";
import { authed, signIn } from "../test/session";
import { loadSessionActor, sessionCacheStats } from "./actor";
import { sessions, users } from "./tables";
import { MINUTE } from "./test-support";

/**
 * The resolved-session cache (actor.ts) may answer only while the database is unchanged: every
 * change below is made straight in the database, without moving the clock, and must show on
 * the very next request.
 */
let t: TestApp;
let n = 0;
const ip = () => `10.7.0.${++n}`;

beforeAll(async () => {
  t = await createTestApp({ profileId: "mic-guideline" });
});
afterAll(async () => {
  await t?.close();
});

async function me(api: ReturnType<typeof authed>) {
  const res = await api.get("/api/auth/me");
  return { status: res.status, body: await res.json() };
}

describe("resolved-session cache", () => {
  it("answers repeated requests from the cache while nothing is written", async () => {
    const { user, password } = await makeUser(t.database.db);
    const api = authed(t, await signIn(t, user.loginId, password, undefined, { ip: ip() }));
    expect((await me(api)).status).toBe(200);
    const before = { ...sessionCacheStats };
    for (let i = 0; i < 5; i++) expect((await me(api)).body.user.loginId).toBe(user.loginId);
    const hits = sessionCacheStats.hits - before.hits;
    const misses = sessionCacheStats.misses - before.misses;
    expect(hits + misses).toBe(5);
    // PostgreSQL's write position is cluster-wide: other test databases on the same server move
    // it, so only the embedded database (ours alone) must answer every repeat from the cache.
    if (t.database.kind === "pglite") expect(hits).toBe(5);
  });

  it("a role assigned in the database counts on the next request", async () => {
    const dept = await makeDepartment(t.database.db);
    const { user, person, password } = await makeUser(t.database.db, { departmentId: dept.id });
    const api = authed(t, await signIn(t, user.loginId, password, undefined, { ip: ip() }));
    expect((await me(api)).body.user.duties).toEqual([]);
    expect((await me(api)).body.user.duties).toEqual([]);
    await assignRole(t.database.db, person.id, "csirt");
    expect((await me(api)).body.user.duties).toContain("triage_incident");
  });

  it("a deputy period added in the database counts on the next request", async () => {
    const principal = await makeUser(t.database.db, { roles: [["auditor", null]] });
    const deputy = await makeUser(t.database.db);
    const api = authed(t, await signIn(t, deputy.user.loginId, deputy.password, undefined, { ip: ip() }));
    expect((await me(api)).body.user.duties).toEqual([]);
    await t.database.db.insert(deputies).values({
      principalPersonId: principal.person.id,
      deputyPersonId: deputy.person.id,
      validFrom: new Date(t.clock.now.getTime() - MINUTE),
      validTo: new Date(t.clock.now.getTime() + 60 * MINUTE),
    });
    const { body } = await me(api);
    expect(body.user.duties).toContain("perform_audit");
  });

  it("a login disabled or a session revoked in the database is refused on the next request", async () => {
    const a = await makeUser(t.database.db);
    const apiA = authed(t, await signIn(t, a.user.loginId, a.password, undefined, { ip: ip() }));
    expect((await me(apiA)).status).toBe(200);
    expect((await me(apiA)).status).toBe(200);
    await t.database.db.update(users).set({ disabled: true }).where(eq(users.id, a.user.id));
    expect((await me(apiA)).status).toBe(401);

    const b = await makeUser(t.database.db);
    const apiB = authed(t, await signIn(t, b.user.loginId, b.password, undefined, { ip: ip() }));
    expect((await me(apiB)).status).toBe(200);
    expect((await me(apiB)).status).toBe(200);
    await t.database.db
      .update(sessions)
      .set({ revokedAt: t.clock.now })
      .where(eq(sessions.userId, b.user.id));
    expect((await me(apiB)).status).toBe(401);
  });

  it("an entry is not reused across application time (deputy periods, dates)", async () => {
    const { user, password } = await makeUser(t.database.db);
    const session = await signIn(t, user.loginId, password, undefined, { ip: ip() });
    const api = authed(t, session);
    expect((await me(api)).status).toBe(200);
    const token = session.cookie.slice(session.cookie.indexOf("=") + 1);
    const profile = t.deps.profile();
    const first = await loadSessionActor(t.database.db, token, profile, t.clock.now);
    // Callers get copies: changing one does not change the cached entry.
    first?.actor.grants.push({
      duty: "perform_audit",
      scope: "organization",
      scopeDepartmentId: null,
      roleKey: "x",
      deputyFor: null,
    });
    const before = { ...sessionCacheStats };
    const again = await loadSessionActor(t.database.db, token, profile, t.clock.now);
    expect(sessionCacheStats.hits - before.hits).toBe(1);
    expect(again?.actor.grants).toEqual([]);
    await loadSessionActor(t.database.db, token, profile, new Date(t.clock.now.getTime() + 10 * MINUTE));
    expect(sessionCacheStats.misses - before.misses).toBe(1);
  });
});
