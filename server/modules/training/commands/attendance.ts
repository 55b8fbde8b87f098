/**
 * Sessions and attendance. A record may be made for any person of the directory, with or
 * without a login: by the person, by their 課長 for their 課 (from a paper sign-in sheet, 6.2(2)⑤),
 * by the organizer, or by import. Every batch is checked as a whole first (checkEntries); a sheet
 * entry is all-or-nothing, an import commits only when told to commit its valid rows.
 */
import { and, eq, inArray } from "drizzle-orm";
import { fiscalYearRange, todayJst } from "../../../../common/calendar";
import { can } from "../../../access";
import { recordEvent } from "../../../audit/record";
import type { Db, DbOrTx } from "../../../db/client";
import type { Actor, RequestContext } from "../../../http/context";
import { conflict, fieldError, invalid, notFound } from "../../../http/errors";
import type { Profile } from "../../../profile";
import type { TrainingDuties } from "../access";
import { memberOn, membersOn, roleKeysOn } from "../directory";
import { checkEntries, type EntryProblem } from "../domain/attendance-check";
import type { AudiencePerson } from "../domain/audience";
import { dutiesOf } from "../rules";
import {
  type AttendanceMethod,
  trainingAttendance,
  trainingCourses,
  trainingPlans,
  trainingSessions,
} from "../tables";

const RUNNING = ["approved", "in_effect", "reported"];

export async function loadSession(db: DbOrTx, profileId: string, id: string) {
  const [row] = await db
    .select({ session: trainingSessions, course: trainingCourses, plan: trainingPlans })
    .from(trainingSessions)
    .innerJoin(trainingCourses, eq(trainingCourses.id, trainingSessions.courseId))
    .innerJoin(trainingPlans, eq(trainingPlans.id, trainingCourses.planId))
    .where(and(eq(trainingSessions.id, id), eq(trainingPlans.profileId, profileId)));
  if (!row) throw notFound({ ja: "研修の回", en: "The session" });
  return row;
}

export async function createSession(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  input: {
    courseId: string;
    heldOn: string;
    startTime?: string;
    place: string;
    capacity?: number;
    organizerPersonId?: string;
  },
  now: Date,
) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ course: trainingCourses, plan: trainingPlans })
      .from(trainingCourses)
      .innerJoin(trainingPlans, eq(trainingPlans.id, trainingCourses.planId))
      .where(and(eq(trainingCourses.id, input.courseId), eq(trainingPlans.profileId, profile.id)));
    if (!row) throw fieldError("courseId", "研修が見つかりません。", "The course was not found.");
    if (row.course.delivery === "elearning")
      throw fieldError(
        "courseId",
        "eラーニングの研修には回を設けません。",
        "An e-learning course has no sessions.",
      );
    const range = fiscalYearRange(row.course.fiscalYear);
    if (input.heldOn < range.start || input.heldOn > range.end)
      throw fieldError(
        "heldOn",
        "実施日は研修計画の年度内の日付にしてください。",
        "The date must fall within the plan's fiscal year.",
      );
    const organizer = input.organizerPersonId ?? ctx.actor?.personId;
    if (!organizer || !(await memberOn(tx, organizer, input.heldOn)))
      throw fieldError("organizerPersonId", "主催者が見つかりません。", "The organizer was not found.");
    const [session] = await tx
      .insert(trainingSessions)
      .values({ ...input, organizerPersonId: organizer, createdAt: now })
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "training.session_created",
        targetType: "training_session",
        targetId: session.id,
        data: { courseId: input.courseId, heldOn: input.heldOn, place: input.place },
      },
      now,
    );
    return session;
  });
}

/** The people of a session's audience on its day, with the facts checks need. */
export async function audienceFacts(db: DbOrTx, day: string, unitIds?: readonly string[]) {
  const [members, roles] = await Promise.all([membersOn(db, day, unitIds), roleKeysOn(db, day)]);
  const people = new Map<
    string,
    AudiencePerson & { name: string; employeeNumber: string | null; hasLogin: boolean }
  >();
  for (const m of members) people.set(m.personId, { ...m, roleKeys: roles.get(m.personId) ?? [] });
  return people;
}

function methodOf(actor: Actor, duties: TrainingDuties, personIds: string[]): AttendanceMethod {
  if (personIds.length === 1 && personIds[0] === actor.personId) return "self";
  return can(actor, "manage", "training_plan", { duties }) ? "organizer" : "department_head";
}

/**
 * What to do when some entries have problems: refuse (400 naming each entry), report (write
 * nothing: a dry run), write_valid (write the others), all_or_nothing (write only a clean batch,
 * else report without writing).
 */
