import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deputies } from "../directory/tables";
import { createTestApp, type TestApp } from "../test/app";
import { assignRole, makeDepartment, makeUser } from "../test/factories";
import { authed, signIn } from "../test/session";
import { cacheEntryUsable, loadSessionActor, sessionCacheStats } from "./actor";
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
    // Two warm-up requests: the first reads of tables a request touches (the session, and the
    // grant sources such as running audits) may set hint bits, which PGlite logs to the WAL, so
    // the entry cached by the first request can be outdated by its own reads once.
    expect((await me(api)).status).toBe(200);
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
    // From the cache, or (on a PostgreSQL cluster other tests write to, which moves the shared
    // WAL position) fetched again: a copy either way.
    expect(again?.actor.grants).toEqual([]);
    expect(sessionCacheStats.hits + sessionCacheStats.misses - before.hits - before.misses).toBe(1);
    if (t.database.kind === "pglite") expect(sessionCacheStats.hits - before.hits).toBe(1);
    // Ten minutes of application time later the entry is never used, whatever else happened.
    const later = { ...sessionCacheStats };
    await loadSessionActor(t.database.db, token, profile, new Date(t.clock.now.getTime() + 10 * MINUTE));
    expect(sessionCacheStats.misses - later.misses).toBe(1);
    expect(sessionCacheStats.hits - later.hits).toBe(0);
  });

  it("the reuse rule itself: same position, profile, real and application time, JST day", () => {
    const profile = t.deps.profile();
    const at = new Date("2026-04-01T09:00:00+09:00");
    const entry = { lsn: "0/1A", at: 1_000, appAt: at.getTime(), profile };
    const later = (ms: number) => new Date(at.getTime() + ms);
    expect(cacheEntryUsable(entry, "0/1A", profile, 1_500, later(500))).toBe(true);
    expect(cacheEntryUsable(entry, "0/1B", profile, 1_500, later(500))).toBe(false); // the database moved
    expect(cacheEntryUsable(entry, "0/1A", { ...profile }, 1_500, later(500))).toBe(false); // profile switched
    expect(cacheEntryUsable(entry, "0/1A", profile, 1_000 + 3_001, later(500))).toBe(false); // real time
    expect(cacheEntryUsable(entry, "0/1A", profile, 1_500, later(3_001))).toBe(false); // application time
    expect(cacheEntryUsable(entry, "0/1A", profile, 1_500, later(-1))).toBe(false); // clock went back
    const beforeMidnight = { ...entry, appAt: new Date("2026-04-01T23:59:59+09:00").getTime() };
    expect(
      cacheEntryUsable(beforeMidnight, "0/1A", profile, 1_500, new Date("2026-04-02T00:00:01+09:00")),
    ).toBe(false); // a new JST day: role assignments may start or end
  });
});
