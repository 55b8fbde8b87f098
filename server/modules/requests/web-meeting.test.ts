/**
 * 西原村 対策基準 7.1(21)④: a web meeting one is invited to from outside needs a 利用申請 and its
 * approval 「必要に応じて」 — per the village's 利用手順 and, by ②, the information the meeting
 * handles. The baseline asks for the 課長's approval when that information is 機密性2 or above, and
 * records a meeting handling none without approval (the profile was stricter: always).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment } from "../../test/factories";
import { type AuthedClient, signedInUser } from "../../test/session";
import { makeAsset } from "./test-support";

let t: TestApp;
let staff: AuthedClient;
let head: AuthedClient;
let dept: string;

async function login(roles: Array<[string, string | null]>): Promise<AuthedClient> {
  return (await signedInUser(t, dept, roles)).client;
}

const fields = {
  meeting: "県との打合せ",
  direction: "invited",
  host: "熊本県",
  tool: "Web会議サービス",
  startsAt: "2026-04-03T10:00:00+09:00",
};

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  dept = (await makeDepartment(t.database.db, { name: "企画課" })).id;
  staff = await login([]);
  head = await login([["security_system_manager", dept]]);
}, 180_000);
afterAll(() => t?.close());

describe("西原村 対策基準 7.1(21)④ ウェブ会議: 必要に応じて利用申請・承認", () => {
  it("a meeting that handles no registered information is recorded without approval", async () => {
    const created = await staff.post("/api/requests", { kind: "web_meeting", assetIds: [], fields });
    expect(created.status).toBe(201);
    const { data } = await created.json();
    expect(data.approvalRequired).toBe(false);
    const submitted = await staff.post(`/api/requests/${data.id}/submit`, {});
    expect(submitted.status).toBe(200);
    expect((await submitted.json()).data.status).toBe("in_effect");
  });

  it("a meeting that handles 機密性2 information needs the 課長's approval, citing 7.1(21)④ and ②", async () => {
    const doc = await makeAsset(t.database.db, {
      departmentId: dept,
      kind: "document",
      confidentiality: "2",
      name: "協議資料",
    });
    const created = await staff.post("/api/requests", { kind: "web_meeting", assetIds: [doc.id], fields });
    expect(created.status).toBe(201);
    const { data } = await created.json();
    expect(data.approvalRequired).toBe(true);
    const preview = await staff.post("/api/requests/preview", {
      kind: "web_meeting",
      assetIds: [doc.id],
      fields: { direction: "invited" },
    });
    expect(preview.status).toBe(200);
    const clauses = (await preview.json()).data.basis.map((b: { clause: string }) => b.clause);
    expect(clauses).toEqual(["nishihara:対策基準/7.1/(21)/④", "nishihara:対策基準/7.1/(21)/②"]);
    const submitted = await staff.post(`/api/requests/${data.id}/submit`, {});
    expect((await submitted.json()).data.status).toBe("submitted");
    const approved = await head.post(`/api/requests/${data.id}/approve`, {});
    expect(approved.status).toBe(200);
  });

  it("hosting a meeting with outside participants (③: measures, no permission) is recorded without approval, even with 機密性2 information", async () => {
    const doc = await makeAsset(t.database.db, {
      departmentId: dept,
      kind: "document",
      confidentiality: "2",
      name: "説明資料",
    });
    const created = await staff.post("/api/requests", {
      kind: "web_meeting",
      assetIds: [doc.id],
      fields: { ...fields, direction: "inviting", host: "西原村" },
    });
    expect(created.status).toBe(201);
    expect((await created.json()).data.approvalRequired).toBe(false);
  });

  it("西原村 is not asked whether software is already recognised (川崎市 第9章6(1) only): 7.1(17)② asks both approvers always", async () => {
    const kinds = (await (await staff.get("/api/requests/kinds")).json()).data;
    const sw = kinds.find((x: { key: string }) => x.key === "software_install");
    expect(sw.fields.map((f: { key: string }) => f.key)).not.toContain("softwareStatus");
    const refused = await staff.post("/api/requests", {
      kind: "software_install",
      assetIds: [],
      fields: { softwareName: "表計算", softwareStatus: "new", purpose: "集計" },
    });
    expect(refused.status).toBe(400);
    expect((await refused.json()).error.fields).toHaveProperty(["fields.softwareStatus"]);
  });
});