export type BatchMode = "refuse" | "report" | "write_valid" | "all_or_nothing";

export interface BatchResult {
  inserted: number;
  problems: EntryProblem[];
}

/**
 * Checks and (unless `dryRun`) writes one batch for a session. With problems, nothing is
 * written unless `commitValid` (imports only).
 */
export async function recordBatch(
  db: Db,
  ctx: RequestContext & { actor: Actor },
  profile: Profile,
  sessionId: string,
  entries: Array<{ personId: string | null; label: string; completedOn?: string }>,
  opts: {
    method?: AttendanceMethod;
    mode: BatchMode;
    field: "personIds" | "employeeNumber";
  },
  now: Date,
): Promise<BatchResult> {
  const duties = dutiesOf(profile);
  const actor = ctx.actor;
  return db.transaction(async (tx) => {
    const { session, course, plan } = await loadSession(tx, profile.id, sessionId);
    if (!RUNNING.includes(plan.status))
      throw conflict(
        "plan_not_in_effect",
        "研修計画が実施されていないため、受講を記録できません。",
        "The plan is not in effect: attendance cannot be recorded.",
        {
          sessionId: {
            message_ja: "計画が承認・実施されていません。",
            message_en: "The plan is not approved or in effect.",
          },
        },
      );
    if (session.heldOn > todayJst(now))
      throw fieldError(
        "sessionId",
        "まだ実施されていない回の受講は記録できません。",
        "The session has not been held yet.",
      );
    const people = await audienceFacts(tx, session.heldOn);
    const ids = [...new Set(entries.map((e) => e.personId).filter((x): x is string => !!x))];
    const recorded = ids.length
      ? await tx
          .select({ personId: trainingAttendance.personId })
          .from(trainingAttendance)
          .where(and(eq(trainingAttendance.courseId, course.id), inArray(trainingAttendance.personId, ids)))
      : [];
    const { valid, problems } = checkEntries({
      entries,
      audience: course.audience,
      people,
      alreadyRecorded: new Set(recorded.map((r) => r.personId)),
      mayRecord: (personId, p) =>
        can(actor, personId === actor.personId ? "record" : "record_for_others", "training_attendance", {
          personId,
          departmentId: p.departmentId,
          bureauId: p.bureauId,
          duties,
        }),
      field: opts.field,
    });
    // A day of completion after today, or before the session, is not a completion yet.
    const today = todayJst(now);
    for (let i = valid.length - 1; i >= 0; i--) {
      const day = entries[valid[i].index].completedOn;
      if (day && (day > today || day < session.heldOn)) {
        problems.push({
          index: valid[i].index,
          field: opts.field,
          ja: `受講日（${day}）は研修の実施日から今日までの日付にしてください。`,
          en: `The day completed (${day}) must fall between the session and today.`,
        });
        valid.splice(i, 1);
      }
    }
    problems.sort((a, b) => a.index - b.index);
    if (problems.length && opts.mode === "refuse")
      throw invalid(
        Object.fromEntries(
          problems.map((p) => [`${p.field}.${p.index}`, { message_ja: p.ja, message_en: p.en }]),
        ),
        "attendance_has_errors",
      );
    const write =
      opts.mode === "write_valid" ||
      ((opts.mode === "refuse" || opts.mode === "all_or_nothing") && !problems.length);
    if (!write || !valid.length) return { inserted: 0, problems };
    const method =
      opts.method ??
      methodOf(
        actor,
        duties,
        valid.map((v) => v.personId),
      );
    const rows = valid.map((v) => {
      const p = people.get(v.personId);
      return {
        courseId: course.id,
        sessionId: session.id,
        personId: v.personId,
        fiscalYear: course.fiscalYear,
        completedOn: entries[v.index].completedOn ?? session.heldOn,
        method,
        recordedByPersonId: actor.personId,
        departmentId: p?.departmentId ?? null,
        bureauId: p?.bureauId ?? null,
        createdAt: now,
      };
    });
    for (let i = 0; i < rows.length; i += 2000)
      await tx.insert(trainingAttendance).values(rows.slice(i, i + 2000));
    await recordEvent(
      tx,
      ctx,
      {
        type: opts.method === "import" ? "training.attendance_imported" : "training.attendance_recorded",
        targetType: "training_session",
        targetId: session.id,
        data: {
          courseId: course.id,
          method,
          count: rows.length,
          personIds: rows.length <= 200 ? rows.map((r) => r.personId) : undefined,
        },
      },
      now,
    );
    return { inserted: rows.length, problems };
  });
}
