/**
 * Incidents' section of the yearly report (年次報告): cases recorded in the 年度 up to the snapshot
 * date, by severity; cases closed; cases still open on the snapshot date. Records are presented
 * with the list's own visibility rule (restricted cases only to their members).
 */

import { type SQL, sql } from "drizzle-orm";
import { INCIDENT_SEVERITY_LABELS } from "../../../common/labels";
import type { ReportPeriod, ReportRecord, ReportSection } from "../../../common/yearly-report";
import type { DbOrTx } from "../../db/client";
import { rowsOf, uuidArraySql } from "../../db/sql";
import type { Actor } from "../../http/context";
import { visibilityWhere } from "./queries";
import { incidents } from "./tables";

export async function incidentYearlySection(db: DbOrTx, p: ReportPeriod): Promise<ReportSection<SQL>> {
  const reported = sql`from incidents where created_at between ${p.fromAt} and ${p.cutoff}`;
  const bySeverity = rowsOf<{ severity: string | null; n: number }>(
    await db.execute(sql`select severity, count(*)::int as n ${reported} group by 1`),
  );
  const severities = Object.keys(INCIDENT_SEVERITY_LABELS);
  return {
    module: "incidents",
    figures: [
      {
        key: "incidents.reported",
        label: { ja: "年度内に受け付けた報告", en: "Reports received in the year" },
        records: sql`select id ${reported}`,
      },
      {
        key: "incidents.closed",
        label: { ja: "年度内に終結した案件", en: "Cases closed in the year" },
        records: sql`
          select id from incidents
           where created_at <= ${p.cutoff} and closed_at between ${p.fromAt} and ${p.cutoff}`,
      },
      {
        key: "incidents.open",
        label: { ja: "基準日に対応中の案件", en: "Cases open on the snapshot date" },
        records: sql`
          select id from incidents
           where created_at <= ${p.cutoff} and (closed_at is null or closed_at > ${p.cutoff})`,
      },
    ],
    tables: [
      {
        key: "incidents.by_severity",
        title: { ja: "重大度別の受付件数", en: "Reports by severity" },
        rows: [
          ...severities.map((s) => ({
            label: INCIDENT_SEVERITY_LABELS[s],
            count: bySeverity.find((r) => r.severity === s)?.n ?? 0,
          })),
          {
            label: { ja: "未判定", en: "Not yet rated" },
            count: bySeverity
              .filter((r) => !r.severity || !severities.includes(r.severity))
              .reduce((s, r) => s + r.n, 0),
          },
        ],
      },
    ],
  };
}

export async function incidentYearlyRecords(
  db: DbOrTx,
  actor: Actor,
  ids: readonly string[],
): Promise<ReportRecord[]> {
  if (!ids.length) return [];
  const rows = rowsOf<{ id: string; receipt_number: string; summary: string }>(
    await db.execute(sql`
      select ${incidents.id} as id, ${incidents.receiptNumber} as receipt_number, ${incidents.summary} as summary
        from ${incidents}
       where ${incidents.id} = any(${uuidArraySql(ids)}) and ${visibilityWhere(actor)}`),
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    return r
      ? [{ id, reference: r.receipt_number, title: r.summary, detail: "", href: `/incidents/${id}` }]
      : [];
  });
}
