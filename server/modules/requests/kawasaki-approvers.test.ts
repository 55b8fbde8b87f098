/** 川崎市 基準: request kinds whose approver the text names alone (clause by clause, #13 D). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment } from "../../test/factories";
import { type AuthedClient, signedInUser } from "../../test/session";
import { makeAsset } from "./test-support";

let k: TestApp;
async function login(
  departmentId: string,
  roles: Array<[string, string | null]> = [],
): Promise<AuthedClient> {
  return (await signedInUser(k, departmentId, roles)).client;
}

beforeAll(async () => {
  k = await createTestApp({ profileId: "kawasaki" });
}, 180_000);
afterAll(() => k?.close());

describe("川崎市 基準 第4章1(5)オ 庁舎外での情報処理: 情報管理責任者の許可", () => {
  it("the 情報システム利用責任者 may not approve it (the text names the 情報管理責任者 alone); the 情報管理責任者 may", async () => {
    const dept = (await makeDepartment(k.database.db)).id;
    const staff = await login(dept);
    const userManager = await login(dept, [["system_user_manager", dept]]);
    const manager = await login(dept, [["information_manager", dept]]);
    const created = await staff.post("/api/requests", {
      kind: "offsite_processing",
      assetIds: [],
      fields: {
        purpose: "出張先で議事録を作成するため",
        place: "東京都内の会議場",
        startsAt: "2026-04-02",
        endsAt: "2026-04-03",
      },
    });
    expect(created.status).toBe(201);
    const { data } = await created.json();
    expect((await staff.post(`/api/requests/${data.id}/submit`, {})).status).toBe(200);
    const refused = await userManager.post(`/api/requests/${data.id}/approve`, {});
    expect([403, 404]).toContain(refused.status);
    const approved = await manager.post(`/api/requests/${data.id}/approve`, {});
    expect(approved.status).toBe(200);
  });
});

describe("川崎市 基準 第10章12(2) システムドキュメントの閲覧・貸与・加筆修正: 情報管理責任者の承認と記録", () => {
  it("each act on a stored system document asks the 情報管理責任者 (not the 情報システム利用責任者), and the request is the access record", async () => {
    const dept = (await makeDepartment(k.database.db)).id;
    const staff = await login(dept);
    const userManager = await login(dept, [["system_user_manager", dept]]);
    const manager = await login(dept, [["information_manager", dept]]);
    const design = await makeAsset(k.database.db, {
      departmentId: dept,
      kind: "document",
      confidentiality: "II",
      name: "住民記録システム 基本設計書",
    });
    const bad = await staff.post("/api/requests", {
      kind: "system_document_access",
      assetIds: [design.id],
      fields: { act: "copy", purpose: "改修の影響調査", startsAt: "2026-04-02", endsAt: "2026-04-03" },
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.fields).toHaveProperty(["fields.act"]);
    const created = await staff.post("/api/requests", {
      kind: "system_document_access",
      assetIds: [design.id],
      fields: {
        act: "lend",
        purpose: "改修の影響調査",
        recipient: "保守委託事業者 A社",
        startsAt: "2026-04-02",
        endsAt: "2026-04-10",
      },
    });
    expect(created.status).toBe(201);
    const { data } = await created.json();
    expect(data.approvalRequired).toBe(true);
    expect((await staff.post(`/api/requests/${data.id}/submit`, {})).status).toBe(200);
    const refused = await userManager.post(`/api/requests/${data.id}/approve`, {});
    expect([403, 404]).toContain(refused.status);
    const approved = await manager.post(`/api/requests/${data.id}/approve`, {});
    expect(approved.status).toBe(200);
    // The record: what, which act, for whom, until when, approved by whom — kept with the request.
    const seen = (await (await manager.get(`/api/requests/${data.id}`)).json()).data;
    expect(seen.fields).toMatchObject({ act: "lend", recipient: "保守委託事業者 A社", endsAt: "2026-04-10" });
    expect(seen.assets.map((a: { id: string }) => a.id)).toEqual([design.id]);
  });
});

const exceptionFields = {
  rule: "第8章 パスワードの定期変更",
  reason: "更新できない旧システムのため",
  measures: "接続元を限定する",
  startsAt: "2026-04-01",
  endsAt: "2026-09-30",
};

describe("川崎市 基準 第12章2(2) 例外措置: 情報管理責任者又は情報システム管理者が取る", () => {
  it("a staff member may not take an exception (403 naming both roles); the 情報システム管理者 may, through the 情報監理者 and the 情報統括監理者", async () => {
    const dept = (await makeDepartment(k.database.db)).id;
    const staff = await login(dept);
    const refused = await staff.post("/api/requests", {
      kind: "exception",
      assetIds: [],
      fields: exceptionFields,
    });
    expect(refused.status).toBe(403);
    const { error } = await refused.json();
    expect(error.code).toBe("not_an_applicant");
    expect(error.message_ja).toContain("情報管理責任者");
    expect(error.message_ja).toContain("情報システム管理者");
    expect(error.message_ja).not.toContain("統括情報管理責任者");
    const systemManager = await login(dept, [["system_manager", dept]]);
    const created = await systemManager.post("/api/requests", {
      kind: "exception",
      assetIds: [],
      fields: exceptionFields,
    });
    expect(created.status).toBe(201);
    const { data } = await created.json();
    expect(data.approvalRequired).toBe(true);
    const manager = await login(dept, [["information_manager", dept]]);
    expect(
      (await manager.post("/api/requests", { kind: "exception", assetIds: [], fields: exceptionFields }))
        .status,
    ).toBe(201);
  });
});

describe("川崎市 基準 第10章8(2)イ 外部ネットワークとの接続: 情報管理責任者が情報監理者と協議", () => {
  it("only the 情報管理責任者 of the system files it; a staff member or the 情報システム利用責任者 gets 403", async () => {
    const dept = (await makeDepartment(k.database.db)).id;
    const fields = {
      network: "県の防災ネットワーク",
      description: "専用線で接続する",
      purpose: "防災情報の共有",
    };
    for (const who of [await login(dept), await login(dept, [["system_user_manager", dept]])]) {
      const res = await who.post("/api/requests", { kind: "external_network", assetIds: [], fields });
      expect(res.status).toBe(403);
      expect((await res.json()).error.message_ja).toContain("第10章/8/(2)/イ");
    }
    const manager = await login(dept, [["information_manager", dept]]);
    const created = await manager.post("/api/requests", { kind: "external_network", assetIds: [], fields });
    expect(created.status).toBe(201);
  });
});

describe("川崎市 基準 第7章3(6) 庁舎外への機器の設置: 情報管理責任者又は機器を設置する課の長が情報監理者の承認を得る", () => {
  it("a staff member may not apply (403); the 情報システム管理者 (a 課長) may", async () => {
    const dept = (await makeDepartment(k.database.db)).id;
    const fields = { equipment: "監視カメラ用サーバ", place: "出張所", purpose: "庁舎外の監視" };
    const refused = await (await login(dept)).post("/api/requests", {
      kind: "offsite_equipment",
      assetIds: [],
      fields,
    });
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.message_ja).toContain("第7章/3/(6)");
    const head = await login(dept, [["system_manager", dept]]);
    expect(
      (await head.post("/api/requests", { kind: "offsite_equipment", assetIds: [], fields })).status,
    ).toBe(201);
  });
});
