import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../test/app";
import { makeDepartment, makeUser } from "../test/factories";
import { authed, sessionCookieOf, signIn } from "../test/session";
import { sessions, users } from "./tables";
import { eventCount, eventsOfType, loginRaw, MINUTE, userRow } from "./test-support";

let t: TestApp;
let ipSeq = 0;
/** Each test signs in from its own address, so the per-IP rate limit does not interfere. */
let ip: string;

beforeAll(async () => {
  t = await createTestApp({ profileId: "mic-guideline" });
});
afterAll(async () => {
  await t?.close();
});
beforeEach(() => {
  ip = `10.0.0.${++ipSeq}`;
});

describe("POST /api/auth/login", () => {
  it("signs in, sets a hardened cookie, and reports the previous login", async () => {
    const dept = await makeDepartment(t.database.db, { name: "総務課" });
    const { user, password } = await makeUser(t.database.db, { departmentId: dept.id, name: "山田 花子" });

    const res = await loginRaw(t, { loginId: user.loginId, password }, { "x-test-ip": ip });
    expect(res.status).toBe(200);
    const setCookie = res.headers.getSetCookie().find((c) => c.startsWith("sekimori_session="));
    expect(setCookie).toBeDefined();
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).not.toMatch(/Secure/i); // not over TLS in this config
    const body = await res.json();
    expect(body.user).toMatchObject({
      loginId: user.loginId,
      name: "山田 花子",
      departmentId: dept.id,
      departmentName: "総務課",
      mfaEnabled: false,
      mustChangePassword: false,
    });
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(body.previousLogin).toBeNull();
    expect(body.mustChangePassword).toBeUndefined();

    // The database keeps only the SHA-256 of the cookie token.
    const token = setCookie?.split(";")[0].split("=")[1] ?? "";
    const stored = await t.database.db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(stored).toHaveLength(1);
    expect(stored[0].id).not.toBe(token);
    expect(stored[0].id).toMatch(/^[0-9a-f]{64}$/);

    t.clock.advance(5 * MINUTE);
    const second = await signIn(t, user.loginId, password, undefined, { ip: "10.9.9.9" });
    expect(second.body.previousLogin).toEqual({ at: "2026-04-01T00:00:00.000Z", ip });
    const me = await (await authed(t, second).get("/api/auth/me")).json();
    expect(me.previousLogin).toEqual({ at: "2026-04-01T00:00:00.000Z", ip });
    expect((await eventsOfType(t, "auth.login")).length).toBeGreaterThanOrEqual(2);
  });

  it("sets Secure on the cookie when served over TLS", async () => {
    const tls = await createTestApp({ profileId: "mic-guideline" });
    try {
      tls.deps.config.secureCookies = true;
      const { user, password } = await makeUser(tls.database.db);
      const res = await loginRaw(tls, { loginId: user.loginId, password });
      expect(res.status).toBe(200);
      const setCookie = res.headers.getSetCookie().find((c) => c.startsWith("sekimori_session="));
      expect(setCookie).toMatch(/;\s*Secure/i);
    } finally {
      await tls.close();
    }
  });

  it("answers wrong password and unknown login id alike, and records both failures", async () => {
    const { user } = await makeUser(t.database.db);
    const before = await eventCount(t);
    const wrong = await loginRaw(
      t,
      { loginId: user.loginId, password: "Wrong-passw0rd!" },
      { "x-test-ip": ip },
    );
    const unknown = await loginRaw(
      t,
      { loginId: "nobody-here", password: "Wrong-passw0rd!" },
      { "x-test-ip": ip },
    );
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const a = await wrong.json();
    const b = await unknown.json();
    expect(a).toEqual(b);
    expect(a.error.code).toBe("invalid_credentials");
    expect(a.error.message_ja).toContain("ログインID");
    expect(sessionCookieOf(wrong)).toBeNull();
    expect(await eventCount(t)).toBe(before + 2);
    const failures = await eventsOfType(t, "auth.login_failed");
    expect(failures.map((e) => (e.data as { reason: string }).reason)).toEqual(
      expect.arrayContaining(["wrong_password", "unknown_login"]),
    );
  });

  it("takes comparable time for an unknown login id (a dummy hash is verified)", async () => {
    const { user } = await makeUser(t.database.db);
    const time = async (loginId: string) => {
      const start = performance.now();
      await loginRaw(t, { loginId, password: "Wrong-passw0rd!" }, { "x-test-ip": ip });
      return performance.now() - start;
    };
    await time("warm-up-unknown");
    const known = await time(user.loginId);
    const unknown = await time("unknown-login-id");
    // argon2id verification dominates both; without the dummy hash the unknown case is ~10x faster.
    expect(unknown).toBeGreaterThan(known * 0.3);
  });

  it("対策基準 7.2(3) ログイン試行回数の制限: locks after 5 failures (answering like an unknown login id), refuses the right password while locked, and unlocks after 15 minutes", async () => {
    const { user, password } = await makeUser(t.database.db);
    for (let i = 1; i <= 4; i++) {
      const res = await loginRaw(
        t,
        { loginId: user.loginId, password: "Wrong-passw0rd!" },
        { "x-test-ip": ip },
      );
      expect(res.status).toBe(401);
    }
    const fifth = await loginRaw(
      t,
      { loginId: user.loginId, password: "Wrong-passw0rd!" },
      { "x-test-ip": ip },
    );
    // The lock must not tell that the login id exists: the same answer as an unknown id.
    expect(fifth.status).toBe(401);
    const err = (await fifth.json()).error;
    expect(err.code).toBe("invalid_credentials");
    expect(err.message_ja).toMatch(/ロック/);
    const until = new Date(t.clock.now.getTime() + 15 * MINUTE);
    expect((await userRow(t, user.id)).lockedUntil?.toISOString()).toBe(until.toISOString());

    t.clock.advance(14 * MINUTE);
    const stillLocked = await loginRaw(t, { loginId: user.loginId, password }, { "x-test-ip": ip });
    expect(stillLocked.status).toBe(401);
    expect((await userRow(t, user.id)).lockedUntil?.toISOString()).toBe(until.toISOString());
    expect((await eventsOfType(t, "auth.account_locked")).some((e) => e.targetId === user.id)).toBe(true);

    t.clock.advance(1 * MINUTE + 1000);
    const ok = await loginRaw(t, { loginId: user.loginId, password }, { "x-test-ip": ip });
    expect(ok.status).toBe(200);
    const row = await userRow(t, user.id);
    expect(row.failedAttempts).toBe(0);
    expect(row.lockedUntil).toBeNull();
  });

  it("counts afresh after a lock has run out", async () => {
    const { user } = await makeUser(t.database.db);
    for (let i = 0; i < 5; i++)
      await loginRaw(t, { loginId: user.loginId, password: "Wrong-passw0rd!" }, { "x-test-ip": ip });
    expect((await userRow(t, user.id)).lockedUntil).not.toBeNull();
    t.clock.advance(16 * MINUTE);
    const res = await loginRaw(
      t,
      { loginId: user.loginId, password: "Wrong-passw0rd!" },
      { "x-test-ip": ip },
    );
    expect(res.status).toBe(401);
    const row = await userRow(t, user.id);
    expect(row.failedAttempts).toBe(1);
    expect(row.lockedUntil).toBeNull();
  });

  it("an administrator unlocks a locked account before the time runs out", async () => {
    const admin = await makeUser(t.database.db, { roles: [["system_staff", null]] });
    const { user, password } = await makeUser(t.database.db);
    for (let i = 0; i < 5; i++)
      await loginRaw(t, { loginId: user.loginId, password: "Wrong-passw0rd!" }, { "x-test-ip": ip });
    expect((await loginRaw(t, { loginId: user.loginId, password }, { "x-test-ip": ip })).status).toBe(401);

    const session = await signIn(t, admin.user.loginId, admin.password, undefined, { ip: `${ip}1` });
    const api = authed(t, session);
    const list = await (await api.get("/api/users?state=locked")).json();
    expect(list.items.map((u: { id: string }) => u.id)).toContain(user.id);
    const locked = list.items.find((u: { id: string }) => u.id === user.id);
    expect(locked).toMatchObject({ locked: true, failedAttempts: 5 });
    expect(locked.policies.unlock).toBe(true);

    const res = await api.post(`/api/users/${user.id}/unlock`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: user.id, locked: false, failedAttempts: 0 });
    expect((await eventsOfType(t, "auth.user_unlocked")).map((e) => e.targetId)).toContain(user.id);
    expect((await loginRaw(t, { loginId: user.loginId, password }, { "x-test-ip": ip })).status).toBe(200);
  });

  it("refuses a disabled account even with the right password", async () => {
    const { user, password } = await makeUser(t.database.db);
    await t.database.db.update(users).set({ disabled: true }).where(eq(users.id, user.id));
    const res = await loginRaw(t, { loginId: user.loginId, password }, { "x-test-ip": ip });
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe("account_disabled");
  });

  it("rate-limits the login route per IP (429 after 20 a minute), the window slides", async () => {
    const { user, password } = await makeUser(t.database.db);
    const limitedIp = "192.0.2.77";
    for (let i = 0; i < 20; i++) {
      const res = await loginRaw(t, { loginId: "nobody", password: "x" }, { "x-test-ip": limitedIp });
      expect(res.status).toBe(401);
    }
    const limited = await loginRaw(t, { loginId: user.loginId, password }, { "x-test-ip": limitedIp });
    expect(limited.status).toBe(429);
    expect((await limited.json()).error.code).toBe("rate_limited");
    // another address is not affected
    expect(
      (await loginRaw(t, { loginId: user.loginId, password }, { "x-test-ip": "192.0.2.78" })).status,
    ).toBe(200);
    t.clock.advance(61_000);
    expect((await loginRaw(t, { loginId: user.loginId, password }, { "x-test-ip": limitedIp })).status).toBe(
      200,
    );
  });

  it("bad input: malformed JSON, unknown fields, over-long strings → 400 with fields in ja+en, nothing stored", async () => {
    const before = await eventCount(t);
    const [{ n: sessionsBefore }] = await t.database.db
      .execute<{ n: number }>("select count(*)::int as n from sessions" as never)
      .then((r) => (r as unknown as { rows: { n: number }[] }).rows);

    const malformed = await loginRaw(t, "{not json", { "x-test-ip": ip });
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.code).toBe("malformed_body");

    const unknown = await loginRaw(t, { loginId: "a", password: "b", admin: true }, { "x-test-ip": ip });
    expect(unknown.status).toBe(400);
    const u = (await unknown.json()).error;
    expect(u.fields.admin.message_ja).toContain("admin");
    expect(u.fields.admin.message_en).toContain("not an accepted field");

    const long = await loginRaw(
      t,
      { loginId: "x".repeat(65), password: "y".repeat(257) },
      { "x-test-ip": ip },
    );
    expect(long.status).toBe(400);
    const l = (await long.json()).error;
    expect(l.fields.loginId.message_ja).toContain("ログインID");
    expect(l.fields.loginId.message_en).toContain("Login ID");
    expect(l.fields.password.message_en).toContain("256");

    const wrongType = await loginRaw(t, { loginId: 5, password: ["x"] }, { "x-test-ip": ip });
    expect(wrongType.status).toBe(400);
    expect(Object.keys((await wrongType.json()).error.fields).sort()).toEqual(["loginId", "password"]);

    expect(await eventCount(t)).toBe(before);
    const [{ n: sessionsAfter }] = await t.database.db
      .execute<{ n: number }>("select count(*)::int as n from sessions" as never)
      .then((r) => (r as unknown as { rows: { n: number }[] }).rows);
    expect(sessionsAfter).toBe(sessionsBefore);
  });

  it("対策基準 7.2(3) ログイン時におけるメッセージ: serves the profile's login banner publicly", async () => {
    const res = await t.app.request("/api/auth/banner");
    expect(res.status).toBe(200);
    const banner = await res.json();
    expect(banner).toEqual({ ja: expect.any(String), en: expect.any(String) });
    expect(banner.ja).toBe(t.deps.profile().auth.login_banner.ja);
  });
});
