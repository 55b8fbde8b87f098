import { sql } from "drizzle-orm";
import { ACCOUNT_REVIEW_STATE_LABELS } from "../../../common/labels";
import type { OverviewFigure } from "../../../common/overview";
import type { DbOrTx } from "../../db/client";
import { rowsOf } from "../../db/sql";
import type { Actor } from "../../http/context";
import { systemVisibilitySql } from "./access";
import { type ReviewWork, reviewWorkSql } from "./queries-reviews";

const WORK: ReviewWork[] = ["undecided", "task_open"];

/**
 * The ID review figure of the steering overview (GET /api/reports/dashboard): per review with
 * work left, the IDs not yet decided (open reviews) and the changes and removals not done, over
 * the systems the viewer sees (`systemVisibilitySql`, the rule of the review lists) — the records
 * of `GET /api/accounts/reviews/tasks?reviewId=…&state=…`.
 */
export async function overviewFigures(db: DbOrTx, actor: Actor): Promise<OverviewFigure[]> {
  const visible = systemVisibilitySql(actor, sql`i.department_id`, sql`s.administrator_person_id`);
  const rows = rowsOf<{ id: string; title: string } & Record<ReviewWork, number>>(
    await db.execute(sql`
      select r.id, r.title,
             count(*) filter (where ${reviewWorkSql("undecided")})::int as undecided,
             count(*) filter (where ${reviewWorkSql("task_open")})::int as task_open
        from account_review_items i
        join account_systems s on s.id = i.system_id
        join account_reviews r on r.id = i.review_id
       where ${visible} and (${reviewWorkSql("undecided")} or ${reviewWorkSql("task_open")})
       group by r.id, r.title, r.started_on
       order by r.started_on desc
       limit 12`),
  );
  return [
    {
      key: "accounts.to_review",
      module: "accounts",
      title: { ja: "ID棚卸しの残り", en: "ID reviews: work left" },
      note: {
        ja: "閲覧できるシステムのID（未判断・変更削除の未完了）",
        en: "IDs of the systems you may see (undecided, changes not done)",
      },
      series: WORK.map((w) => ({ key: w, label: ACCOUNT_REVIEW_STATE_LABELS[w] })),
      rows: rows.map((r) => ({
        key: r.id,
        label: { ja: r.title, en: r.title },
        cells: WORK.map((w) => ({
          series: w,
          count: r[w],
          href: `/accounts/reviews?reviewId=${r.id}&state=${w}`,
          list: `/api/accounts/reviews/tasks?reviewId=${r.id}&state=${w}`,
        })),
      })),
    },
  ];
}
