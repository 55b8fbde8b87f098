// biome-ignore-all lint/suspicious/noExplicitAny: JSON response bodies in tests
import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { describeStoredAuditData } from "../../test/audit-data";
import { makeDepartment } from "../../test/factories";
import { makeAsset } from "../requests/test-support";
import { json, shapedGet, signedIn, type U } from "./test-helpers";

/**
 * An audit plan's scope (#16 item 4; 西原村 10.1(3) the plan, 10.1(4) contractors audited too):
 * besides the units, the systems (assets of kind system, chosen through the assets face with the
 * planner's rights) and the contractors (from the suppliers' register) are stored as ids; the
 * free text stays a note. A system the planner may not open cannot be named, and a viewer who may
 * not open it sees it by id only — on the screen and in the exported report.
 */
let t: TestApp;
let lead: U, committee: U, auditor: U;
let deptA: string, deptB: string;
let system: string, secret: string, device: string, contractor: string;
const count = async () =>
  Number(
    ((await t.database.db.execute(sql`select count(*)::int as n from assurance_audits`)) as any).rows[0].n,
  );

/** The report's cover sheet, line by line (the column's values are sparse: from row 1). */
const coverLines = (wb: ExcelJS.Workbook) =>
  Array.from(wb.getWorksheet("概要")?.getColumn(1).values ?? [], (v) => String(v ?? ""));

const plan = (over: Record<string, unknown> = {}) => ({
  kind: "audit",
  fiscalYear: 2026,
  title: "令和8年度 情報セキュリティ監査（住民課・委託先）",
  unitIds: [deptA],
  periodFrom: "2026-04-01",
  periodTo: "2026-08-31",
  startDate: "2026-09-01",
  endDate: "2026-12-25",
  auditors: [{ personId: auditor.personId }],
  ...over,
});

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  const db = t.database.db;
  deptA = (await makeDepartment(db, { name: "住民課" })).id;
  deptB = (await makeDepartment(db, { name: "税務課" })).id;
  lead = await signedIn(t, [["audit_lead", null]], null);
  committee = await signedIn(t, [["committee", null]], null);
  auditor = await signedIn(t, [["auditor", null]], deptB);
  system = (
    await makeAsset(db, {
      departmentId: deptA,
      kind: "system",
      zone: "lgwan",
      confidentiality: "2",
      name: "住民記録システム",
    })
  ).id;
  // 機密性3: only its named people and 税務課's manager may open it.
  secret = (
    await makeAsset(db, {
      departmentId: deptB,
      kind: "system",
      zone: "mynumber",
      confidentiality: "3",
      name: "課税システム",
    })
  ).id;
  device = (
    await makeAsset(db, { departmentId: deptA, kind: "device", confidentiality: "2", name: "窓口端末" })
  ).id;
  const [row] = (
    (await db.execute(sql`insert into supplier_contractors (name, created_at, updated_at)
      values ('株式会社くまもと情報サービス', now(), now()) returning id`)) as any
  ).rows;
  contractor = row.id;
}, 120_000);
afterAll(async () => t.close());

