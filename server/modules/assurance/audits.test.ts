// biome-ignore-all lint/suspicious/noExplicitAny: JSON response bodies in tests
import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionCacheStats } from "../../auth/actor";
import { createTestApp, type TestApp } from "../../test/app";
import { describeStoredAuditData } from "../../test/audit-data";
import { makeDepartment } from "../../test/factories";
import { pdfText } from "../../test/pdf-text";
import { auditReadGrants } from "./index";
import { departments, json, shapedGet, signedIn, type U } from "./test-helpers";

/** 西原村 10.1: audit plans approved by the committee, auditors independent as of the audit date. */
let t: TestApp;
let lead: U, committee: U, outsider: U, member: U, owner: U, moved: U;
let deptA: string, deptB: string;
const audits = async () =>
  Number(
    ((await t.database.db.execute(sql`select count(*)::int as n from assurance_audits`)) as any).rows[0].n,
  );

const plan = (
  auditors: Array<{ personId: string; unavoidableReason?: string }>,
  startDate = "2026-09-01",
) => ({
  kind: "audit",
  fiscalYear: 2026,
  title: "令和8年度 情報セキュリティ監査（総務課）",
  unitIds: [deptA],
  periodFrom: "2026-04-01",
  periodTo: "2026-08-31",
  startDate,
  endDate: "2026-12-25",
  auditors,
});

/** A finding of a unit, corrected and waiting to be verified. */
async function findingIn(departmentId: string, ownerPersonId: string | null): Promise<string> {
  const res = (await t.database.db.execute(sql`
    insert into assurance_findings (profile_id, source, clause_id, department_id, title, severity, owner_person_id, due_date, state, created_at, updated_at)
    values ('nishihara', 'answer', 'nishihara:対策基準/10.2/(1)/②', ${departmentId}, '退職者IDの残存', 'medium', ${ownerPersonId}, '2026-12-01', 'done', now(), now())
    returning id`)) as any;
  return res.rows[0].id;
}

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  [deptA, deptB] = await departments(t.database.db, "総務課", "住民課");
  lead = await signedIn(t, [["audit_lead", null]], null);
  committee = await signedIn(t, [["committee", null]], null);
  outsider = await signedIn(t, [["auditor", null]], deptB);
  member = await signedIn(t, [["auditor", null]], deptA);
  owner = await signedIn(
    t,
    [
      ["auditor", null],
      ["security_system_manager", deptA],
    ],
    deptB,
  );
  // Was in 総務課 until a transfer to 住民課 effective 2026-10-01.
  moved = await signedIn(t, [["auditor", null]], deptB);
  const [batch] = (
    (await t.database.db.execute(
      sql`insert into transfer_batches (title, effective_date, status) values ('10月1日付け異動', '2026-10-01', 'applied') returning id`,
    )) as any
  ).rows;
  await t.database.db.execute(
    sql`insert into transfer_items (batch_id, person_id, from_department_id, to_department_id) values (${batch.id}, ${moved.personId}, ${deptA}, ${deptB})`,
  );
}, 120_000);
afterAll(async () => t.close());

describe("auditor independence from the directory (10.1(2)①, 2(6)②)", () => {
  it("a member of the audited 課 is refused, even with a reason; nothing is written", async () => {
    const res = await lead.client.post(
      "/api/assurance/audits",
      plan([{ personId: member.personId, unavoidableReason: "人員不足" }]),
    );
    expect(res.status).toBe(400);
    const body = await json(res);
    expect(body.error.code).toBe("auditor_not_independent");
    expect(body.error.fields["auditors.0.personId"].message_ja).toMatch(/10\.1\/\(2\)\/①/);
    expect(await audits()).toBe(0);
  });

  it("membership is judged as of the audit date: before the transfer refused, after it allowed", async () => {
    expect(
      (await lead.client.post("/api/assurance/audits", plan([{ personId: moved.personId }], "2026-09-01")))
        .status,
    ).toBe(400);
    const after = await lead.client.post(
      "/api/assurance/audits",
      plan([{ personId: moved.personId }], "2026-11-01"),
    );
    expect(after.status).toBe(201);
  });

  it("auditing one's own work needs the やむを得ない reason, which is recorded and reported", async () => {
    const without = await lead.client.post("/api/assurance/audits", plan([{ personId: owner.personId }]));
    expect(without.status).toBe(400);
    expect((await json(without)).error.fields["auditors.0.unavoidableReason"]).toBeDefined();
    const withReason = await lead.client.post(
      "/api/assurance/audits",
      plan([{ personId: owner.personId, unavoidableReason: "専門知識を持つ職員が他にいないため" }]),
    );
    expect(withReason.status).toBe(201);
    expect((await json(withReason)).data.exceptions).toEqual([
      { personId: owner.personId, reason: "専門知識を持つ職員が他にいないため" },
    ]);
  });

  it("only the audit lead plans", async () => {
    expect(
      (await outsider.client.post("/api/assurance/audits", plan([{ personId: outsider.personId }]))).status,
    ).toBe(403);
  });
});

