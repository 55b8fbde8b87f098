/**
 * 川崎市 基準 第9章6(1) (two approvers for software the city has not recognised) and 第9章2(5)イ
 * (web meetings with outside parties, both directions): the chain and the condition come from the
 * profile, decided on the form's answer.
 */
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../audit/tables";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment } from "../../test/factories";
import { type AuthedClient, signedInUser } from "../../test/session";

let k: TestApp;
let dept: string;
let staff: AuthedClient;
let manager: AuthedClient;
let systemManager: AuthedClient;
let managerId: string;
let systemManagerId: string;

async function login(roles: Array<[string, string | null]> = []) {
  return signedInUser(k, dept, roles);
}

const install = (softwareStatus?: string) => ({
  kind: "software_install",
  assetIds: [],
  fields: {
    softwareName: "帳票作成ツール",
    ...(softwareStatus ? { softwareStatus } : {}),
    purpose: "窓口の帳票を作成するため",
  },
});

async function filed(body: object) {
  const created = await staff.post("/api/requests", body);
  expect(created.status).toBe(201);
  const { data } = await created.json();
  expect((await staff.post(`/api/requests/${data.id}/submit`, {})).status).toBe(200);
  return data;
}

beforeAll(async () => {
  k = await createTestApp({ profileId: "kawasaki" });
  dept = (await makeDepartment(k.database.db)).id;
  staff = (await login()).client;
  const m = await login([["information_manager", dept]]);
  manager = m.client;
  managerId = m.personId;
  const s = await login([["system_manager", dept]]);
  systemManager = s.client;
  systemManagerId = s.personId;
}, 180_000);
afterAll(() => k?.close());

describe("川崎市 基準 第9章6(1) 本市が既に認めたもの以外のソフトウェア: 情報管理責任者及び情報システム管理者の承認", () => {
  it("new software asks the 情報管理責任者, then the 情報システム管理者 who sees the first approval; each is audited and only the whole chain approves", async () => {
    const preview = await staff.post("/api/requests/preview", {
      kind: "software_install",
      assetIds: [],
      fields: { softwareStatus: "new" },
    });
    const p = (await preview.json()).data;
    expect(p.basis.map((b: { clause: string }) => b.clause)).toEqual(["kawasaki:基準/第9章/6/(1)"]);
    expect(p.approvers.map((a: { step: number; duty: string }) => [a.step, a.duty])).toEqual([
      [1, "own_assets"],
      [2, "manage_information_system"],
    ]);

    const data = await filed(install("new"));
    expect(
      data.approvers.map((a: { step: number; people: { personId: string }[] }) => [
        a.step,
        a.people.map((x) => x.personId),
      ]),
    ).toEqual([
      [1, [managerId]],
      [2, [systemManagerId]],
    ]);
    // Step 1 is the 情報管理責任者's: the 情報システム管理者 may not decide it.
    expect((await systemManager.post(`/api/requests/${data.id}/approve`, {})).status).toBe(403);
    const first = await manager.post(`/api/requests/${data.id}/approve`, { comment: "業務上必要と認める" });
    expect(first.status).toBe(200);
    expect((await first.json()).data).toMatchObject({ status: "submitted", currentStep: 2 });
    // The 情報管理責任者 may not decide step 2 as well.
    expect([403, 409]).toContain((await manager.post(`/api/requests/${data.id}/approve`, {})).status);
    // The second approver sees the first approval before deciding.
    const seen = (await (await systemManager.get(`/api/requests/${data.id}`)).json()).data;
    expect(seen.decisions).toHaveLength(1);
    expect(seen.decisions[0]).toMatchObject({
      step: 1,
      decision: "approved",
      personId: managerId,
      comment: "業務上必要と認める",
    });
    const second = await systemManager.post(`/api/requests/${data.id}/approve`, {});
    expect(second.status).toBe(200);
    expect((await second.json()).data.status).not.toBe("submitted");
    const events = await k.database.db
      .select({ type: auditEvents.type, data: auditEvents.data })
      .from(auditEvents)
      .where(and(eq(auditEvents.targetId, data.id), eq(auditEvents.type, "request.approved")))
      .orderBy(asc(auditEvents.seq));
    expect(events.map((e) => [(e.data as { step: number }).step, (e.data as { duty: string }).duty])).toEqual(
      [
        [1, "own_assets"],
        [2, "manage_information_system"],
      ],
    );
  });

  it("a refusal at the second step ends the request", async () => {
    const data = await filed(install("new"));
    expect((await manager.post(`/api/requests/${data.id}/approve`, {})).status).toBe(200);
    const refused = await systemManager.post(`/api/requests/${data.id}/reject`, {
      comment: "ライセンスが確認できない",
    });
    expect(refused.status).toBe(200);
    expect((await refused.json()).data.status).toBe("rejected");
    expect([403, 409]).toContain((await systemManager.post(`/api/requests/${data.id}/approve`, {})).status);
  });

  it("software the city already recognised asks one approval, of either role (第4章3(1)オ 又は)", async () => {
    const data = await filed(install("recognised"));
    expect(data.basis.map((b: { clause: string }) => b.clause)).toEqual(["kawasaki:基準/第4章/3/(1)/オ"]);
    expect(data.approvers.map((a: { duty: string }) => a.duty)).toEqual(["approve_software_install"]);
    const approved = await systemManager.post(`/api/requests/${data.id}/approve`, {});
    expect(approved.status).toBe(200);
    expect((await approved.json()).data.status).not.toBe("submitted");
  });

  it("the form must say which (the field is named in the refusal), and the Policy shows each step's condition", async () => {
    const missing = await staff.post("/api/requests", install());
    expect(missing.status).toBe(400);
    expect((await missing.json()).error.fields).toHaveProperty(["fields.softwareStatus"]);
    const kinds = (await (await staff.get("/api/requests/kinds")).json()).data;
    const sw = kinds.find((x: { key: string }) => x.key === "software_install");
    expect(sw.fields.map((f: { key: string }) => f.key)).toContain("softwareStatus");
  });
});

