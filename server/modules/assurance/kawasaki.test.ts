// biome-ignore-all lint/suspicious/noExplicitAny: JSON response bodies in tests
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { bureausWithDepartments, json, shapedGet, signedIn, type U } from "./test-helpers";

/**
 * 川崎市 through the app (#16): the staff self-inspection (基準 第12章4(2)), the 局点検 that
 * confirms it (第12章5: the 情報セキュリティ責任者 of each 局, reporting to the 情報監理者), and a
 * 情報セキュリティ内部検査 (第12章7) from plan to close.
 */
let t: TestApp;
let ciso: U, supervisor: U, head1: U, head2: U, staff1: U, staff2: U, inspector: U, insider: U;
let bureau1: string, bureau2: string, dept1: string, dept2: string;

beforeAll(async () => {
  t = await createTestApp({ profileId: "kawasaki" });
  const db = t.database.db;
  const [one, two] = await bureausWithDepartments(db, [
    { bureau: "総務企画局", departments: ["庶務課"] },
    { bureau: "市民文化局", departments: ["市民協働推進課"] },
  ]);
  [bureau1, bureau2] = [one.bureauId, two.bureauId];
  [dept1] = one.departmentIds;
  [dept2] = two.departmentIds;
  ciso = await signedIn(t, [["information_chief", null]], null);
  supervisor = await signedIn(t, [["information_supervisor", null]], null);
  head1 = await signedIn(t, [["bureau_security_head", bureau1]], dept1);
  head2 = await signedIn(t, [["bureau_security_head", bureau2]], dept2);
  staff1 = await signedIn(t, [], dept1);
  staff2 = await signedIn(t, [], dept2);
  inspector = await signedIn(t, [["internal_inspector", null]], dept2);
  insider = await signedIn(t, [["internal_inspector", null]], dept1);
}, 120_000);
afterAll(async () => t.close());

