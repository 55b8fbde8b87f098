/**
 * Attacks on sign-in (issue #12, item 1): parallel guessing bursts, a correct answer while
 * locked, TOTP and recovery-code replay, re-authentication steps, and whether an unknown login
 * id and a locked one can be told apart. Runs on PGlite and, in the PostgreSQL stage, on a real
 * server where the row lock is what keeps parallel attempts from racing.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../audit/tables";
import { users } from "../auth/tables";
import { eventsOfType, loginRaw, MINUTE, userRow } from "../auth/test-support";
import { newRecoveryCodes, newTotpSecret, totpCode } from "../auth/totp";
import { createTestApp, type TestApp } from "../test/app";
import { makeUser } from "../test/factories";
import { authed, signIn } from "../test/session";

let t: TestApp;
let ipSeq = 0;
/** A fresh client address per burst, so the per-address limit (20/min) is not what stops it. */
const ip = () => `10.12.${Math.floor(++ipSeq / 200)}.${ipSeq % 200}`;
const WRONG = "Wrong-passw0rd!";

beforeAll(async () => {
  t = await createTestApp({ profileId: "mic-guideline" });
});
afterAll(async () => {
  await t?.close();
});

async function eventsFor(userId: string, type: string) {
  return t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.type, type), eq(auditEvents.targetId, userId)));
}

async function withTotp() {
  const made = await makeUser(t.database.db);
  const secret = newTotpSecret();
  const { codes, hashes } = await newRecoveryCodes();
  await t.database.db
    .update(users)
    .set({ totpSecret: secret, totpEnabled: true, recoveryCodes: hashes })
    .where(eq(users.id, made.user.id));
  return { ...made, secret, recoveryCodes: codes };
}

/** `n` sign-in attempts at once, each from its own address. */
function burst(n: number, body: Record<string, unknown>) {
  return Promise.all(Array.from({ length: n }, () => loginRaw(t, body, { "x-test-ip": ip() })));
}

describe("parallel guessing cannot race the failed-attempt counter", () => {
  it("20 parallel wrong passwords get 5 real checks; the rest are refused as locked, with the unknown-id answer", async () => {
    const { user, password } = await makeUser(t.database.db);
    const answers = await burst(20, { loginId: user.loginId, password: WRONG });
    const unknown = await loginRaw(t, { loginId: "no-such-login", password: WRONG }, { "x-test-ip": ip() });
    const expected = await unknown.json();
    for (const res of answers) {
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual(expected);
    }
    // Exactly the threshold of real checks; every other attempt was refused without one.
    const failed = await eventsFor(user.id, "auth.login_failed");
    expect(failed).toHaveLength(5);
    expect((await eventsFor(user.id, "auth.login_refused")).length).toBe(15);
    expect((await eventsFor(user.id, "auth.account_locked")).length).toBe(1);
    const locked = await userRow(t, user.id);
    expect(locked.failedAttempts).toBe(5);
    expect(locked.lockedUntil).not.toBeNull();

    // The right password while locked: refused the same way, and the lock stays as it was.
    const right = await loginRaw(t, { loginId: user.loginId, password }, { "x-test-ip": ip() });
    expect(right.status).toBe(401);
    expect(await right.json()).toEqual(expected);
    const after = await userRow(t, user.id);
    expect(after.lockedUntil?.toISOString()).toBe(locked.lockedUntil?.toISOString());
    expect(after.failedAttempts).toBe(5);
  });

  it("20 parallel wrong TOTP codes (with the right password) get 5 real checks; then the right code is refused and the lock kept", async () => {
    const { user, password, secret } = await withTotp();
    const answers = await burst(20, { loginId: user.loginId, password, totp: "000000" });
    expect(answers.every((r) => r.status === 401 || r.status === 423)).toBe(true);
    const failed = await eventsFor(user.id, "auth.login_failed");
    expect(failed).toHaveLength(5);
    expect(failed.every((e) => (e.data as { reason: string }).reason === "wrong_totp")).toBe(true);
    const locked = await userRow(t, user.id);
    expect(locked.lockedBy).toBe("second_factor");

    t.clock.advance(30_000);
    const right = await loginRaw(
      t,
      { loginId: user.loginId, password, totp: await totpCode(secret, t.clock.now) },
      { "x-test-ip": ip() },
    );
    expect(right.status).toBe(401);
    const after = await userRow(t, user.id);
    expect(after.lockedUntil?.toISOString()).toBe(locked.lockedUntil?.toISOString());
    expect(after.failedAttempts).toBe(5);
  });

  it("parallel wrong codes on a pending session (/api/auth/mfa/verify) are counted the same way", async () => {
    const { user, password } = await withTotp();
    const first = await loginRaw(t, { loginId: user.loginId, password }, { "x-test-ip": ip() });
    const { csrfToken } = await first.json();
    const cookie = (first.headers.getSetCookie()[0] ?? "").split(";")[0];
    const answers = await Promise.all(
      Array.from({ length: 12 }, () =>
        t.app.request("/api/auth/mfa/verify", {
          method: "POST",
          headers: { "content-type": "application/json", cookie, "x-csrf-token": csrfToken },
          body: JSON.stringify({ code: "111111" }),
        }),
      ),
    );
    expect(answers.some((r) => r.status === 200)).toBe(false);
    expect(await eventsFor(user.id, "auth.login_failed")).toHaveLength(5);
  });
});

