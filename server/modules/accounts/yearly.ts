/**
 * User IDs' section of the yearly report (年次報告): IDs active on the snapshot date (privileged
 * ones apart) and the periodic reviews started and closed in the 年度. Records are presented with
 * this module's read rules (`accountVisibilitySql`; reviews to those who organize them).
 */

import { type SQL, sql } from "drizzle-orm";
import type { ReportPeriod, ReportRecord, ReportSection } from "../../../common/yearly-report";
import type { DbOrTx } from "../../db/client";
import { rowsOf, uuidArraySql } from "../../db/sql";
import type { Actor } from "../../http/context";
import { accountVisibilitySql, organizesReviews } from "./access";

export async function accountYearlySection(_db: DbOrTx, p: ReportPeriod): Promise<ReportSection<SQL>> {
  const active = sql`from system_accounts where state = 'active' and created_at <= ${p.cutoff}`;
  const reviews = sql`from account_reviews where started_on between ${p.from}::date and ${p.asOf}::date`;
  return {
    module: "accounts",
    figures: [
      {
        key: "accounts.active",
        label: { ja: "有効なID（基準日）", en: "Active IDs on the snapshot date" },
        records: sql`select id ${active}`,
      },
      {
        key: "accounts.privileged",
        label: { ja: "うち特権ID", en: "Of which privileged IDs" },
        records: sql`select id ${active} and privileged`,
      },
      {
        key: "accounts.reviews",
        label: { ja: "年度内に開始したIDの棚卸し", en: "ID reviews started in the year" },
        records: sql`select id ${reviews}`,
      },
      {
        key: "accounts.reviews_closed",
        label: { ja: "基準日までに完了したIDの棚卸し", en: "ID reviews closed by the snapshot date" },
        records: sql`select id ${reviews} and closed_at <= ${p.cutoff}`,
      },
    ],
    tables: [],
  };
}

export async function accountYearlyRecords(
  db: DbOrTx,
  actor: Actor,
  figureKey: string,
  ids: readonly string[],
): Promise<ReportRecord[]> {
  if (!ids.length) return [];
  let records: ReportRecord[];
  if (figureKey.startsWith("accounts.reviews")) {
    if (!organizesReviews(actor)) return [];
    records = rowsOf<{ id: string; title: string; started_on: string }>(
      await db.execute(sql`
        select id, title, started_on::text as started_on from account_reviews where id = any(${uuidArraySql(ids)})`),
    ).map((r) => ({
      id: r.id,
      reference: r.started_on,
      title: r.title,
      detail: "",
      href: `/accounts/reviews/${r.id}`,
    }));
  } else {
    records = rowsOf<{ id: string; login_name: string; role: string | null; privileged: boolean }>(
      await db.execute(sql`
        select a.id, a.login_name, a.role, a.privileged
          from system_accounts a join account_systems s on s.id = a.system_id
         where a.id = any(${uuidArraySql(ids)})
           and ${accountVisibilitySql(actor, sql`s.department_id`, sql`s.administrator_person_id`, sql`a.person_id`)}`),
    ).map((r) => ({
      id: r.id,
      reference: r.login_name,
      title: r.privileged ? "特権ID / Privileged ID" : "ID",
      detail: r.role ?? "",
      href: "/accounts/systems",
    }));
  }
  const byId = new Map(records.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
