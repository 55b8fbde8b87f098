/**
 * Completion "as of a date" (6.2(2)⑤⑥⑦; 川崎市 第5章3(4)): for each course of a 年度, who of its
 * audience had completed it by the day, grouped by person, 課, 局 or the organization. Who
 * belonged where is the directory's membership on that day, so an April transfer moves the
 * person from then on and leaves the previous 年度's figures with the 課 they were in.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import { fiscalYearRange, todayJst } from "../../../../common/calendar";
import { peopleWithLogin } from "../../../auth/logins";
import type { DbOrTx } from "../../../db/client";
import { rowsOf } from "../../../db/sql";
import { uuidArrayParam } from "../../../db/unnest";
import type { Actor } from "../../../http/context";
import { forbidden } from "../../../http/errors";
import type { Profile } from "../../../profile";
import { membersOnDaySql } from "../../org";
import { completionUnits } from "../access";
import { queueTallyRebuild } from "../commands/tally-job";
import { unitList } from "../directory";
import { audienceSql } from "../domain/audience";
import { dutiesOf } from "../rules";
import { trainingAssignments, trainingAttendance, trainingCourses, trainingPlans } from "../tables";
import { type TallyKey, tallyFigures, tallyMembersOn } from "./tally";

export interface CompletionQueryT {
  fiscalYear: number;
  asOf?: string;
  by: "organization" | "bureau" | "department" | "person";
  departmentId?: string;
  courseId?: string;
  state?: CourseState;
}

export type CourseState = "completed" | "pending" | "overdue";
export const stateOf = (s: Pick<PersonCourseState, "completedOn" | "overdue">): CourseState =>
  s.completedOn ? "completed" : s.overdue ? "overdue" : "pending";

export interface PersonCourseState {
  personId: string;
  name: string;
  employeeNumber: string | null;
  departmentId: string | null;
  bureauId: string | null;
  hasLogin: boolean;
  courseId: string;
  mandatory: boolean;
  deadline: string;
  completedOn: string | null;
  overdue: boolean;
}

/** The day figures are taken on: the asked day, else today, never past the 年度's last day. */
export function dayOf(fiscalYear: number, asOf: string | undefined, now: Date): string {
  const { end } = fiscalYearRange(fiscalYear);
  const today = todayJst(now);
  return asOf ?? (today < end ? today : end);
}

/** The courses of the 年度 the figures count (those of an approved, running or reported plan). */
async function coursesOf(db: DbOrTx, profile: Profile, q: CompletionQueryT) {
  const rows = await db
    .select({ course: trainingCourses })
    .from(trainingCourses)
    .innerJoin(trainingPlans, eq(trainingPlans.id, trainingCourses.planId))
    .where(
      and(
        eq(trainingPlans.profileId, profile.id),
        eq(trainingCourses.fiscalYear, q.fiscalYear),
        inArray(trainingPlans.status, ["approved", "in_effect", "reported"]),
        q.courseId ? eq(trainingCourses.id, q.courseId) : undefined,
      ),
    );
  return rows.map((r) => r.course);
}

/** The context a read's queueing of the tally's rebuild is audited under (the viewer's). */
const readCtx = (viewer: Actor) => ({ actor: viewer, ip: "", requestId: "training-tally" });

/** The units the viewer's figures cover (undefined = the whole organization); 403 outside them. */
function unitsFor(viewer: Actor, profile: Profile, q: CompletionQueryT): string[] | undefined {
  const visible = completionUnits(viewer, dutiesOf(profile));
  if (visible === "all") return q.departmentId ? [q.departmentId] : undefined;
  if (q.departmentId && !visible.unitIds.includes(q.departmentId)) throw forbidden();
  return q.departmentId ? [q.departmentId] : visible.unitIds;
}

/**
 * (person of the audience × course) on the day, as SQL: each active person in their 課 of the day
 * (org's membersOnDaySql) joined to each course whose audience holds them (audienceSql, the twin
 * of inAudience) — a new-hire course only those it was assigned to by the day — with the
 * person's deadline and completion by the day. One statement, so 20,000 people × 3 courses stay
 * in the database.
 */
export function statesSql(day: string, courseIds: string[], units: string[] | undefined) {
  return sql`select m.person_id, m.name, m.employee_number, m.department_id, m.bureau_id,
      m.unit_sort, m.unit_code, m.name_kana, c.id as course_id, c.mandatory,
      coalesce(asg.deadline, c.due_date)::text as deadline, a.completed_on::text as completed_on,
      (c.mandatory and a.completed_on is null and ${day}::date > coalesce(asg.deadline, c.due_date)) as overdue
    from (${membersOnDaySql(day, { unitIds: units })}) m
    cross join ${trainingCourses} c
    left join ${trainingAttendance} a
      on a.course_id = c.id and a.person_id = m.person_id and a.completed_on <= ${day}::date
    left join ${trainingAssignments} asg
      on asg.course_id = c.id and asg.person_id = m.person_id and asg.joined_on <= ${day}::date
   where c.id = any(${uuidArrayParam(courseIds)})
     and case when c.new_hire then asg.id is not null
              else ${audienceSql(sql`c.audience`, {
                employmentType: sql`m.employment_type`,
                departmentId: sql`m.department_id`,
                bureauId: sql`m.bureau_id`,
                roleKeys: sql`m.role_keys`,
              })} end`;
}

