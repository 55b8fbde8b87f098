/**
 * 西原村 基本方針 6(7), 対策基準 2(1)② and 6.4(3)④, read against the incidents routes (issue #13,
 * per-clause record). What the code does for each:
 * - 基本方針6(7) 緊急時対応計画を策定する: the plan is drafted by the CISO or the CSIRT, approved by
 *   another and published; every staff member reads the version in force, nobody else drafts it.
 * - 2(1)② CSIRT の体制と役割: the profile's `csirt` role carries the triage duty; its holders see
 *   every case and evaluate it, a 課長 or staff member does not.
 * - 6.4(3)④ パスワード流出のおそれ: a staff report goes to the reporter's 情報セキュリティ・システム管理者
 *   at once (step 1, in the report's transaction), and the person changes their own password.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { incidentEscalations } from "./tables";
import { client, eventsOf, type Json, ok, village } from "./test-helpers";

let t: TestApp;
let v: Awaited<ReturnType<typeof village>>;

beforeAll(async () => {
  t = await createTestApp();
  v = await village(t);
}, 180_000);
afterAll(() => t?.close());

const report = async (summary: string) => {
  const staff = await client(t, v.staffA);
  return ok<Json>(
    await staff.post("/api/incidents", { summary, details: "詳細", occurredAt: t.clock.now.toISOString() }),
    201,
  );
};

describe("西原村 基本方針6(7) 運用: 緊急時対応計画を策定する", () => {
  it("the CSIRT drafts the plan and the CISO approves and publishes it; staff and a 課長 may not draft, and read only the version in force", async () => {
    const plan = {
      contacts: [{ role: "CISO", name: "副村長", phone: "096-000-0009" }],
      whatToReport: ["発生日時", "影響範囲"],
      responseMeasures: ["ネットワークから切り離す"],
      recurrencePrevention: ["原因を究明し再発防止策を策定"],
    };
    const staff = await client(t, v.staffA);
    const manager = await client(t, v.managerA);
    expect((await staff.put("/api/emergency-plan", plan)).status).toBe(403);
    expect((await manager.put("/api/emergency-plan", plan)).status).toBe(403);
    const ciso = await client(t, v.ciso);
    expect((await ok<Json>(await ciso.get("/api/emergency-plan"))).policies.update).toBe(true);
    expect((await ok<Json>(await staff.get("/api/emergency-plan"))).policies.update).toBe(false);
    const csirt = await client(t, v.csirt1);
    const draft = await ok<Json>(await csirt.put("/api/emergency-plan", { ...plan, note: "初版" }));
    expect(draft.rule.clause).toBe("nishihara:対策基準/8.3/(2)");
    // Staff see no draft: nothing is in force until the CISO approves and publishes it.
    const before = await ok<Json>(await staff.get("/api/emergency-plan"));
    expect(before.pending).toBe(null);
    expect(before.current).toBe(null);
    const url = `/api/documents/${draft.documentId}/versions/${draft.pending.version}`;
    expect((await ciso.post(`${url}/approve`, { effectiveOn: "2026-04-01" })).status).toBe(200);
    expect((await ciso.post(`${url}/publish`, {})).status).toBe(200);
    const after = await ok<Json>(await staff.get("/api/emergency-plan"));
    expect(after.current.content.whatToReport).toEqual(["発生日時", "影響範囲"]);
    expect((await eventsOf(t, "emergency_plan.drafted")).length).toBe(1);
  });
});

describe("西原村 対策基準 2(1)② CSIRT の体制と役割の明確化", () => {
  it("the CSIRT role's holders see every case and evaluate it; the 課長 of the reporter's 課 and another 課's staff do not evaluate", async () => {
    const created = await report("USBメモリを紛失した");
    const csirt = await client(t, v.csirt2);
    const list = await ok<Json>(await csirt.get("/api/incidents"));
    expect(list.items.map((i: Json) => i.id)).toContain(created.id);
    const triage = { decision: "incident", severity: "medium", category: "loss_theft" };
    const manager = await client(t, v.managerA);
    expect((await manager.post(`/api/incidents/${created.id}/triage`, triage)).status).toBe(403);
    const other = await client(t, v.staffB);
    expect([403, 404]).toContain((await other.post(`/api/incidents/${created.id}/triage`, triage)).status);
    const done = await ok<Json>(await csirt.post(`/api/incidents/${created.id}/triage`, triage));
    expect(done).toMatchObject({ triageDecision: "incident", stage: "containment" });
    expect((await eventsOf(t, "incident.triaged")).some((e: Json) => e.targetId === created.id)).toBe(true);
  });
});

describe("西原村 対策基準 6.4(3)④ パスワードが流出したおそれ: 速やかに報告し、速やかに変更", () => {
  it("the report tells the reporter's 情報セキュリティ・システム管理者 in the same moment; the person changes their own password (audited)", async () => {
    const created = await report("パスワードを記載したメモを紛失した");
    const [step1] = await t.database.db
      .select()
      .from(incidentEscalations)
      .where(
        and(
          eq(incidentEscalations.incidentId, created.id),
          eq(incidentEscalations.duty, "manage_department_security"),
        ),
      );
    expect(step1.status).toBe("pending");
    expect(step1.notifiedAt.getTime()).toBe(t.clock.now.getTime());
    const manager = await client(t, v.managerA);
    expect((await manager.get(`/api/incidents/${created.id}`)).status).toBe(200);
    // Another 課's 課長 is not the one told.
    const otherManager = await client(t, v.managerB);
    expect((await otherManager.get(`/api/incidents/${created.id}`)).status).toBe(404);

    const staff = await client(t, v.staffA);
    const changed = await staff.post("/api/auth/password", {
      currentPassword: v.staffA.password,
      newPassword: "Leak-Changed-Passw0rd-2026",
    });
    expect(changed.status).toBe(200);
    expect((await eventsOf(t, "auth.password_changed")).map((e) => e.targetId)).toContain(v.staffA.userId);
  });
});
