import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../test/app";
import { makeUser } from "../test/factories";
import { authed, signIn } from "../test/session";
import { eventsOfType, loginRaw, MINUTE, userRow } from "./test-support";

let t: TestApp;
let n = 0;
const ip = () => `10.1.0.${++n}`;

beforeAll(async () => {
  t = await createTestApp({ profileId: "mic-guideline" });
});
afterAll(async () => {
  await t?.close();
});

const STRONG = "Kawa-Sekimori-2026";

describe("sessions", () => {
  it("time out after 30 idle minutes (401 session_expired), activity keeps them alive", async () => {
    const { user, password } = await makeUser(t.database.db);
    const api = authed(t, await signIn(t, user.loginId, password, undefined, { ip: ip() }));
    for (let i = 0; i < 4; i++) {
      t.clock.advance(29 * MINUTE);
      expect((await api.get("/api/auth/me")).status).toBe(200);
    }
    t.clock.advance(31 * MINUTE);
    const res = await api.get("/api/auth/me");
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe("session_expired");
    expect(res.headers.get("set-cookie")).toMatch(/sekimori_session=;/);
  });

  it("end after 12 hours however active they are", async () => {
    const { user, password } = await makeUser(t.database.db);
    const api = authed(t, await signIn(t, user.loginId, password, undefined, { ip: ip() }));
    for (let elapsed = 0; elapsed < 12 * 60 - 20; elapsed += 20) {
      t.clock.advance(20 * MINUTE);
      expect((await api.get("/api/auth/me")).status).toBe(200);
    }
    t.clock.advance(21 * MINUTE);
    const res = await api.get("/api/auth/me");
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe("session_expired");
  });

  it("privileged sessions (administer_system) end after 60 minutes", async () => {
    const admin = await makeUser(t.database.db, { roles: [["system_staff", null]] });
    const session = await signIn(t, admin.user.loginId, admin.password, undefined, { ip: ip() });
    const api = authed(t, session);
    t.clock.advance(25 * MINUTE);
    expect((await api.get("/api/users")).status).toBe(200);
    t.clock.advance(25 * MINUTE);
    expect((await api.get("/api/users")).status).toBe(200);
    t.clock.advance(11 * MINUTE);
    const res = await api.get("/api/users");
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe("session_expired");
  });

  it("an expired cookie does not stop a fresh sign-in", async () => {
    const { user, password } = await makeUser(t.database.db);
    const first = await signIn(t, user.loginId, password, undefined, { ip: ip() });
    t.clock.advance(31 * MINUTE);
    const res = await loginRaw(
      t,
      { loginId: user.loginId, password },
      { cookie: first.cookie, "x-test-ip": ip() },
    );
    expect(res.status).toBe(200);
  });

  it("logout ends the session and is audited", async () => {
    const { user, password } = await makeUser(t.database.db);
    const api = authed(t, await signIn(t, user.loginId, password, undefined, { ip: ip() }));
    const res = await api.post("/api/auth/logout");
    expect(res.status).toBe(200);
    expect(res.headers.get("set-cookie")).toMatch(/sekimori_session=;/);
    expect((await api.get("/api/auth/me")).status).toBe(401);
    expect((await eventsOfType(t, "auth.logout")).map((e) => e.targetId)).toContain(user.id);
  });

  it("a new sign-in revokes the session of the cookie it came with (no fixation)", async () => {
    const { user, password } = await makeUser(t.database.db);
    const first = await signIn(t, user.loginId, password, undefined, { ip: ip() });
    const res = await loginRaw(t, { loginId: user.loginId, password }, { cookie: first.cookie });
    expect(res.status).toBe(200);
    expect((await authed(t, first).get("/api/auth/me")).status).toBe(401);
  });
});

