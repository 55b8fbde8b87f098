/**
 * New hires (6.2(2)③; 川崎市 第5章3(1)): when a person joins, the profile's new-hire course of the
 * running plan is assigned with a deadline in business days (training.new_hire.deadline), and the
 * person and their 課長 are told. Run for one person (a route) or for everyone who joined and has
 * no assignment yet (the daily job), in the transaction of the caller with its audit event.
 */

import { and, eq, inArray, sql } from "drizzle-orm";
import { addBusinessDays } from "../../../../common/business-days";
import { fiscalYear, formatDateJa, todayJst } from "../../../../common/calendar";
import { recordEvent } from "../../../audit/record";
import type { DbOrTx } from "../../../db/client";
import { rowsOf } from "../../../db/sql";
import { activePeopleJoinedSinceSql, holdersOf } from "../../../directory";
import type { RequestContext } from "../../../http/context";
import { conflict } from "../../../http/errors";
import { defineKindTexts, notify } from "../../../notify";
import type { Profile } from "../../../profile";
import { memberOn } from "../directory";
import { forgetTally } from "../queries/tally";
import { trainingAssignments, trainingCourses, trainingPlans } from "../tables";
import { queueTallyRebuild } from "./tally-job";

defineKindTexts("training", {
  new_hire_assigned: { ja: "新規採用者研修の受講をお願いします", en: "Please take the new-hire training" },
  new_hire_in_unit: {
    ja: "課に新規採用者研修の対象者がいます",
    en: "A new hire in your section must take training",
  },
});

/** The new-hire course of the 年度's running plan, or null. */
export async function newHireCourse(db: DbOrTx, profileId: string, fy: number) {
  const [row] = await db
    .select({ course: trainingCourses })
    .from(trainingCourses)
    .innerJoin(trainingPlans, eq(trainingPlans.id, trainingCourses.planId))
    .where(
      and(
        eq(trainingPlans.profileId, profileId),
        eq(trainingCourses.fiscalYear, fy),
        eq(trainingCourses.newHire, true),
        inArray(trainingPlans.status, ["approved", "in_effect"]),
      ),
    )
    .limit(1);
  return row?.course ?? null;
}

export async function assignNewHire(
  tx: DbOrTx,
  ctx: RequestContext | null,
  profile: Profile,
  input: { personId: string; joinedOn: string },
  now: Date,
) {
  const rule = profile.training?.new_hire;
  if (!rule)
    throw conflict(
      "no_new_hire_rule",
      "このポリシーには新規採用者研修の定めがありません。",
      "The policy names no new-hire training.",
    );
  const course = await newHireCourse(tx, profile.id, fiscalYear(input.joinedOn));
  if (!course)
    throw conflict(
      "no_new_hire_course",
      "その年度の実施中の研修計画に新規採用者研修がありません。",
      "The running plan of that fiscal year has no new-hire course.",
      {
        joinedOn: {
          message_ja: "新規採用者研修のある年度ではありません。",
          message_en: "No new-hire course that year.",
        },
      },
    );
  const deadline = addBusinessDays(input.joinedOn, rule.deadline.business_days);
  const [row] = await tx
    .insert(trainingAssignments)
    .values({
      courseId: course.id,
      personId: input.personId,
      joinedOn: input.joinedOn,
      deadline,
      clause: rule.clause,
      assignedByPersonId: ctx?.actor?.personId ?? null,
      createdAt: now,
    })
    .onConflictDoNothing()
    .returning();
  if (!row) return null;
  // The new-hire course's audience is its assignments: its tally is out of date, and its rebuild
  // is queued with the assignment (reads answer from the live statement until it has run).
  await forgetTally(tx, course.id);
  await queueTallyRebuild(tx, course.fiscalYear, [course], ctx ?? null, now);
  await recordEvent(
    tx,
    ctx,
    {
      type: "training.new_hire_assigned",
      targetType: "person",
      targetId: input.personId,
      data: { courseId: course.id, joinedOn: input.joinedOn, deadline, clause: rule.clause },
    },
    now,
  );
  const unit = await memberOn(tx, input.personId, todayJst(now));
  const heads = unit?.departmentId
    ? await holdersOf(
        tx,
        profile,
        profile.training?.department_recorder.duty ?? "manage_department_security",
        { departmentId: unit.departmentId, bureauId: unit.bureauId },
        now,
      )
    : [];
  await notify(tx, {
    to: input.personId,
    module: "training",
    kind: "new_hire_assigned",
    record: { type: "training_course", id: course.id },
    link: "/training",
    now,
    message: {
      ja: `${course.title}を${formatDateJa(deadline)}までに受講してください。`,
      en: `Please complete "${course.title}" by ${deadline}.`,
    },
  });
  await notify(tx, {
    to: heads.map((h) => h.personId),
    module: "training",
    kind: "new_hire_in_unit",
    record: { type: "person", id: input.personId },
    link: "/training/department",
    now,
    message: {
      ja: `${unit?.name ?? ""}さんに${course.title}（期限 ${formatDateJa(deadline)}）を割り当てました。必要に応じ同意書を求めてください。`,
      en: `${unit?.name ?? ""} was assigned "${course.title}" (due ${deadline}). Ask for a consent form where needed.`,
    },
  });
  return row;
}

/**
 * Everyone active who joined in the running 年度 (their directory record was created in it) and
 * has no new-hire assignment yet. The daily job's work; returns how many were assigned.
 */
export async function assignJoinedPeople(tx: DbOrTx, profile: Profile, now: Date): Promise<number> {
  if (!profile.training?.new_hire) return 0;
  const fy = fiscalYear(now);
  const course = await newHireCourse(tx, profile.id, fy);
  if (!course) return 0;
  const rows = rowsOf<{ id: string; joined: string }>(
    await tx.execute(sql`
      select p.id, p.joined
        from (${activePeopleJoinedSinceSql(`${fy}-04-01`)}) p
       where not exists (select 1 from training_assignments a where a.course_id = ${course.id}::uuid and a.person_id = p.id)
       limit 500`),
  );
  let n = 0;
  for (const r of rows)
    if (
      await assignNewHire(
        tx,
        { actor: null, ip: "", requestId: "job-training-new-hires" },
        profile,
        { personId: r.id, joinedOn: r.joined },
        now,
      )
    )
      n++;
  return n;
}
