// biome-ignore-all lint/suspicious/noExplicitAny: JSON response bodies in tests
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { departments, signedIn, type U } from "./test-helpers";

/**
 * 西原村 10.1(6): audit evidence and working papers are kept. Each read by an auditor of an audited
 * unit's records — a finding, its evidence, a self-inspection sheet (answers) and its evidence,
 * the audit's working papers — leaves its own audit-log event (assurance.auditor_read) naming the
 * audit; reads by others, and by the auditor once the audit closed, leave none.
 */
let t: TestApp;
let lead: U, committee: U, auditor: U, member: U;
let deptA: string, deptB: string;
let auditId: string, findingId: string, sheetId: string, answerId: string;
const json = async (res: Response) => (await res.json()) as any;

/** The auditor_read events of a reader, oldest first. */
async function reads(personId: string) {
  return (
    (await t.database.db.execute(sql`select target_type, target_id, department_id, data from audit_events
      where type = 'assurance.auditor_read' and actor_person_id = ${personId}::uuid order by seq`)) as any
  ).rows as Array<{ target_type: string; target_id: string; department_id: string | null; data: any }>;
}

const png = () => {
  const form = new FormData();
  form.set("file", new File([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1])], "証跡.png"));
  return form;
};

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  [deptA, deptB] = await departments(t.database.db, "総務課", "住民課");
  lead = await signedIn(t, [["audit_lead", null]], null);
  committee = await signedIn(t, [["committee", null]], null);
  auditor = await signedIn(t, [["auditor", null]], deptB);
  member = await signedIn(t, [], deptA);
  const db = t.database.db;
  findingId = (
    (await db.execute(sql`
    insert into assurance_findings (profile_id, source, clause_id, department_id, title, severity, owner_person_id, due_date, state, created_at, updated_at)
    values ('nishihara', 'answer', 'nishihara:対策基準/10.2/(1)/②', ${deptA}, '退職者IDの残存', 'medium', ${member.personId}, '2026-12-01', 'in_progress', now(), now())
    returning id`)) as any
  ).rows[0].id;
  // A 課 sheet of 総務課 with one answer (set up directly: the campaign is not what is tested).
  const campaign = (
    (await db.execute(sql`insert into assurance_campaigns (profile_id, fiscal_year, scope_key, title, due_date, clause, created_at)
      values ('nishihara', 2026, 'department', '課の自己点検', '2027-03-31', 'nishihara:対策基準/10.2/(1)', now()) returning id`)) as any
  ).rows[0].id;
  sheetId = (
    (await db.execute(sql`insert into assurance_sheets (campaign_id, unit_kind, department_id, item_count, status)
      values (${campaign}::uuid, 'department', ${deptA}::uuid, 1, 'in_progress') returning id`)) as any
  ).rows[0].id;
  answerId = (
    (await db.execute(sql`insert into assurance_answers (sheet_id, item_id, value, answered_at)
      values (${sheetId}::uuid, gen_random_uuid(), 'yes', now()) returning id`)) as any
  ).rows[0].id;
  await db.execute(sql`insert into assurance_files (owner_type, owner_id, file_name, content_type, size, sha256, content, created_at)
    values ('answer', ${answerId}::uuid, '点検記録.txt', 'text/plain', 2, 'x', '\\x6f6b'::bytea, now())`);
}, 120_000);
afterAll(async () => t.close());