describe("an audit from plan to close (西原村 10.1(1), 10.1(3)①②)", () => {
  let id: string;
  it("the committee approves the plan; the lead starts fieldwork; the auditor reads the audited units meanwhile", async () => {
    const res = await lead.client.post("/api/assurance/audits", plan([{ personId: outsider.personId }]));
    id = (await json(res)).data.id;
    expect((await lead.client.post(`/api/assurance/audits/${id}/start`)).status).toBe(403);
    expect((await outsider.client.post(`/api/assurance/audits/${id}/approve`)).status).toBe(403);
    expect((await committee.client.post(`/api/assurance/audits/${id}/approve`)).status).toBe(200);
    expect(await auditReadGrants(t.database.db, outsider.personId)).toEqual([]);
    expect((await lead.client.post(`/api/assurance/audits/${id}/start`)).status).toBe(200);
    expect(await auditReadGrants(t.database.db, outsider.personId)).toEqual([
      { auditId: id, unitIds: [deptA], periodFrom: "2026-04-01", periodTo: "2026-08-31" },
    ]);
  });

  it("working papers are written during fieldwork; the auditor verifies and closes a finding of the audited 課 once it has evidence; papers are read-only after the audit closes, when the grant ends", async () => {
    const paper = await outsider.client.post(`/api/assurance/audits/${id}/papers`, {
      title: "アクセス権限の確認",
      description: "退職者IDが2件残存",
      departmentId: deptA,
    });
    expect(paper.status).toBe(201);
    const paperId = (await json(paper)).data.id;
    expect(
      (
        await outsider.client.post(`/api/assurance/audits/${id}/papers`, {
          title: "x",
          description: "y",
          departmentId: deptB,
        })
      ).status,
    ).toBe(400);
    // The auditor checks the correction of a finding of the audited 課 and closes it (10.1(7)).
    const findingId = await findingIn(deptA, member.personId);
    const otherId = await findingIn((await makeDepartment(t.database.db, { name: "税務課" })).id, null);
    expect((await outsider.client.get(`/api/assurance/findings/${otherId}`)).status).toBe(404);
    expect((await moved.client.get(`/api/assurance/findings/${findingId}`)).status).toBe(404);
    const board = (
      await shapedGet(t, "/api/assurance/findings", await outsider.client.get("/api/assurance/findings"))
    ).data;
    expect(board.map((f: any) => f.id)).toContain(findingId);
    expect(board.map((f: any) => f.id)).not.toContain(otherId);
    const noEvidence = await outsider.client.patch(`/api/assurance/findings/${findingId}`, {
      state: "verified",
    });
    expect(noEvidence.status).toBe(409);
    const png = new FormData();
    png.set("file", new File([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1])], "是正.png"));
    expect((await outsider.client.post(`/api/assurance/findings/${findingId}/files`, png)).status).toBe(403);
    // A finding the caller may not read is answered like an unknown id, as its detail view is.
    expect((await outsider.client.post(`/api/assurance/findings/${otherId}/files`, png)).status).toBe(404);
    expect((await member.client.post(`/api/assurance/findings/${findingId}/files`, png)).status).toBe(200);
    for (const state of ["verified", "closed"])
      expect((await outsider.client.patch(`/api/assurance/findings/${findingId}`, { state })).status).toBe(
        200,
      );
    const later = await findingIn(deptA, null);
    expect(
      (await outsider.client.post(`/api/assurance/audits/${id}/report`, { report: "指摘1件" })).status,
    ).toBe(200);
    expect((await lead.client.post(`/api/assurance/audits/${id}/close`)).status).toBe(200);
    expect(await auditReadGrants(t.database.db, outsider.personId)).toEqual([]);
    expect(
      (await outsider.client.post(`/api/assurance/audits/${id}/papers`, { title: "追記", description: "z" }))
        .status,
    ).toBe(403);
    await expect(
      t.database.db.execute(sql`update assurance_working_papers set body = '改ざん' where id = ${paperId}`),
    ).rejects.toThrow();
    await expect(
      t.database.db.execute(
        sql`insert into assurance_working_papers (audit_id, title, body, created_at) values (${id}, 'x', 'y', now())`,
      ),
    ).rejects.toThrow();
    // The grant ends with the audit: its findings are no longer the auditor's to read or close.
    expect((await outsider.client.get(`/api/assurance/findings/${later}`)).status).toBe(404);
    const view = await shapedGet(
      t,
      "/api/assurance/audits/{id}",
      await committee.client.get(`/api/assurance/audits/${id}`),
    );
    const list = await shapedGet(
      t,
      "/api/assurance/audits",
      await committee.client.get("/api/assurance/audits"),
    );
    expect(list.data.audits.map((a: any) => a.id)).toContain(id);
    expect(view.data).toMatchObject({ status: "closed", readOnly: true, report: "指摘1件" });
    expect(view.data.papers).toHaveLength(1);
    // The report exports as .xlsx and PDF with 和暦 dates; an outsider of the audit gets 404.
    const xlsx = await committee.client.get(`/api/assurance/audits/${id}/export?format=xlsx`);
    expect(xlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    const cover = wb.getWorksheet("概要");
    const lines = (cover?.getColumn(1).values ?? []).map(String);
    expect(lines).toContain("対象期間: 令和8年4月1日 (2026年) 〜 令和8年8月31日 (2026年)");
    expect(lines).toContain("指摘1件");
    // every sheet opens with the marking (西原村: 機密性2), its handling and who exported it
    expect(lines[1]).toBe("機密性2（取扱注意）");
    const papers = wb.getWorksheet("監査調書");
    expect(papers?.getRow(1).getCell(1).value).toBe("機密性2（取扱注意）");
    expect(papers?.headerFooter.oddHeader).toContain("機密性2（取扱注意）");
    expect(papers?.getRow(5).getCell(1).value).toBe("アクセス権限の確認");
    const pdf = await committee.client.get(`/api/assurance/audits/${id}/export?format=pdf`);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const pdfBytes = Buffer.from(await pdf.arrayBuffer());
    expect(pdfBytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdfText(pdfBytes)).toContain("機密性2（取扱注意）");
    expect((await member.client.get(`/api/assurance/audits/${id}/export?format=pdf`)).status).toBe(404);
  });
});

