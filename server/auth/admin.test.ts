import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deputies, people, roleAssignments } from "../directory/tables";
import { createTestApp, type TestApp } from "../test/app";
import { makeDepartment, makeUser } from "../test/factories";
import { type AuthedClient, authed, signIn } from "../test/session";
import { resolveActor } from "./actor";
import { ADMIN_LOGIN_ID, createUserLogin, ensureAdministrator, resetPassword, unlockUser } from "./bootstrap";
import { users } from "./tables";
import { eventCount, eventsOfType, loginRaw, MINUTE, userRow } from "./test-support";

let t: TestApp;
let admin: AuthedClient;
let adminUserId: string;
let n = 0;
const ip = () => `10.3.0.${++n}`;

beforeAll(async () => {
  t = await createTestApp({ profileId: "mic-guideline" });
  const a = await makeUser(t.database.db, { roles: [["system_staff", null]], loginId: "it-admin" });
  adminUserId = a.user.id;
  admin = authed(t, await signIn(t, a.user.loginId, a.password, undefined, { ip: ip() }));
});
afterAll(async () => {
  await t?.close();
});

describe("administration of logins", () => {
  it("lists logins with lock state, filtered in SQL, with policies", async () => {
    const dept = await makeDepartment(t.database.db, { name: "税務課" });
    const target = await makeUser(t.database.db, {
      departmentId: dept.id,
      name: "佐藤 一郎",
      loginId: "sato.ichiro",
    });
    const res = await admin.get("/api/users?q=sato");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.items).toHaveLength(1);
    expect(body.total).toBe(1);
    expect(body.items[0]).toMatchObject({
      id: target.user.id,
      loginId: "sato.ichiro",
      name: "佐藤 一郎",
      departmentName: "税務課",
      locked: false,
      disabled: false,
      mfaEnabled: false,
      policies: { unlock: true, reset_password: true, disable: true, enable: true, mfa_reset: true },
    });
    const byName = await (await admin.get(`/api/users?q=${encodeURIComponent("佐藤")}`)).json();
    expect(byName.items.map((u: { id: string }) => u.id)).toEqual([target.user.id]);
    const self = (await (await admin.get("/api/users?q=it-admin")).json()).items[0];
    expect(self.policies.disable).toBe(false); // not one's own account
    const bad = await admin.get("/api/users?state=everything");
    expect(bad.status).toBe(400);
  });

  it("refuses non-administrators (403) and anonymous callers (401)", async () => {
    const staff = await makeUser(t.database.db);
    const api = authed(t, await signIn(t, staff.user.loginId, staff.password, undefined, { ip: ip() }));
    expect((await api.get("/api/users")).status).toBe(403);
    const before = await eventCount(t);
    const res = await api.post(`/api/users/${staff.user.id}/reset-password`);
    expect(res.status).toBe(403);
    expect(await eventCount(t)).toBe(before);
    expect((await t.app.request("/api/users")).status).toBe(401);
    expect((await t.app.request(`/api/users/${staff.user.id}/unlock`, { method: "POST" })).status).toBe(401);
  });

  it("reset-password: a temporary password shown once, must be changed, sessions ended", async () => {
    const target = await makeUser(t.database.db);
    const targetApi = authed(
      t,
      await signIn(t, target.user.loginId, target.password, undefined, { ip: ip() }),
    );
    const res = await admin.post(`/api/users/${target.user.id}/reset-password`);
    expect(res.status).toBe(200);
    const { temporaryPassword, user } = await res.json();
    expect(temporaryPassword).toHaveLength(16);
    expect(user.mustChangePassword).toBe(true);
    expect((await targetApi.get("/api/auth/me")).status).toBe(401);
    const events = await eventsOfType(t, "auth.password_reset");
    const event = events.find((e) => e.targetId === target.user.id);
    expect(event?.actorUserId).toBe(adminUserId);
    expect(JSON.stringify(event?.data)).not.toContain(temporaryPassword);
    expect(
      (await loginRaw(t, { loginId: target.user.loginId, password: target.password }, { "x-test-ip": ip() }))
        .status,
    ).toBe(401);
    const fresh = await signIn(t, target.user.loginId, temporaryPassword, undefined, { ip: ip() });
    expect(fresh.body.mustChangePassword).toBe(true);
  });

  it("disable ends sessions and refuses sign-in; enable restores it; one cannot disable oneself", async () => {
    const target = await makeUser(t.database.db);
    const targetApi = authed(
      t,
      await signIn(t, target.user.loginId, target.password, undefined, { ip: ip() }),
    );
    const res = await admin.post(`/api/users/${target.user.id}/disable`);
    expect(res.status).toBe(200);
    expect((await res.json()).disabled).toBe(true);
    expect((await targetApi.get("/api/auth/me")).status).toBe(401);
    expect(
      (await loginRaw(t, { loginId: target.user.loginId, password: target.password }, { "x-test-ip": ip() }))
        .status,
    ).toBe(403);
    expect((await admin.post(`/api/users/${target.user.id}/enable`)).status).toBe(200);
    expect(
      (await loginRaw(t, { loginId: target.user.loginId, password: target.password }, { "x-test-ip": ip() }))
        .status,
    ).toBe(200);
    expect((await admin.post(`/api/users/${adminUserId}/disable`)).status).toBe(403);
    expect((await userRow(t, adminUserId)).disabled).toBe(false);
    expect((await admin.post("/api/users/00000000-0000-4000-8000-000000000000/disable")).status).toBe(404);
    expect((await admin.post("/api/users/not-a-uuid/disable")).status).toBe(400);
  });

  it("mfa-reset removes the authenticator so the user enrols again", async () => {
    const target = await makeUser(t.database.db);
    const api = authed(t, await signIn(t, target.user.loginId, target.password, undefined, { ip: ip() }));
    const { secret } = await (await api.post("/api/auth/mfa/setup")).json();
    const { totpCode } = await import("./totp");
    await api.post("/api/auth/mfa/enable", { code: await totpCode(secret, t.clock.now) });
    expect((await userRow(t, target.user.id)).totpEnabled).toBe(true);
    const res = await admin.post(`/api/users/${target.user.id}/mfa-reset`);
    expect(res.status).toBe(200);
    expect((await res.json()).mfaEnabled).toBe(false);
    const row = await userRow(t, target.user.id);
    expect(row).toMatchObject({ totpEnabled: false, totpSecret: null, recoveryCodes: [] });
    expect((await eventsOfType(t, "auth.mfa_reset")).map((e) => e.targetId)).toContain(target.user.id);
  });
});