describe("職員の自己点検 (川崎市 基準 第12章4(2)) and its 局点検 (第12章5)", () => {
  let staffCampaign: string;
  let staff1Sheet: string;
  let staff2Sheet: string;

  it("the CISO generates the staff campaign: one sheet per staff member, items for staff citing their clauses", async () => {
    expect(
      (await head1.client.post("/api/assurance/campaigns", { fiscalYear: 2026, scopeKey: "staff" })).status,
    ).toBe(403);
    const res = await ciso.client.post("/api/assurance/campaigns", { fiscalYear: 2026, scopeKey: "staff" });
    expect(res.status).toBe(201);
    const body = (await json(res)).data;
    staffCampaign = body.id;
    const [{ n }] = (
      (await t.database.db.execute(sql`select count(*)::int as n from people where active`)) as any
    ).rows;
    expect(body).toMatchObject({ sheets: n, dueDate: "2026-12-28", clause: "kawasaki:基準/第12章/4/(2)" });
    expect(body.itemCount).toBeGreaterThan(0);

    const mine = (
      await shapedGet(t, "/api/assurance/sheets/mine", await staff1.client.get("/api/assurance/sheets/mine"))
    ).data.filter((s: any) => s.campaignId === staffCampaign);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ unitKind: "person", personId: staff1.personId, bureauId: bureau1 });
    staff1Sheet = mine[0].id;
    staff2Sheet = (await json(await staff2.client.get("/api/assurance/sheets/mine"))).data.find(
      (s: any) => s.campaignId === staffCampaign,
    ).id;
    const sheet = (
      await shapedGet(
        t,
        "/api/assurance/sheets/{id}",
        await staff1.client.get(`/api/assurance/sheets/${staff1Sheet}`),
      )
    ).data;
    expect(sheet.items.length).toBe(body.itemCount);
    for (const item of sheet.items) {
      expect(item.audience).toBe("staff");
      expect(item.clauseId).toMatch(/^kawasaki:基準\//);
    }
  });

  it("each staff member answers and submits their own sheet; nobody else answers it", async () => {
    const sheet = (await json(await staff1.client.get(`/api/assurance/sheets/${staff1Sheet}`))).data;
    const answers = sheet.items.map((i: any, k: number) => ({
      itemId: i.itemId,
      value: k === 0 ? "no" : "yes",
      ...(k === 0 ? { comment: "パスワードを付箋に記載していた" } : {}),
    }));
    expect(
      (await staff2.client.put(`/api/assurance/sheets/${staff1Sheet}/answers`, { answers })).status,
    ).toBe(404);
    expect((await head1.client.put(`/api/assurance/sheets/${staff1Sheet}/answers`, { answers })).status).toBe(
      403,
    );
    expect(
      (await staff1.client.put(`/api/assurance/sheets/${staff1Sheet}/answers`, { answers })).status,
    ).toBe(200);
    expect((await staff1.client.post(`/api/assurance/sheets/${staff1Sheet}/submit`)).status).toBe(200);
    const after = (await json(await staff1.client.get(`/api/assurance/sheets/${staff1Sheet}`))).data;
    expect(after).toMatchObject({ status: "submitted", answeredCount: answers.length, noCount: 1 });
  });

  it("第12章5: the 局長 confirms the sheets of their own 局 — 局 1's 局長 reads staff 1's sheet and progress of 局 1 only", async () => {
    expect((await head1.client.get(`/api/assurance/sheets/${staff1Sheet}`)).status).toBe(200);
    expect((await head1.client.get(`/api/assurance/sheets/${staff2Sheet}`)).status).toBe(404);
    expect((await head2.client.get(`/api/assurance/sheets/${staff1Sheet}`)).status).toBe(404);
    const progress = (
      await shapedGet(
        t,
        "/api/assurance/campaigns/{id}/progress",
        await head1.client.get(`/api/assurance/campaigns/${staffCampaign}/progress?by=bureau`),
      )
    ).data.rows;
    expect(progress.map((r: any) => r.unit_id)).toEqual([bureau1]);
    const listed = (
      await json(
        await head1.client.get(`/api/assurance/campaigns/${staffCampaign}/sheets?bureauId=${bureau2}`),
      )
    ).data;
    expect(listed).toEqual([]);
    // The CISO's office reads every 局.
    const all = (
      await json(await ciso.client.get(`/api/assurance/campaigns/${staffCampaign}/progress?by=bureau`))
    ).data.rows;
    expect(all.map((r: any) => r.unit_id)).toEqual(expect.arrayContaining([bureau1, bureau2]));
  });

  it("the 局長 turns staff 1's できていない into a finding of 局 1; 局 2's 局長 may not", async () => {
    const sheet = (await json(await head1.client.get(`/api/assurance/sheets/${staff1Sheet}`))).data;
    const gap = sheet.items.find((i: any) => i.value === "no");
    const finding = {
      answerId: gap.answerId,
      severity: "low",
      dueDate: "2027-01-31",
      title: "パスワードの管理",
    };
    // An answer of a sheet the caller may not read is named as not found, like an unknown one.
    const hidden = await head2.client.post("/api/assurance/findings", finding);
    expect(hidden.status).toBe(400);
    expect((await json(hidden)).error.fields.answerId.message_ja).toBe("回答が見つかりません。");
    const res = await head1.client.post("/api/assurance/findings", finding);
    expect(res.status).toBe(201);
    expect((await json(res)).data).toMatchObject({ clauseId: gap.clauseId, bureauId: bureau1 });
  });

  it("局点検: one sheet per 局 answered by its 局長, confirming the 局's staff sheets, reported to the 情報監理者", async () => {
    const res = await ciso.client.post("/api/assurance/campaigns", { fiscalYear: 2026, scopeKey: "bureau" });
    expect(res.status).toBe(201);
    const body = (await json(res)).data;
    expect(body).toMatchObject({ sheets: 2, dueDate: "2027-02-28", clause: "kawasaki:基準/第12章/5" });
    const mine = (await json(await head1.client.get("/api/assurance/sheets/mine"))).data.filter(
      (s: any) => s.campaignId === body.id,
    );
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ unitKind: "bureau", bureauId: bureau1, unitName: "総務企画局" });
    const detail = (
      await shapedGet(
        t,
        "/api/assurance/sheets/{id}",
        await head1.client.get(`/api/assurance/sheets/${mine[0].id}`),
      )
    ).data;
    const staff = detail.confirms.find((c: any) => c.scope_key === "staff");
    // 局 1's staff sheets: every active person of 局 1's 課 (庶務課), one of them submitted.
    const [{ n }] = (
      (await t.database.db.execute(
        sql`select count(*)::int as n from assurance_sheets where campaign_id = ${staffCampaign} and bureau_id = ${bureau1}`,
      )) as any
    ).rows;
    expect(staff).toMatchObject({ sheets: n, submitted: 1 });
    // 局 2's 局長 neither answers nor reads 局 1's sheet; the 情報監理者, who receives it, reads it.
    expect((await head2.client.get(`/api/assurance/sheets/${mine[0].id}`)).status).toBe(404);
    const answers = detail.items.map((i: any) => ({ itemId: i.itemId, value: "yes" }));
    expect((await head2.client.put(`/api/assurance/sheets/${mine[0].id}/answers`, { answers })).status).toBe(
      404,
    );
    expect((await supervisor.client.get(`/api/assurance/sheets/${mine[0].id}`)).status).toBe(200);
    expect((await head1.client.put(`/api/assurance/sheets/${mine[0].id}/answers`, { answers })).status).toBe(
      200,
    );
    expect((await head1.client.post(`/api/assurance/sheets/${mine[0].id}/submit`)).status).toBe(200);
    const progress = (
      await json(await supervisor.client.get(`/api/assurance/campaigns/${body.id}/progress?by=bureau`))
    ).data.rows;
    expect(progress.find((r: any) => r.unit_id === bureau1)).toMatchObject({ sheets: 1, submitted: 1 });
    expect(progress.find((r: any) => r.unit_id === bureau2)).toMatchObject({ sheets: 1, submitted: 0 });
  });
});

