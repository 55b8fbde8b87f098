// biome-ignore-all lint/suspicious/noExplicitAny: JSON response bodies in tests
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { describeStoredAuditData } from "../../test/audit-data";
import { departments, json, shapedGet, signedIn, type U } from "./test-helpers";

/** 西原村: items from the catalog, a 課 campaign answered by the 課長, evidence, late answers. */
let t: TestApp;
let office: U, headA: U, staffA: U, staffB: U;
let deptA: string, deptB: string;
const count = async (table: string) =>
  Number(
    ((await t.database.db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as any).rows[0].n,
  );

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  [deptA, deptB] = await departments(t.database.db, "総務課", "住民課");
  office = await signedIn(t, [["network_administrator", null]], deptA);
  headA = await signedIn(t, [["security_system_manager", deptA]], deptA);
  staffA = await signedIn(t, [], deptA);
  staffB = await signedIn(t, [], deptB);
});
afterAll(async () => t.close());

describe("check items (西原村)", () => {
  it("the office brings the items in from the catalog: 221 (西原村 7.2(2)① is a request kind now and 7.2(1)②(イ) the ID deletion ask, not items; 基本方針6(3)①–③ are network measures the code does not apply, and 2(7)① the CISO's 選任 no code checks, so items; 13 workflow obligations the code does less than became items in the clause review), each linked to its clause", async () => {
    const before = await shapedGet(
      t,
      "/api/assurance/items",
      await office.client.get("/api/assurance/items"),
    );
    expect(before.data.needsSync).toBe(true);
    expect(before.data.pendingCatalogChanges.added).toBe(221);
    const res = await office.client.post("/api/assurance/items/sync");
    expect(res.status).toBe(200);
    expect((await json(res)).data.added).toBe(221);
    const after = await json(await office.client.get("/api/assurance/items"));
    expect(after.data.items).toHaveLength(221);
    expect(after.data.needsSync).toBe(false);
    const staffItem = after.data.items.find((i: any) => i.clauseId === "nishihara:対策基準/6.4/(3)/⑤");
    expect(staffItem).toMatchObject({ audience: "staff", audienceClause: "nishihara:対策基準/10.2/(3)/①" });
  });

  it("only the office edits wording; the clause link stays and the edit is marked", async () => {
    const items = (await json(await staffA.client.get("/api/assurance/items"))).data.items;
    const id = items[0].id;
    expect((await staffA.client.patch(`/api/assurance/items/${id}`, { question: "x" })).status).toBe(403);
    const res = await office.client.patch(`/api/assurance/items/${id}`, {
      question: "基本方針に沿った対策を講じているか。",
    });
    expect(res.status).toBe(200);
    expect((await json(res)).data).toMatchObject({ questionEdited: true, clauseId: items[0].clauseId });
    const bad = await office.client.patch(`/api/assurance/items/${id}`, { question: "" });
    expect(bad.status).toBe(400);
    expect((await json(bad)).error.fields.question.message_ja).toMatch(/点検項目の質問/);
  });

  it("a changed clause text (a new policy version) is shown before and after it is applied", async () => {
    await t.database.db.execute(
      sql`update assurance_items set clause_text = '旧い条文' where clause_id = 'nishihara:対策基準/6.4/(3)/⑤'`,
    );
    const pending = (await json(await office.client.get("/api/assurance/items"))).data;
    expect(pending.pendingCatalogChanges.textChanged).toBe(1);
    expect(pending.needsSync).toBe(true);
    await office.client.post("/api/assurance/items/sync");
    const changed = (await json(await office.client.get("/api/assurance/items?status=changed"))).data.items;
    const item = changed.find((i: any) => i.clauseId === "nishihara:対策基準/6.4/(3)/⑤");
    expect(item).toMatchObject({ lastChange: "text_changed", previousClauseText: "旧い条文" });
    const ack = await office.client.patch(`/api/assurance/items/${item.id}`, { acknowledgeChange: true });
    expect((await json(ack)).data.lastChange).toBeNull();
  });
});

