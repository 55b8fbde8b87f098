/**
 * Incidents' section of the yearly report (年次報告): cases recorded in the 年度 up to the snapshot
 * date, by severity; cases closed; cases still open on the snapshot date. Records are presented
 * with the list's own visibility rule (restricted cases only to their members).
 */

import { sql } from "drizzle-orm";
import { INCIDENT_SEVERITY_LABELS } from "../../../common/labels";
import {
  figureOf,
  type ReportPeriod,
  type ReportRecord,
  type ReportSection,
} from "../../../common/yearly-report";
import type { DbOrTx } from "../../db/client";
import { rowsOf, uuidArraySql } from "../../db/sql";
import type { Actor } from "../../http/context";
import { visibilityWhere } from "./queries";
import { incidents } from "./tables";

export async function incidentYearlySection(db: DbOrTx, p: ReportPeriod): Promise<ReportSection> {
  const rows = rowsOf<{
    id: string;
    severity: string | null;
    in_year: boolean;
    closed_in_year: boolean;
    open: boolean;
  }>(
    await db.execute(sql`
      select id, severity,
             (created_at >= ${p.fromAt}) as in_year,
             (closed_at between ${p.fromAt} and ${p.cutoff}) as closed_in_year,
             (closed_at is null or closed_at > ${p.cutoff}) as open
        from incidents
       where created_at <= ${p.cutoff}
         and (created_at >= ${p.fromAt} or closed_at is null or closed_at >= ${p.fromAt})`),
  );
  const reported = rows.filter((r) => r.in_year);
  const closed = rows.filter((r) => r.closed_in_year);
  const open = rows.filter((r) => r.open);
  const severities = Object.keys(INCIDENT_SEVERITY_LABELS);
  return {
    module: "incidents",
    figures: [
      figureOf(
        "incidents.reported",
        { ja: "年度内に受け付けた報告", en: "Reports received in the year" },
        reported,
      ),
      figureOf("incidents.closed", { ja: "年度内に終結した案件", en: "Cases closed in the year" }, closed),
      figureOf("incidents.open", { ja: "基準日に対応中の案件", en: "Cases open on the snapshot date" }, open),
    ],
    tables: [
      {
        key: "incidents.by_severity",
        title: { ja: "重大度別の受付件数", en: "Reports by severity" },
        rows: [
          ...severities.map((s) => ({
            label: INCIDENT_SEVERITY_LABELS[s],
            count: reported.filter((r) => r.severity === s).length,
          })),
          {
            label: { ja: "未判定", en: "Not yet rated" },
            count: reported.filter((r) => !r.severity || !severities.includes(r.severity)).length,
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
