// biome-ignore-all lint/suspicious/noExplicitAny: JSON response bodies in tests
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { departments, json, signedIn, type U } from "./test-helpers";

/**
 * 西原村 基本方針 6(9) and 対策基準 10.1(4), read against the assurance routes (issue #13,
 * per-clause record): audits and self-inspections are held through the module — planned, approved
 * by the committee, generated per 年度 — and an audit's scope names the contractors it covers.
 */
let t: TestApp;
let lead: U, committee: U, auditor: U, office: U, head: U, staff: U;
let dept: string;

const plan = (over: Record<string, unknown> = {}) => ({
  kind: "audit",
  fiscalYear: 2026,
  title: "令和8年度 情報セキュリティ監査（住民課）",
  unitIds: [dept],
  periodFrom: "2026-04-01",
  periodTo: "2026-08-31",
  startDate: "2026-09-01",
  endDate: "2026-12-25",
  auditors: [{ personId: auditor.personId }],
  ...over,
});

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  const [d, other] = await departments(t.database.db, "住民課", "企画商工課");
  dept = d;
  lead = await signedIn(t, [["audit_lead", null]], null);
  committee = await signedIn(t, [["committee", null]], null);
  auditor = await signedIn(t, [["auditor", null]], other);
  office = await signedIn(t, [["network_administrator", null]], other);
  head = await signedIn(t, [["security_system_manager", dept]], dept);
  staff = await signedIn(t, [], dept);
}, 120_000);
afterAll(async () => t?.close());

describe("西原村 基本方針6(9) 評価・見直し: 監査及び自己点検を実施する", () => {
  it("the audit lead plans the 年度's audit and the committee approves it; staff may not plan one", async () => {
    expect((await staff.client.post("/api/assurance/audits", plan())).status).toBe(403);
    const res = await lead.client.post("/api/assurance/audits", plan());
    expect(res.status).toBe(201);
    const id = (await json(res)).data.id;
    expect((await lead.client.post(`/api/assurance/audits/${id}/start`)).status).toBe(403);
    expect((await committee.client.post(`/api/assurance/audits/${id}/approve`)).status).toBe(200);
    expect((await lead.client.post(`/api/assurance/audits/${id}/start`)).status).toBe(200);
  });

  it("the self-inspection of the 年度 is generated from the profile: one sheet for the 課, answered by its 課長; a 課長 may not generate it", async () => {
    expect((await office.client.post("/api/assurance/items/sync")).status).toBe(200);
    expect(
      (await head.client.post("/api/assurance/campaigns", { fiscalYear: 2026, scopeKey: "department" }))
        .status,
    ).toBe(403);
    const res = await office.client.post("/api/assurance/campaigns", {
      fiscalYear: 2026,
      scopeKey: "department",
    });
    expect(res.status).toBe(201);
    const body = (await json(res)).data;
    expect(body).toMatchObject({ dueDate: "2027-01-31", clause: "nishihara:対策基準/10.2/(1)/②" });
    expect(body.sheets).toBeGreaterThanOrEqual(1);
    const mine = (await json(await head.client.get("/api/assurance/sheets/mine"))).data;
    expect(mine.length).toBe(1);
    expect((await json(await staff.client.get("/api/assurance/sheets/mine"))).data).toHaveLength(0);
  });
});

describe("西原村 対策基準 10.1(4) 委託事業者に対する監査", () => {
  it("an audit's scope names the contractor it covers; the plan keeps it, and the audit shows it", async () => {
    const res = await lead.client.post(
      "/api/assurance/audits",
      plan({
        title: "令和8年度 委託事業者監査（住民記録システム保守）",
        scopeNote: "委託事業者 株式会社システム保守（再委託先 株式会社データ入力を含む）",
      }),
    );
    expect(res.status).toBe(201);
    const id = (await json(res)).data.id;
    const audit = (await json(await lead.client.get(`/api/assurance/audits/${id}`))).data;
    expect(audit.scopeNote).toBe("委託事業者 株式会社システム保守（再委託先 株式会社データ入力を含む）");
    expect(audit.unitIds).toEqual([dept]);
    expect(audit.status).toBe("planned");
  });
});
