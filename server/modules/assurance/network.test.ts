// biome-ignore-all lint/suspicious/noExplicitAny: JSON response bodies in tests
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { departments, json, shapedGet, signedIn, type U } from "./test-helpers";

/**
 * 西原村 対策基準 10.2(1): the ネットワーク管理者 inspects the networks and the common systems
 * (①, scope `network`: one sheet for the organization), each 課長 the systems and compliance of
 * their 課 (②, scope `department`). Who gets which item (the audience rules of the profile, read
 * from the subject of each clause) and who is refused answering or reading the network sheet.
 */
let t: TestApp;
let ciso: U, netAdmin: U, headA: U, staffA: U, committee: U;
let deptA: string;
const NETWORK = "nishihara:対策基準/10.2/(1)/①";
const DEPARTMENT = "nishihara:対策基準/10.2/(1)/②";

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  const [a, kikaku] = await departments(t.database.db, "総務課", "企画商工課");
  deptA = a;
  ciso = await signedIn(t, [["ciso", null]], null);
  netAdmin = await signedIn(t, [["network_administrator", null]], kikaku);
  headA = await signedIn(t, [["security_system_manager", deptA]], deptA);
  staffA = await signedIn(t, [], deptA);
  committee = await signedIn(t, [["committee", null]], deptA);
}, 120_000);
afterAll(async () => t.close());