/** Every (person of the audience × course) of the 年度 within the viewer's units, on the day. */
export async function courseStates(
  db: DbOrTx,
  profile: Profile,
  viewer: Actor,
  q: CompletionQueryT,
  now: Date,
  /** Whether each person has a login (lists show it; figures do not need it: one query less). */
  withLogin = true,
) {
  const day = dayOf(q.fiscalYear, q.asOf, now);
  const units = unitsFor(viewer, profile, q);
  const courses = await coursesOf(db, profile, q);
  // No course in the 年度 (yet): nobody's state to compute, and the audience is not read.
  if (!courses.length) return { day, courses: [], states: [] };
  const rows = rowsOf<{
    person_id: string;
    name: string;
    employee_number: string | null;
    department_id: string | null;
    bureau_id: string | null;
    course_id: string;
    mandatory: boolean;
    deadline: string;
    completed_on: string | null;
    overdue: boolean;
  }>(
    await db.execute(sql`select * from (${statesSql(
      day,
      courses.map((c) => c.id),
      units,
    )}) s
      order by s.unit_sort nulls last, s.unit_code nulls last, s.employee_number nulls last,
               s.name_kana nulls last, s.name, s.person_id`),
  );
  const logins = withLogin
    ? await peopleWithLogin(db, [...new Set(rows.map((r) => r.person_id))])
    : new Set<string>();
  const order = new Map(courses.map((c, i) => [c.id, i]));
  const states: PersonCourseState[] = rows
    .map((r) => ({
      personId: r.person_id,
      name: r.name,
      employeeNumber: r.employee_number,
      departmentId: r.department_id,
      bureauId: r.bureau_id,
      hasLogin: logins.has(r.person_id),
      courseId: r.course_id,
      mandatory: r.mandatory,
      deadline: r.deadline,
      completedOn: r.completed_on,
      overdue: r.overdue,
    }))
    // Course by course (the plan's order), people in the directory's order within each.
    .sort((a, b) => (order.get(a.courseId) ?? 0) - (order.get(b.courseId) ?? 0));
  return {
    day,
    courses,
    states: q.state ? states.filter((s) => stateOf(s) === q.state) : states,
  };
}

/**
 * Each person's state per course on the day, for the per-person figures (a 課長's page): from the
 * tally's member stretches for a day within or after the 年度 (the 課's few hundred rows), else —
 * a day before it, or a tally out of date — from courseStates (the live statement).
 */
export async function personStates(
  db: DbOrTx,
  profile: Profile,
  viewer: Actor,
  q: CompletionQueryT,
  now: Date,
): Promise<{
  day: string;
  courses: Array<typeof trainingCourses.$inferSelect>;
  states: Array<Pick<PersonCourseState, "personId" | "name" | "courseId" | "completedOn" | "overdue">>;
}> {
  const day = dayOf(q.fiscalYear, q.asOf, now);
  const start = fiscalYearRange(q.fiscalYear).start;
  if (day < start) return courseStates(db, profile, viewer, q, now, false);
  const units = unitsFor(viewer, profile, q);
  const courses = await coursesOf(db, profile, q);
  if (!courses.length) return { day, courses: [], states: [] };
  // A tally out of date is not rebuilt here (seconds at full scale): the live statement answers
  // and the rebuild job is queued.
  if (await queueTallyRebuild(db, q.fiscalYear, courses, readCtx(viewer), now))
    return courseStates(db, profile, viewer, q, now, false);
  const states = (
    await tallyMembersOn(
      db,
      courses.map((c) => c.id),
      day,
      units,
    )
  ).map((r) => ({
    personId: r.person_id,
    name: r.name ?? "",
    courseId: r.course_id,
    completedOn: r.completed_on,
    overdue: r.overdue,
  }));
  return { day, courses, states: q.state ? states.filter((s) => stateOf(s) === q.state) : states };
}

type Tally = { audience: number; completed: number; overdue: number };

/** Groups in 五十音 order: one collator, not one looked up per comparison (a 課's 500 people). */
const byLabel = new Intl.Collator("ja").compare;

/** The SQL condition of a state filter over statesSql's columns. */
function stateSql(state: CourseState | undefined) {
  if (state === "completed") return sql`s.completed_on is not null`;
  if (state === "overdue") return sql`s.overdue`;
  if (state === "pending") return sql`s.completed_on is null and not s.overdue`;
  return sql`true`;
}

/** A state filter over one group's counts (the tally counts every state at once). */
function onlyState(t: Tally, state: CourseState | undefined): Tally {
  if (state === "completed") return { audience: t.completed, completed: t.completed, overdue: 0 };
  if (state === "overdue") return { audience: t.overdue, completed: 0, overdue: t.overdue };
  if (state === "pending")
    return { audience: t.audience - t.completed - t.overdue, completed: 0, overdue: 0 };
  return t;
}