describe("forced password change", () => {
  it("blocks every other route until the temporary password is changed", async () => {
    const { user, password } = await makeUser(t.database.db, { mustChangePassword: true });
    const session = await signIn(t, user.loginId, password, undefined, { ip: ip() });
    expect(session.body.mustChangePassword).toBe(true);
    const api = authed(t, session);

    const me = await api.get("/api/auth/me");
    expect(me.status).toBe(200);
    expect((await me.json()).user.mustChangePassword).toBe(true);
    for (const path of ["/api/departments", "/api/users", "/api/audit/events"]) {
      const res = await api.get(path);
      expect(res.status, path).toBe(403);
      expect((await res.json()).error.code).toBe("password_change_required");
    }

    // rule violations are explained per field, nothing changes
    const weak = await api.post("/api/auth/password", { currentPassword: password, newPassword: "short" });
    expect(weak.status).toBe(400);
    const weakErr = (await weak.json()).error;
    expect(weakErr.code).toBe("password_rule");
    expect(weakErr.fields.newPassword.message_ja).toContain("12文字以上");
    expect(weakErr.fields.newPassword.message_en).toContain("at least 12");
    const same = await api.post("/api/auth/password", { currentPassword: password, newPassword: password });
    expect(same.status).toBe(400);
    expect((await same.json()).error.code).toBe("password_reused");
    const wrongCurrent = await api.post("/api/auth/password", {
      currentPassword: "nope",
      newPassword: STRONG,
    });
    expect(wrongCurrent.status).toBe(400);
    expect((await wrongCurrent.json()).error.fields.currentPassword).toBeDefined();
    expect((await userRow(t, user.id)).mustChangePassword).toBe(true);

    const ok = await api.post("/api/auth/password", { currentPassword: password, newPassword: STRONG });
    expect(ok.status).toBe(200);
    expect((await userRow(t, user.id)).mustChangePassword).toBe(false);
    expect((await api.get("/api/departments")).status).toBe(200);
    expect((await eventsOfType(t, "auth.password_changed")).map((e) => e.targetId)).toContain(user.id);
  });

  it("refuses any of the last 5 passwords, allows the 6th-oldest again", async () => {
    const { user, password } = await makeUser(t.database.db, { password: "Start-Passw0rd-0" });
    const api = authed(t, await signIn(t, user.loginId, password, undefined, { ip: ip() }));
    const passwords = [password];
    for (let i = 1; i <= 5; i++) {
      const next = `Start-Passw0rd-${i}`;
      const res = await api.post("/api/auth/password", {
        currentPassword: passwords.at(-1),
        newPassword: next,
      });
      expect(res.status).toBe(200);
      passwords.push(next);
    }
    // current is -5; the last five are 1..5
    for (const old of passwords.slice(1)) {
      const res = await api.post("/api/auth/password", {
        currentPassword: passwords.at(-1),
        newPassword: old,
      });
      expect(res.status, old).toBe(400);
      expect((await res.json()).error.code).toBe("password_reused");
    }
    const again = await api.post("/api/auth/password", {
      currentPassword: passwords.at(-1),
      newPassword: passwords[0],
    });
    expect(again.status).toBe(200);
  });

  it("changing the password ends the user's other sessions", async () => {
    const { user, password } = await makeUser(t.database.db);
    const a = authed(t, await signIn(t, user.loginId, password, undefined, { ip: ip() }));
    const b = authed(t, await signIn(t, user.loginId, password, undefined, { ip: ip() }));
    expect(
      (await a.post("/api/auth/password", { currentPassword: password, newPassword: STRONG })).status,
    ).toBe(200);
    expect((await a.get("/api/auth/me")).status).toBe(200);
    expect((await b.get("/api/auth/me")).status).toBe(401);
  });
});

describe("CSRF", () => {
  it("refuses a state-changing call without the token or with a wrong one", async () => {
    const { user, password } = await makeUser(t.database.db);
    const session = await signIn(t, user.loginId, password, undefined, { ip: ip() });
    const body = JSON.stringify({ currentPassword: password, newPassword: STRONG });
    const withoutToken = await t.app.request("/api/auth/password", {
      method: "POST",
      headers: { cookie: session.cookie, "content-type": "application/json" },
      body,
    });
    expect(withoutToken.status).toBe(403);
    expect((await withoutToken.json()).error.code).toBe("csrf");
    const wrongToken = await t.app.request("/api/auth/password", {
      method: "POST",
      headers: session.headers({ "x-csrf-token": `${session.csrf.slice(0, -2)}xx` }),
      body,
    });
    expect(wrongToken.status).toBe(403);
    expect((await userRow(t, user.id)).passwordChangedAt).toBeNull();
    // GET needs no token
    const me = await t.app.request("/api/auth/me", { headers: { cookie: session.cookie } });
    expect(me.status).toBe(200);
  });

  it("refuses a foreign Origin even with the right token, accepts the same origin", async () => {
    const { user, password } = await makeUser(t.database.db);
    const session = await signIn(t, user.loginId, password, undefined, { ip: ip() });
    const body = JSON.stringify({ currentPassword: password, newPassword: STRONG });
    const foreign = await t.app.request("http://sekimori.example.lg.jp/api/auth/password", {
      method: "POST",
      headers: session.headers({ origin: "https://evil.example", host: "sekimori.example.lg.jp" }),
      body,
    });
    expect(foreign.status).toBe(403);
    expect((await foreign.json()).error.code).toBe("csrf");
    const login = await t.app.request("http://sekimori.example.lg.jp/api/auth/login", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: "https://evil.example",
        host: "sekimori.example.lg.jp",
      },
      body: JSON.stringify({ loginId: user.loginId, password }),
    });
    expect(login.status).toBe(403);
    const same = await t.app.request("http://sekimori.example.lg.jp/api/auth/password", {
      method: "POST",
      headers: session.headers({ origin: "http://sekimori.example.lg.jp", host: "sekimori.example.lg.jp" }),
      body,
    });
    expect(same.status).toBe(200);
  });
});
