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
import { statesSql } from "../queries/completion";
import { assignJoinedPeople } from "./newhires";

defineKindTexts("training", {
  deadline_near: { ja: "研修の受講期限が近づいています", en: "A training deadline is near" },
  deadline_passed: { ja: "研修の受講期限が過ぎています", en: "A training deadline has passed" },
  unit_pending: {
    ja: "所属職員の研修の未受講があります",
    en: "People of your 課 have not completed a training",
  },
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

/**
 * Deadline reminders of the mandatory courses of a running plan (6.2(2)②⑤; 川崎市 第5章3(4)):
 * remind_days_before the course's due date and the day after it, each person of the audience who
 * has not completed it is told, and each 課長 (the profile's recorder duty over the 課) gets one
 * notice per course naming how many of their 課 are still pending — people without a login are
 * reached through them. The day decides (the job runs once a day), so nothing is stored; new-hire
 * courses are reminded per assignment by remindDeadlines. Returns how many people were pending.
 */
export async function remindCourseDeadlines(tx: DbOrTx, profile: Profile, now: Date): Promise<number> {
  const rule = profile.training;
  if (!rule) return 0;
  const today = todayJst(now);
  const courses = rowsOf<{ id: string; title: string; due_date: string; stage: "before" | "overdue" }>(
    await tx.execute(sql`
      select c.id, c.title, c.due_date::text as due_date,
             case when c.due_date < ${today}::date then 'overdue' else 'before' end as stage
        from training_courses c join training_plans p on p.id = c.plan_id
       where p.profile_id = ${profile.id} and p.status in ('approved', 'in_effect')
         and c.mandatory and not c.new_hire and c.due_date is not null
         and (c.due_date = ${addDays(today, rule.remind_days_before)}::date
           or c.due_date = ${addDays(today, -1)}::date)`),
  );
  let pending = 0;
  for (const course of courses) {
    const people = rowsOf<{ person_id: string; department_id: string | null; bureau_id: string | null }>(
      await tx.execute(sql`select s.person_id, s.department_id, s.bureau_id
        from (${statesSql(today, [course.id], undefined)}) s where s.completed_on is null`),
    );
    if (!people.length) continue;
    pending += people.length;
    const overdue = course.stage === "overdue";
    const due = formatDateJa(course.due_date);
    await notify(tx, {
      to: people.map((p) => p.person_id),
      module: "training",
      kind: overdue ? "deadline_passed" : "deadline_near",
      record: { type: "training_course", id: course.id },
      link: "/training",
      now,
      message: overdue
        ? {
            ja: `「${course.title}」の受講期限（${due}）が過ぎています。`,
            en: `"${course.title}" was due ${course.due_date}.`,
          }
        : {
            ja: `「${course.title}」の受講期限は${due}です。`,
            en: `"${course.title}" is due ${course.due_date}.`,
          },
    });
    const byUnit = new Map<string, { bureauId: string | null; n: number }>();
    for (const p of people)
      if (p.department_id)
        byUnit.set(p.department_id, {
          bureauId: p.bureau_id,
          n: (byUnit.get(p.department_id)?.n ?? 0) + 1,
        });
    for (const [departmentId, { bureauId, n }] of byUnit) {
      const heads = await holdersOf(
        tx,
        profile,
        rule.department_recorder.duty,
        { departmentId, bureauId },
        now,
      );
      await notify(tx, {
        to: heads.map((h) => h.personId),
        module: "training",
        kind: "unit_pending",
        record: { type: "training_course", id: course.id },
        link: "/training/completion",
        now,
        message: {
          ja: `所属の${n}名が「${course.title}」を${overdue ? `期限（${due}）までに受講していません` : `まだ受講していません（期限 ${due}）`}。`,
          en: `${n} of your 課 ${overdue ? "missed" : "have yet to complete"} "${course.title}" (due ${course.due_date}).`,
        },
      });
    }
  }
  if (pending)
    await recordEvent(
      tx,
      null,
      {
        type: "training.course_reminders_sent",
        targetType: "training",
        data: { courses: courses.map((c) => c.id), pending, day: today },
      },
      now,
    );
  return pending;
}

export const trainingDailyJob = definePeriodicJob({
  kind: "training.daily",
  nextRunAt: (now) => nextDailyAt(now, 8, 10),
  async run({ tx, now, profile }) {
    const p = await profile();
    await assignJoinedPeople(tx, p, now);
    await remindDeadlines(tx, p, now);
    await remindCourseDeadlines(tx, p, now);
  },
});
