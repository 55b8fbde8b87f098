/**
 * The completion tally: the figures per 課, 局 or organization of a 年度's courses "as of a day"
 * without placing 20,000 people on every request. `training_tally_members` holds who was in each
 * course's audience in which 課 over which days; `training_tally` holds the figures' changes by
 * day, so the figures on a day are the sums up to it (a few rows per 課 and course). The live
 * statement (completion.ts statesSql) stays the definition: tally.test.ts holds the two to the
 * same answer across transfers, role changes, new hires and completions.
 *
 * Kept: attendance adds its change, and the day on the person's stretches, in the same
 * transaction (addCompletions); a new-hire assignment marks its course's build out of date
 * (forgetTally); anything the directory or the applied moves change moves the directory's version,
 * the build's source. A build out of
 * date is never rebuilt on a read (2.3 s quiet, 9 s under load at full scale): the rebuild job
 * (commands/tally-job.ts, rebuildTally) is queued by the directory's change event in the changing
 * transaction, or by the new hire's assignment; meanwhile a read answers from the live statement
 * (and queues the job itself only if none is waiting — a change made around the directory's
 * commands). Builds and additions take one advisory lock, so a rebuild never misses or
 * doubles an addition committed beside it.
 */
import { randomUUID } from "node:crypto";
import { type SQL, sql } from "drizzle-orm";
import { recordEvent } from "../../../audit/record";
import type { DbOrTx } from "../../../db/client";
import { rowsOf } from "../../../db/sql";
import { arrayLiteral, uuidArrayParam } from "../../../db/unnest";
import { directoryVersion, personNames, unitsWithChildren } from "../../../directory";
import type { RequestContext } from "../../../http/context";
import { membershipChangesSql, membersOnDaySql } from "../../org";
import { audienceSql } from "../domain/audience";
import {
  trainingAssignments,
  trainingAttendance,
  trainingCourses,
  trainingTally,
  trainingTallyBuilds,
  trainingTallyMembers,
} from "../tables";

type Course = typeof trainingCourses.$inferSelect;

/** pg_advisory_xact_lock key of the tally (any fixed number no other lock uses). */
const TALLY_LOCK = 15_015_015;
const dates = (days: readonly string[]) => sql`${arrayLiteral(days)}::date[]`;

/** What a course's tally depends on besides the directory: its audience, deadline, kind. */
const courseSig = (c: Course) =>
  JSON.stringify([c.audience, c.dueDate, c.mandatory, c.newHire, c.fiscalYear]);

/**
 * Audience rows of these courses for the people placed on `day` (all, or only `personIds`),
 * inserted as stretches from `day` (a new hire's from their joining day) with no end yet, each
 * with the person's completion of the course (the day, whenever it was: a stretch counts it from
 * the later of its start and that day), so no read of the tally looks the attendance up again.
 */
function insertMembersOn(day: string, courseIds: string[], personIds?: string[]): SQL {
  return sql`insert into ${trainingTallyMembers}
      (course_id, person_id, department_id, parent_id, bureau_id, from_day, to_day, deadline, mandatory,
       completed_on)
    select c.id, m.person_id, m.department_id, m.parent_id, m.bureau_id,
           greatest(${day}::date, case when c.new_hire then asg.joined_on end), null,
           case when c.new_hire then asg.deadline else c.due_date end, c.mandatory, a.completed_on
      from (${membersOnDaySql(day, personIds ? { personIds } : {})}) m
      cross join ${trainingCourses} c
      left join ${trainingAssignments} asg on asg.course_id = c.id and asg.person_id = m.person_id
      left join ${trainingAttendance} a on a.course_id = c.id and a.person_id = m.person_id
     where c.id = any(${uuidArrayParam(courseIds)})
       and case when c.new_hire then asg.id is not null
                else ${audienceSql(sql`c.audience`, {
                  employmentType: sql`m.employment_type`,
                  departmentId: sql`m.department_id`,
                  bureauId: sql`m.bureau_id`,
                  roleKeys: sql`m.role_keys`,
                })} end`;
}

