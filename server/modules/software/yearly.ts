/**
 * Software's section of the yearly report (年次報告): installations in use on the snapshot date,
 * those flagged for end of support, vulnerability matches found in the 年度 and those still
 * undecided on the snapshot date. Records are presented with `softwareVisibilitySql`.
 */

import { type SQL, sql } from "drizzle-orm";
import { VULN_SEVERITY_LABELS } from "../../../common/labels";
import type { ReportPeriod, ReportRecord, ReportSection } from "../../../common/yearly-report";
import type { DbOrTx } from "../../db/client";
import { rowsOf, uuidArraySql } from "../../db/sql";
import type { Actor } from "../../http/context";
import { softwareVisibilitySql } from "./access";

export async function softwareYearlySection(db: DbOrTx, p: ReportPeriod): Promise<ReportSection<SQL>> {
  const installed = sql`
    from software_installations
   where created_at <= ${p.cutoff} and (removed_at is null or removed_at > ${p.cutoff})`;
  const found = sql`from vuln_matches where first_matched_at between ${p.fromAt} and ${p.cutoff}`;
  const bySeverity = rowsOf<{ severity: string | null; n: number }>(
    await db.execute(sql`select severity, count(*)::int as n ${found} group by 1`),
  );
  const severities = ["critical", "high", "medium", "low"];
  return {
    module: "software",
    figures: [
      {
        key: "software.installations",
        label: { ja: "導入中のソフトウェア（基準日）", en: "Software installed on the snapshot date" },
        records: sql`select id ${installed}`,
      },
      {
        key: "software.end_of_support",
        label: { ja: "サポート終了の懸念があるもの", en: "Flagged for end of support" },
        records: sql`select id ${installed} and eos_status = 'flagged'`,
      },
      {
        key: "software.vulnerabilities_found",
        label: { ja: "年度内に検出した脆弱性の該当", en: "Vulnerability matches found in the year" },
        records: sql`select id ${found}`,
      },
      {
        key: "software.vulnerabilities_open",
        label: {
          ja: "基準日に未対応の脆弱性の該当",
          en: "Vulnerability matches undecided on the snapshot date",
        },
        records: sql`
          select id from vuln_matches
           where first_matched_at <= ${p.cutoff} and (decided_at is null or decided_at > ${p.cutoff})`,
      },
    ],
    tables: [
      {
        key: "software.found_by_severity",
        title: { ja: "深刻度別の検出件数", en: "Matches found by severity" },
        rows: [
          ...severities.map((s) => ({
            label: VULN_SEVERITY_LABELS[s],
            count: bySeverity.find((r) => r.severity === s)?.n ?? 0,
          })),
          {
            label: VULN_SEVERITY_LABELS.none,
            count: bySeverity
              .filter((r) => !r.severity || !severities.includes(r.severity))
              .reduce((s, r) => s + r.n, 0),
          },
        ],
      },
    ],
  };
}

export async function softwareYearlyRecords(
  db: DbOrTx,
  actor: Actor,
  figureKey: string,
  ids: readonly string[],
): Promise<ReportRecord[]> {
  if (!ids.length) return [];
  const records = figureKey.startsWith("software.vulnerabilities")
    ? rowsOf<{ id: string; advisory: string; title: string; product: string }>(
        await db.execute(sql`
          select m.id, v.key as advisory, coalesce(v.title_ja, v.title) as title, p.vendor || ' ' || p.product || ' ' || p.version as product
            from vuln_matches m join vuln_advisories v on v.id = m.advisory_id
            join software_installations i on i.id = m.installation_id join software_products p on p.id = i.product_id
           where m.id = any(${uuidArraySql(ids)}) and ${softwareVisibilitySql(actor, sql`m.department_id`, sql`m.owner_person_id`)}`),
      ).map((r) => ({
        id: r.id,
        reference: r.advisory,
        title: r.title,
        detail: r.product,
        href: "/vulnerabilities",
      }))
    : rowsOf<{ id: string; product: string; eos: string | null }>(
        await db.execute(sql`
          select i.id, p.vendor || ' ' || p.product || ' ' || p.version as product, p.end_of_support::text as eos
            from software_installations i join software_products p on p.id = i.product_id
           where i.id = any(${uuidArraySql(ids)}) and ${softwareVisibilitySql(actor, sql`i.department_id`, sql`i.owner_person_id`)}`),
      ).map((r) => ({
        id: r.id,
        reference: r.eos ?? "",
        title: r.product,
        detail: "",
        href: "/vulnerabilities",
      }));
  const byId = new Map(records.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