describe("auditors read what they audit (#16 item 5)", () => {
  it("during fieldwork the auditor reads the audited 課's assets read-only, nothing of another 課, and nothing once the audit closes", async () => {
    const deptC = (await makeDepartment(t.database.db, { name: "建設課" })).id;
    const inC = await signedIn(t, [], deptC);
    const asset = async (u: U, departmentId: string) => {
      const res = await u.client.post("/api/assets", {
        kind: "information",
        departmentId,
        name: "固定資産課税台帳",
        confidentiality: "2",
        integrity: "1",
        availability: "1",
      });
      expect(res.status).toBe(201);
      return (await json(res)).data.id as string;
    };
    const inAudited = await asset(member, deptA);
    const elsewhere = await asset(inC, deptC);
    const listed = async () =>
      (
        ((await (await outsider.client.get(`/api/assets?departmentId=${deptA}&limit=200`)).json()) as any)
          .items ?? []
      ).map((i: any) => i.id);
    const res = await lead.client.post("/api/assurance/audits", plan([{ personId: outsider.personId }]));
    const id = (await json(res)).data.id;
    expect((await committee.client.post(`/api/assurance/audits/${id}/approve`)).status).toBe(200);
    // Planned and approved: not yet.
    expect((await outsider.client.get(`/api/assets/${inAudited}`)).status).toBe(404);
    expect(await listed()).not.toContain(inAudited);
    expect((await lead.client.post(`/api/assurance/audits/${id}/start`)).status).toBe(200);
    expect((await outsider.client.get(`/api/assets/${inAudited}`)).status).toBe(200);
    expect(await listed()).toContain(inAudited);
    expect((await outsider.client.get(`/api/assets/${elsewhere}`)).status).toBe(404);
    // Read-only: the auditor may not change the audited 課's record.
    expect(
      (await outsider.client.patch(`/api/assets/${inAudited}`, { name: "書き換え" })).status,
    ).toBeGreaterThanOrEqual(403);
    expect(
      (await outsider.client.post(`/api/assurance/audits/${id}/report`, { report: "指摘なし" })).status,
    ).toBe(200);
    // Reported, not closed: still readable while the report is discussed.
    expect((await outsider.client.get(`/api/assets/${inAudited}`)).status).toBe(200);
    expect((await lead.client.post(`/api/assurance/audits/${id}/close`)).status).toBe(200);
    expect((await outsider.client.get(`/api/assets/${inAudited}`)).status).toBe(404);
    expect(await listed()).not.toContain(inAudited);
  });
});