describe("the owner of an account locked by someone else's guessing", () => {
  it("clears the lock with the password and a TOTP code together; a wrong code leaves it", async () => {
    const { user, password, secret } = await withTotp();
    await burst(5, { loginId: user.loginId, password: WRONG });
    expect((await userRow(t, user.id)).lockedBy).toBe("password");

    const wrongCode = await loginRaw(
      t,
      { loginId: user.loginId, password, totp: "000000" },
      { "x-test-ip": ip() },
    );
    expect(wrongCode.status).toBe(401);
    expect((await userRow(t, user.id)).lockedUntil).not.toBeNull();
    // A guesser without the password learns nothing from this path either.
    const guess = await loginRaw(
      t,
      { loginId: user.loginId, password: WRONG, totp: await totpCode(secret, t.clock.now) },
      { "x-test-ip": ip() },
    );
    expect(guess.status).toBe(401);

    t.clock.advance(30_000);
    const owner = await loginRaw(
      t,
      { loginId: user.loginId, password, totp: await totpCode(secret, t.clock.now) },
      { "x-test-ip": ip() },
    );
    expect(owner.status).toBe(200);
    const row = await userRow(t, user.id);
    expect(row).toMatchObject({ lockedUntil: null, failedAttempts: 0, lockedBy: null });
    expect(await eventsFor(user.id, "auth.lock_cleared_by_owner")).toHaveLength(1);
  });

  it("has few tries at it: after 5 the right pair is refused until the window passes", async () => {
    const { user, password, secret } = await withTotp();
    await burst(5, { loginId: user.loginId, password: WRONG });
    for (let i = 0; i < 5; i++)
      await loginRaw(t, { loginId: user.loginId, password, totp: "000000" }, { "x-test-ip": ip() });
    t.clock.advance(30_000);
    const right = await loginRaw(
      t,
      { loginId: user.loginId, password, totp: await totpCode(secret, t.clock.now) },
      { "x-test-ip": ip() },
    );
    expect(right.status).toBe(401);
    const refused = await eventsFor(user.id, "auth.login_refused");
    expect(refused.at(-1)?.data).toMatchObject({ reason: "locked_unlock_rate_limited" });
  });
});

describe("codes are accepted once", () => {
  it("a TOTP code that signed in once is refused the second time, and counted", async () => {
    const { user, password, secret } = await withTotp();
    t.clock.advance(30_000);
    const code = await totpCode(secret, t.clock.now);
    const first = await loginRaw(t, { loginId: user.loginId, password, totp: code }, { "x-test-ip": ip() });
    expect(first.status).toBe(200);
    const replay = await loginRaw(t, { loginId: user.loginId, password, totp: code }, { "x-test-ip": ip() });
    expect(replay.status).toBe(401);
    expect((await replay.json()).error.code).toBe("invalid_code");
    const failed = await eventsFor(user.id, "auth.login_failed");
    expect(failed.at(-1)?.data).toMatchObject({ reason: "totp_replayed" });
    // An older step's code (still within the ±1 tolerance) is refused too.
    t.clock.advance(30_000);
    const older = await totpCode(secret, new Date(t.clock.now.getTime() - 60_000));
    const stale = await loginRaw(t, { loginId: user.loginId, password, totp: older }, { "x-test-ip": ip() });
    expect(stale.status).toBe(401);
  });

  it("the same fresh TOTP code sent twice at once signs in exactly once", async () => {
    const { user, password, secret } = await withTotp();
    t.clock.advance(30_000);
    const code = await totpCode(secret, t.clock.now);
    const answers = await burst(2, { loginId: user.loginId, password, totp: code });
    expect(answers.map((r) => r.status).sort()).toEqual([200, 401]);
  });

  it("the same recovery code sent three times at once signs in exactly once", async () => {
    const { user, password, recoveryCodes } = await withTotp();
    const answers = await burst(3, { loginId: user.loginId, password, recoveryCode: recoveryCodes[0] });
    expect(answers.map((r) => r.status).sort()).toEqual([200, 401, 401]);
    expect((await userRow(t, user.id)).recoveryCodes).toHaveLength(9);
  });
});

