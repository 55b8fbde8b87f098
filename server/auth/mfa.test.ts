import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../test/app";
import { makeUser } from "../test/factories";
import { authed, sessionCookieOf, signIn } from "../test/session";
import { users } from "./tables";
import { eventsOfType, json, loginRaw, userRow } from "./test-support";
import { totpCode } from "./totp";

let t: TestApp;
let n = 0;
const ip = () => `10.2.0.${++n}`;

beforeAll(async () => {
  t = await createTestApp({ profileId: "mic-guideline" });
});
afterAll(async () => {
  await t?.close();
});

describe("TOTP", () => {
  it("enrol → login requires a code → a recovery code works once", async () => {
    const { user, password } = await makeUser(t.database.db);
    const api = authed(t, await signIn(t, user.loginId, password, undefined, { ip: ip() }));

    const setup = await api.post("/api/auth/mfa/setup");
    expect(setup.status).toBe(200);
    const { secret, otpauthUrl, qrDataUrl } = await setup.json();
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    expect(otpauthUrl).toMatch(/^otpauth:\/\/totp\/Sekimori:/);
    expect(otpauthUrl).toContain(`secret=${secret}`);
    expect(otpauthUrl).toContain("issuer=Sekimori");
    expect(qrDataUrl).toMatch(/^data:image\/png;base64,/);
    expect((await userRow(t, user.id)).totpEnabled).toBe(false);

    const wrong = await api.post("/api/auth/mfa/enable", { code: "000000" });
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).error.fields.code.message_ja).toContain("確認コード");

    const enable = await api.post("/api/auth/mfa/enable", { code: await totpCode(secret, t.clock.now) });
    expect(enable.status).toBe(200);
    const { recoveryCodes } = await enable.json();
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const row = await userRow(t, user.id);
    expect(row.totpEnabled).toBe(true);
    expect(row.recoveryCodes).toHaveLength(10);
    expect(row.recoveryCodes[0]).toMatch(/^\$argon2id\$/);
    expect(row.recoveryCodes.join()).not.toContain(recoveryCodes[0]);
    expect((await eventsOfType(t, "auth.mfa_enabled")).map((e) => e.targetId)).toContain(user.id);

    // password alone: a pending session that may do nothing but verify
    const first = await loginRaw(t, { loginId: user.loginId, password }, { "x-test-ip": ip() });
    expect(first.status).toBe(200);
    const pending = await first.json();
    expect(pending).toEqual({ mfaRequired: true, csrfToken: expect.any(String) });
    const cookie = sessionCookieOf(first) ?? "";
    const blocked = await t.app.request("/api/auth/me", { headers: { cookie } });
    expect(blocked.status).toBe(403);
    expect((await blocked.json()).error.code).toBe("mfa_required");
    const verifyHeaders = { cookie, "x-csrf-token": pending.csrfToken };
    const bad = await t.app.request("/api/auth/mfa/verify", json({ code: "123456" }, verifyHeaders));
    expect(bad.status).toBe(401);
    expect((await bad.json()).error.code).toBe("invalid_code");
    t.clock.advance(30_000); // the enrolment used this time step's code; each code works once
    const good = await t.app.request(
      "/api/auth/mfa/verify",
      json({ code: await totpCode(secret, t.clock.now) }, verifyHeaders),
    );
    expect(good.status).toBe(200);
    const signedIn = await good.json();
    expect(signedIn.user.mfaEnabled).toBe(true);
    const newCookie = sessionCookieOf(good) ?? "";
    expect(newCookie).not.toBe(cookie); // a new session id once the second factor is given
    expect((await t.app.request("/api/auth/me", { headers: { cookie: newCookie } })).status).toBe(200);
    expect((await t.app.request("/api/auth/me", { headers: { cookie } })).status).toBe(401);

    // one call with the code; the next time step is accepted (clock skew), an older one never
    // (each step works once: see server/reliability/attacks-signin.test.ts)
    const nextStep = await totpCode(secret, new Date(t.clock.now.getTime() + 30_000));
    expect(
      (await loginRaw(t, { loginId: user.loginId, password, totp: nextStep }, { "x-test-ip": ip() })).status,
    ).toBe(200);
    const twoStepsOld = await totpCode(secret, new Date(t.clock.now.getTime() - 90_000));
    const stale = await loginRaw(
      t,
      { loginId: user.loginId, password, totp: twoStepsOld },
      { "x-test-ip": ip() },
    );
    expect(stale.status).toBe(401);

    // recovery code: once
    const code = recoveryCodes[3];
    const withRecovery = await loginRaw(
      t,
      { loginId: user.loginId, password, recoveryCode: code },
      { "x-test-ip": ip() },
    );
    expect(withRecovery.status).toBe(200);
    expect((await withRecovery.json()).user.loginId).toBe(user.loginId);
    expect((await userRow(t, user.id)).recoveryCodes).toHaveLength(9);
    expect((await eventsOfType(t, "auth.recovery_code_used")).map((e) => e.targetId)).toContain(user.id);
    const reused = await loginRaw(
      t,
      { loginId: user.loginId, password, recoveryCode: code },
      { "x-test-ip": ip() },
    );
    expect(reused.status).toBe(401);
    expect((await reused.json()).error.code).toBe("invalid_code");
    // and through the verify step, another code, upper-case without hyphens
    const p2 = await loginRaw(t, { loginId: user.loginId, password }, { "x-test-ip": ip() });
    const p2body = await p2.json();
    const viaVerify = await t.app.request(
      "/api/auth/mfa/verify",
      json(
        { code: recoveryCodes[7].replaceAll("-", "").toUpperCase() },
        { cookie: sessionCookieOf(p2) ?? "", "x-csrf-token": p2body.csrfToken },
      ),
    );
    expect(viaVerify.status).toBe(200);
    expect((await userRow(t, user.id)).recoveryCodes).toHaveLength(8);
  });

  it("wrong codes count toward the lockout", async () => {
    const { user, password } = await makeUser(t.database.db);
    const session = await signIn(t, user.loginId, password, undefined, { ip: ip() });
    const api = authed(t, session);
    const { secret } = await (await api.post("/api/auth/mfa/setup")).json();
    await api.post("/api/auth/mfa/enable", { code: await totpCode(secret, t.clock.now) });
    const from = ip();
    for (let i = 0; i < 4; i++)
      expect(
        (await loginRaw(t, { loginId: user.loginId, password, totp: "000000" }, { "x-test-ip": from }))
          .status,
      ).toBe(401);
    const fifth = await loginRaw(
      t,
      { loginId: user.loginId, password, totp: "000000" },
      { "x-test-ip": from },
    );
    expect(fifth.status).toBe(423);
  });

  it("disable needs the password and is refused where the profile requires MFA", async () => {
    const { user, password } = await makeUser(t.database.db);
    const api = authed(t, await signIn(t, user.loginId, password, undefined, { ip: ip() }));
    const { secret } = await (await api.post("/api/auth/mfa/setup")).json();
    await api.post("/api/auth/mfa/enable", { code: await totpCode(secret, t.clock.now) });
    const again = await api.post("/api/auth/mfa/setup");
    expect(again.status).toBe(409);
    const wrong = await api.post("/api/auth/mfa/disable", { password: "nope" });
    expect(wrong.status).toBe(400);
    const ok = await api.post("/api/auth/mfa/disable", { password });
    expect(ok.status).toBe(200);
    expect(await userRow(t, user.id)).toMatchObject({
      totpEnabled: false,
      totpSecret: null,
      recoveryCodes: [],
    });
    expect((await eventsOfType(t, "auth.mfa_disabled")).map((e) => e.targetId)).toContain(user.id);

    // an administrator (mic-guideline requires MFA for administer_system) may not turn it off
    const admin = await makeUser(t.database.db, { roles: [["system_staff", null]] });
    const adminSession = await signIn(t, admin.user.loginId, admin.password, undefined, { ip: ip() });
    expect(adminSession.totpSecret).toBeDefined(); // enrolled by signIn because it was required
    const refused = await authed(t, adminSession).post("/api/auth/mfa/disable", { password: admin.password });
    expect(refused.status).toBe(403);
    expect((await userRow(t, admin.user.id)).totpEnabled).toBe(true);
  });

  it("a user whose duties require MFA must enrol before anything else", async () => {
    const admin = await makeUser(t.database.db, { roles: [["system_staff", null]] });
    const session = await signIn(t, admin.user.loginId, admin.password, undefined, {
      ip: ip(),
      enrollMfa: false,
    });
    expect(session.body.mfaEnrollmentRequired).toBe(true);
    const api = authed(t, session);
    const me = await (await api.get("/api/auth/me")).json();
    expect(me.user).toMatchObject({ mfaRequired: true, mfaEnabled: false });
    const blocked = await api.get("/api/users");
    expect(blocked.status).toBe(403);
    expect((await blocked.json()).error.code).toBe("mfa_enrollment_required");
    const { secret } = await (await api.post("/api/auth/mfa/setup")).json();
    expect(
      (await api.post("/api/auth/mfa/enable", { code: await totpCode(secret, t.clock.now) })).status,
    ).toBe(200);
    expect((await api.get("/api/users")).status).toBe(200);
  });

  it("西原村 対策基準 5.4②: nishihara requires MFA of every user", async () => {
    const nishi = await createTestApp({ profileId: "nishihara" });
    try {
      const { user, password } = await makeUser(nishi.database.db);
      const session = await signIn(nishi, user.loginId, password, undefined, { enrollMfa: false });
      expect(session.body.mfaEnrollmentRequired).toBe(true);
      const res = await authed(nishi, session).get("/api/departments");
      expect(res.status).toBe(403);
      expect((await res.json()).error.code).toBe("mfa_enrollment_required");
      // the helper enrols, and remembers the secret for the next sign-in
      const enrolled = await signIn(nishi, user.loginId, password);
      expect((await authed(nishi, enrolled).get("/api/departments")).status).toBe(200);
      const again = await signIn(nishi, user.loginId, password);
      expect((await authed(nishi, again).get("/api/departments")).status).toBe(200);
      const [row] = await nishi.database.db.select().from(users).where(eq(users.id, user.id));
      expect(row.totpEnabled).toBe(true);
    } finally {
      await nishi.close();
    }
  });
});