describe("actor resolution", () => {
  it("grants come from role assignments valid today (JST) and from deputies valid now", async () => {
    const bureau = await makeDepartment(t.database.db, { kind: "bureau", name: "総務局" });
    const dept = await makeDepartment(t.database.db, { parentId: bureau.id, name: "人事課" });
    const principal = await makeUser(t.database.db, { departmentId: dept.id, roles: [["csirt", null]] });
    const deputy = await makeUser(t.database.db, { departmentId: dept.id });
    // a role that starts tomorrow (JST) grants nothing yet
    await t.database.db
      .insert(roleAssignments)
      .values({ personId: deputy.person.id, roleKey: "committee", validFrom: "2026-04-02" });
    const start = t.clock.now;
    await t.database.db.insert(deputies).values({
      principalPersonId: principal.person.id,
      deputyPersonId: deputy.person.id,
      validFrom: new Date(start.getTime() + 60 * MINUTE),
      validTo: new Date(start.getTime() + 3 * 60 * MINUTE),
    });
    const session = await signIn(t, deputy.user.loginId, deputy.password, undefined, { ip: ip() });
    const api = authed(t, session);
    const me0 = (await (await api.get("/api/auth/me")).json()).user;
    expect(me0.departmentId).toBe(dept.id);
    const actor = await resolveActor(t.database.db, t.deps.profile(), deputy.user, "s", t.clock.now);
    expect(actor).toMatchObject({ departmentId: dept.id, bureauId: bureau.id, departmentName: "人事課" });
    expect(me0.duties).toEqual([]);

    // stay active (idle timeout is 30 minutes) until the deputy period begins
    for (const step of [25, 25, 11]) {
      t.clock.advance(step * MINUTE);
      expect((await api.get("/api/auth/me")).status).toBe(200);
    }
    const me1 = (await (await api.get("/api/auth/me")).json()).user;
    expect(me1.duties).toContain("triage_incident");
    expect(me1.grants.every((g: { deputyFor: string }) => g.deputyFor === principal.person.id)).toBe(true);

    // next day in Japan (15:00 UTC = 00:00 JST): the committee role starts, the deputy period is over
    t.clock.now = new Date("2026-04-01T15:00:00Z");
    const again = authed(t, await signIn(t, deputy.user.loginId, deputy.password, undefined, { ip: ip() }));
    const me2 = (await (await again.get("/api/auth/me")).json()).user;
    expect(me2.duties.sort()).toEqual(["approve_training_plan", "committee_member"]);
    expect(me2.grants[0]).toMatchObject({ scope: "organization", roleKey: "committee", deputyFor: null });
  });
});

