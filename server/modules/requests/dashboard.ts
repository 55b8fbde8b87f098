import { type SQL, sql } from "drizzle-orm";
import { capped, DASHBOARD_CAP, type DashboardItem } from "../../../common/dashboard";
import { labelOf, REQUEST_STATUS_LABELS } from "../../../common/labels";
import { COUNT_SERIES, type OverviewFigure } from "../../../common/overview";
import type { DbOrTx } from "../../db/client";
import { genericPlanSql, rowsOf } from "../../db/sql";
import type { Actor } from "../../http/context";
import { unreadCountSql } from "../../notify";
import { requestVisibilitySql, seesAllRequests, stepHolderSql } from "./access";
import { followUpSql } from "./queries";

/**
 * The requests module's items of the home dashboard (GET /api/dashboard/counts), in one SQL
 * statement. Each count uses the predicate of the list it links to, so it never exceeds what that
 * list shows the same person:
 * - awaiting my approval: `GET /api/requests?scope=waiting` (stepHolderSql "current", deputies
 *   included since grants held as a deputy are in `actor.grants`; the requester excluded);
 * - my drafts / returned / in progress: `GET /api/requests?scope=mine&status=…`;
 * - my follow-ups overdue (return report past the return due time, emergency post-report past
 *   its due time): `scope=mine&followUp=overdue` (queries.followUpSql, the conditions of the
 *   follow-up jobs in ./commands/jobs.ts);
 * - returns to confirm (the approver confirms nothing is missing):
 *   `scope=all&followUp=return_to_confirm`;
 * - unread notifications: `GET /api/requests/notifications?unread=true`.
 * Counts stop at DASHBOARD_CAP (a LIMIT inside each count), so a big register costs no more
 * than the cap.
 */

const IN_PROGRESS = ["submitted", "approved", "in_effect"] as const;

const list = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );
const countOf = (where: SQL) =>
  sql`(select count(*)::int from (select 1 from requests r where ${where} limit ${DASHBOARD_CAP + 1}) x)`;

export async function dashboardCounts(db: DbOrTx, actor: Actor, now: Date): Promise<DashboardItem[]> {
  const me = sql`${actor.personId}::uuid`;
  const mine = sql`r.requester_person_id = ${me}`;
  // stepHolderSql("current") is one branch of requestVisibilitySql, so it implies visibility.
  const waiting = sql`${stepHolderSql(actor, "current")} and r.requester_person_id <> ${me}`;
  // The list filters `?followUp=overdue` / `?followUp=return_to_confirm` use these very conditions.
  const overdue = followUpSql(actor, "overdue", now, sql`true`);
  const toConfirm = sql`${followUpSql(actor, "return_to_confirm", now, stepHolderSql(actor, "first"))}
      and ${requestVisibilitySql(actor)}`;
  // Its shape follows the viewer's duties, not its values: a generic plan serves every call on the
  // embedded database (db/statement-rules.ts GENERIC_PLAN_MARK; planning per call cost more).
  const res = await db.execute(sql`select
      ${countOf(sql`${waiting} and ${genericPlanSql}`)} as waiting,
      ${countOf(sql`${mine} and r.status = 'draft'`)} as drafts,
      ${countOf(sql`${mine} and r.status = 'returned'`)} as returned,
      ${countOf(sql`${mine} and r.status in (${list(IN_PROGRESS)})`)} as in_progress,
      ${countOf(overdue)} as overdue,
      ${countOf(toConfirm)} as to_confirm,
      ${unreadCountSql(me, "requests", DASHBOARD_CAP)} as unread`);
  const row = rowsOf<Record<string, number>>(res)[0] ?? {};
  const item = (
    key: string,
    ja: string,
    en: string,
    n: number | undefined,
    tone: DashboardItem["tone"],
    href: string,
    listPath: string,
  ): DashboardItem => ({
    key: `requests.${key}`,
    module: "requests",
    label: { ja, en },
    ...capped(n),
    tone,
    href,
    list: listPath,
  });
  return [
    item(
      "awaiting_approval",
      "承認待ちの申請（代行を含む）",
      "Requests awaiting my approval (incl. as deputy)",
      row.waiting,
      "action",
      "/requests/waiting",
      "/api/requests?scope=waiting",
    ),
    item(
      "returns_to_confirm",
      "返却の確認待ち（持ち出し）",
      "Returns to confirm (carry-out)",
      row.to_confirm,
      "action",
      "/requests?scope=all&followUp=return_to_confirm",
      "/api/requests?scope=all&followUp=return_to_confirm",
    ),
    item(
      "mine_returned",
      "差し戻された自分の申請",
      "My requests returned to me",
      row.returned,
      "action",
      "/requests?status=returned",
      "/api/requests?scope=mine&status=returned",
    ),
    item(
      "mine_overdue",
      "期限を過ぎた報告（返却・事後報告）",
      "Overdue reports (return, post-report)",
      row.overdue,
      "warning",
      "/requests?followUp=overdue",
      "/api/requests?scope=mine&followUp=overdue",
    ),
    item(
      "mine_drafts",
      "下書きの申請",
      "My draft requests",
      row.drafts,
      "info",
      "/requests?status=draft",
      "/api/requests?scope=mine&status=draft",
    ),
    item(
      "mine_in_progress",
      "進行中の自分の申請",
      "My requests in progress",
      row.in_progress,
      "info",
      `/requests?status=${IN_PROGRESS.join(",")}`,
      `/api/requests?scope=mine&status=${IN_PROGRESS.join(",")}`,
    ),
    item(
      "notifications_unread",
      "未読のお知らせ（申請）",
      "Unread notifications (requests)",
      row.unread,
      "action",
      "/requests/notifications?unread=true",
      "/api/requests/notifications?unread=true",
    ),
  ];
}