describe("each read by an auditor of the audited units' records is logged (10.1(6))", () => {
  it("during fieldwork: a finding, its evidence and the working papers, one event per read", async () => {
    const res = await lead.client.post("/api/assurance/audits", {
      kind: "audit",
      fiscalYear: 2026,
      title: "令和8年度 情報セキュリティ監査（総務課）",
      unitIds: [deptA],
      periodFrom: "2026-04-01",
      periodTo: "2026-08-31",
      startDate: "2026-09-01",
      endDate: "2026-12-25",
      // The audit lead audits too: they read every 課's sheets (lead_audit), the auditor does not.
      auditors: [{ personId: auditor.personId }, { personId: lead.personId }],
    });
    expect(res.status).toBe(201);
    auditId = (await json(res)).data.id;
    expect((await committee.client.post(`/api/assurance/audits/${auditId}/approve`)).status).toBe(200);
    // Before fieldwork nothing opens to the auditor, and nothing is logged.
    expect((await auditor.client.get(`/api/assurance/findings/${findingId}`)).status).toBe(404);
    expect((await lead.client.post(`/api/assurance/audits/${auditId}/start`)).status).toBe(200);

    expect((await member.client.post(`/api/assurance/findings/${findingId}/files`, png())).status).toBe(200);
    expect((await auditor.client.get(`/api/assurance/findings/${findingId}`)).status).toBe(200);
    const detail = await json(await auditor.client.get(`/api/assurance/findings/${findingId}`));
    const fileId = detail.data.files[0].id;
    const dl = await auditor.client.get(`/api/assurance/findings/${findingId}/files/${fileId}`);
    expect(dl.status).toBe(200);
    await dl.arrayBuffer();
    const paper = await auditor.client.post(`/api/assurance/audits/${auditId}/papers`, {
      title: "アクセス権限の確認",
      description: "退職者IDの削除記録を確認した。",
      departmentId: deptA,
    });
    expect(paper.status).toBe(201);
    expect((await auditor.client.get(`/api/assurance/audits/${auditId}`)).status).toBe(200);

    expect(await reads(auditor.personId)).toEqual([
      {
        target_type: "assurance_finding",
        target_id: findingId,
        department_id: deptA,
        data: { auditIds: [auditId], what: "finding" },
      },
      {
        target_type: "assurance_finding",
        target_id: findingId,
        department_id: deptA,
        data: { auditIds: [auditId], what: "finding" },
      },
      {
        target_type: "assurance_finding",
        target_id: findingId,
        department_id: deptA,
        data: { auditIds: [auditId], what: "evidence", fileId },
      },
      {
        target_type: "assurance_audit",
        target_id: auditId,
        department_id: null,
        data: { auditIds: [auditId], what: "working_papers" },
      },
    ]);
  });

  it("an auditing lead's reads of a sheet's answers and their evidence are logged too", async () => {
    expect((await lead.client.get(`/api/assurance/sheets/${sheetId}`)).status).toBe(200);
    const files = (await json(await lead.client.get(`/api/assurance/sheets/${sheetId}`))).data.items;
    expect(files).toEqual([]); // no campaign items were set up; the answer's file is read directly
    const [file] = (
      (await t.database.db.execute(
        sql`select id from assurance_files where owner_id = ${answerId}::uuid`,
      )) as any
    ).rows;
    const dl = await lead.client.get(`/api/assurance/answers/${answerId}/files/${file.id}`);
    expect(dl.status).toBe(200);
    await dl.arrayBuffer();
    const mine = await reads(lead.personId);
    expect(mine.map((e) => [e.target_type, e.data.what])).toEqual([
      ["assurance_sheet", "sheet"],
      ["assurance_sheet", "sheet"],
      ["assurance_answer", "evidence"],
    ]);
    expect(mine[2].data).toEqual({ auditIds: [auditId], what: "evidence", fileId: file.id });
    // The auditor of 住民課 does not read sheets (no duty over them): 404, and nothing logged.
    expect((await auditor.client.get(`/api/assurance/sheets/${sheetId}`)).status).toBe(404);
    expect((await reads(auditor.personId)).filter((e) => e.target_type === "assurance_sheet")).toEqual([]);
  });

  it("reads by the audited and by the committee are not auditor reads", async () => {
    expect((await member.client.get(`/api/assurance/findings/${findingId}`)).status).toBe(200);
    expect((await committee.client.get(`/api/assurance/audits/${auditId}`)).status).toBe(200);
    expect(await reads(member.personId)).toEqual([]);
    expect(await reads(committee.personId)).toEqual([]);
  });

  it("after the audit closes the auditor's reads open nothing and log nothing; the papers are still logged when read", async () => {
    expect(
      (await auditor.client.post(`/api/assurance/audits/${auditId}/report`, { report: "指摘1件" })).status,
    ).toBe(200);
    expect((await lead.client.post(`/api/assurance/audits/${auditId}/close`)).status).toBe(200);
    const before = (await reads(auditor.personId)).length;
    expect((await auditor.client.get(`/api/assurance/findings/${findingId}`)).status).toBe(404);
    expect(await reads(auditor.personId)).toHaveLength(before);
    // A named auditor still opens the closed audit (read-only papers): that read is evidence too.
    expect((await auditor.client.get(`/api/assurance/audits/${auditId}`)).status).toBe(200);
    const after = await reads(auditor.personId);
    expect(after).toHaveLength(before + 1);
    expect(after[before].data).toEqual({ auditIds: [auditId], what: "working_papers" });
  });
});