/**
 * The changes by day that member stretches make, signed `sign` (−1 takes them back): +1 audience
 * over the stretch; completed from the later of its start and the day completed; overdue
 * (mandatory only) from the later of its start and the day after the deadline until completed or
 * the stretch's end.
 */
function changesSql(where: SQL, sign: 1 | -1 = 1): SQL {
  const s = sql.raw(String(sign));
  return sql`select m.course_id, m.department_id, m.parent_id, m.bureau_id, v.on_day,
        ${s} * v.a as a, ${s} * v.c as c, ${s} * v.o as o
      from (select m.*, m.completed_on as done,
                   case when m.mandatory then greatest(m.from_day, m.deadline + 1) end as os
              from ${trainingTallyMembers} m
             where ${where}) m
      cross join lateral (values
        (m.from_day, 1, 0, 0),
        (m.to_day, -1, 0, 0),
        (case when m.done is not null and (m.to_day is null or greatest(m.from_day, m.done) < m.to_day)
              then greatest(m.from_day, m.done) end, 0, 1, 0),
        (case when m.done is not null and greatest(m.from_day, m.done) < m.to_day then m.to_day end, 0, -1, 0),
        (case when m.os is not null and (least(m.to_day, m.done) is null or m.os < least(m.to_day, m.done))
              then m.os end, 0, 0, 1),
        (case when m.os < least(m.to_day, m.done) then least(m.to_day, m.done) end, 0, 0, -1)
      ) as v(on_day, a, c, o)
     where v.on_day is not null`;
}

/** The changes summed per (course, 課, day) into the tally; rows that net out are not written. */
function insertTally(changes: SQL): SQL {
  return sql`insert into ${trainingTally}
      (course_id, department_id, parent_id, bureau_id, on_day, audience, completed, overdue)
    select x.course_id, x.department_id, x.parent_id, x.bureau_id, x.on_day,
           sum(x.a)::int, sum(x.c)::int, sum(x.o)::int
      from (${changes}) x
     group by 1, 2, 3, 4, 5
    having sum(x.a) <> 0 or sum(x.c) <> 0 or sum(x.o) <> 0`;
}

/**
 * Places these courses' member stretches from `day0` on — of everyone, or of `personIds` only:
 * who is in the audience on `day0`, then day by day only the people whose 課 or roles change that
 * day: their stretch ends and a new one starts (a new hire's stretch not yet begun is placed again).
 */
async function placeMembers(tx: DbOrTx, ids: string[], day0: string, personIds?: string[]) {
  await tx.execute(insertMembersOn(day0, ids, personIds));
  const whose = personIds ? sql`where c.person_id in (select unnest(${uuidArrayParam(personIds)}))` : sql``;
  const changes = rowsOf<{ d: string; people: string[] }>(
    await tx.execute(sql`select c.d::text as d, array_agg(distinct c.person_id) as people
      from (${membershipChangesSql(day0)}) c ${whose} group by c.d order by c.d`),
  );
  for (const { d, people } of changes) {
    const only = sql`course_id = any(${uuidArrayParam(ids)}) and person_id in (select unnest(${uuidArrayParam(people)})) and to_day is null`;
    await tx.execute(sql`delete from ${trainingTallyMembers} where ${only} and from_day >= ${d}::date`);
    await tx.execute(sql`update ${trainingTallyMembers} set to_day = ${d}::date where ${only}`);
    await tx.execute(insertMembersOn(d, ids, people));
  }
}

/** Rebuilds these courses' tally from `day0` (the first day of their 年度) on. */
async function build(tx: DbOrTx, courses: Course[], day0: string, source: string) {
  const ids = courses.map((c) => c.id);
  await tx.execute(sql`delete from ${trainingTallyMembers} where course_id = any(${uuidArrayParam(ids)})`);
  await tx.execute(sql`delete from ${trainingTally} where course_id = any(${uuidArrayParam(ids)})`);
  await placeMembers(tx, ids, day0);
  await tx.execute(insertTally(changesSql(sql`m.course_id = any(${uuidArrayParam(ids)})`)));
  await builtFrom(tx, courses, source);
}

