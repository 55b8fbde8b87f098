/**
 * The daily training job (08:10 JST): assigns the new-hire course to people who joined, and
 * reminds people (and their 課長) of an assigned course before its deadline (remind_days_before)
 * and once it has passed — each reminder once, through notify (in-app and the mail digest), in
 * the transaction that marks it sent, with its audit event.
 */

import { sql } from "drizzle-orm";
import { addDays, formatDateJa, todayJst } from "../../../../common/calendar";
import { recordEvent } from "../../../audit/record";
import type { DbOrTx } from "../../../db/client";
import { rowsOf } from "../../../db/sql";
import { holdersOf } from "../../../directory";
import { definePeriodicJob, nextDailyAt } from "../../../jobs";
import { defineKindTexts, notify } from "../../../notify";
import type { Profile } from "../../../profile";
import { memberOn } from "../directory";
import { assignJoinedPeople } from "./newhires";

defineKindTexts("training", {
  deadline_near: { ja: "研修の受講期限が近づいています", en: "A training deadline is near" },
  deadline_passed: { ja: "研修の受講期限が過ぎています", en: "A training deadline has passed" },
});

export async function remindDeadlines(tx: DbOrTx, profile: Profile, now: Date): Promise<number> {
  const rule = profile.training;
  if (!rule) return 0;
  const today = todayJst(now);
  const soon = addDays(today, rule.remind_days_before);
  const due = rowsOf<{
    id: string;
    person_id: string;
    deadline: string;
    title: string;
    stage: "before" | "overdue";
  }>(
    await tx.execute(sql`
      select a.id, a.person_id, a.deadline::text as deadline, c.title,
             case when a.deadline < ${today}::date then 'overdue' else 'before' end as stage
        from training_assignments a join training_courses c on c.id = a.course_id
       where not exists (select 1 from training_attendance t where t.course_id = a.course_id and t.person_id = a.person_id)
         and ((a.deadline < ${today}::date and a.reminded_overdue_at is null)
           or (a.deadline >= ${today}::date and a.deadline <= ${soon}::date and a.reminded_before_at is null))
       for update of a`),
  );
  for (const a of due) {
    const person = await memberOn(tx, a.person_id, today);
    const heads = person?.departmentId
      ? await holdersOf(
          tx,
          profile,
          rule.department_recorder.duty,
          { departmentId: person.departmentId, bureauId: person.bureauId },
          now,
        )
      : [];
    const overdue = a.stage === "overdue";
    await notify(tx, {
      to: [a.person_id, ...heads.map((h) => h.personId)],
      module: "training",
      kind: overdue ? "deadline_passed" : "deadline_near",
      record: { type: "training_assignment", id: a.id },
      link: "/training",
      now,
      message: overdue
        ? {
            ja: `${person?.name ?? ""}さんの「${a.title}」の受講期限（${formatDateJa(a.deadline)}）が過ぎています。`,
            en: `"${a.title}" for ${person?.name ?? ""} was due ${a.deadline}.`,
          }
        : {
            ja: `${person?.name ?? ""}さんの「${a.title}」の受講期限は${formatDateJa(a.deadline)}です。`,
            en: `"${a.title}" for ${person?.name ?? ""} is due ${a.deadline}.`,
          },
    });
    await tx.execute(
      overdue
        ? sql`update training_assignments set reminded_overdue_at = ${now} where id = ${a.id}::uuid`
        : sql`update training_assignments set reminded_before_at = ${now} where id = ${a.id}::uuid`,
    );
  }
  if (due.length)
    await recordEvent(
      tx,
      null,
      { type: "training.reminders_sent", targetType: "training", data: { count: due.length, day: today } },
      now,
    );
  return due.length;
}

export const trainingDailyJob = definePeriodicJob({
  kind: "training.daily",
  nextRunAt: (now) => nextDailyAt(now, 8, 10),
  async run({ tx, now, profile }) {
    const p = await profile();
    await assignJoinedPeople(tx, p, now);
    await remindDeadlines(tx, p, now);
  },
});
