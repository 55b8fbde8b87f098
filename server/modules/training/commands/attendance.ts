/**
 * Sessions and attendance. A record may be made for any person of the directory, with or
 * without a login: by the person, by their 課長 for their 課 (from a paper sign-in sheet, 6.2(2)⑤),
 * by the organizer, or by import. Every batch is checked as a whole first (checkEntries); a sheet
 * entry is all-or-nothing, an import commits only when told to commit its valid rows.
 */
import { and, eq, sql } from "drizzle-orm";
import { fiscalYearRange, todayJst } from "../../../../common/calendar";
import { can } from "../../../access";
import { recordEvent } from "../../../audit/record";
import { peopleWithLogin } from "../../../auth/logins";
import type { Db, DbOrTx } from "../../../db/client";
import { rowsOf } from "../../../db/sql";
import { arrayLiteral, uuidArrayParam } from "../../../db/unnest";
import type { Actor, RequestContext } from "../../../http/context";
import { conflict, fieldError, invalid, notFound } from "../../../http/errors";
import type { Profile } from "../../../profile";
import { membersOnDaySql } from "../../org";
import type { TrainingDuties } from "../access";
import { memberOn } from "../directory";
import { checkEntries, type EntryProblem } from "../domain/attendance-check";
import type { AudiencePerson } from "../domain/audience";
import { addCompletions } from "../queries/tally";
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

export type AudienceFact = AudiencePerson & {
  name: string;
  employeeNumber: string | null;
  hasLogin: boolean;
};

/**
 * Active people on a day with the facts audience rules and sheets need — their 課 and 局 then,
 * the roles they held then — in one statement (org's membersOnDaySql): only the people of some
 * units (a sheet), or only some people (a batch being recorded). Whether each has a login is
 * auth's answer, asked only when wanted (a sheet shows it; an import of 20,000 rows does not).
 */
export async function audienceFacts(
  db: DbOrTx,
  day: string,
  opts: {
    unitIds?: readonly string[];
    personIds?: readonly string[];
    withLogin?: boolean;
    /** In the sheet's order: 課, 職員番号, かな, name. */
    ordered?: boolean;
  } = {},
): Promise<Map<string, AudienceFact>> {
  if (opts.unitIds?.length === 0 || opts.personIds?.length === 0) return new Map();
  const rows = rowsOf<{
    person_id: string;
    name: string;
    employee_number: string | null;
    employment_type: string;
    department_id: string | null;
    bureau_id: string | null;
    role_keys: string[];
  }>(
    await db.execute(
      sql`select * from (${membersOnDaySql(day, opts)}) m ${
        opts.ordered
          ? sql`order by m.unit_sort nulls last, m.unit_code nulls last, m.employee_number nulls last,
               m.name_kana nulls last, m.name, m.person_id`
          : sql``
      }`,
    ),
  );
  // A whole organization's sheet asks for every login at once rather than 20,000 ids.
  const ids = rows.map((r) => r.person_id);
  const logins = opts.withLogin
    ? await peopleWithLogin(db, ids.length > 1000 ? undefined : ids)
    : new Set<string>();
  const people = new Map<string, AudienceFact>();
  for (const r of rows)
    people.set(r.person_id, {
      name: r.name,
      employeeNumber: r.employee_number,
      employmentType: r.employment_type,
      departmentId: r.department_id,
      bureauId: r.bureau_id,
      roleKeys: r.role_keys ?? [],
      hasLogin: logins.has(r.person_id),
    });
  return people;
}

/**
 * The rows in one INSERT … SELECT FROM unnest(…) (one array parameter per varying column): 20,000
 * imported rows are one statement instead of 10 statements of 22,000 binds each.
 */
async function insertAttendance(
  tx: DbOrTx,
  rows: Array<{
    courseId: string;
    sessionId: string;
    personId: string;
    fiscalYear: number;
    completedOn: string;
    method: AttendanceMethod;
    recordedByPersonId: string;
    departmentId: string | null;
    bureauId: string | null;
    createdAt: Date;
  }>,
) {
  if (!rows.length) return;
  const [first] = rows;
  await tx.execute(sql`
    insert into ${trainingAttendance}
      (course_id, session_id, fiscal_year, method, recorded_by_person_id, created_at,
       person_id, completed_on, department_id, bureau_id)
    select ${first.courseId}::uuid, ${first.sessionId}::uuid, ${first.fiscalYear}::int, ${first.method},
           ${first.recordedByPersonId}::uuid, ${first.createdAt.toISOString()}::timestamptz, x.p, x.d, x.u, x.b
      from unnest(${arrayLiteral(rows.map((r) => r.personId))}::uuid[],
                  ${arrayLiteral(rows.map((r) => r.completedOn))}::date[],
                  ${arrayLiteral(rows.map((r) => r.departmentId))}::uuid[],
                  ${arrayLiteral(rows.map((r) => r.bureauId))}::uuid[]) as x(p, d, u, b)`);
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
    const ids = [...new Set(entries.map((e) => e.personId).filter((x): x is string => !!x))];
    const people = await audienceFacts(tx, session.heldOn, { personIds: ids });
    const recorded = ids.length
      ? await tx
          .select({ personId: trainingAttendance.personId })
          .from(trainingAttendance)
          .where(
            and(
              eq(trainingAttendance.courseId, course.id),
              sql`${trainingAttendance.personId} in (select unnest(${uuidArrayParam(ids)}))`,
            ),
          )
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
    await insertAttendance(tx, rows);
    await addCompletions(tx, course.id, rows);
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
