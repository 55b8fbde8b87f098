/**
 * Contractors' section of the yearly report (年次報告): contracts in force during the 年度 up to
 * the snapshot date, and the confirmations of contractors' compliance recorded then (西原村 9.1(3)
 * reports them to the ネットワーク管理者 and, by importance, to the CISO). Records are presented
 * with the contract list's own rule (`contractVisibilitySql`).
 */

import { type SQL, sql } from "drizzle-orm";
import { type Label, SUPPLIER_CHECK_RESULT_LABELS } from "../../../common/labels";
import type { ReportPeriod, ReportRecord, ReportSection } from "../../../common/yearly-report";
import type { DbOrTx } from "../../db/client";
import { rowsOf, uuidArraySql } from "../../db/sql";
import type { Actor } from "../../http/context";
import { contractVisibilitySql } from "./access";

const RESULT_LABELS: Readonly<Record<string, Label>> = SUPPLIER_CHECK_RESULT_LABELS;

export async function supplierYearlySection(db: DbOrTx, p: ReportPeriod): Promise<ReportSection<SQL>> {
  const checks = sql`
    from supplier_checks
   where checked_on between ${p.from}::date and ${p.asOf}::date and created_at <= ${p.cutoff}`;
  const byResult = rowsOf<{ result: string; n: number }>(
    await db.execute(sql`select result, count(*)::int as n ${checks} group by 1 order by result collate "C"`),
  );
  return {
    module: "suppliers",
    figures: [
      {
        key: "suppliers.contracts",
        label: { ja: "年度内に履行中だった委託契約", en: "Contracts in force during the year" },
        records: sql`
          select id from supplier_contracts
           where state <> 'draft' and starts_on <= ${p.asOf}::date and ends_on >= ${p.from}::date
             and created_at <= ${p.cutoff}`,
      },
      {
        key: "suppliers.checks",
        label: { ja: "年度内の遵守状況の確認", en: "Compliance checks of contractors in the year" },
        records: sql`select id ${checks}`,
      },
    ],
    tables: [
      {
        key: "suppliers.checks_by_result",
        title: { ja: "確認結果別の件数", en: "Checks by result" },
        rows: byResult.map((r) => ({
          label: RESULT_LABELS[r.result] ?? { ja: "その他", en: "Other" },
          count: r.n,
        })),
      },
    ],
  };
}

export async function supplierYearlyRecords(
  db: DbOrTx,
  actor: Actor,
  figureKey: string,
  ids: readonly string[],
): Promise<ReportRecord[]> {
  if (!ids.length) return [];
  const records =
    figureKey === "suppliers.checks"
      ? rowsOf<{ id: string; contract_id: string; subject: string; checked_on: string }>(
          await db.execute(sql`
            select k.id, c.id as contract_id, c.subject, k.checked_on::text as checked_on
              from supplier_checks k join supplier_contracts c on c.id = k.contract_id
             where k.id = any(${uuidArraySql(ids)}) and ${contractVisibilitySql(actor, sql`c.department_id`)}`),
        ).map((r) => ({
          id: r.id,
          reference: r.checked_on,
          title: r.subject,
          detail: "",
          href: `/suppliers/contracts/${r.contract_id}`,
        }))
      : rowsOf<{ id: string; subject: string; starts_on: string; ends_on: string }>(
          await db.execute(sql`
            select c.id, c.subject, c.starts_on::text as starts_on, c.ends_on::text as ends_on
              from supplier_contracts c
             where c.id = any(${uuidArraySql(ids)}) and ${contractVisibilitySql(actor, sql`c.department_id`)}`),
        ).map((r) => ({
          id: r.id,
          reference: `${r.starts_on} – ${r.ends_on}`,
          title: r.subject,
          detail: "",
          href: `/suppliers/contracts/${r.id}`,
        }));
  const byId = new Map(records.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
