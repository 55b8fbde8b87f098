/** Write fixtures of sign-in self-service (auth): the rules are described in ./index.ts. */

import { eq } from "drizzle-orm";
import { generate, generateSecret } from "otplib";
import { users } from "../../auth/tables";
import { makeUser } from "../../test/factories";
import { sessionCookieOf } from "../../test/session";
import { type Actor, loginUser, nextIp, ROLES, type World } from "../matrix-world";
import { ALL, type Prepared, twin, type WriteFixture } from "./shared";

/** A login whose session still owes a second factor (mfa: enabled) or an enrolment (mfa: none). */
async function pendingSession(w: World, as: Actor | null, mfa: "enabled" | "none") {
  const [dept, roles] = as ? ROLES[as] : ["A" as const, []];
  const unit = { A: w.deptA.id, B: w.deptB.id, home: w.home.id }[dept];
  const r = roles.map(([k, s]) => [k, s ? w.deptA.id : null] as [string, string | null]);
  const { user, password } = await makeUser(w.t.database.db, { departmentId: unit, roles: r });
  const secret = generateSecret();
  if (mfa === "enabled")
    await w.t.database.db
      .update(users)
      .set({ totpSecret: secret, totpEnabled: true })
      .where(eq(users.id, user.id));
  const res = await w.t.app.request("/api/auth/login", {
    method: "POST",
    headers: { "content-type": "application/json", "x-test-ip": nextIp() },
    body: JSON.stringify({ loginId: user.loginId, password }),
  });
  const body = (await res.json()) as { csrfToken?: string };
  const cookie = sessionCookieOf(res);
  if (res.status !== 200 || !cookie)
    throw new Error(`pending session: ${res.status} ${JSON.stringify(body)}`);
  const headers = {
    cookie,
    "x-csrf-token": String(body.csrfToken ?? ""),
    "content-type": "application/json",
  };
  const code = () => generate({ secret, epoch: Math.floor(w.t.clock.now.getTime() / 1000) });
  return { headers, code, userId: user.id };
}

export const AUTH_FIXTURES: Record<string, WriteFixture> = {
  "POST /api/auth/mfa/verify": {
    allow: ALL,
    self: true,
    rule: "a session that owes its second factor finishes sign-in with its own code",
    async prepare(w, as) {
      const s = await pendingSession(w, as, "enabled");
      return {
        url: "/api/auth/mfa/verify",
        body: { code: await s.code() },
        client: "raw",
        headers: s.headers,
      };
    },
  },
  "POST /api/auth/password": {
    allow: ALL,
    self: true,
    rule: "everyone changes their own password (and only their own: no id in the path)",
    async prepare(w, as) {
      const tw = await twin(w, as);
      return {
        url: "/api/auth/password",
        body: {
          currentPassword: tw?.member.password ?? "Test-Passw0rd!x",
          newPassword: "Matrix-Neu3s!Passwort",
        },
        client: tw?.client,
        watch: tw ? [["users", tw.member.userId]] : [],
      };
    },
  },
  "POST /api/auth/mfa/setup": {
    allow: ALL,
    self: true,
    rule: "a login without MFA starts its own TOTP enrolment",
    async prepare(w, as) {
      const s = await pendingSession(w, as, "none");
      return { url: "/api/auth/mfa/setup", client: "raw", headers: s.headers };
    },
  },
  "POST /api/auth/mfa/enable": {
    allow: ALL,
    self: true,
    rule: "a login confirms its own TOTP enrolment",
    async prepare(w, as) {
      const s = await pendingSession(w, as, "none");
      const setup = await w.t.app.request("/api/auth/mfa/setup", { method: "POST", headers: s.headers });
      const secret = String(((await setup.json()) as { secret?: string }).secret);
      const code = await generate({ secret, epoch: Math.floor(w.t.clock.now.getTime() / 1000) });
      return { url: "/api/auth/mfa/enable", body: { code }, client: "raw", headers: s.headers };
    },
  },
  "POST /api/auth/mfa/disable": {
    allow: [],
    self: true,
    rule: "nishihara requires MFA of every login (対策基準 5.4②): nobody may turn it off",
    async prepare(w, as) {
      const tw = await twin(w, as);
      return {
        url: "/api/auth/mfa/disable",
        body: { password: tw?.member.password ?? "Test-Passw0rd!x" },
        client: tw?.client,
        watch: tw ? [["users", tw.member.userId]] : [],
      };
    },
  },

  // ── user administration: administer_system (admin) only, never on oneself ───────────────────
  ...Object.fromEntries(
    (["unlock", "disable", "enable", "mfa-reset", "reset-password"] as const).map((action) => [
      `POST /api/users/{id}/${action}`,
      {
        allow: ["admin"],
        rule: "user_login.* needs administer_system at organization scope",
        async prepare(w: World): Promise<Prepared> {
          const u = await loginUser(w);
          // The state each act undoes: a locked login to unlock, a disabled one to enable.
          if (action === "unlock")
            await w.t.database.db
              .update(users)
              .set({ failedAttempts: 5, lockedUntil: new Date(w.t.clock.now.getTime() + 3_600_000) })
              .where(eq(users.id, u.userId));
          if (action === "enable")
            await w.t.database.db.update(users).set({ disabled: true }).where(eq(users.id, u.userId));
          return { url: `/api/users/${u.userId}/${action}`, watch: [["users", u.userId]] };
        },
      } satisfies WriteFixture,
    ]),
  ),

  // ── organization: manage_organization at organization scope (admin) ──────────────────────────
};