describe("情報セキュリティ内部検査 (川崎市 基準 第12章7), from plan to close", () => {
  let id: string;
  const plan = (auditors: Array<{ personId: string; unavoidableReason?: string }>) => ({
    kind: "internal_inspection",
    fiscalYear: 2026,
    title: "令和8年度 情報セキュリティ内部検査（庶務課）",
    unitIds: [dept1],
    periodFrom: "2026-04-01",
    periodTo: "2026-09-30",
    startDate: "2026-10-01",
    endDate: "2027-01-31",
    auditors,
  });
  const count = async () =>
    Number(
      ((await t.database.db.execute(sql`select count(*)::int as n from assurance_audits`)) as any).rows[0].n,
    );

  it("planned by the 情報統括監理者 (lead_audit); an inspector of the inspected 課 needs the unavoidable reason (第2章1(11)イ)", async () => {
    expect(
      (await inspector.client.post("/api/assurance/audits", plan([{ personId: inspector.personId }]))).status,
    ).toBe(403);
    const before = await count();
    const own = await ciso.client.post("/api/assurance/audits", plan([{ personId: insider.personId }]));
    expect(own.status).toBeGreaterThanOrEqual(400);
    expect(own.status).toBeLessThan(500);
    expect(JSON.stringify((await json(own)).error)).toContain("kawasaki:基準/第2章/1/(11)/イ");
    expect(await count()).toBe(before);
    const res = await ciso.client.post("/api/assurance/audits", plan([{ personId: inspector.personId }]));
    expect(res.status).toBe(201);
    id = (await json(res)).data.id;
    const view = (
      await shapedGet(t, "/api/assurance/audits/{id}", await ciso.client.get(`/api/assurance/audits/${id}`))
    ).data;
    expect(view).toMatchObject({ kind: "internal_inspection", status: "planned" });
  });

  it("no plan approval is named (第12章7): the owner starts it; the inspector writes papers, reports; the owner closes and the papers stay read-only", async () => {
    expect((await inspector.client.post(`/api/assurance/audits/${id}/start`)).status).toBe(403);
    expect((await ciso.client.post(`/api/assurance/audits/${id}/start`)).status).toBe(200);
    const paper = await inspector.client.post(`/api/assurance/audits/${id}/papers`, {
      title: "情報資産台帳の確認",
      description: "分類の未設定が3件",
      departmentId: dept1,
    });
    expect(paper.status).toBe(201);
    expect(
      (
        await inspector.client.post(`/api/assurance/audits/${id}/papers`, {
          title: "x",
          description: "y",
          departmentId: dept2,
        })
      ).status,
    ).toBe(400);
    // Not on the inspection: it is not theirs to read, and answers like an unknown one.
    expect((await insider.client.post(`/api/assurance/audits/${id}/report`, { report: "x" })).status).toBe(
      404,
    );
    expect(
      (await inspector.client.post(`/api/assurance/audits/${id}/report`, { report: "指摘1件" })).status,
    ).toBe(200);
    expect((await inspector.client.post(`/api/assurance/audits/${id}/close`)).status).toBe(403);
    expect((await ciso.client.post(`/api/assurance/audits/${id}/close`)).status).toBe(200);
    const view = (await json(await ciso.client.get(`/api/assurance/audits/${id}`))).data;
    expect(view).toMatchObject({ status: "closed", readOnly: true, report: "指摘1件" });
    expect(view.papers).toHaveLength(1);
    expect(
      (await inspector.client.post(`/api/assurance/audits/${id}/papers`, { title: "追記", description: "z" }))
        .status,
    ).toBe(403);
    const events = (
      (await t.database.db.execute(
        sql`select type from audit_events where target_id = ${id} order by occurred_at`,
      )) as any
    ).rows.map((r: any) => r.type);
    expect(events.length).toBeGreaterThanOrEqual(4);
  });
});
