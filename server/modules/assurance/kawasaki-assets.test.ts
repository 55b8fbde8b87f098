// biome-ignore-all lint/suspicious/noExplicitAny: JSON response bodies in tests
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { bureausWithDepartments, json, shapedGet, signedIn, type U } from "./test-helpers";

/**
 * 川崎市 基準 第12章4(1): the 情報管理責任者 and the 情報システム管理者 inspect the information
 * assets of their 課 every 年度 (scope `assets`, one sheet per 課); the staff inspect their own
 * compliance (4(2), scope `staff`). Who gets which item, and who is refused the 課's sheet.
 */
let t: TestApp;
let ciso: U, infoMgr1: U, sysMgr1: U, infoMgr2: U, staff1: U, head1: U, head2: U, chiefMgr1: U;
let bureau1: string, dept1: string, dept2: string;
const ASSETS = "kawasaki:基準/第12章/4/(1)";

beforeAll(async () => {
  t = await createTestApp({ profileId: "kawasaki" });
  const db = t.database.db;
  const [one, two] = await bureausWithDepartments(db, [
    { bureau: "総務企画局", departments: ["情報管理課"] },
    { bureau: "市民文化局", departments: ["市民協働推進課"] },
  ]);
  bureau1 = one.bureauId;
  const bureau2 = two.bureauId;
  [dept1] = one.departmentIds;
  [dept2] = two.departmentIds;
  ciso = await signedIn(t, [["information_chief", null]], null);
  infoMgr1 = await signedIn(t, [["information_manager", dept1]], dept1);
  sysMgr1 = await signedIn(t, [["system_manager", dept1]], dept1);
  infoMgr2 = await signedIn(t, [["information_manager", dept2]], dept2);
  staff1 = await signedIn(t, [], dept1);
  head1 = await signedIn(t, [["bureau_security_head", bureau1]], dept1);
  head2 = await signedIn(t, [["bureau_security_head", bureau2]], dept2);
  chiefMgr1 = await signedIn(t, [["chief_information_manager", bureau1]], dept1);
}, 120_000);
afterAll(async () => t.close());

describe("情報資産の自己点検 (川崎市 基準 第12章4(1)): per 課, by its 情報管理責任者 and 情報システム管理者", () => {
  let campaign: any;
  let sheet1: string;
  let items: any[];

  it("第12章4(1): one sheet per 課; the 課's 情報管理責任者 and 情報システム管理者 find it in their sheets, another 課's, a staff member, the 局長 and the 統括情報管理責任者 do not", async () => {
    expect(
      (await infoMgr1.client.post("/api/assurance/campaigns", { fiscalYear: 2026, scopeKey: "assets" }))
        .status,
    ).toBe(403);
    const res = await ciso.client.post("/api/assurance/campaigns", { fiscalYear: 2026, scopeKey: "assets" });
    expect(res.status).toBe(201);
    campaign = (await json(res)).data;
    expect(campaign).toMatchObject({ sheets: 2, clause: ASSETS, dueDate: "2026-12-28" });

    const of = async (u: U) =>
      (
        await shapedGet(t, "/api/assurance/sheets/mine", await u.client.get("/api/assurance/sheets/mine"))
      ).data.filter((s: any) => s.campaignId === campaign.id);
    const mine = await of(infoMgr1);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      unitKind: "department",
      departmentId: dept1,
      bureauId: bureau1,
      unitName: "情報管理課",
    });
    sheet1 = mine[0].id;
    expect((await of(sysMgr1)).map((s: any) => s.id)).toEqual([sheet1]);
    expect((await of(infoMgr2)).map((s: any) => s.departmentId)).toEqual([dept2]);
    expect(await of(staff1)).toEqual([]);
    expect(await of(ciso)).toEqual([]);
    // The 局長 and the 統括情報管理責任者 hold manage_department_security over the 局, but the text
    // names the 課's two managers: the 局長 confirms these sheets (第12章5), they answer none.
    expect(await of(head1)).toEqual([]);
    expect(await of(chiefMgr1)).toEqual([]);
  });

  it("who gets which item: the 課's, systems' and networks' items (audience rules of 第12章4(1)), none of the staff's (4(2))", async () => {
    const all = (await json(await ciso.client.get("/api/assurance/items"))).data.items as any[];
    const byId = new Map(all.map((i) => [i.id, i]));
    items = (
      await shapedGet(
        t,
        "/api/assurance/sheets/{id}",
        await infoMgr1.client.get(`/api/assurance/sheets/${sheet1}`),
      )
    ).data.items;
    const expected = all.filter(
      (i) => i.status === "active" && ["department", "system", "network"].includes(i.audience),
    );
    expect(new Set(items.map((i) => i.itemId))).toEqual(new Set(expected.map((i) => i.id)));
    expect(items.some((i) => i.audience === "staff")).toBe(false);
    for (const a of ["department", "system"]) expect(items.some((i) => i.audience === a)).toBe(true);
    // Each item's audience came from a rule citing 第12章4(1), or from the profile's default (課).
    for (const i of items) {
      const clause = byId.get(i.itemId).audienceClause;
      if (clause === null) expect(i.audience).toBe("department");
      else expect(clause).toBe(ASSETS);
    }
    // The staff's own items (第12章4(2)) exist, and are asked of no 課's sheet.
    const staffItems = all.filter((i) => i.status === "active" && i.audience === "staff");
    expect(staffItems.length).toBeGreaterThan(0);
    expect(staffItems.every((i) => byId.get(i.id).audienceClause === "kawasaki:基準/第12章/4/(2)")).toBe(
      true,
    );
  });

  it("who is refused: another 課's 情報管理責任者 and a staff member (404), another 局's 局長 (404); the 局's 局長 and 統括情報管理責任者 read but may not answer (403); both of the 課's managers answer", async () => {
    const answers = items.map((i: any) => ({ itemId: i.itemId, value: "yes" }));
    for (const u of [infoMgr2, staff1, head2]) {
      expect((await u.client.get(`/api/assurance/sheets/${sheet1}`)).status).toBe(404);
      expect((await u.client.put(`/api/assurance/sheets/${sheet1}/answers`, { answers })).status).toBe(404);
    }
    // The 局長 of the 課's 局 reads it, the results being reported to them (第12章5), and does not
    // answer it; nor does the 統括情報管理責任者 of the 局.
    const read = await head1.client.get(`/api/assurance/sheets/${sheet1}`);
    expect(read.status).toBe(200);
    expect((await json(read)).policies).toMatchObject({ read: true, answer: false });
    for (const u of [head1, chiefMgr1])
      expect((await u.client.put(`/api/assurance/sheets/${sheet1}/answers`, { answers })).status).toBe(403);
    const half = Math.ceil(answers.length / 2);
    const a = await infoMgr1.client.put(`/api/assurance/sheets/${sheet1}/answers`, {
      answers: answers.slice(0, half),
    });
    expect(a.status).toBe(200);
    const b = await sysMgr1.client.put(`/api/assurance/sheets/${sheet1}/answers`, {
      answers: answers.slice(half),
    });
    expect(b.status).toBe(200);
    expect((await json(b)).data).toMatchObject({ answered: answers.length });
    expect((await sysMgr1.client.post(`/api/assurance/sheets/${sheet1}/submit`)).status).toBe(200);
  });
});