describe("a named auditor without the performer duty (#11 item 3)", () => {
  it("sees the audits screen once named on an audit, and opens it, as the server allows", async () => {
    const plain = await signedIn(t, [], deptB);
    const policies = async () =>
      ((await (await plain.client.get("/api/auth/me")).json()) as any).user.policies.readAudits;
    expect(await policies()).toBe(false);
    const res = await lead.client.post("/api/assurance/audits", plan([{ personId: plain.personId }]));
    expect(res.status).toBe(201);
    const id = (await json(res)).data.id;
    // Planned only: named, not yet auditing — the screen and the audit open all the same.
    expect(await policies()).toBe(true);
    expect((await plain.client.get(`/api/assurance/audits/${id}`)).status).toBe(200);
    const list = await shapedGet(t, "/api/assurance/audits", await plain.client.get("/api/assurance/audits"));
    expect(list.data.audits.map((a: any) => a.id)).toEqual([id]);
    // Taken off the audit: neither the screen nor the audit.
    await t.database.db.execute(
      sql`delete from assurance_auditors where audit_id = ${id} and person_id = ${plain.personId}`,
    );
    expect(await policies()).toBe(false);
    expect((await plain.client.get(`/api/assurance/audits/${id}`)).status).toBe(404);
  });
});

describe("the auditor's grant is loaded with the session, not per request (#11 item 8)", () => {
  it("repeated requests reuse it; an audit closed or an auditor removed straight in the database ends access on the next request", async () => {
    const deptD = (await makeDepartment(t.database.db, { name: "会計課" })).id;
    const keeper = await signedIn(t, [], deptD);
    const auditor = await signedIn(t, [], deptB);
    const created = await keeper.client.post("/api/assets", {
      kind: "information",
      departmentId: deptD,
      name: "公金支出台帳",
      confidentiality: "2",
      integrity: "1",
      availability: "1",
    });
    const asset = (await json(created)).data.id as string;
    const start = async () => {
      const res = await lead.client.post("/api/assurance/audits", {
        ...plan([{ personId: auditor.personId }]),
        unitIds: [deptD],
      });
      expect(res.status).toBe(201);
      const id = (await json(res)).data.id as string;
      expect((await committee.client.post(`/api/assurance/audits/${id}/approve`)).status).toBe(200);
      expect((await lead.client.post(`/api/assurance/audits/${id}/start`)).status).toBe(200);
      return id;
    };
    const opens = async () => (await auditor.client.get(`/api/assets/${asset}`)).status;

    const first = await start();
    expect(await opens()).toBe(200);
    expect(await opens()).toBe(200);
    const before = { ...sessionCacheStats };
    for (let i = 0; i < 3; i++) expect(await opens()).toBe(200);
    // The embedded database is this test's alone: nothing moved its WAL position, so every
    // repeat was answered from the session cache, the grant with it (no query of its own).
    if (t.database.kind === "pglite") expect(sessionCacheStats.hits - before.hits).toBe(3);
    await t.database.db.execute(sql`update assurance_audits set status = 'closed' where id = ${first}`);
    expect(await opens()).toBe(404);

    const second = await start();
    expect(await opens()).toBe(200);
    expect(await opens()).toBe(200);
    await t.database.db.execute(
      sql`delete from assurance_auditors where audit_id = ${second} and person_id = ${auditor.personId}`,
    );
    expect(await opens()).toBe(404);
  });
});

describe("兼務の禁止: the planner of an audit does not approve its plan (#12)", () => {
  it("an audit lead who also sits on the committee is refused; another member approves", async () => {
    const both = await signedIn(
      t,
      [
        ["audit_lead", null],
        ["committee", null],
      ],
      null,
    );
    const res = await both.client.post("/api/assurance/audits", plan([{ personId: outsider.personId }]));
    expect(res.status).toBe(201);
    const id = (await json(res)).data.id;
    const own = await both.client.post(`/api/assurance/audits/${id}/approve`);
    expect(own.status).toBe(403);
    expect((await json(own)).error.code).toBe("separation_of_duties");
    expect((await json(await committee.client.get(`/api/assurance/audits/${id}`))).data.status).toBe(
      "planned",
    );
    expect((await committee.client.post(`/api/assurance/audits/${id}/approve`)).status).toBe(200);
  });
});

describeStoredAuditData("an audit", () => t.database.db, [
  "assurance.audit_planned",
  "assurance.audit_approved",
  "assurance.audit_started",
  "assurance.working_paper_added",
  "assurance.evidence_added",
  "assurance.finding_updated",
  "assurance.audit_reported",
  "assurance.audit_closed",
]);
