import { sql } from "drizzle-orm";
import { capped, DASHBOARD_CAP, type DashboardItem } from "../../../common/dashboard";
import type { DbOrTx } from "../../db/client";
import { rowsOf } from "../../db/sql";
import type { Actor } from "../../http/context";
import { registerVisibilitySql } from "./access";
import { entryStateSql } from "./queries";

/**
 * The registers' items of the home dashboard (GET /api/dashboard/counts), in one SQL statement,
 * each within `registerVisibilitySql` (the lists' own read predicate):
 * - media lent and not returned, and of those the ones past their due time:
 *   `GET /api/registers/media_loan_log?state=open` / `?state=overdue` (the same records as
 *   `/api/registers/media_loan_log/unreturned` and its `overdue` flag);
 * - work records waiting for my confirmation as the second person (rule `register.confirm`):
 *   `GET /api/registers/work_log?state=to_confirm` (naming me, not confirmed, not corrected).
 * The conditions are queries.entryStateSql, shared with those list filters.
 */
export async function dashboardCounts(db: DbOrTx, actor: Actor, now: Date): Promise<DashboardItem[]> {
  const visible = registerVisibilitySql(actor, sql`e.department_id`, sql`e.occurred_at`);
  // The same conditions as the list filters `?state=open|overdue|to_confirm` (queries.entryStateSql).
  const capCount = (where: ReturnType<typeof sql>) =>
    sql`(select count(*)::int from (select 1 from register_entries e where ${where} and ${visible} limit ${DASHBOARD_CAP + 1}) x)`;
  const res = await db.execute(sql`select
      ${capCount(entryStateSql("media_loan_log", "open", actor, now))} as unreturned,
      ${capCount(entryStateSql("media_loan_log", "overdue", actor, now))} as overdue,
      ${capCount(entryStateSql("work_log", "to_confirm", actor, now))} as to_confirm`);
  const row = rowsOf<Record<string, number>>(res)[0] ?? {};
  const item = (
    key: string,
    label: { ja: string; en: string },
    n: number | undefined,
    tone: DashboardItem["tone"],
    href: string,
    listPath: string,
  ): DashboardItem => ({
    key: `registers.${key}`,
    module: "registers",
    label,
    ...capped(n),
    tone,
    href,
    list: listPath,
  });
  return [
    item(
      "work_to_confirm",
      { ja: "確認待ちの作業記録（確認者）", en: "Work records awaiting my confirmation" },
      row.to_confirm,
      "action",
      "/registers/work_log?state=to_confirm",
      "/api/registers/work_log?state=to_confirm",
    ),
    item(
      "media_overdue",
      { ja: "返却予定を過ぎた貸出中の媒体", en: "Lent media past their due time" },
      row.overdue,
      "warning",
      "/registers/media_loan_log?state=overdue",
      "/api/registers/media_loan_log?state=overdue",
    ),
    item(
      "media_unreturned",
      { ja: "貸出中（未返却）の媒体", en: "Media lent and not returned" },
      row.unreturned,
      "info",
      "/registers/media_loan_log?state=open",
      "/api/registers/media_loan_log?state=open",
    ),
  ];
}
