/**
 * Reads of ID review campaigns, filtered in SQL by the systems the viewer sees (access.ts): a
 * reviewer sees the campaigns and IDs of their 課's systems, the organizers see all.
 */

import { sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { rowsOf } from "../../db/sql";
import { bureauOfSql, departmentUnit } from "../../directory";
import type { Actor } from "../../http/context";
import { systemVisibilitySql } from "./access";

const visible = (actor: Actor) =>
  systemVisibilitySql(actor, sql`i.department_id`, sql`s.administrator_person_id`);

export interface ReviewListRow {
  id: string;
  title: string;
  startedOn: string;
  dueOn: string;
  state: "open" | "closed";
  clause: string;
  startedBy: string | null;
  closedAt: string | null;
  systems: number;
  ids: number;
  decided: number;
  openTasks: number;
}

const COUNTS = sql`count(i.id)::int as ids, count(i.decision)::int as decided,
  count(*) filter (where i.decision in ('change', 'remove') and i.task_done_at is null)::int as "openTasks"`;

/** Campaigns with at least one system the viewer sees, counted over those systems only. */
export async function listReviews(db: DbOrTx, actor: Actor, id?: string): Promise<ReviewListRow[]> {
  const only = id ? sql`and r.id = ${id}::uuid` : sql``;
  return rowsOf<ReviewListRow>(
    await db.execute(sql`
      select r.id, r.title, r.started_on::text as "startedOn", r.due_on::text as "dueOn", r.state, r.clause,
             r.started_by as "startedBy", r.closed_at as "closedAt",
             count(distinct i.system_id)::int as systems, ${COUNTS}
        from account_reviews r
        join account_review_items i on i.review_id = r.id
        join account_systems s on s.id = i.system_id
       where ${visible(actor)} ${only}
       group by r.id
       order by r.started_on desc, r.created_at desc
       limit 200`),
  );
}

/**
 * Whether the viewer sees the campaign (one of its IDs is on a system they see): the review
 * page's 404 check, a single-row probe instead of counting every ID of the campaign.
 */
export async function reviewVisible(db: DbOrTx, actor: Actor, id: string): Promise<boolean> {
  const rows = rowsOf<{ id: string }>(
    await db.execute(sql`
      select r.id from account_reviews r
       where r.id = ${id}::uuid
         and exists (select 1 from account_review_items i join account_systems s on s.id = i.system_id
                      where i.review_id = r.id and ${visible(actor)})`),
  );
  return rows.length > 0;
}

export interface ReviewSystemRow {
  systemId: string;
  departmentId: string;
  ids: number;
  decided: number;
  openTasks: number;
  flagged: number;
}

/** One campaign's systems the viewer sees, with their progress. */
export async function reviewSystems(db: DbOrTx, actor: Actor, reviewId: string) {
  return rowsOf<ReviewSystemRow>(
    await db.execute(sql`
      select i.system_id as "systemId", i.department_id as "departmentId", ${COUNTS},
             count(*) filter (where cardinality(i.findings) > 0)::int as flagged
        from account_review_items i join account_systems s on s.id = i.system_id
       where i.review_id = ${reviewId}::uuid and ${visible(actor)}
       group by i.system_id, i.department_id`),
  );
}

export interface ReviewItemListRow {
  id: string;
  systemId: string;
  departmentId: string;
  bureauId: string | null;
  administratorPersonId: string | null;
  accountId: string;
  loginName: string;
  holderKind: string;
  personId: string | null;
  privileged: boolean;
  role: string | null;
  lastUsedOn: string | null;
  findings: string[];
  sinceLast: "added" | "privilege_changed" | null;
  decision: string | null;
  reason: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  taskDueOn: string | null;
  taskDoneAt: string | null;
  taskNote: string | null;
  currentState: string | null;
}

const ITEM_FIELDS = sql`i.id, i.system_id as "systemId", i.department_id as "departmentId",
  s.administrator_person_id as "administratorPersonId", i.account_id as "accountId", i.login_name as "loginName", i.holder_kind as "holderKind", i.person_id as "personId",
  i.privileged, i.role, i.last_used_on::text as "lastUsedOn", i.findings::text[] as findings, i.since_last as "sinceLast",
  i.decision, i.reason, i.decided_by as "decidedBy", i.decided_at as "decidedAt", i.task_due_on::text as "taskDueOn",
  i.task_done_at as "taskDoneAt", i.task_note as "taskNote", a.state as "currentState"`;
const ITEM_COLUMNS = sql`${ITEM_FIELDS}, ${bureauOfSql(sql`i.department_id`)} as "bureauId"`;
const ITEM_FROM = sql`account_review_items i
  join account_systems s on s.id = i.system_id
  left join system_accounts a on a.id = i.account_id`;

/**
 * One system's IDs in a campaign (the review page), flagged ones first. The current state of the
 * IDs comes from the system's own IDs read once (one index range, hashed against the items), and
 * the bureau once per 課: EXPLAIN ANALYZE at 150,000 IDs showed the row-by-row look-ups — 750
 * probes of system_accounts' primary key and 750 bureau subqueries — as most of the statement's
 * time. An ID belongs to one system for good, so its state is among that system's IDs.
 */
export async function reviewItems(db: DbOrTx, actor: Actor, reviewId: string, systemId: string) {
  const rows = rowsOf<Omit<ReviewItemListRow, "bureauId">>(
    await db.execute(sql`
      select ${ITEM_FIELDS}
        from account_review_items i
        join account_systems s on s.id = i.system_id
        left join (select id, state from system_accounts where system_id = ${systemId}::uuid) a on a.id = i.account_id
       where i.review_id = ${reviewId}::uuid and i.system_id = ${systemId}::uuid and ${visible(actor)}
       order by cardinality(i.findings) = 0, i.login_name
       limit 5000`),
  );
  const bureaus = new Map<string, string | null>();
  for (const d of new Set(rows.map((r) => r.departmentId)))
    bureaus.set(d, (await departmentUnit(db, d))?.bureauId ?? null);
  // Set on the rows as read: copying 750 rows of 22 fields to add one cost more than the statement's
  // join (≈ 3 ms of CPU per page).
  return rows.map((r) => Object.assign(r, { bureauId: bureaus.get(r.departmentId) ?? null }));
}

/** IDs of the previous campaign over this system that are no longer there (removed since). */
export async function removedSinceLast(db: DbOrTx, reviewId: string, systemId: string) {
  return rowsOf<{ accountId: string; loginName: string; personId: string | null; privileged: boolean }>(
    await db.execute(sql`
      with cur as (select started_on, created_at from account_reviews where id = ${reviewId}::uuid),
           prev as (
             select r.id from account_reviews r join account_review_items i on i.review_id = r.id, cur
              where i.system_id = ${systemId}::uuid and r.id <> ${reviewId}::uuid
                and (r.started_on, r.created_at) < (cur.started_on, cur.created_at)
              order by r.started_on desc, r.created_at desc limit 1)
      select i.account_id as "accountId", i.login_name as "loginName", i.person_id as "personId", i.privileged
        from account_review_items i join prev on prev.id = i.review_id
       where i.system_id = ${systemId}::uuid
         and not exists (select 1 from account_review_items c
                          where c.review_id = ${reviewId}::uuid and c.account_id = i.account_id)
       order by i.login_name`),
  );
}

/** What is left of a review: change/removal tasks not done, or IDs of an open review not decided. */
export type ReviewWork = "task_open" | "undecided";
export function reviewWorkSql(which: ReviewWork): ReturnType<typeof sql> {
  return which === "task_open"
    ? sql`i.decision in ('change', 'remove') and i.task_done_at is null`
    : sql`i.decision is null and r.state = 'open'`;
}

/**
 * Change/removal tasks not done (or, `undecided`, IDs of open reviews not decided yet), over the
 * systems the viewer sees; optionally of one review.
 */
export async function openTasks(db: DbOrTx, actor: Actor, f: { reviewId?: string; state?: ReviewWork } = {}) {
  return rowsOf<ReviewItemListRow & { reviewId: string; reviewTitle: string }>(
    await db.execute(sql`
      select ${ITEM_COLUMNS}, i.review_id as "reviewId", r.title as "reviewTitle"
        from ${ITEM_FROM} join account_reviews r on r.id = i.review_id
       where ${reviewWorkSql(f.state ?? "task_open")} and ${visible(actor)}
         ${f.reviewId ? sql`and i.review_id = ${f.reviewId}::uuid` : sql``}
       order by i.task_due_on, i.login_name
       limit 2000`),
  );
}

/** Every ID of a campaign over the systems the viewer sees (the export), by system and login. */
export async function allReviewItems(db: DbOrTx, actor: Actor, reviewId: string, limit = 200_000) {
  return rowsOf<ReviewItemListRow>(
    await db.execute(sql`
      select ${ITEM_COLUMNS} from ${ITEM_FROM}
       where i.review_id = ${reviewId}::uuid and ${visible(actor)}
       order by i.system_id, i.login_name
       limit ${limit}`),
  );
}