describe("川崎市 基準 第9章2(5)イ Web会議: 外部から招待されて参加する場合も、外部の参加者を招待する場合も情報管理責任者の許可", () => {
  const meeting = (direction: string) => ({
    kind: "web_meeting",
    assetIds: [],
    fields: { meeting: "近隣市との連絡会", direction, host: "川崎市", startsAt: "2026-04-03T10:00:00+09:00" },
  });

  it("inviting outside participants needs the 情報管理責任者's permission, quoting 「外部の参加者を…招待する場合も同様」", async () => {
    const data = await filed(meeting("inviting"));
    expect(data.approvalRequired).toBe(true);
    expect(data.basis).toHaveLength(1);
    expect(data.basis[0].clause).toBe("kawasaki:基準/第9章/2/(5)/イ");
    expect(data.basis[0].text).toContain("外部の参加者をWeb会議に招待する場合も同様");
    expect((await systemManager.post(`/api/requests/${data.id}/approve`, {})).status).toBe(403);
    expect((await manager.post(`/api/requests/${data.id}/approve`, {})).status).toBe(200);
  });

  it("joining a meeting one is invited to from outside needs it too; the direction is required", async () => {
    const data = await filed(meeting("invited"));
    expect(data.approvalRequired).toBe(true);
    expect(data.basis[0].text).toContain("外部からWeb会議に招待され");
    const bad = await staff.post("/api/requests", meeting("lunch"));
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.fields).toHaveProperty(["fields.direction"]);
  });
});

describe("川崎市 基準 第9章6(2) システム設定情報の変更禁止: 情報管理責任者及び情報システム管理者の許可", () => {
  const change = {
    kind: "system_setting_change",
    assetIds: [],
    fields: {
      system: "窓口端末",
      description: "プリンタドライバの設定を変更する",
      purpose: "帳票の印字位置を直すため",
    },
  };

  it("asks both permissions, the 情報管理責任者 then the 情報システム管理者, each citing 第9章6(2); only the whole chain approves", async () => {
    const data = await filed(change);
    expect(data.approvalRequired).toBe(true);
    expect(data.basis.map((b: { clause: string }) => b.clause)).toEqual(["kawasaki:基準/第9章/6/(2)"]);
    expect(
      data.approvers.map((a: { step: number; duty: string; people: { personId: string }[] }) => [
        a.step,
        a.duty,
        a.people.map((x) => x.personId),
      ]),
    ).toEqual([
      [1, "own_assets", [managerId]],
      [2, "manage_information_system", [systemManagerId]],
    ]);
    // 及び: the 情報システム管理者 cannot stand in for the 情報管理責任者 at step 1.
    expect((await systemManager.post(`/api/requests/${data.id}/approve`, {})).status).toBe(403);
    const first = await manager.post(`/api/requests/${data.id}/approve`, {});
    expect(first.status).toBe(200);
    expect((await first.json()).data).toMatchObject({ status: "submitted", currentStep: 2 });
    // …nor the 情報管理責任者 decide the 情報システム管理者's step.
    expect([403, 409]).toContain((await manager.post(`/api/requests/${data.id}/approve`, {})).status);
    const second = await systemManager.post(`/api/requests/${data.id}/approve`, {});
    expect(second.status).toBe(200);
    expect((await second.json()).data.status).not.toBe("submitted");
    const events = await k.database.db
      .select({ data: auditEvents.data })
      .from(auditEvents)
      .where(and(eq(auditEvents.targetId, data.id), eq(auditEvents.type, "request.approved")))
      .orderBy(asc(auditEvents.seq));
    expect(events.map((e) => (e.data as { duty: string }).duty)).toEqual([
      "own_assets",
      "manage_information_system",
    ]);
  });

  it("a refusal by the 情報システム管理者 ends it; the setting change is never approved by one of the two alone", async () => {
    const data = await filed(change);
    expect((await manager.post(`/api/requests/${data.id}/approve`, {})).status).toBe(200);
    const refused = await systemManager.post(`/api/requests/${data.id}/reject`, {
      comment: "影響範囲が不明",
    });
    expect(refused.status).toBe(200);
    expect((await refused.json()).data.status).toBe("rejected");
  });
});