/** Records what these courses' tally is built from (the directory's version `source`). */
async function builtFrom(tx: DbOrTx, courses: Course[], source: string) {
  await tx
    .insert(trainingTallyBuilds)
    .values(
      courses.map((c) => ({ courseId: c.id, source: `${source}|${courseSig(c)}`, builtAt: new Date() })),
    )
    .onConflictDoUpdate({
      target: trainingTallyBuilds.courseId,
      set: { source: sql`excluded.source`, builtAt: sql`excluded.built_at` },
    });
}

/**
 * Redoes, in a changing directory's transaction, the stretches and figures of the people the
 * change names (`personIds`: their 課 on any day, roles, employment or being active may have
 * moved) for these courses of one 年度 (`day0` its first day): their changes taken back, their
 * stretches placed again from the directory as the transaction sees it, their changes added — a
 * few people's statements instead of the 年度's rebuild, so the first read after a person's change
 * still sums the tally. Only a tally current before the change is patched, and it is then marked
 * built from the version the commit will give (the version moves once, at the commit, in every
 * transaction that changes the directory): any other change committed meanwhile moves it
 * further, so the mark is then out of date and a read queues the rebuild — never current wrongly.
 * Without the tally's lock at once (a rebuild is running) nothing is patched. Returns whether
 * these courses were patched (else the caller queues the rebuild).
 */
export async function patchTally(
  tx: DbOrTx,
  courses: Course[],
  day0: string,
  personIds: readonly string[],
): Promise<boolean> {
  if (!courses.length) return true;
  const [{ locked }] = rowsOf<{ locked: boolean }>(
    await tx.execute(sql`select pg_try_advisory_xact_lock(${TALLY_LOCK}) as locked`),
  );
  if (!locked) return false;
  const current = await staleTally(tx, courses);
  if (current.courses.length) return false;
  if (personIds.length) {
    const ids = courses.map((c) => c.id);
    const people = [...new Set(personIds)];
    const whose = sql`m.course_id = any(${uuidArrayParam(ids)}) and m.person_id in (select unnest(${uuidArrayParam(people)}))`;
    await tx.execute(insertTally(changesSql(whose, -1)));
    await tx.execute(sql`delete from ${trainingTallyMembers} m where ${whose}`);
    await placeMembers(tx, ids, day0, people);
    await tx.execute(insertTally(changesSql(whose)));
  }
  await builtFrom(tx, courses, String(Number(current.source) + 1));
  return true;
}

/**
 * Which of these courses' builds are older than the directory (and the directory's version, the
 * source): the version moves at the commit of every change to people, 課, roles and applied
 * 人事異動 (migrations 0026 and 0046), everything membersOnDaySql reads — one primary-key row.
 */
export async function staleTally(q: DbOrTx, courses: Course[]) {
  // The source is read before the rows it stands for: a change committed in between leaves the
  // build older than its source, and the next check finds it stale again.
  const source = String((await directoryVersion(q)) ?? 0);
  const rows = rowsOf<{ course_id: string; source: string; built_at: string }>(
    await q.execute(sql`select course_id, source, built_at::text as built_at from ${trainingTallyBuilds}
      where course_id = any(${uuidArrayParam(courses.map((c) => c.id))})`),
  );
  const built = new Map(rows.map((r) => [r.course_id, r.source]));
  const stale = courses.filter((c) => built.get(c.id) !== `${source}|${courseSig(c)}`);
  const at = new Map(rows.map((r) => [r.course_id, r.built_at]));
  return {
    source,
    courses: stale,
    /**
     * The state the stale courses are in: the source, and each one's build as it stands (its
     * source and time — a rebuild or a new forgotten mark makes it new) and what it should be.
     */
    state: [
      source,
      ...stale
        .map((c) => `${c.id}=${built.get(c.id) ?? "none"}@${at.get(c.id) ?? ""}>${courseSig(c)}`)
        .sort(),
    ].join("\n"),
  };
}

