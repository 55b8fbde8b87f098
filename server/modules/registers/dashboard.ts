import { sql } from "drizzle-orm";
import { capped, DASHBOARD_CAP, type DashboardItem } from "../../../common/dashboard";
import type { DbOrTx } from "../../db/client";
import type { Actor } from "../../http/context";
import { registerVisibilitySql } from "./access";

/**
 * The registers' items of the home dashboard (GET /api/dashboard/counts), in one SQL statement,
 * each within `registerVisibilitySql` (the lists' own read predicate):
 * - media lent and not returned, and of those the ones past their due time: the same conditions
 *   as `GET /api/registers/media_loan_log/unreturned` (and its `overdue` flag);
 * - work records waiting for my confirmation as the second person (rule `register.confirm`):
 *   the entries of `GET /api/registers/work_log` naming me as second person, not confirmed and
 *   not corrected.
 */
export async function dashboardCounts(db: DbOrTx, actor: Actor, now: Date): Promise<DashboardItem[]> {
  const visible = registerVisibilitySql(actor, sql`e.department_id`);
  // Closing and correcting entries are in the same register as the entry they name (the append
  // command refuses others), so `register = e.register` is the same rule, and lets the planner
  // read only that register (corrects_id has no index of its own).
  const open = sql`not exists (select 1 from register_entries r where r.closes_id = e.id and r.register = e.register)
      and not exists (select 1 from register_entries x where x.corrects_id = e.id and x.register = e.register)`;
  const unreturned = sql`e.register = 'media_loan_log' and e.entry_type = 'lend' and ${open} and ${visible}`;
  const at = sql`${now.toISOString()}::timestamptz`;
  const capCount = (where: ReturnType<typeof sql>) =>
    sql`(select count(*)::int from (select 1 from register_entries e where ${where} limit ${DASHBOARD_CAP + 1}) x)`;
  const res = await db.execute(sql`select
      ${capCount(unreturned)} as unreturned,
      ${capCount(sql`${unreturned} and (e.data->>'dueAt')::timestamptz < ${at}`)} as overdue,
      ${capCount(
        sql`e.register = 'work_log' and e.entry_type = 'record' and e.data->>'secondPersonId' = ${actor.personId}
            and ${open} and ${visible}`,
      )} as to_confirm`);
  const row = (res as unknown as { rows: Record<string, number>[] }).rows[0] ?? {};
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
      "/registers/work_log",
      "/api/registers/work_log",
    ),
    item(
      "media_overdue",
      { ja: "返却予定を過ぎた貸出中の媒体", en: "Lent media past their due time" },
      row.overdue,
      "warning",
      "/registers/media_loan_log",
      "/api/registers/media_loan_log/unreturned",
    ),
    item(
      "media_unreturned",
      { ja: "貸出中（未返却）の媒体", en: "Media lent and not returned" },
      row.unreturned,
      "info",
      "/registers/media_loan_log",
      "/api/registers/media_loan_log/unreturned",
    ),
  ];
}