describe("an audit's scope of systems and contractors (西原村 10.1(3)(4))", () => {
  it("a system the planner may not open, an asset that is no system and an unknown contractor are refused by field; nothing is written", async () => {
    const before = await count();
    const res = await lead.client.post(
      "/api/assurance/audits",
      plan({ systemIds: [system, secret, device], contractorIds: [contractor, crypto.randomUUID()] }),
    );
    expect(res.status).toBe(400);
    const fields = (await json(res)).error.fields;
    expect(Object.keys(fields).sort()).toEqual(["contractorIds.1", "systemIds.1", "systemIds.2"]);
    // The hidden system is answered like the device: not found, never named.
    expect(fields["systemIds.1"]).toEqual(fields["systemIds.2"]);
    expect(fields["systemIds.1"]).toMatchObject({
      message_ja: "システムが見つかりません。",
      message_en: "The system was not found.",
    });
    expect(fields["contractorIds.1"].message_ja).toBe("委託事業者が見つかりません。");
    expect(JSON.stringify(fields)).not.toContain("課税システム");
    expect(await count()).toBe(before);
  });

  it("chosen systems and contractors are stored as ids beside the note, recorded in the event, shown on the audit and in its report", async () => {
    const res = await lead.client.post(
      "/api/assurance/audits",
      plan({ systemIds: [system], contractorIds: [contractor], scopeNote: "再委託先の作業場所を含む" }),
    );
    expect(res.status).toBe(201);
    const planned = (await json(res)).data;
    expect(planned).toMatchObject({
      systemIds: [system],
      contractorIds: [contractor],
      scopeNote: "再委託先の作業場所を含む",
    });
    const [event] = (
      (await t.database.db.execute(sql`select data from audit_events
      where type = 'assurance.audit_planned' and target_id = ${planned.id}`)) as any
    ).rows;
    expect(event.data).toMatchObject({ systems: [system], contractors: [contractor] });

    const view = await shapedGet(
      t,
      "/api/assurance/audits/{id}",
      await lead.client.get(`/api/assurance/audits/${planned.id}`),
    );
    expect(view.data.systems).toEqual([
      expect.objectContaining({ id: system, hidden: false, name: "住民記録システム", kind: "system" }),
    ]);
    expect(view.data.contractors).toEqual([{ id: contractor, name: "株式会社くまもと情報サービス" }]);

    const xlsx = await lead.client.get(`/api/assurance/audits/${planned.id}/export?format=xlsx`);
    expect(xlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    const lines = coverLines(wb);
    expect(lines.find((l) => l.startsWith("対象システム: "))).toMatch(/住民記録システム$/);
    expect(lines).toContain("対象の委託事業者: 株式会社くまもと情報サービス");
    expect(lines).toContain("対象範囲の補足: 再委託先の作業場所を含む");
  });

  it("a viewer who may not open a chosen system sees it by id only, on the screen and in the report", async () => {
    // Stored as chosen by someone who could open it (税務課's manager may see 課税システム).
    const [audit] = (
      (await t.database.db.execute(
        sql`select id from assurance_audits order by created_at desc limit 1`,
      )) as any
    ).rows;
    await t.database.db.execute(
      sql`update assurance_audits set system_ids = ${JSON.stringify([system, secret])}::jsonb where id = ${audit.id}::uuid`,
    );
    const view = await shapedGet(
      t,
      "/api/assurance/audits/{id}",
      await committee.client.get(`/api/assurance/audits/${audit.id}`),
    );
    expect(view.data.systems[1]).toEqual({ id: secret, hidden: true });
    expect(JSON.stringify(view.data)).not.toContain("課税システム");
    const xlsx = await committee.client.get(`/api/assurance/audits/${audit.id}/export?format=xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    const lines = coverLines(wb);
    const systems = lines.find((l) => l.startsWith("対象システム: ")) ?? "";
    expect(systems).toContain("閲覧権限のない情報資産");
    expect(systems).not.toContain("課税システム");
  });
});

describe("an auditor's observation becomes a finding (西原村 対策基準 10.1(7))", () => {
  let auditId: string;

  it("only a named auditor during fieldwork records it, for an audited unit; it feeds the findings board and the report", async () => {
    const res = await lead.client.post("/api/assurance/audits", plan({ title: "令和8年度 監査（所見）" }));
    expect(res.status).toBe(201);
    auditId = (await json(res)).data.id;
    const observation = {
      departmentId: deptA,
      title: "退職者のIDが3件残っている",
      severity: "medium",
      correctiveAction: "ID棚卸しの手順を定める",
      dueDate: "2027-01-31",
    };
    // Planned, not yet in fieldwork: refused.
    const early = await auditor.client.post(`/api/assurance/audits/${auditId}/findings`, observation);
    expect(early.status).toBe(403);
    expect((await committee.client.post(`/api/assurance/audits/${auditId}/approve`)).status).toBe(200);
    expect((await lead.client.post(`/api/assurance/audits/${auditId}/start`)).status).toBe(200);
    // The lead owns the audit but is not named auditor on it.
    expect((await lead.client.post(`/api/assurance/audits/${auditId}/findings`, observation)).status).toBe(
      403,
    );
    const outside = await auditor.client.post(`/api/assurance/audits/${auditId}/findings`, {
      ...observation,
      departmentId: deptB,
    });
    expect(outside.status).toBe(400);
    expect((await json(outside)).error.fields.departmentId).toMatchObject({
      message_ja: "被監査部門ではありません。",
      message_en: "Not an audited unit.",
    });
    const created = await auditor.client.post(`/api/assurance/audits/${auditId}/findings`, observation);
    expect(created.status).toBe(201);
    const finding = (await json(created)).data;
    expect(finding).toMatchObject({
      source: "audit",
      auditId,
      departmentId: deptA,
      clauseId: "nishihara:対策基準/10.1/(3)/①",
      severity: "medium",
      state: "open",
      dueDate: "2027-01-31",
    });
    const [event] = (
      (await t.database.db.execute(sql`select data from audit_events
      where type = 'assurance.finding_created' and target_id = ${finding.id}`)) as any
    ).rows;
    expect(event.data).toMatchObject({ source: "audit", auditId });
    const board = await shapedGet(
      t,
      "/api/assurance/findings",
      await lead.client.get(`/api/assurance/findings?auditId=${auditId}`),
    );
    expect(board.data.map((f: any) => f.id)).toEqual([finding.id]);
  });
});

describeStoredAuditData("an audit's scope and findings", () => t.database.db, [
  "assurance.audit_planned",
  "assurance.audit_started",
  "assurance.finding_created",
]);
