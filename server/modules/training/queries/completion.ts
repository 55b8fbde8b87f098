/**
 * Completion "as of a date" (6.2(2)⑤⑥⑦; 川崎市 第5章3(4)): for each course of a 年度, who of its
 * audience had completed it by the day, grouped by person, 課, 局 or the organization. Who
 * belonged where is the directory's membership on that day, so an April transfer moves the
 * person from then on and leaves the previous 年度's figures with the 課 they were in.
 */
import { and, eq, inArray, lte } from "drizzle-orm";
import { fiscalYearRange, todayJst } from "../../../../common/calendar";
import type { DbOrTx } from "../../../db/client";
import type { Actor } from "../../../http/context";
import { forbidden } from "../../../http/errors";
import type { Profile } from "../../../profile";
import { completionUnits } from "../access";
import { audienceFacts } from "../commands/attendance";
import { unitList } from "../directory";
import { inAudience } from "../domain/audience";
import { dutiesOf } from "../rules";
import { trainingAssignments, trainingAttendance, trainingCourses, trainingPlans } from "../tables";

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

/** Every (person of the audience × course) of the 年度 within the viewer's units, on the day. */
export async function courseStates(
  db: DbOrTx,
  profile: Profile,
  viewer: Actor,
  q: CompletionQueryT,
  now: Date,
) {
  const duties = dutiesOf(profile);
  const day = dayOf(q.fiscalYear, q.asOf, now);
  const visible = completionUnits(viewer, duties);
  let units: string[] | undefined;
  if (visible === "all") units = q.departmentId ? [q.departmentId] : undefined;
  else {
    if (q.departmentId && !visible.unitIds.includes(q.departmentId)) throw forbidden();
    units = q.departmentId ? [q.departmentId] : visible.unitIds;
  }
  const courses = await db
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
  const courseIds = courses.map((c) => c.course.id);
  // No course in the 年度 (yet): nobody's state to compute, and the audience is not read.
  if (!courseIds.length) return { day, courses: [], states: [] };
  const [people, done, assigned] = await Promise.all([
    audienceFacts(db, day, units),
    courseIds.length
      ? db
          .select({
            personId: trainingAttendance.personId,
            courseId: trainingAttendance.courseId,
            completedOn: trainingAttendance.completedOn,
          })
          .from(trainingAttendance)
          .where(
            and(inArray(trainingAttendance.courseId, courseIds), lte(trainingAttendance.completedOn, day)),
          )
      : [],
    courseIds.length
      ? db
          .select({
            personId: trainingAssignments.personId,
            courseId: trainingAssignments.courseId,
            deadline: trainingAssignments.deadline,
          })
          .from(trainingAssignments)
          .where(
            and(inArray(trainingAssignments.courseId, courseIds), lte(trainingAssignments.joinedOn, day)),
          )
      : [],
  ]);
  const doneAt = new Map(done.map((d) => [`${d.courseId}|${d.personId}`, d.completedOn]));
  const deadlineOf = new Map(assigned.map((a) => [`${a.courseId}|${a.personId}`, a.deadline]));
  const states: PersonCourseState[] = [];
  for (const { course } of courses) {
    for (const [personId, p] of people) {
      const key = `${course.id}|${personId}`;
      // A new-hire course concerns those it was assigned to; any other course its audience.
      if (course.newHire ? !deadlineOf.has(key) : !inAudience(course.audience, p)) continue;
      const deadline = deadlineOf.get(key) ?? course.dueDate;
      const completedOn = doneAt.get(key) ?? null;
      states.push({
        personId,
        name: p.name,
        employeeNumber: p.employeeNumber,
        departmentId: p.departmentId,
        bureauId: p.bureauId,
        hasLogin: p.hasLogin,
        courseId: course.id,
        mandatory: course.mandatory,
        deadline,
        completedOn,
        overdue: course.mandatory && !completedOn && day > deadline,
      });
    }
  }
  return {
    day,
    courses: courses.map((c) => c.course),
    states: q.state ? states.filter((s) => stateOf(s) === q.state) : states,
  };
}

/** Figures per group and course: required (mandatory), completed, overdue, rate. */
export async function completionFigures(
  db: DbOrTx,
  profile: Profile,
  viewer: Actor,
  q: CompletionQueryT,
  now: Date,
) {
  const { day, courses, states } = await courseStates(db, profile, viewer, q, now);
  const names = new Map((await unitList(db)).map((u) => [u.id, u.name]));
  const keyOf = (s: PersonCourseState) =>
    q.by === "organization"
      ? "organization"
      : q.by === "bureau"
        ? (s.bureauId ?? "none")
        : q.by === "department"
          ? (s.departmentId ?? "none")
          : s.personId;
  const groups = new Map<
    string,
    {
      key: string;
      label: string;
      perCourse: Map<string, { audience: number; completed: number; overdue: number }>;
    }
  >();
  for (const s of states) {
    const key = keyOf(s);
    let g = groups.get(key);
    if (!g) {
      const label =
        q.by === "organization"
          ? "組織全体"
          : q.by === "person"
            ? s.name
            : key === "none"
              ? "所属なし"
              : (names.get(key) ?? "（廃止された組織）");
      g = { key, label, perCourse: new Map() };
      groups.set(key, g);
    }
    const c = g.perCourse.get(s.courseId) ?? { audience: 0, completed: 0, overdue: 0 };
    c.audience++;
    if (s.completedOn) c.completed++;
    if (s.overdue) c.overdue++;
    g.perCourse.set(s.courseId, c);
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
      .sort((a, b) => a.label.localeCompare(b.label, "ja")),
  };
}