const OPEN = ["submitted", "approved", "in_effect"] as const;

/**
 * The requests figure of the steering overview (GET /api/reports/dashboard): requests the viewer
 * may see (`requestVisibilitySql`, the list's predicate) still open, by state, and those with a
 * report past due (return report, emergency post-report: `followUpSql(…, "late")`). Each bar
 * links to `GET /api/requests?scope=all&status=…` or `?scope=all&followUp=late`.
 */
export async function overviewFigures(db: DbOrTx, actor: Actor, now: Date): Promise<OverviewFigure[]> {
  const visible = requestVisibilitySql(actor);
  // Who sees every request reads the counts the triggers keep (request_overview_counts) instead
  // of every open request; anyone else's predicate narrows by requester, unit and step first.
  const byStatus = seesAllRequests(actor)
    ? sql`select status, sum(n)::int as n from request_overview_counts
           where status in (${list(OPEN)}) group by status having sum(n) <> 0`
    : sql`select r.status, count(*)::int as n from requests r
           where ${visible} and r.status in (${list(OPEN)}) group by r.status`;
  const res = await db.execute(sql`select
      (select coalesce(json_object_agg(status, n), '{}'::json) from (${byStatus}) x) as by_status,
      (select count(*)::int from requests r
         where ${visible} and ${followUpSql(actor, "late", now, sql`true`)}) as late`);
  const row = rowsOf<{ by_status: Record<string, number>; late: number }>(res)[0];
  const bar = (key: string, label: { ja: string; en: string }, n: number | undefined, query: string) => ({
    key,
    label,
    cells: [
      {
        series: COUNT_SERIES.key,
        count: n ?? 0,
        href: `/requests?scope=all&${query}`,
        list: `/api/requests?scope=all&${query}`,
      },
    ],
  });
  return [
    {
      key: "requests.open",
      module: "requests",
      title: { ja: "対応中の申請と報告の遅れ", en: "Open requests and overdue follow-ups" },
      note: {
        ja: "閲覧できる申請（返却報告・事後報告の期限超過を含む）",
        en: "Requests you may see (incl. return and post-reports past due)",
      },
      series: [COUNT_SERIES],
      rows: [
        ...OPEN.map((s) => bar(s, labelOf(REQUEST_STATUS_LABELS, s), row?.by_status[s], `status=${s}`)),
        bar("late", { ja: "報告の期限超過", en: "Follow-up report overdue" }, row?.late, "followUp=late"),
      ],
    },
  ];
}
