import { eq } from "drizzle-orm";
import { generateSecret } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { users } from "../../auth/tables";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment, makePerson, makeUser } from "../../test/factories";
import { type AuthedClient, authed, signIn } from "../../test/session";
import { eventsSince, lastEventId, userClient } from "./test-helpers";

const DAY = 24 * 3600_000;

describe("role assignments and deputies", () => {
  let t: TestApp;
  let admin: AuthedClient;
  let staff: AuthedClient;
  let bureau: { id: string };
  let dept: { id: string };

  beforeAll(async () => {
    t = await createTestApp(); // nishihara, clock at 2026-04-01 09:00 JST
    bureau = await makeDepartment(t.database.db, { kind: "bureau" });
    dept = await makeDepartment(t.database.db, { parentId: bureau.id });
    admin = (await userClient(t, { roles: [["system_staff", null]] })).client;
    staff = (await userClient(t, { departmentId: dept.id })).client;
  }, 60_000);
  afterAll(() => t?.close());

  it("validates the role against the active profile and the scope against the role's scope kind", async () => {
    const p = await makePerson(t.database.db, { departmentId: dept.id });
    const since = await lastEventId(t);
    const unknown = await admin.post("/api/role-assignments", { personId: p.id, roleKey: "mayor" });
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).error.fields.roleKey.message_en).toMatch(/not a role/);

    const orgWithUnit = await admin.post("/api/role-assignments", {
      personId: p.id,
      roleKey: "ciso",
      scopeDepartmentId: dept.id,
    });
    expect(orgWithUnit.status).toBe(400);
    expect((await orgWithUnit.json()).error.fields.scopeDepartmentId.message_ja).toContain("全庁");

    const deptRoleWithout = await admin.post("/api/role-assignments", {
      personId: p.id,
      roleKey: "security_system_manager",
    });
    expect(deptRoleWithout.status).toBe(400);
    expect((await deptRoleWithout.json()).error.fields.scopeDepartmentId).toBeDefined();

    const deptRoleOnBureau = await admin.post("/api/role-assignments", {
      personId: p.id,
      roleKey: "security_system_manager",
      scopeDepartmentId: bureau.id,
    });
    expect(deptRoleOnBureau.status).toBe(400);
    expect((await deptRoleOnBureau.json()).error.fields.scopeDepartmentId.message_en).toMatch(
      /must be a department/,
    );

    const badDates = await admin.post("/api/role-assignments", {
      personId: p.id,
      roleKey: "ciso",
      validFrom: "2026-05-01",
      validTo: "2026-04-30",
    });
    expect(badDates.status).toBe(400);
    expect(await eventsSince(t, since)).toEqual([]);

    expect((await staff.post("/api/role-assignments", { personId: p.id, roleKey: "ciso" })).status).toBe(403);

    const ok = await admin.post("/api/role-assignments", {
      personId: p.id,
      roleKey: "security_system_manager",
      scopeDepartmentId: dept.id,
    });
    expect(ok.status).toBe(201);
    const ra = await ok.json();
    expect(ra).toMatchObject({
      roleTitle: { ja: "情報セキュリティ・システム管理者" },
      scope: "department",
      scopeDepartmentId: dept.id,
      validFrom: "2026-04-01",
      current: true,
      policies: { read: true, create: true, end: true },
    });
    const [ev] = await eventsSince(t, since);
    expect(ev.type).toBe("org.role_assignment.created");
    expect(Object.keys((ev.data as { changes: object }).changes)).toEqual(
      expect.arrayContaining(["roleKey", "scopeDepartmentId", "validFrom"]),
    );

    // The person's detail lists the assignment with its title from the profile.
    const detail = await (await admin.get(`/api/people/${p.id}`)).json();
    expect(detail.roleAssignments).toHaveLength(1);
    expect(detail.roleAssignments[0].roleTitle.en).toBe(ra.roleTitle.en);

    // Filters.
    const byRole = await (await staff.get("/api/role-assignments?roleKey=security_system_manager")).json();
    expect(byRole.items.map((r: { id: string }) => r.id)).toContain(ra.id);
    const byDept = await (await staff.get(`/api/role-assignments?departmentId=${dept.id}`)).json();
    expect(byDept.items.map((r: { id: string }) => r.id)).toContain(ra.id);
    const byOther = await (await staff.get(`/api/role-assignments?personId=${p.id}&roleKey=ciso`)).json();
    expect(byOther.items).toEqual([]);
  });

  it("ends an assignment (history kept, audited) and refuses to end it twice", async () => {
    const p = await makePerson(t.database.db, { departmentId: dept.id });
    const ra = await (
      await admin.post("/api/role-assignments", { personId: p.id, roleKey: "auditor" })
    ).json();
    const since = await lastEventId(t);
    const res = await admin.post(`/api/role-assignments/${ra.id}/end`, {});
    expect(res.status).toBe(200);
    const ended = await res.json();
    expect(ended).toMatchObject({ validTo: "2026-03-31", current: false, policies: { end: false } });
    const [ev] = await eventsSince(t, since);
    expect(ev.type).toBe("org.role_assignment.ended");
    expect(ev.data).toMatchObject({ changes: { validTo: { from: null, to: "2026-03-31" } } });
    expect((await admin.post(`/api/role-assignments/${ra.id}/end`, {})).status).toBe(409);
    expect((await admin.delete(`/api/role-assignments/${ra.id}`)).status).toBe(409);

    const other = await (
      await admin.post("/api/role-assignments", { personId: p.id, roleKey: "committee" })
    ).json();
    expect((await staff.delete(`/api/role-assignments/${other.id}`)).status).toBe(403);
    const del = await admin.delete(`/api/role-assignments/${other.id}`);
    expect(del.status).toBe(200);
    expect((await del.json()).current).toBe(false);
    const current = await (await admin.get(`/api/role-assignments?personId=${p.id}&current=true`)).json();
    expect(current.items).toEqual([]);
    const all = await (await admin.get(`/api/role-assignments?personId=${p.id}`)).json();
    expect(all.items).toHaveLength(2);
  });

  it("a deputy holds the principal's duties only within the period, marked as deputy", async () => {
    const db = t.database.db;
    const principal = await makePerson(db, { departmentId: dept.id, name: "本来 CISO" });
    const ra = await (
      await admin.post("/api/role-assignments", { personId: principal.id, roleKey: "ciso" })
    ).json();
    const d = await makeUser(db, { departmentId: dept.id });
    const secret = generateSecret();
    await db.update(users).set({ totpSecret: secret, totpEnabled: true }).where(eq(users.id, d.user.id));
    const meDuties = async () => {
      const session = await signIn(t, d.user.loginId, d.password, secret, { now: t.clock.now });
      const me = await (await authed(t, session).get("/api/auth/me")).json();
      return me.user as { duties: string[]; grants: { duty: string; deputyFor: string | null }[] };
    };

    const same = await admin.post("/api/deputies", {
      principalPersonId: principal.id,
      deputyPersonId: principal.id,
      validFrom: "2026-04-02",
      validTo: "2026-04-03",
      reason: "出張",
    });
    expect(same.status).toBe(400);
    expect((await same.json()).error.fields.deputyPersonId).toBeDefined();
    const backwards = await admin.post("/api/deputies", {
      principalPersonId: principal.id,
      deputyPersonId: d.person.id,
      validFrom: "2026-04-03T09:00:00+09:00",
      validTo: "2026-04-02T09:00:00+09:00",
      reason: "出張",
    });
    expect(backwards.status).toBe(400);
    expect((await backwards.json()).error.fields.validTo).toBeDefined();
    expect(
      (
        await staff.post("/api/deputies", {
          principalPersonId: principal.id,
          deputyPersonId: d.person.id,
          validFrom: "2026-04-02",
          validTo: "2026-04-03",
          reason: "出張",
        })
      ).status,
    ).toBe(403);

    const since = await lastEventId(t);
    const res = await admin.post("/api/deputies", {
      principalPersonId: principal.id,
      deputyPersonId: d.person.id,
      roleAssignmentId: ra.id,
      validFrom: "2026-04-02",
      validTo: "2026-04-03",
      reason: "出張のため",
    });
    expect(res.status).toBe(201);
    const dep = await res.json();
    expect(dep).toMatchObject({
      principalName: "本来 CISO",
      roleKey: "ciso",
      current: false,
      validFrom: "2026-04-01T15:00:00.000Z",
      validTo: "2026-04-03T15:00:00.000Z",
    });
    const [ev] = await eventsSince(t, since);
    expect(ev.type).toBe("org.deputy.created");
    expect(Object.keys((ev.data as { changes: object }).changes)).toEqual(
      expect.arrayContaining(["principalPersonId", "deputyPersonId", "validFrom", "validTo", "reason"]),
    );

    // Before the period: no CISO duty.
    expect((await meDuties()).duties).not.toContain("chief_information_security_officer");
    // During the period (2026-04-02 10:00 JST): the principal's duties, as deputy.
    t.clock.advance(DAY + 3600_000);
    const during = await meDuties();
    expect(during.duties).toContain("chief_information_security_officer");
    expect(during.grants.find((g) => g.duty === "chief_information_security_officer")?.deputyFor).toBe(
      principal.id,
    );
    // After the period: gone again.
    t.clock.advance(2 * DAY);
    expect((await meDuties()).duties).not.toContain("chief_information_security_officer");
    t.clock.now = new Date("2026-04-01T09:00:00+09:00");
  });

  it("ending an arrangement early removes the duties at once and is audited", async () => {
    const db = t.database.db;
    const principal = await makePerson(db, { departmentId: dept.id });
    await (
      await admin.post("/api/role-assignments", { personId: principal.id, roleKey: "network_administrator" })
    ).json();
    const d = await makeUser(db, { departmentId: dept.id });
    const secret = generateSecret();
    await db.update(users).set({ totpSecret: secret, totpEnabled: true }).where(eq(users.id, d.user.id));
    const admin2 = (await userClient(t, { roles: [["system_staff", null]] })).client;
    const dep = await (
      await admin2.post("/api/deputies", {
        principalPersonId: principal.id,
        deputyPersonId: d.person.id,
        validFrom: "2026-04-01T00:00:00+09:00",
        validTo: "2026-04-10",
        reason: "休暇",
      })
    ).json();
    expect(dep.current).toBe(true);
    const before = await authed(
      t,
      await signIn(t, d.user.loginId, d.password, secret, { now: t.clock.now }),
    ).get("/api/auth/me");
    expect((await before.json()).user.duties).toContain("manage_network");
    const since = await lastEventId(t);
    t.clock.advance(60_000);
    const res = await admin2.post(`/api/deputies/${dep.id}/end`);
    expect(res.status).toBe(200);
    expect((await res.json()).current).toBe(false);
    const [ev] = await eventsSince(t, since);
    expect(ev.type).toBe("org.deputy.ended");
    expect(ev.data).toMatchObject({ changes: { validTo: { from: dep.validTo } } });
    t.clock.advance(1000);
    const after = await authed(
      t,
      await signIn(t, d.user.loginId, d.password, secret, { now: t.clock.now }),
    ).get("/api/auth/me");
    expect((await after.json()).user.duties).not.toContain("manage_network");
    expect((await admin2.post(`/api/deputies/${dep.id}/end`)).status).toBe(409);
    const list = await (await admin2.get(`/api/deputies?personId=${principal.id}`)).json();
    expect(list.items.map((x: { id: string }) => x.id)).toEqual([dep.id]);
  });
});