/**
 * Rebuilds those of these courses whose build is out of date, under the tally's lock, in the
 * caller's transaction (the rebuild job's); `day0` starts the 年度. A rebuild is a change of
 * stored rows, so it is audited like one. Returns the courses rebuilt.
 */
export async function rebuildTally(
  tx: DbOrTx,
  courses: Course[],
  day0: string,
  ctx: RequestContext | null,
): Promise<string[]> {
  if (!courses.length) return [];
  await tx.execute(sql`select pg_advisory_xact_lock(${TALLY_LOCK})`);
  const stale = await staleTally(tx, courses); // another job may have built them meanwhile
  if (!stale.courses.length) return [];
  await build(tx, stale.courses, day0, stale.source);
  await recordEvent(tx, ctx, {
    type: "training.tally_rebuilt",
    targetType: "training_course",
    targetId: stale.courses[0].id,
    data: { courseIds: stale.courses.map((c) => c.id), fromDay: day0 },
  });
  return stale.courses.map((c) => c.id);
}

/**
 * The change completions make to member stretches [from, to) that had none: completed from the
 * later of the start and the day completed; overdue no longer from the later of the day after the
 * deadline and the day completed (one pass, not the stretch's figures with and without it).
 *
 * Driven by the completions themselves (person and day, as written), each finding its stretches
 * through the (course, person) index: the LATERAL subquery, fenced by OFFSET 0, cannot be pulled
 * up, so the planner cannot turn it round into a join that rescans the 20,000 ids for every
 * member (it did, 263 s for an import, planning on the course's statistics from before the import
 * — it had no attendance then). Nor is the attendance read again: the caller gives the days.
 */
function completionChangesSql(courseId: string, done: readonly Completion[]): SQL {
  return sql`select m.course_id, m.department_id, m.parent_id, m.bureau_id, v.on_day, 0 as a, v.c, v.o
      from unnest(${uuidArrayParam(done.map((d) => d.personId))}, ${dates(done.map((d) => d.completedOn))})
             as x(person_id, completed_on)
      cross join lateral (
        select m.*, greatest(m.from_day, x.completed_on) as cs,
               case when m.mandatory then greatest(m.from_day, m.deadline + 1, x.completed_on) end as oe
          from ${trainingTallyMembers} m
         where m.course_id = ${courseId}::uuid and m.person_id = x.person_id and m.completed_on is null
        offset 0) m
      cross join lateral (values
        (case when m.to_day is null or m.cs < m.to_day then m.cs end, 1, 0),
        (case when m.cs < m.to_day then m.to_day end, -1, 0),
        (case when m.oe is not null and (m.to_day is null or m.oe < m.to_day) then m.oe end, 0, -1),
        (case when m.oe < m.to_day then m.to_day end, 0, 1)
      ) as v(on_day, c, o)
     where v.on_day is not null`;
}

/** A completion just written: who, and the day completed. */
export interface Completion {
  personId: string;
  completedOn: string;
}

/**
 * Adds completions just written for one course (in the writer's transaction, each person's first
 * completion of it) in one statement. A course not built yet has no stretches: nothing to add,
 * its build will count them.
 */
export async function addCompletions(tx: DbOrTx, courseId: string, done: readonly Completion[]) {
  if (!done.length) return;
  await tx.execute(sql`select pg_advisory_xact_lock(${TALLY_LOCK})`);
  await tx.execute(insertTally(completionChangesSql(courseId, done)));
  // Then the stretches keep the day, as a build would have written it (a 課長's page reads it).
  await tx.execute(sql`update ${trainingTallyMembers} m set completed_on = x.completed_on
      from unnest(${uuidArrayParam(done.map((d) => d.personId))}, ${dates(done.map((d) => d.completedOn))})
             as x(person_id, completed_on)
     where m.course_id = ${courseId}::uuid and m.person_id = x.person_id and m.completed_on is null`);
}

