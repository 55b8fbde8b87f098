/**
 * Self-inspection and audit's section of the yearly report (年次報告; 西原村 10.1(5) audit results
 * and 10.2(2) self-inspection results go to the committee): the 年度's sheets and how many were
 * submitted by the snapshot date, findings raised and still open, audits of the 年度 and those
 * reported. Records are presented with this module's read rules.
 */

import { type SQL, sql } from "drizzle-orm";
import type { ReportPeriod, ReportRecord, ReportSection } from "../../../common/yearly-report";
import { can } from "../../access";
import type { DbOrTx } from "../../db/client";
import { rowsOf, uuidArraySql } from "../../db/sql";
import type { Actor } from "../../http/context";
import type { Profile } from "../../profile";
import { findingVisibilitySql, sheetVisibilitySql } from "./access";
import { auditRef } from "./commands/audits";
import { reportedScopes } from "./queries";
import type { assuranceAudits } from "./tables";

export async function assuranceYearlySection(
  db: DbOrTx,
  p: ReportPeriod,
  profile: Profile,
): Promise<ReportSection<SQL>> {
  const sheets = sql`
    from assurance_sheets s join assurance_campaigns c on c.id = s.campaign_id
   where c.profile_id = ${profile.id} and c.fiscal_year = ${p.fiscalYear} and c.created_at <= ${p.cutoff}`;
  const submitted = sql`${sheets} and s.submitted_at <= ${p.cutoff}`;
  const byCampaign = rowsOf<{ title: string; n: number }>(
    await db.execute(sql`
      select c.title, count(*) filter (where s.submitted_at <= ${p.cutoff})::int as n
      ${sheets} group by c.title order by c.title`),
  );
  const findings = sql`from assurance_findings where profile_id = ${profile.id} and created_at <= ${p.cutoff}`;
  const audits = sql`
    from assurance_audits
   where profile_id = ${profile.id} and fiscal_year = ${p.fiscalYear} and created_at <= ${p.cutoff}`;
  return {
    module: "assurance",
    figures: [
      {
        key: "assurance.sheets",
        label: { ja: "年度の自己点検票", en: "Self-inspection sheets of the year" },
        records: sql`select s.id ${sheets} order by c.title`,
      },
      {
        key: "assurance.sheets_submitted",
        label: { ja: "基準日までに提出された自己点検票", en: "Sheets submitted by the snapshot date" },
        records: sql`select s.id ${submitted} order by c.title`,
      },
      {
        key: "assurance.findings_raised",
        label: { ja: "年度内の指摘事項", en: "Findings raised in the year" },
        records: sql`select id ${findings} and created_at >= ${p.fromAt}`,
      },
      {
        key: "assurance.findings_open",
        label: { ja: "基準日に未完了の指摘事項", en: "Findings open on the snapshot date" },
        records: sql`select id ${findings} and (closed_at is null or closed_at > ${p.cutoff})`,
      },
      {
        key: "assurance.audits",
        label: { ja: "年度の情報セキュリティ監査", en: "Security audits of the year" },
        records: sql`select id ${audits}`,
      },
      {
        key: "assurance.audits_reported",
        label: { ja: "監査結果が報告された監査", en: "Audits whose results were reported" },
        records: sql`select id ${audits} and reported_at <= ${p.cutoff}`,
      },
    ],
    tables: [
      {
        key: "assurance.sheets_by_campaign",
        title: { ja: "自己点検ごとの提出状況（提出済み）", en: "Submitted sheets by campaign" },
        rows: byCampaign.map((c) => ({ label: { ja: c.title, en: c.title }, count: c.n })),
      },
    ],
  };
}

export async function assuranceYearlyRecords(
  db: DbOrTx,
  actor: Actor,
  profile: Profile,
  figureKey: string,
  ids: readonly string[],
): Promise<ReportRecord[]> {
  if (!ids.length) return [];
  let records: ReportRecord[];
  if (figureKey.startsWith("assurance.sheets")) {
    const rows = rowsOf<{ id: string; title: string; status: string; unit: string | null }>(
      await db.execute(sql`
        select s.id, c.title, s.status, coalesce(s.department_id, s.bureau_id)::text as unit
          from assurance_sheets s join assurance_campaigns c on c.id = s.campaign_id
         where s.id = any(${uuidArraySql(ids)}) and c.profile_id = ${profile.id}
           and ${sheetVisibilitySql(actor, reportedScopes(profile, actor))}`),
    );
    records = rows.map((r) => ({
      id: r.id,
      reference: r.status === "submitted" ? "提出済み / Submitted" : "未提出 / Not submitted",
      title: r.title,
      detail: "",
      href: `/assurance/sheets/${r.id}`,
    }));
  } else if (figureKey.startsWith("assurance.findings")) {
    const rows = rowsOf<{ id: string; title: string; due_date: string }>(
      await db.execute(sql`
        select f.id, f.title, f.due_date::text as due_date from assurance_findings f
         where f.id = any(${uuidArraySql(ids)}) and f.profile_id = ${profile.id} and ${findingVisibilitySql(actor)}`),
    );
    records = rows.map((r) => ({
      id: r.id,
      reference: r.due_date,
      title: r.title,
      detail: "",
      href: `/assurance/findings/${r.id}`,
    }));
  } else {
    const rows = rowsOf<{
      id: string;
      title: string;
      kind: string;
      status: string;
      start_date: string;
      auditors: string[] | null;
    }>(
      await db.execute(sql`
        select a.id, a.title, a.kind, a.status, a.start_date::text as start_date,
               array(select aa.person_id::text from assurance_auditors aa where aa.audit_id = a.id) as auditors
          from assurance_audits a
         where a.id = any(${uuidArraySql(ids)}) and a.profile_id = ${profile.id}`),
    );
    records = rows
      .filter((r) =>
        can(
          actor,
          "read",
          "assurance_audit",
          auditRef(
            profile,
            { kind: r.kind, status: r.status } as typeof assuranceAudits.$inferSelect,
            r.auditors ?? [],
          ),
        ),
      )
      .map((r) => ({
        id: r.id,
        reference: r.start_date,
        title: r.title,
        detail: "",
        href: `/assurance/audits/${r.id}`,
      }));
  }
  const byId = new Map(records.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
