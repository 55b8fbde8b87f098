/**
 * E-learning (川崎市 第5章3(2) 年間を通じたeラーニング; 西原村 6.2(2)②): a person reads the course's
 * material and answers its short quiz; at or above the pass mark they are marked complete, with
 * their 課 and 局 of that day (so a later transfer does not move the figure). A failed attempt
 * stores nothing: the person reads again and retries.
 */
import { and, eq } from "drizzle-orm";
import { todayJst } from "../../../../common/calendar";
import { recordEvent } from "../../../audit/record";
import type { Db, DbOrTx } from "../../../db/client";
import type { Actor, RequestContext } from "../../../http/context";
import { conflict, fieldError, notFound } from "../../../http/errors";
import type { Profile } from "../../../profile";
import { memberOn, roleKeysOn } from "../directory";
import { inAudience } from "../domain/audience";
import type { QuizT } from "../domain/types";
import { addCompletions } from "../queries/tally";
import { trainingAssignments, trainingAttendance, trainingCourses, trainingPlans } from "../tables";

/** Plans whose courses trainees take (a draft or submitted plan's courses are the organizer's). */
export const RUNNING_PLAN = ["approved", "in_effect", "reported"];
const RUNNING = RUNNING_PLAN;

/** A course of a running plan of the profile, or 404. */
export async function loadRunningCourse(db: DbOrTx, profileId: string, courseId: string) {
  const [row] = await db
    .select({ course: trainingCourses, plan: trainingPlans })
    .from(trainingCourses)
    .innerJoin(trainingPlans, eq(trainingPlans.id, trainingCourses.planId))
    .where(and(eq(trainingCourses.id, courseId), eq(trainingPlans.profileId, profileId)));
  if (!row || !RUNNING.includes(row.plan.status)) throw notFound({ ja: "研修", en: "The course" });
  return row.course;
}

/** Is the person one of the course's trainees today (its audience, or assigned as a new hire)? */
export async function isTrainee(
  db: DbOrTx,
  course: typeof trainingCourses.$inferSelect,
  personId: string,
  day: string,
): Promise<boolean> {
  if (course.newHire) {
    const [a] = await db
      .select({ id: trainingAssignments.id })
      .from(trainingAssignments)
      .where(and(eq(trainingAssignments.courseId, course.id), eq(trainingAssignments.personId, personId)));
    return !!a;
  }
  const me = await memberOn(db, personId, day);
  if (!me) return false;
  const roles = (await roleKeysOn(db, day, [personId])).get(personId) ?? [];
  return inAudience(course.audience, { ...me, roleKeys: roles });
}

/** Percent of correct answers (rounded down, so a pass is never rounded into being). */
export function scoreQuiz(quiz: QuizT, answers: readonly number[]): number {
  const right = quiz.questions.filter((q, i) => answers[i] === q.correct).length;
  return Math.floor((right * 100) / quiz.questions.length);
}

export async function takeQuiz(
  db: Db,
  ctx: RequestContext & { actor: Actor },
  profile: Profile,
  courseId: string,
  answers: number[],
  now: Date,
) {
  const personId = ctx.actor.personId;
  const today = todayJst(now);
  return db.transaction(async (tx) => {
    const course = await loadRunningCourse(tx, profile.id, courseId);
    if (course.delivery !== "elearning" || !course.quiz)
      throw conflict("no_quiz", "この研修には確認テストがありません。", "This course has no quiz.");
    if (!(await isTrainee(tx, course, personId, today)))
      throw conflict(
        "not_in_audience",
        "この研修の対象者ではありません。",
        "You are not in this course's audience.",
      );
    if (answers.length !== course.quiz.questions.length)
      throw fieldError(
        "answers",
        `${course.quiz.questions.length}問すべてに答えてください。`,
        `Answer all ${course.quiz.questions.length} questions.`,
      );
    course.quiz.questions.forEach((q, i) => {
      if (answers[i] >= q.choices.length)
        throw fieldError(
          `answers.${i}`,
          `${i + 1}問目の選択肢がありません。`,
          `Question ${i + 1} has no such choice.`,
        );
    });
    const [done] = await tx
      .select({ id: trainingAttendance.id })
      .from(trainingAttendance)
      .where(and(eq(trainingAttendance.courseId, course.id), eq(trainingAttendance.personId, personId)));
    if (done)
      throw conflict(
        "already_completed",
        "この研修は受講済みです。",
        "You have already completed this course.",
      );
    const score = scoreQuiz(course.quiz, answers);
    const passed = score >= course.quiz.passMark;
    if (!passed) return { score, passMark: course.quiz.passMark, passed, completedOn: null };
    const me = await memberOn(tx, personId, today);
    await tx.insert(trainingAttendance).values({
      courseId: course.id,
      sessionId: null,
      personId,
      fiscalYear: course.fiscalYear,
      completedOn: today,
      method: "elearning",
      recordedByPersonId: personId,
      departmentId: me?.departmentId ?? null,
      bureauId: me?.bureauId ?? null,
      score,
      createdAt: now,
    });
    await addCompletions(tx, course.id, [{ personId, completedOn: today }]);
    await recordEvent(
      tx,
      ctx,
      {
        type: "training.elearning_passed",
        targetType: "training_course",
        targetId: course.id,
        data: { score, passMark: course.quiz.passMark },
      },
      now,
    );
    return { score, passMark: course.quiz.passMark, passed, completedOn: today };
  });
}