describe("a 課 campaign (10.2(1)②)", () => {
  let campaignId: string;
  let sheetId: string;
  let items: any[];

  it("is generated for the 年度 with one sheet per 課 and its deadline from the profile", async () => {
    expect(
      (await headA.client.post("/api/assurance/campaigns", { fiscalYear: 2026, scopeKey: "department" }))
        .status,
    ).toBe(403);
    const bad = await office.client.post("/api/assurance/campaigns", { fiscalYear: 2026, scopeKey: "nope" });
    expect(bad.status).toBe(400);
    expect((await json(bad)).error.fields.scopeKey).toBeDefined();
    const res = await office.client.post("/api/assurance/campaigns", {
      fiscalYear: 2026,
      scopeKey: "department",
    });
    expect(res.status).toBe(201);
    const body = (await json(res)).data;
    campaignId = body.id;
    expect(body).toMatchObject({ dueDate: "2027-01-31", sheets: 2, clause: "nishihara:対策基準/10.2/(1)/②" });
    expect(body.itemCount).toBeGreaterThan(100);
    const again = await office.client.post("/api/assurance/campaigns", {
      fiscalYear: 2026,
      scopeKey: "department",
    });
    expect(again.status).toBe(409);
  });

  it("the 課長 finds their 課's sheet; other 課 do not see it", async () => {
    const mine = (
      await shapedGet(t, "/api/assurance/sheets/mine", await headA.client.get("/api/assurance/sheets/mine"))
    ).data;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ departmentId: deptA, unitName: "総務課", status: "not_started" });
    sheetId = mine[0].id;
    expect((await json(await staffB.client.get("/api/assurance/sheets/mine"))).data).toHaveLength(0);
    expect((await staffB.client.get(`/api/assurance/sheets/${sheetId}`)).status).toBe(404);
    const sheet = await shapedGet(
      t,
      "/api/assurance/sheets/{id}",
      await headA.client.get(`/api/assurance/sheets/${sheetId}`),
    );
    expect(sheet.policies).toMatchObject({ read: true, answer: true });
    items = sheet.data.items;
    expect(items.every((i: any) => ["department", "system", "staff"].includes(i.audience))).toBe(true);
  });

  it("answers are saved; an item not on the sheet is refused by row and nothing is written", async () => {
    const before = await count("assurance_answers");
    const bad = await headA.client.put(`/api/assurance/sheets/${sheetId}/answers`, {
      answers: [
        { itemId: items[0].itemId, value: "yes" },
        { itemId: "00000000-0000-4000-8000-000000000000", value: "no" },
      ],
    });
    expect(bad.status).toBe(400);
    expect((await json(bad)).error.fields["answers.1.itemId"].message_en).toMatch(/not on the sheet/);
    expect(await count("assurance_answers")).toBe(before);
    const wrongValue = await headA.client.put(`/api/assurance/sheets/${sheetId}/answers`, {
      answers: [{ itemId: items[0].itemId, value: "maybe" }],
    });
    expect(wrongValue.status).toBe(400);
    expect(
      (
        await staffA.client.put(`/api/assurance/sheets/${sheetId}/answers`, {
          answers: [{ itemId: items[0].itemId, value: "yes" }],
        })
      ).status,
    ).toBe(404);
    const ok = await headA.client.put(`/api/assurance/sheets/${sheetId}/answers`, {
      answers: [
        { itemId: items[0].itemId, value: "yes" },
        { itemId: items[1].itemId, value: "no", comment: "手順書が未整備" },
      ],
    });
    expect(ok.status).toBe(200);
    expect((await json(ok)).data).toMatchObject({ answered: 2, no: 1, late: false });
  });

  it("evidence: type by content and size are checked; a stored file keeps its SHA-256", async () => {
    const sheet = (await json(await headA.client.get(`/api/assurance/sheets/${sheetId}`))).data;
    const answerId = sheet.items[0].answerId;
    const png = new FormData();
    png.set(
      "file",
      new File([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2])], "画面.png"),
    );
    const ok = await headA.client.post(`/api/assurance/answers/${answerId}/files`, png);
    expect(ok.status).toBe(200);
    const uploaded = (await json(ok)).data;
    expect(uploaded).toMatchObject({ contentType: "image/png", size: 10 });
    const exe = new FormData();
    exe.set("file", new File([Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03])], "report.pdf"));
    const refused = await headA.client.post(`/api/assurance/answers/${answerId}/files`, exe);
    expect(refused.status).toBe(400);
    // Another 課's answer is not revealed by the upload route: 404, as for an unknown id.
    expect((await staffB.client.post(`/api/assurance/answers/${answerId}/files`, png)).status).toBe(404);
    expect((await json(refused)).error.fields.file.message_ja).toMatch(/PDF・PNG・JPEG・テキスト/);
    const big = new FormData();
    big.set("file", new File([Buffer.alloc(10 * 1024 * 1024 + 1, 0x41)], "big.txt"));
    expect((await headA.client.post(`/api/assurance/answers/${answerId}/files`, big)).status).toBe(413);
    const files = (await json(await headA.client.get(`/api/assurance/sheets/${sheetId}`))).data.items[0]
      .files;
    expect(files).toHaveLength(1);
    // The form lists each file as the upload answered it (metadata in the form's one statement).
    expect(files[0]).toEqual({
      id: uploaded.id,
      ownerId: answerId,
      fileName: "画面.png",
      contentType: "image/png",
      size: 10,
      sha256: uploaded.sha256,
      createdAt: uploaded.createdAt,
    });
    const dl = await headA.client.get(`/api/assurance/answers/${answerId}/files/${files[0].id}`);
    expect(dl.headers.get("x-content-sha256")).toBe(files[0].sha256);
  });

  it("a sheet cannot be submitted with unanswered items; after the deadline answers and submission are late", async () => {
    const incomplete = await headA.client.post(`/api/assurance/sheets/${sheetId}/submit`);
    expect(incomplete.status).toBe(400);
    expect((await json(incomplete)).error.code).toBe("sheet_incomplete");
    t.clock.now = new Date("2027-02-02T10:00:00+09:00");
    for (const u of [office, headA, staffB]) await u.relogin();
    const rest = items.slice(2).map((i: any) => ({ itemId: i.itemId, value: "yes" }));
    const late = await headA.client.put(`/api/assurance/sheets/${sheetId}/answers`, { answers: rest });
    expect((await json(late)).data.late).toBe(true);
    const submitted = await headA.client.post(`/api/assurance/sheets/${sheetId}/submit`);
    expect((await json(submitted)).data).toEqual({ status: "submitted", late: true });
    const again = await headA.client.put(`/api/assurance/sheets/${sheetId}/answers`, {
      answers: rest.slice(0, 1),
    });
    expect(again.status).toBe(409);
  });

  it("progress per 課: the office sees both 課, the 課長 only theirs; the summary counts answers per item", async () => {
    const progress = await office.client.get(`/api/assurance/campaigns/${campaignId}/progress`);
    const all = (await json(progress)).data.rows;
    const a = all.find((r: any) => r.unit_id === deptA);
    const b = all.find((r: any) => r.unit_id === deptB);
    expect(a).toMatchObject({ sheets: 1, submitted: 1, late: 1, unit_name: "総務課" });
    expect(b).toMatchObject({ sheets: 1, not_started: 1, overdue: 1 });
    const own = (
      await shapedGet(
        t,
        "/api/assurance/campaigns/{id}/progress",
        await headA.client.get(`/api/assurance/campaigns/${campaignId}/progress`),
      )
    ).data.rows;
    expect(own.map((r: any) => r.unit_id)).toEqual([deptA]);
    expect(
      (await json(await staffB.client.get(`/api/assurance/campaigns/${campaignId}/progress`))).data.rows,
    ).toEqual([]);
    const summary = (
      await shapedGet(
        t,
        "/api/assurance/campaigns/{id}/summary",
        await office.client.get(`/api/assurance/campaigns/${campaignId}/summary`),
      )
    ).data.items;
    expect(summary.find((s: any) => s.item_id === items[1].itemId)).toMatchObject({ no: 1 });
  });
});

