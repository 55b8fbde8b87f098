import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { users } from "../../auth/tables";
import { assets } from "../../db/schema";
import { deputies, people, roleAssignments } from "../../directory/tables";
import { notifications } from "../../notify/tables";
import { createTestApp, type TestApp } from "../../test/app";
import { describeStoredAuditData } from "../../test/audit-data";
import { assignRole, makeDepartment, makePerson } from "../../test/factories";
import type { AuthedClient } from "../../test/session";
import { eventsSince, lastEventId, userClient } from "./test-helpers";

describe("休職・退職 as events of the directory (#13 item 3: 西原村 6.1(1)⑧, 7.2(1)②; 川崎市 第2章5(3)イ, 第4章1(2)イ)", () => {
  let t: TestApp;
  let admin: AuthedClient;
  let staff: AuthedClient;
  const u: Record<string, { id: string }> = {};
  let managerId: string;
  let leaver: { client: AuthedClient; personId: string; userId: string };

  beforeAll(async () => {
    t = await createTestApp(); // nishihara; clock: 2026-04-01 09:00 JST
    const db = t.database.db;
    u.a = await makeDepartment(db, { code: "SA", name: "総務課" });
    u.b = await makeDepartment(db, { code: "SB", name: "財政課" });
    const manager = await makePerson(db, { name: "課長 一郎", departmentId: u.a.id, title: "課長" });
    managerId = manager.id;
    await assignRole(db, manager.id, "security_system_manager", u.a.id);
    admin = (await userClient(t, { roles: [["system_staff", null]] })).client;
    staff = (await userClient(t, { departmentId: u.a.id })).client;
    leaver = await userClient(t, {
      departmentId: u.a.id,
      name: "退職 花子",
      roles: [["security_system_manager", u.b.id]],
    });
    // The leaver stands in for the 課長 and keeps a notebook PC of the 課.
    await db.insert(deputies).values({
      principalPersonId: manager.id,
      deputyPersonId: leaver.personId,
      validFrom: new Date("2026-03-01T00:00:00+09:00"),
      validTo: new Date("2026-06-30T00:00:00+09:00"),
      reason: "出張中の代行",
    });
    await db.insert(assets).values({
      assetNumber: "SA-PC-01",
      name: "総務課ノートPC",
      kind: "device",
      departmentId: u.a.id,
      custodianPersonId: leaver.personId,
    });
  }, 180_000);
  afterAll(() => t?.close());

  it("only the people who manage the organization plan or list them; bad input names the field", async () => {
    expect((await staff.get("/api/separations")).status).toBe(403);
    const refused = await staff.post("/api/separations", {
      personId: leaver.personId,
      kind: "retirement",
      effectiveDate: "2026-04-01",
    });
    expect(refused.status).toBe(403);
    const bad = await admin.post("/api/separations", {
      personId: leaver.personId,
      kind: "retirement",
      effectiveDate: "2026-04-01",
      expectedReturn: "2026-10-01",
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.fields.expectedReturn.message_ja).toMatch(/退職/);
    const badKind = await admin.post("/api/separations", {
      personId: leaver.personId,
      kind: "sabbatical",
      effectiveDate: "2026-04-01",
    });
    expect(badKind.status).toBe(400);
    expect((await badKind.json()).error.fields).toHaveProperty("kind");
  });

  it("a leave cannot be applied before its effective date, and can be cancelled", async () => {
    const res = await admin.post("/api/separations", {
      personId: leaver.personId,
      kind: "leave",
      effectiveDate: "2026-04-10",
      expectedReturn: "2026-10-01",
    });
    expect(res.status).toBe(201);
    const planned = await res.json();
    const early = await admin.post(`/api/separations/${planned.id}/apply`);
    expect(early.status).toBe(409);
    expect((await early.json()).error.code).toBe("not_yet_effective");
    const twice = await admin.post("/api/separations", {
      personId: leaver.personId,
      kind: "retirement",
      effectiveDate: "2026-04-01",
    });
    expect(twice.status).toBe(409);
    const cancelled = await admin.post(`/api/separations/${planned.id}/cancel`);
    expect(cancelled.status).toBe(200);
    expect((await cancelled.json()).status).toBe("cancelled");
  });

  it("retirement: the preview says what ends; applying ends access, lists what to reassign and tells the old 課長, audited in the same transaction", async () => {
    const db = t.database.db;
    const created = await admin.post("/api/separations", {
      personId: leaver.personId,
      kind: "retirement",
      effectiveDate: "2026-04-01",
      note: "定年退職",
    });
    expect(created.status).toBe(201);
    const planned = await created.json();
    expect(planned.kindLabel).toEqual({ ja: "退職", en: "Retirement" });
    expect(planned.handoverIsPreview).toBe(true);
    expect(planned.handover).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: "role_assignment",
          action: "ended",
          roleKey: "security_system_manager",
        }),
        expect.objectContaining({ kind: "deputy", action: "ended", as: "deputy", otherPersonId: managerId }),
      ]),
    );
    // The organization's administrator may not open the 課's asset: counted, not described.
    expect(planned.assetsToReassign).toEqual([
      expect.objectContaining({ as: "custodian", hidden: true, assetNumber: null, name: null }),
    ]);
    expect(planned.notice).toEqual({
      duty: "manage_department_security",
      clause: "nishihara:対策基準/6.1/(1)/⑧",
    });
    // Still signed in before the apply.
    expect((await leaver.client.get("/api/auth/me")).status).toBe(200);

    const before = await lastEventId(t);
    const applied = await admin.post(`/api/separations/${planned.id}/apply`);
    expect(applied.status).toBe(200);
    const body = await applied.json();
    expect(body.status).toBe("applied");
    expect(body.handoverIsPreview).toBe(false);
    expect(body.fromDepartmentId).toBe(u.a.id);
    // The asset stays listed until the 課長 reassigns it.
    expect(body.assetsToReassign).toHaveLength(1);

    // Access ends: the session is gone, the login disabled, the person inactive.
    expect((await leaver.client.get("/api/auth/me")).status).toBe(401);
    const [login] = await db.select().from(users).where(eq(users.id, leaver.userId));
    expect(login.disabled).toBe(true);
    const [person] = await db.select().from(people).where(eq(people.id, leaver.personId));
    expect(person.active).toBe(false);
    // Role assignments end the day before; the deputy arrangement is over.
    const roles = await db
      .select()
      .from(roleAssignments)
      .where(eq(roleAssignments.personId, leaver.personId));
    expect(roles.every((r) => r.validTo === "2026-03-31")).toBe(true);
    const [arrangement] = await db
      .select()
      .from(deputies)
      .where(eq(deputies.deputyPersonId, leaver.personId));
    expect(arrangement.validTo.getTime()).toBeLessThanOrEqual(t.clock.now.getTime());

    // The old 課長 is told, with the clause; nobody else of the 課 is.
    const told = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.kind, "person_left_unit"), eq(notifications.recordId, planned.id)));
    expect(told.map((n) => n.personId)).toEqual([managerId]);
    expect(told[0].messageJa).toContain("退職 花子");
    expect(told[0].messageJa).toContain("nishihara:対策基準/6.1/(1)/⑧");

    const events = await eventsSince(t, before, "org.separation.applied");
    expect(events).toHaveLength(1);
    expect(events[0].data).toMatchObject({
      separationId: planned.id,
      kind: "retirement",
      notified: [managerId],
      changes: { active: { from: true, to: false }, loginDisabled: { from: false, to: true } },
    });

    const again = await admin.post(`/api/separations/${planned.id}/apply`);
    expect(again.status).toBe(409);
  });

  it("a transfer tells the manager of the 課 the person leaves (6.1(1)⑧)", async () => {
    const db = t.database.db;
    const mover = await makePerson(db, { name: "異動 次郎", departmentId: u.a.id });
    const created = await (
      await admin.post("/api/transfers", {
        title: "4月1日付人事異動",
        effectiveDate: "2026-04-01",
        items: [{ personId: mover.id, toDepartmentId: u.b.id }],
      })
    ).json();
    const applied = await admin.post(`/api/transfers/${created.id}/apply`);
    expect(applied.status).toBe(200);
    const told = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.kind, "person_left_unit"), eq(notifications.recordId, created.id)));
    const names = await db.select({ id: people.id, name: people.name }).from(people);
    expect(told.map((n) => names.find((x) => x.id === n.personId)?.name)).toEqual(["課長 一郎"]);
    expect(told[0].messageJa).toContain("異動");
  });
  describeStoredAuditData("leaving", () => t.database.db, [
    "org.separation.created",
    "org.separation.applied",
    "org.separation.cancelled",
  ]);
});