describe("ネットワーク及び共通システムの自己点検 (西原村 対策基準 10.2(1)①) beside the 課's (10.2(1)②)", () => {
  let network: any;
  let department: any;
  let networkSheet: string;
  let deptSheet: string;

  it("10.2(1)①: one organization sheet, in the ネットワーク管理者's sheets only; 10.2(1)②: the 課's sheet in the 課長's", async () => {
    const created = await ciso.client.post("/api/assurance/campaigns", {
      fiscalYear: 2026,
      scopeKey: "network",
    });
    expect(created.status).toBe(201);
    network = (await json(created)).data;
    expect(network).toMatchObject({ sheets: 1, clause: NETWORK, dueDate: "2027-01-31" });
    department = (
      await json(
        await ciso.client.post("/api/assurance/campaigns", { fiscalYear: 2026, scopeKey: "department" }),
      )
    ).data;
    expect(department.clause).toBe(DEPARTMENT);

    const of = async (u: U, campaignId: string) =>
      (
        await shapedGet(t, "/api/assurance/sheets/mine", await u.client.get("/api/assurance/sheets/mine"))
      ).data.filter((s: any) => s.campaignId === campaignId);
    const netMine = await of(netAdmin, network.id);
    expect(netMine).toHaveLength(1);
    expect(netMine[0]).toMatchObject({ unitKind: "organization", departmentId: null, bureauId: null });
    networkSheet = netMine[0].id;
    // The 課長, a staff member, the CISO and the committee answer no network sheet.
    for (const u of [headA, staffA, ciso, committee]) expect(await of(u, network.id)).toEqual([]);
    // The ネットワーク管理者 answers no 課's sheet; the 課長 answers their own 課's.
    expect(await of(netAdmin, department.id)).toEqual([]);
    const headMine = await of(headA, department.id);
    expect(headMine).toHaveLength(1);
    expect(headMine[0]).toMatchObject({ unitKind: "department", departmentId: deptA });
    deptSheet = headMine[0].id;
  });

  it("who gets which item: network items (audience rule 10.2(1)①) only on the network sheet, system items on both, 課 and staff items only on the 課's", async () => {
    const items = (await json(await ciso.client.get("/api/assurance/items"))).data.items as any[];
    const audienceClause = new Map(items.map((i) => [i.id, i.audienceClause]));
    const net = (await json(await netAdmin.client.get(`/api/assurance/sheets/${networkSheet}`))).data
      .items as any[];
    const dept = (await json(await headA.client.get(`/api/assurance/sheets/${deptSheet}`))).data
      .items as any[];
    const byAudience = (xs: any[], a: string) =>
      new Set(xs.filter((i) => i.audience === a).map((i) => i.itemId));

    expect(new Set(net.map((i) => i.audience))).toEqual(new Set(["network", "system"]));
    expect(new Set(dept.map((i) => i.audience))).toEqual(new Set(["department", "system", "staff"]));
    // Every network item's audience was decided by the rule citing 10.2(1)① (ネットワーク管理者は、…).
    const netOnly = byAudience(net, "network");
    expect(netOnly.size).toBeGreaterThan(0);
    for (const id of netOnly) expect(audienceClause.get(id)).toBe(NETWORK);
    expect(byAudience(dept, "network").size).toBe(0);
    // The common systems are asked of both inspectors: the same system items on both sheets.
    expect(byAudience(net, "system")).toEqual(byAudience(dept, "system"));
    expect(byAudience(net, "system").size).toBeGreaterThan(0);
    // The sheets carry exactly the active items of their audiences, each linked to its clause.
    const active = items.filter((i) => i.status === "active");
    expect(net).toHaveLength(active.filter((i) => ["network", "system"].includes(i.audience)).length);
    for (const i of net) expect(i.clauseId).toMatch(/^nishihara:/);
  });

  it("who is refused: the 課長 and staff do not see the network sheet; the CISO and the committee (10.2(2), reported to) read it but do not answer; the ネットワーク管理者 answers and submits", async () => {
    const detail = (await json(await netAdmin.client.get(`/api/assurance/sheets/${networkSheet}`))).data;
    const answers = detail.items.map((i: any) => ({ itemId: i.itemId, value: "yes" }));
    for (const u of [headA, staffA]) {
      expect((await u.client.get(`/api/assurance/sheets/${networkSheet}`)).status).toBe(404);
      expect((await u.client.put(`/api/assurance/sheets/${networkSheet}/answers`, { answers })).status).toBe(
        404,
      );
    }
    for (const u of [ciso, committee]) {
      const read = await u.client.get(`/api/assurance/sheets/${networkSheet}`);
      expect(read.status).toBe(200);
      expect((await json(read)).policies).toMatchObject({ read: true, answer: false });
      expect((await u.client.put(`/api/assurance/sheets/${networkSheet}/answers`, { answers })).status).toBe(
        403,
      );
      expect((await u.client.post(`/api/assurance/sheets/${networkSheet}/submit`)).status).toBe(403);
    }
    // The ネットワーク管理者 reads the 課's sheet (the CISO's office) but answering it is the 課長's (②).
    const deptItems = (await json(await headA.client.get(`/api/assurance/sheets/${deptSheet}`))).data.items;
    const one = [{ itemId: deptItems[0].itemId, value: "yes" }];
    expect(
      (await netAdmin.client.put(`/api/assurance/sheets/${deptSheet}/answers`, { answers: one })).status,
    ).toBe(403);
    expect(
      (await headA.client.put(`/api/assurance/sheets/${deptSheet}/answers`, { answers: one })).status,
    ).toBe(200);

    const saved = await netAdmin.client.put(`/api/assurance/sheets/${networkSheet}/answers`, { answers });
    expect(saved.status).toBe(200);
    expect((await json(saved)).data).toMatchObject({ answered: answers.length, late: false });
    expect((await netAdmin.client.post(`/api/assurance/sheets/${networkSheet}/submit`)).status).toBe(200);
    const progress = (
      await json(await committee.client.get(`/api/assurance/campaigns/${network.id}/progress`))
    ).data.rows;
    expect(progress.reduce((n: number, r: any) => n + r.submitted, 0)).toBe(1);
  });

  it("coverage (#16 item 6): the network campaign's clauses count as met while it is open", async () => {
    const cov = async () => ((await (await staffA.client.get("/api/profile")).json()) as any).coverage;
    const before = await cov();
    const net = (await json(await netAdmin.client.get(`/api/assurance/sheets/${networkSheet}`))).data
      .items as any[];
    for (const i of net.filter((x) => x.audience === "network"))
      expect(before.notInCampaign).not.toContain(i.clauseId);
    expect((await ciso.client.post(`/api/assurance/campaigns/${network.id}/close`)).status).toBe(200);
    const after = await cov();
    // Network items are asked by no other campaign: they fall back to "not in a campaign".
    for (const i of net.filter((x) => x.audience === "network"))
      expect(after.notInCampaign).toContain(i.clauseId);
    // The system items are still asked by the open 課 campaign.
    for (const i of net.filter((x) => x.audience === "system"))
      expect(after.notInCampaign).not.toContain(i.clauseId);
  });
});
