/**
 * The daily ID review job (08:20 JST): starts the next campaign over every system when the
 * profile's cycle has passed since the last one (the first campaign is started by hand), reminds
 * the reviewers of systems with undecided IDs before the due date and once it has passed, and the
 * administrators of change/removal tasks past their deadline — each reminder once, through notify,
 * in the transaction that marks it sent, with its audit event.
 */

import { sql } from "drizzle-orm";
import { addDays, addMonths, fiscalYear, formatFiscalYear, todayJst } from "../../../../common/calendar";
import { recordEvent } from "../../../audit/record";
import type { DbOrTx } from "../../../db/client";
import { rowsOf } from "../../../db/sql";
import { bureauOfSql, holdersOf } from "../../../directory";
import { definePeriodicJob, nextDailyAt } from "../../../jobs";
import { notify } from "../../../notify";
import type { Profile } from "../../../profile";
import { listSystems } from "../queries";
import { latestReview, startReview } from "./reviews";

/** Starts the next campaign when the cycle has passed and none is open. Returns its id or null. */
export async function startDueCampaign(tx: DbOrTx, profile: Profile, now: Date): Promise<string | null> {
  const rule = profile.accounts?.review;
  if (!rule) return null;
  const last = await latestReview(tx);
  if (!last || last.state === "open") return null;
  const today = todayJst(now);
  if (addMonths(last.startedOn, rule.cycle_months) > today) return null;
  const systems = await listSystems(tx, "all");
  if (!systems.length) return null;
  const title = `定期ID棚卸し（${formatFiscalYear(fiscalYear(today))}）`;
  const review = await startReview(tx, null, null, profile, { title, dueOn: null }, systems, now);
  return review.id;
}

export async function remindReviews(tx: DbOrTx, profile: Profile, now: Date): Promise<number> {
  const rule = profile.accounts?.review;
  if (!rule) return 0;
  const today = todayJst(now);
  const soon = addDays(today, rule.remind_days_before);
  let sent = 0;
  const due = rowsOf<{ id: string; title: string; dueOn: string; overdue: boolean }>(
    await tx.execute(sql`
      select r.id, r.title, r.due_on::text as "dueOn", r.due_on < ${today}::date as overdue
        from account_reviews r
       where r.state = 'open'
         and ((r.due_on < ${today}::date and r.reminded_overdue_at is null)
           or (r.due_on >= ${today}::date and r.due_on <= ${soon}::date and r.reminded_before_at is null))
       for update of r`),
  );
  for (const r of due) {
    const units = rowsOf<{ departmentId: string; bureauId: string | null }>(
      await tx.execute(sql`
        select distinct i.department_id as "departmentId", ${bureauOfSql(sql`i.department_id`)} as "bureauId"
          from account_review_items i
         where i.review_id = ${r.id}::uuid and i.decision is null`),
    );
    const to = new Set<string>();
    for (const u of units)
      for (const h of await holdersOf(tx, profile, rule.reviewer.duty, u, now))
        if (!rule.reviewer.role || h.roleKey === rule.reviewer.role) to.add(h.personId);
    if (to.size) {
      await notify(tx, {
        to: [...to],
        module: "accounts",
        kind: r.overdue ? "review_overdue" : "review_due",
        record: { type: "account_review", id: r.id },
        link: `/accounts/reviews/${r.id}`,
        now,
        message: r.overdue
          ? {
              ja: `「${r.title}」の期限（${r.dueOn}）が過ぎています。未判断のIDを確認してください。`,
              en: `"${r.title}" was due ${r.dueOn}: IDs are still undecided.`,
            }
          : {
              ja: `「${r.title}」の期限は${r.dueOn}です。未判断のIDを確認してください。`,
              en: `"${r.title}" is due ${r.dueOn}: IDs are still undecided.`,
            },
      });
      sent += to.size;
    }
    await tx.execute(
      r.overdue
        ? sql`update account_reviews set reminded_overdue_at = ${now} where id = ${r.id}::uuid`
        : sql`update account_reviews set reminded_before_at = ${now} where id = ${r.id}::uuid`,
    );
  }
  const tasks = rowsOf<{
    id: string;
    loginName: string;
    taskDueOn: string;
    admin: string | null;
    title: string;
  }>(
    await tx.execute(sql`
      select i.id, i.login_name as "loginName", i.task_due_on::text as "taskDueOn",
             s.administrator_person_id as admin, r.title
        from account_review_items i
        join account_reviews r on r.id = i.review_id
        join account_systems s on s.id = i.system_id
       where i.task_due_on < ${today}::date and i.task_done_at is null and i.task_reminded_at is null
       for update of i`),
  );
  for (const t of tasks) {
    if (t.admin) {
      await notify(tx, {
        to: [t.admin],
        module: "accounts",
        kind: "review_task_overdue",
        record: { type: "account_review_item", id: t.id },
        link: "/accounts/reviews",
        now,
        message: {
          ja: `ID「${t.loginName}」の措置の期限（${t.taskDueOn}）が過ぎています（${t.title}）。`,
          en: `The task for the ID "${t.loginName}" was due ${t.taskDueOn} (${t.title}).`,
        },
      });
      sent++;
    }
    await tx.execute(sql`update account_review_items set task_reminded_at = ${now} where id = ${t.id}::uuid`);
  }
  if (due.length || tasks.length)
    await recordEvent(
      tx,
      null,
      {
        type: "accounts.review_reminders_sent",
        targetType: "account_review",
        data: { count: sent, reviews: due.length, tasks: tasks.length, day: today, via: "job" },
      },
      now,
    );
  return sent;
}

export const accountsDailyJob = definePeriodicJob({
  kind: "accounts.daily",
  nextRunAt: (now) => nextDailyAt(now, 8, 20),
  async run({ tx, now, profile }) {
    const p = await profile();
    await startDueCampaign(tx, p, now);
    await remindReviews(tx, p, now);
  },
});