/**
 * Marks a course's build out of date (a new hire assigned to it): reads answer from the live
 * statement until the rebuild job has run. The mark is new each time (not a deleted row), so the
 * job queued for it has a key of its own, never one an earlier rebuild of the same source used.
 */
export async function forgetTally(tx: DbOrTx, courseId: string) {
  await tx
    .insert(trainingTallyBuilds)
    .values({ courseId, source: `forgotten:${randomUUID()}`, builtAt: new Date() })
    .onConflictDoUpdate({
      target: trainingTallyBuilds.courseId,
      set: { source: sql`excluded.source`, builtAt: sql`excluded.built_at` },
    });
}

export type TallyKey = "organization" | "bureau" | "department";

/**
 * `units` and the units directly below them, from the directory, as one uuid[] parameter. A
 * tally row's parent_id is its 課's parent in the directory when the tally was built, and a built
 * tally is only read while the directory is as it was then (a change of departments puts it out
 * of date), so "department_id is one of these" keeps the same rows as "department_id or
 * parent_id is one of `units`" — as one condition of the (course_id, department_id) index, where
 * the OR over two columns made every row of the courses a candidate (a 課長's page filtered all
 * 20,000 people's stretches of each course to keep its 課's few hundred).
 */
async function unitsAndChildren(db: DbOrTx, units: readonly string[]): Promise<SQL> {
  return uuidArrayParam((await unitsWithChildren(db, units)).map((u) => u.id));
}

/**
 * The figures of these (built) courses on `day` per group, within `units` (a 課 or 局 and what
 * lies under it, as membersOnDaySql's filter) or the whole organization.
 */
export async function tallyFigures(
  db: DbOrTx,
  courseIds: string[],
  day: string,
  units: string[] | undefined,
  by: TallyKey,
) {
  const key =
    by === "organization"
      ? sql`'organization'`
      : by === "bureau"
        ? sql`coalesce(t.bureau_id::text, 'none')`
        : sql`coalesce(t.department_id::text, 'none')`;
  const within = units ? sql`and t.department_id = any(${await unitsAndChildren(db, units)})` : sql``;
  return rowsOf<{ key: string; course_id: string; audience: number; completed: number; overdue: number }>(
    await db.execute(sql`
      select ${key} as key, t.course_id, sum(t.audience)::int as audience,
             sum(t.completed)::int as completed, sum(t.overdue)::int as overdue
        from ${trainingTally} t
       where t.course_id = any(${uuidArrayParam(courseIds)}) and t.on_day <= ${day}::date ${within}
       group by 1, 2
      having sum(t.audience) > 0`),
  );
}

/**
 * The audience of these (built) courses on `day` within `units`, person by person, with names
 * (the 課's people's names in one statement after it: not a subquery per row).
 */
export async function tallyMembersOn(
  db: DbOrTx,
  courseIds: string[],
  day: string,
  units: string[] | undefined,
) {
  const within = units ? sql`and m.department_id = any(${await unitsAndChildren(db, units)})` : sql``;
  const rows = rowsOf<{
    person_id: string;
    course_id: string;
    completed_on: string | null;
    overdue: boolean;
  }>(
    await db.execute(sql`
      select m.person_id, m.course_id,
             case when m.completed_on <= ${day}::date then m.completed_on::text end as completed_on,
             (m.mandatory and (m.completed_on is null or m.completed_on > ${day}::date)
               and ${day}::date > m.deadline) as overdue
        from ${trainingTallyMembers} m
       where m.course_id = any(${uuidArrayParam(courseIds)}) and m.from_day <= ${day}::date
         and (m.to_day is null or m.to_day > ${day}::date) ${within}`),
  );
  // The 課's few hundred names by one array parameter (~2.5 ms), not the directory's cached map of
  // every person: that map is reloaded after each directory change (20,000 names, 25–90 ms), and
  // the first page after a change paid it.
  const names = await personNames(db, [...new Set(rows.map((r) => r.person_id))]);
  return rows.map((r) => ({ ...r, name: names.get(r.person_id) ?? null }));
}