/**
 * Counts per group and course on the day: from the tally (queries/tally.ts) for a day within or
 * after the 年度, else (a day before it, or a tally out of date) by the live statement.
 */
async function groupRows(
  db: DbOrTx,
  viewer: Actor,
  now: Date,
  courses: Array<typeof trainingCourses.$inferSelect>,
  day: string,
  units: string[] | undefined,
  q: CompletionQueryT,
): Promise<Array<{ key: string; course_id: string } & Tally>> {
  const by = q.by === "person" ? "department" : q.by;
  const start = fiscalYearRange(q.fiscalYear).start;
  // A tally out of date is not rebuilt on a read (seconds at full scale): the live statement
  // answers (the same figures) and the rebuild job is queued.
  if (day >= start && !(await queueTallyRebuild(db, q.fiscalYear, courses, readCtx(viewer), now))) {
    return (
      await tallyFigures(
        db,
        courses.map((c) => c.id),
        day,
        units,
        by,
      )
    )
      .map((r) => ({ key: r.key, course_id: r.course_id, ...onlyState(r, q.state) }))
      .filter((r) => r.audience > 0);
  }
  return liveGroupRows(db, courses, day, units, by, q.state);
}

/** The same counts by the live statement (statesSql): the definition the tally is held to. */
export async function liveGroupRows(
  db: DbOrTx,
  courses: Array<{ id: string }>,
  day: string,
  units: string[] | undefined,
  by: TallyKey,
  state?: CourseState,
) {
  const key =
    by === "organization"
      ? sql`'organization'`
      : by === "bureau"
        ? sql`coalesce(s.bureau_id::text, 'none')`
        : sql`coalesce(s.department_id::text, 'none')`;
  return rowsOf<{ key: string; course_id: string } & Tally>(
    await db.execute(sql`
      select ${key} as key, s.course_id, count(*)::int as audience,
             count(s.completed_on)::int as completed, count(*) filter (where s.overdue)::int as overdue
        from (${statesSql(
          day,
          courses.map((c) => c.id),
          units,
        )}) s
       where ${stateSql(state)}
       group by 1, 2`),
  );
}

/**
 * Figures per group and course: required (mandatory), completed, overdue, rate. Per 課, 局 or the
 * organization they come from the completion tally (queries/tally.ts); per person from
 * courseStates (one 課's people, with names).
 */
export async function completionFigures(
  db: DbOrTx,
  profile: Profile,
  viewer: Actor,
  q: CompletionQueryT,
  now: Date,
) {
  const groups = new Map<string, { key: string; label: string; perCourse: Map<string, Tally> }>();
  let day: string;
  let courses: Array<typeof trainingCourses.$inferSelect>;
  if (q.by === "person") {
    const found = await personStates(db, profile, viewer, q, now);
    day = found.day;
    courses = found.courses;
    for (const s of found.states) {
      let g = groups.get(s.personId);
      if (!g) {
        g = { key: s.personId, label: s.name, perCourse: new Map() };
        groups.set(s.personId, g);
      }
      const c = g.perCourse.get(s.courseId) ?? { audience: 0, completed: 0, overdue: 0 };
      c.audience++;
      if (s.completedOn) c.completed++;
      if (s.overdue) c.overdue++;
      g.perCourse.set(s.courseId, c);
    }
  } else {
    day = dayOf(q.fiscalYear, q.asOf, now);
    const units = unitsFor(viewer, profile, q);
    courses = await coursesOf(db, profile, q);
    const rows = courses.length ? await groupRows(db, viewer, now, courses, day, units, q) : [];
    const names = new Map((await unitList(db)).map((u) => [u.id, u.name]));
    for (const r of rows) {
      let g = groups.get(r.key);
      if (!g) {
        const label =
          q.by === "organization"
            ? "組織全体"
            : r.key === "none"
              ? "所属なし"
              : (names.get(r.key) ?? "（廃止された組織）");
        g = { key: r.key, label, perCourse: new Map() };
        groups.set(r.key, g);
      }
      g.perCourse.set(r.course_id, { audience: r.audience, completed: r.completed, overdue: r.overdue });
    }
  }
  return {
    day,
    courses: courses.map((c) => ({
      id: c.id,
      title: c.title,
      mandatory: c.mandatory,
      dueDate: c.dueDate,
      newHire: c.newHire,
    })),
    groups: [...groups.values()]
      .map((g) => ({
        key: g.key,
        label: g.label,
        courses: courses.map((c) => {
          const f = g.perCourse.get(c.id) ?? { audience: 0, completed: 0, overdue: 0 };
          return {
            courseId: c.id,
            ...f,
            rate: f.audience ? Math.round((f.completed / f.audience) * 1000) / 10 : null,
          };
        }),
      }))
      .sort((a, b) => byLabel(a.label, b.label)),
  };
}