describe("re-authentication is counted, throttled and audited like the sign-in", () => {
  it("wrong current passwords on a password change lock the login and end its sessions", async () => {
    const { user, password } = await makeUser(t.database.db);
    const api = authed(t, await signIn(t, user.loginId, password, undefined, { ip: ip() }));
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        api.post("/api/auth/password", { currentPassword: WRONG, newPassword: "Another-Passw0rd!9" }),
      ),
    );
    expect(answers.some((r) => r.status === 200)).toBe(false);
    const failed = await eventsFor(user.id, "auth.reauth_failed");
    expect(failed).toHaveLength(5);
    expect(failed[0].data).toMatchObject({ step: "password_change" });
    expect((await userRow(t, user.id)).lockedBy).toBe("reauth");
    // The session ended with the lock.
    expect((await api.get("/api/auth/me")).status).toBe(401);
  });

  it("turning MFA off with wrong passwords is counted too, and throttled per login in the database", async () => {
    const { user, password } = await makeUser(t.database.db);
    const api = authed(t, await signIn(t, user.loginId, password, undefined, { ip: ip() }));
    const { secret } = await (await api.post("/api/auth/mfa/setup")).json();
    expect(
      (await api.post("/api/auth/mfa/enable", { code: await totpCode(secret, t.clock.now) })).status,
    ).toBe(200);
    const wrong = await api.post("/api/auth/mfa/disable", { password: WRONG });
    expect(wrong.status).toBe(400);
    expect((await eventsFor(user.id, "auth.reauth_failed"))[0].data).toMatchObject({ step: "mfa_disable" });
    // The right password resets nothing of the count but works.
    const ok = await api.post("/api/auth/mfa/disable", { password });
    expect(ok.status).toBe(200);
    // Beyond 20 re-authentications in 15 minutes: 429, recorded.
    for (let i = 0; i < 19; i++)
      await api.post("/api/auth/password", { currentPassword: password, newPassword: "x" });
    const limited = await api.post("/api/auth/password", { currentPassword: password, newPassword: "x" });
    expect(limited.status).toBe(429);
    expect((await eventsFor(user.id, "auth.reauth_refused")).at(-1)?.data).toMatchObject({
      reason: "rate_limited",
    });
  });
});

describe("unknown and locked login ids look alike", () => {
  it("same status and body, and comparable time (both verify one argon2 hash)", async () => {
    const { user } = await makeUser(t.database.db);
    await burst(5, { loginId: user.loginId, password: WRONG });
    const time = async (loginId: string) => {
      const start = performance.now();
      const res = await loginRaw(t, { loginId, password: WRONG }, { "x-test-ip": ip() });
      return { ms: performance.now() - start, status: res.status, body: await res.json() };
    };
    await time("warm-up");
    const locked = [await time(user.loginId), await time(user.loginId), await time(user.loginId)];
    const unknown = [await time("nobody-1"), await time("nobody-2"), await time("nobody-3")];
    expect(locked.map((r) => r.status)).toEqual([401, 401, 401]);
    expect(locked[0].body).toEqual(unknown[0].body);
    const median = (xs: { ms: number }[]) => xs.map((x) => x.ms).sort((a, b) => a - b)[1];
    // argon2 dominates both; a locked id answered without a hash check would be ~10× faster.
    expect(median(locked)).toBeGreaterThan(median(unknown) * 0.3);
    expect(median(unknown)).toBeGreaterThan(median(locked) * 0.3);
  });

  it("locks run out after the profile's minutes", async () => {
    const { user, password } = await makeUser(t.database.db);
    await burst(5, { loginId: user.loginId, password: WRONG });
    t.clock.advance(15 * MINUTE + 1000);
    expect((await loginRaw(t, { loginId: user.loginId, password }, { "x-test-ip": ip() })).status).toBe(200);
    expect((await eventsOfType(t, "auth.account_locked")).some((e) => e.targetId === user.id)).toBe(true);
  });
});
