import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deputies, roleAssignments } from "../../directory/tables";
import { createTestApp, type TestApp } from "../../test/app";
import { assignRole, makeDepartment, makePerson } from "../../test/factories";
import type { AuthedClient } from "../../test/session";
import { contactOrder } from "./queries";
import { userClient } from "./test-helpers";

interface Entry {
  step: number | null;
  roleKey: string;
  holders: {
    personId: string;
    name: string;
    phone: string | null;
    emergencyPhone: string | null;
    email: string | null;
    departmentName: string | null;
    deputies: { personId: string; phone: string | null }[];
  }[];
}

describe("緊急連絡網 (contact network), kawasaki profile (川崎市 基準 第2章8(1)ア: 網羅する連絡体制)", () => {
  let t: TestApp;
  let admin: AuthedClient;
  let staff: AuthedClient;
  let manager: AuthedClient;
  let managerId: string;
  let bureau: { id: string };
  let dept: { id: string };
  let chief: { id: string };
  let chiefDeputy: { id: string };
  let futureDeputy: { id: string };
  let retired: { id: string };

  beforeAll(async () => {
    t = await createTestApp({ profileId: "kawasaki" }); // 2026-04-01 09:00 JST
    const db = t.database.db;
    bureau = await makeDepartment(db, { kind: "bureau", name: "総務企画局" });
    dept = await makeDepartment(db, { name: "情報管理課", parentId: bureau.id });
    chief = await makePerson(db, {
      name: "統括 監理",
      departmentId: dept.id,
      phone: "044-200-0001",
      emergencyPhone: "090-0000-0001",
      email: "chief@example.jp",
    });
    chiefDeputy = await makePerson(db, { name: "代行 者", departmentId: dept.id, phone: "044-200-0002" });
    futureDeputy = await makePerson(db, { name: "未来 代行", departmentId: dept.id });
    retired = await makePerson(db, { name: "前任 者", departmentId: dept.id });
    await assignRole(db, chief.id, "information_chief", null);
    await db.insert(roleAssignments).values({
      personId: retired.id,
      roleKey: "information_chief",
      validFrom: "2025-04-01",
      validTo: "2026-03-31",
    });
    await db.insert(deputies).values([
      {
        principalPersonId: chief.id,
        deputyPersonId: chiefDeputy.id,
        validFrom: new Date("2026-03-31T00:00:00+09:00"),
        validTo: new Date("2026-04-05T00:00:00+09:00"),
        reason: "出張",
      },
      {
        principalPersonId: chief.id,
        deputyPersonId: futureDeputy.id,
        validFrom: new Date("2026-05-01T00:00:00+09:00"),
        validTo: new Date("2026-05-05T00:00:00+09:00"),
        reason: "休暇",
      },
    ]);
    admin = (await userClient(t, { roles: [["sekimori_system_manager", null]] })).client;
    staff = (await userClient(t, { departmentId: dept.id })).client;
    const m = await userClient(t, { departmentId: dept.id, roles: [["information_manager", dept.id]] });
    manager = m.client;
    managerId = m.personId;
  }, 60_000);
  afterAll(() => t?.close());

  it("orders roles by the profile's escalation chain (duty at the step's scope), then the rest", () => {
    const order = contactOrder(t.deps.profile());
    expect(order.slice(0, 5).map((o) => [o.step, o.role.key])).toEqual([
      [1, "information_manager"],
      [1, "system_user_manager"],
      [2, "bureau_security_head"],
      [3, "security_council"],
      [4, "information_chief"],
    ]);
    expect(order.slice(5).every((o) => o.step === null)).toBe(true);
    expect(order).toHaveLength(t.deps.profile().roles.length);
    // 第2章8(1)ア names who the network must cover: 情報監理者, 情報セキュリティ責任者, 統括情報管理責任者,
    // 情報管理責任者, 情報システム管理者, 情報システム利用責任者 及び 情報利用者.
    expect(order.map((o) => o.role.key)).toEqual(
      expect.arrayContaining([
        "information_supervisor",
        "bureau_security_head",
        "chief_information_manager",
        "information_manager",
        "system_manager",
        "system_user_manager",
        "information_user",
      ]),
    );
  });

  it("lists current holders with their current deputies; phones only for people on the network", async () => {
    const res = await staff.get("/api/contact-network");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.order).toBe("escalation");
    expect(body.phonesVisible).toBe(false);
    const entries = body.entries as Entry[];
    const chiefEntry = entries.find((e) => e.roleKey === "information_chief") as Entry;
    expect(chiefEntry.step).toBe(4);
    expect(chiefEntry.holders.map((h) => h.personId)).toEqual([chief.id]); // not the predecessor
    const holder = chiefEntry.holders[0];
    expect(holder).toMatchObject({
      name: "統括 監理",
      email: "chief@example.jp",
      departmentName: "情報管理課",
    });
    expect(holder.phone).toBeNull();
    expect(holder.emergencyPhone).toBeNull();
    expect(holder.deputies.map((d) => d.personId)).toEqual([chiefDeputy.id]); // not the future one
    expect(holder.deputies[0].phone).toBeNull();
    const mgr = entries.find((e) => e.roleKey === "information_manager") as Entry;
    expect(mgr.holders.map((h) => h.personId)).toEqual([managerId]);
    expect(JSON.stringify(body)).not.toContain("090-0000-0001");
    expect(JSON.stringify(body)).not.toContain(futureDeputy.id);

    // A role holder on the network sees the numbers.
    const seen = await (await manager.get("/api/contact-network")).json();
    expect(seen.phonesVisible).toBe(true);
    const c = (seen.entries as Entry[]).find((e) => e.roleKey === "information_chief")?.holders[0];
    expect(c).toMatchObject({ phone: "044-200-0001", emergencyPhone: "090-0000-0001" });
    expect(c?.deputies[0].phone).toBe("044-200-0002");
    // The organization manager too.
    expect((await (await admin.get("/api/contact-network")).json()).phonesVisible).toBe(true);
    expect((await t.app.request("/api/contact-network")).status).toBe(401);
  });

  it("a bureau-scoped role needs a bureau (局) as its scope", async () => {
    const p = await makePerson(t.database.db, { departmentId: dept.id });
    const wrong = await admin.post("/api/role-assignments", {
      personId: p.id,
      roleKey: "bureau_security_head",
      scopeDepartmentId: dept.id,
    });
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).error.fields.scopeDepartmentId.message_ja).toContain("局・部");
    const ok = await admin.post("/api/role-assignments", {
      personId: p.id,
      roleKey: "bureau_security_head",
      scopeDepartmentId: bureau.id,
    });
    expect(ok.status).toBe(201);
    expect(await ok.json()).toMatchObject({
      scope: "bureau",
      scopeDepartmentName: "総務企画局",
      current: true,
    });
    const net = await (await staff.get("/api/contact-network")).json();
    const entry = (net.entries as Entry[]).find((e) => e.roleKey === "bureau_security_head") as Entry;
    expect(entry.step).toBe(2);
    expect(entry.holders.map((h) => h.personId)).toEqual([p.id]);
  });
});

describe("緊急連絡網, nishihara profile (西原村 対策基準 2(2)⑦: CISO, ネットワーク管理者, 情報セキュリティ・システム管理者及び情報システム担当者を網羅)", () => {
  let t: TestApp;
  afterAll(() => t?.close());
  it("the network lists every role the clause names, with their current holders", async () => {
    t = await createTestApp({ profileId: "nishihara" });
    const db = t.database.db;
    const dept = await makeDepartment(db, { name: "企画商工課" });
    const ciso = await makePerson(db, { name: "副 村長", departmentId: dept.id });
    await assignRole(db, ciso.id, "ciso", null);
    const staff = (await userClient(t, { departmentId: dept.id })).client;
    const res = await staff.get("/api/contact-network");
    expect(res.status).toBe(200);
    const entries = (await res.json()).entries as Entry[];
    expect(entries.map((e) => e.roleKey)).toEqual(
      expect.arrayContaining(["ciso", "network_administrator", "security_system_manager", "system_staff"]),
    );
    expect(entries.find((e) => e.roleKey === "ciso")?.holders.map((h) => h.personId)).toEqual([ciso.id]);
  }, 120_000);
});