describe("bootstrap and CLI commands", () => {
  it("ensureAdministrator creates admin once, with a temporary password and the administer_system role", async () => {
    const fresh = await createTestApp({ profileId: "mic-guideline" });
    try {
      const first = await ensureAdministrator(fresh.deps, {});
      expect(first.created).toBe(true);
      expect(first.password).toHaveLength(16);
      const second = await ensureAdministrator(fresh.deps, {});
      expect(second).toEqual({ created: false });
      const [row] = await fresh.database.db.select().from(users).where(eq(users.loginId, ADMIN_LOGIN_ID));
      expect(row.mustChangePassword).toBe(true);
      const [person] = await fresh.database.db.select().from(people).where(eq(people.id, row.personId));
      expect(person.name).toBe("システム管理者");
      const roles = await fresh.database.db
        .select()
        .from(roleAssignments)
        .where(eq(roleAssignments.personId, row.personId));
      expect(roles.map((r) => r.roleKey)).toEqual(["system_staff"]);
      const created = await fresh.database.db.select().from((await import("../audit/tables")).auditEvents);
      expect(created.map((e) => e.type)).toEqual(["auth.administrator_created"]);

      const session = await signIn(fresh, ADMIN_LOGIN_ID, first.password ?? "", undefined, {
        enrollMfa: false,
      });
      expect(session.body.mustChangePassword).toBe(true);
      expect((await authed(fresh, session).get("/api/users")).status).toBe(403);
    } finally {
      await fresh.close();
    }
  });

  it("ensureAdministrator takes the given password and does not echo it", async () => {
    const fresh = await createTestApp({ profileId: "mic-guideline" });
    try {
      const result = await ensureAdministrator(fresh.deps, { password: "Initial-Admin-2026" });
      expect(result).toEqual({ created: true });
      expect((await loginRaw(fresh, { loginId: "admin", password: "Initial-Admin-2026" })).status).toBe(200);
    } finally {
      await fresh.close();
    }
  });

  it("createUserLogin, unlockUser and resetPassword work by login id and are audited", async () => {
    const dept = await makeDepartment(t.database.db);
    const created = await createUserLogin(t.deps, {
      loginId: "cli.user",
      name: "CLI 太郎",
      departmentId: dept.id,
    });
    expect(created.password).toHaveLength(16);
    const row = await userRow(t, created.userId);
    expect(row.mustChangePassword).toBe(true);
    await expect(createUserLogin(t.deps, { loginId: "cli.user", name: "x" })).rejects.toThrow();
    await expect(
      createUserLogin(t.deps, { loginId: "weak.user", name: "x", password: "short" }),
    ).rejects.toThrow();

    await t.database.db
      .update(users)
      .set({ failedAttempts: 5, lockedUntil: new Date(t.clock.now.getTime() + 10 * MINUTE) })
      .where(eq(users.id, created.userId));
    await unlockUser(t.deps, "cli.user");
    expect(await userRow(t, created.userId)).toMatchObject({ failedAttempts: 0, lockedUntil: null });
    const { temporaryPassword } = await resetPassword(t.deps, "cli.user");
    expect(
      (await loginRaw(t, { loginId: "cli.user", password: temporaryPassword }, { "x-test-ip": ip() })).status,
    ).toBe(200);
    for (const type of ["auth.user_created", "auth.user_unlocked", "auth.password_reset"])
      expect(
        (await eventsOfType(t, type)).map((e) => e.targetId),
        type,
      ).toContain(created.userId);
    await expect(unlockUser(t.deps, "no-such-login")).rejects.toThrow();
  });
});