describe("findings from a gap (10.1(7), 2(5)②)", () => {
  let findingId: string;
  let ciso: U;
  let noAnswerId: string;
  let yesAnswerId: string;

  it("the 課長 turns できていない into a finding with a deadline; other answers are refused", async () => {
    ciso = await signedIn(t, [["ciso", null]], null);
    const rows = (
      (await t.database.db.execute(
        sql`select id, value from assurance_answers where sheet_id = (select id from assurance_sheets where department_id = ${deptA}::uuid limit 1)`,
      )) as any
    ).rows as Array<{ id: string; value: string }>;
    noAnswerId = rows.find((r) => r.value === "no")?.id as string;
    yesAnswerId = rows.find((r) => r.value === "yes")?.id as string;
    const yes = await headA.client.post("/api/assurance/findings", {
      answerId: yesAnswerId,
      severity: "low",
      dueDate: "2027-03-31",
    });
    expect(yes.status).toBe(400);
    expect((await json(yes)).error.fields.answerId.message_ja).toMatch(/できていない/);
    // Another 課's answer is answered like an unknown one: its existence does not leak (#12 item 3).
    const hidden = await staffB.client.post("/api/assurance/findings", {
      answerId: noAnswerId,
      severity: "high",
      dueDate: "2027-03-31",
    });
    expect(hidden.status).toBe(400);
    expect((await json(hidden)).error.fields.answerId.message_en).toBe("The answer was not found.");
    const res = await headA.client.post("/api/assurance/findings", {
      answerId: noAnswerId,
      severity: "high",
      ownerPersonId: headA.personId,
      correctiveAction: "手順書を整備する",
      dueDate: "2027-03-31",
    });
    expect(res.status).toBe(201);
    const f = (await json(res)).data;
    findingId = f.id;
    expect(f).toMatchObject({ state: "open", departmentId: deptA, source: "answer" });
    expect(f.clauseId).toMatch(/^nishihara:/);
    const again = await headA.client.post("/api/assurance/findings", {
      answerId: noAnswerId,
      severity: "high",
      dueDate: "2027-03-31",
    });
    expect(again.status).toBe(409);
  });

  it("moves open → in_progress → done; verifying without evidence is refused and changes nothing", async () => {
    expect(
      (await headA.client.patch(`/api/assurance/findings/${findingId}`, { state: "closed" })).status,
    ).toBe(400);
    for (const state of ["in_progress", "done"])
      expect((await headA.client.patch(`/api/assurance/findings/${findingId}`, { state })).status).toBe(200);
    expect(
      (await headA.client.patch(`/api/assurance/findings/${findingId}`, { state: "verified" })).status,
    ).toBe(403);
    const noEvidence = await ciso.client.patch(`/api/assurance/findings/${findingId}`, { state: "verified" });
    expect(noEvidence.status).toBe(409);
    expect((await json(noEvidence)).error.code).toBe("evidence_required");
    const still = (await json(await ciso.client.get(`/api/assurance/findings/${findingId}`))).data;
    expect(still.state).toBe("done");
  });

  it("with evidence the CISO verifies and closes; a closed finding is final", async () => {
    const form = new FormData();
    form.set("file", new File([Buffer.from("%PDF-1.4 手順書", "utf8")], "手順書.pdf"));
    expect((await headA.client.post(`/api/assurance/findings/${findingId}/files`, form)).status).toBe(200);
    expect(
      (await ciso.client.patch(`/api/assurance/findings/${findingId}`, { state: "verified" })).status,
    ).toBe(200);
    expect(
      (await ciso.client.patch(`/api/assurance/findings/${findingId}`, { state: "closed" })).status,
    ).toBe(200);
    const closed = await json(await headA.client.get(`/api/assurance/findings/${findingId}`));
    expect(closed.data).toMatchObject({ state: "closed", verifiedByPersonId: ciso.personId });
    expect(closed.data.files).toHaveLength(1);
    expect(closed.policies.update).toBe(false);
    expect(
      (await headA.client.patch(`/api/assurance/findings/${findingId}`, { correctiveAction: "x" })).status,
    ).toBe(403);
  });

  it("横展開 opens the same check in another 課, tracked from the origin; only that 課 sees it", async () => {
    expect(
      (
        await headA.client.post(`/api/assurance/findings/${findingId}/lateral`, {
          departmentIds: [deptB],
          dueDate: "2027-05-31",
        })
      ).status,
    ).toBe(403);
    const bad = await office.client.post(`/api/assurance/findings/${findingId}/lateral`, {
      departmentIds: [deptA],
      dueDate: "2027-05-31",
    });
    expect(bad.status).toBe(400);
    expect((await json(bad)).error.fields["departmentIds.0"]).toBeDefined();
    const res = await office.client.post(`/api/assurance/findings/${findingId}/lateral`, {
      departmentIds: [deptB],
      dueDate: "2027-05-31",
      note: "同種の手順書の有無を確認する",
    });
    expect(res.status).toBe(201);
    const [lateral] = (await json(res)).data;
    expect(lateral).toMatchObject({
      source: "lateral",
      originFindingId: findingId,
      departmentId: deptB,
      state: "open",
    });
    const origin = (
      await shapedGet(
        t,
        "/api/assurance/findings/{id}",
        await office.client.get(`/api/assurance/findings/${findingId}`),
      )
    ).data;
    expect(origin.lateralProgress).toEqual({ total: 1, closed: 0, open: 1 });
    const seenByB = (await json(await staffB.client.get("/api/assurance/findings"))).data.map(
      (f: any) => f.id,
    );
    expect(seenByB).toEqual([lateral.id]);
    expect((await staffB.client.get(`/api/assurance/findings/${findingId}`)).status).toBe(404);
    const board = (
      await shapedGet(
        t,
        "/api/assurance/findings",
        await office.client.get("/api/assurance/findings?state=not_closed"),
      )
    ).data;
    expect(board.map((f: any) => f.id)).toEqual([lateral.id]);
  });
  it("the office closes the campaign once; a 課長 may not, and a closed campaign stays closed", async () => {
    const [campaign] = (
      await shapedGet(t, "/api/assurance/campaigns", await office.client.get("/api/assurance/campaigns"))
    ).data.campaigns;
    const campaignId = campaign.id as string;
    // The list counts the campaign's own sheets (two 課, one submitted late).
    expect(campaign).toMatchObject({ sheets: 2, submitted: 1 });
    const xlsx = await headA.client.get(`/api/assurance/campaigns/${campaignId}/export?format=xlsx`);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get("content-disposition")).toMatch(/\.xlsx$/);
    const pdf = await office.client.get(`/api/assurance/campaigns/${campaignId}/export?format=pdf`);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    expect((await office.client.get(`/api/assurance/campaigns/${campaignId}/export?format=csv`)).status).toBe(
      400,
    );
    const unit = await shapedGet(
      t,
      "/api/assurance/campaigns/{id}/sheets",
      await headA.client.get(`/api/assurance/campaigns/${campaignId}/sheets`),
    );
    expect(unit.data.map((s: any) => s.unitName)).toEqual(["総務課"]);
    expect((await headA.client.post(`/api/assurance/campaigns/${campaignId}/close`)).status).toBe(403);
    const closed = await office.client.post(`/api/assurance/campaigns/${campaignId}/close`);
    expect(closed.status).toBe(200);
    expect((await json(closed)).data).toMatchObject({ id: campaignId, status: "closed" });
    expect((await office.client.post(`/api/assurance/campaigns/${campaignId}/close`)).status).toBe(409);
  });
});

describeStoredAuditData("a self-inspection", () => t.database.db, [
  "assurance.items_synced",
  "assurance.item_edited",
  "assurance.campaign_created",
  "assurance.answers_saved",
  "assurance.evidence_added",
  "assurance.sheet_submitted",
  "assurance.finding_created",
  "assurance.finding_updated",
  "assurance.lateral_opened",
  "assurance.campaign_closed",
]);
