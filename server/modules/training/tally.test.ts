// biome-ignore-all lint/suspicious/noExplicitAny: rows of raw SQL in tests
import { eq, sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../http/context";
import { JOB_REGISTRY } from "../../job-registry";
import { createWorker } from "../../jobs";
import { createTestApp, type TestApp } from "../../test/app";
import { assignRole, makeDepartment, makePerson } from "../../test/factories";
import { loadDepartment, updateDepartment } from "../org/commands/departments";
import { createPerson, loadPerson, updatePerson } from "../org/commands/people";
import { createRoleAssignment } from "../org/commands/roles";
import { applyTransfer, createTransfer } from "../org/commands/transfers";
import { queueTallyRebuild } from "./commands/tally-job";
import {
  type CompletionQueryT,
  completionFigures,
  courseStates,
  liveGroupRows,
  personStates,
} from "./queries/completion";
import { addCompletions, forgetTally, staleTally } from "./queries/tally";
import { trainingCourses } from "./tables";

/**
 * The completion tally (queries/tally.ts) against its definition, the live statement over every
 * person on the day (statesSql): the same figures per 課, 局 and organization and the same
 * people of a 課 (a 課長's page, against courseStates), for every state
 * filter, on any day of the 年度 — across a mid-year transfer, a role held for part of the year, a
 * new hire, completions before and after the deadline, and changes made after the tally was built.
 * A read never rebuilds: one that finds the tally out of date answers from the live statement and
 * queues the rebuild job (commands/tally-job.ts); the comparisons run that job first and check
 * the read then found the tally current, so the figures compared are the tally's.
 */
let t: TestApp;
let db: TestApp["database"]["db"];
let bureau: string, deptA: string, deptB: string;
const people: Record<string, string> = {};
const courses: Record<string, string> = {};
const ciso: Actor = {
  userId: "00000000-0000-4000-8000-000000000001",
  personId: "00000000-0000-4000-8000-000000000002",
  loginId: "ciso",
  name: "CISO",
  departmentId: null,
  bureauId: null,
  grants: [
    {
      duty: "chief_information_security_officer",
      scope: "organization",
      scopeDepartmentId: null,
      roleKey: "ciso",
      deputyFor: null,
    },
  ],
  sessionId: "test",
};
const NOW = new Date("2026-06-01T09:00:00+09:00");
const rows = (r: unknown) => (r as { rows: any[] }).rows;

async function course(planId: string, title: string, audience: unknown, extra: string = "") {
  const [c] = rows(
    await db.execute(sql`insert into training_courses (plan_id, fiscal_year, title, delivery, mandatory, audience, due_date, new_hire)
      values (${planId}, 2025, ${title}, 'classroom', ${!extra.includes("optional")},
              ${JSON.stringify(audience)}::jsonb, '2025-09-30', ${extra.includes("new_hire")}) returning id`),
  );
  return c.id as string;
}

async function attend(courseId: string, personId: string, day: string) {
  await db.transaction(async (tx) => {
    await tx.execute(sql`insert into training_attendance (course_id, person_id, fiscal_year, completed_on, method)
      values (${courseId}, ${personId}, 2025, ${day}, 'organizer')`);
    await addCompletions(tx, courseId, [{ personId, completedOn: day }]);
  });
}

/** Runs the queued jobs (the tally's rebuild) as the worker does; none may fail. */
async function runJobs() {
  const errors: unknown[] = [];
  const worker = createWorker({
    database: t.database,
    registry: JOB_REGISTRY,
    now: () => new Date(),
    profile: () => t.deps.profile(),
    onError: (_job, e) => errors.push(e),
  });
  while ((await worker.runOnce()) > 0);
  expect(errors).toEqual([]);
}

const year = () => db.select().from(trainingCourses).where(eq(trainingCourses.fiscalYear, 2025));
const rebuildJobs = async (status: string) =>
  rows(
    await db.execute(
      sql`select count(*)::int as n from jobs where kind = 'training.tally_rebuild' and status = ${status}`,
    ),
  )[0].n as number;

/** Queues the rebuild of whatever is out of date and runs it: afterwards the tally is current. */
async function rebuilt() {
  await queueTallyRebuild(db, 2025, await year(), null, NOW);
  await runJobs();
  expect((await staleTally(db, await year())).courses).toEqual([]);
}

/** Every group's figures on the day, by the tally (completionFigures) and by the live statement. */
async function both(
  day: string,
  by: "organization" | "bureau" | "department",
  state?: CompletionQueryT["state"],
) {
  const q: CompletionQueryT = { fiscalYear: 2025, asOf: day, by, state };
  await rebuilt();
  const tally = await completionFigures(db, t.deps.profile(), ciso, q, NOW);
  expect(await rebuildJobs("queued")).toBe(0); // the read found the tally current
  const live = await liveGroupRows(db, tally.courses, day, undefined, by, state);
  const fromTally = tally.groups
    .flatMap((g) => g.courses.map((c) => ({ ...c, key: g.key })))
    .filter((c) => c.audience > 0)
    .map((c) => `${c.key} ${c.courseId} ${c.audience}/${c.completed}/${c.overdue}`)
    .sort();
  const fromLive = live
    .map((r) => `${r.key} ${r.course_id} ${r.audience}/${r.completed}/${r.overdue}`)
    .sort();
  return { fromTally, fromLive };
}

const days = fc
  .integer({ min: 0, max: 420 })
  .map((n) => new Date(Date.UTC(2025, 3, 1) + n * 86_400_000).toISOString().slice(0, 10));
const groupings = fc.constantFrom("organization" as const, "bureau" as const, "department" as const);
const states = fc.constantFrom(undefined, "completed" as const, "pending" as const, "overdue" as const);

/** A 課's people on the day (a 課長's page), from the tally's stretches and by courseStates. */
async function bothPeople(day: string, departmentId: string, state?: CompletionQueryT["state"]) {
  const q: CompletionQueryT = { fiscalYear: 2025, asOf: day, by: "person", departmentId, state };
  const key = (s: { personId: string; courseId: string; completedOn: string | null; overdue: boolean }) =>
    `${s.personId} ${s.courseId} ${s.completedOn} ${s.overdue}`;
  await rebuilt();
  const tally = await personStates(db, t.deps.profile(), ciso, q, NOW);
  expect(await rebuildJobs("queued")).toBe(0);
  const live = await courseStates(db, t.deps.profile(), ciso, q, NOW, false);
  return { fromTally: tally.states.map(key).sort(), fromLive: live.states.map(key).sort() };
}

async function agreeEverywhere(runs: number) {
  // A 課's page, and a 局's (the 局 and the 課 below it: the tally's rows within units).
  const unitKeys = fc.constantFrom("deptA" as const, "deptB" as const, "bureau" as const);
  await fc.assert(
    fc.asyncProperty(days, groupings, states, unitKeys, async (day, by, state, unit) => {
      const { fromTally, fromLive } = await both(day, by, state);
      expect(fromTally).toEqual(fromLive);
      const people = await bothPeople(day, { deptA, deptB, bureau }[unit], state);
      expect(people.fromTally).toEqual(people.fromLive);
    }),
    { numRuns: runs },
  );
}

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  db = t.database.db;
  bureau = (await makeDepartment(db, { name: "総務部", kind: "bureau" })).id;
  deptA = (await makeDepartment(db, { name: "総務課", parentId: bureau })).id;
  deptB = (await makeDepartment(db, { name: "住民課" })).id;
  const mk = async (key: string, departmentId: string, employmentType = "regular") => {
    people[key] = (
      await makePerson(db, { name: key, departmentId, employmentType: employmentType as any })
    ).id;
  };
  await mk("moved", deptB); // in 総務課 until 2025-10-01, then 住民課
  await mk("early", deptA);
  await mk("late", deptA);
  await mk("never", deptB);
  await mk("fiscal", deptA, "fiscal_year");
  await mk("hire", deptB);
  const [batch] = rows(
    await db.execute(sql`insert into transfer_batches (title, effective_date, status)
      values ('10月1日付け異動', '2025-10-01', 'applied') returning id`),
  );
  await db.execute(sql`insert into transfer_items (batch_id, person_id, from_department_id, to_department_id)
    values (${batch.id}, ${people.moved}, ${deptA}, ${deptB})`);
  const role = await assignRole(db, people.never, "network_administrator");
  await db.execute(
    sql`update role_assignments set valid_from = '2025-07-01', valid_to = '2025-12-31' where id = ${role.id}`,
  );
  const [plan] = rows(
    await db.execute(sql`insert into training_plans (profile_id, fiscal_year, title, status)
      values ('nishihara', 2025, '令和7年度 研修計画', 'in_effect') returning id`),
  );
  courses.everyone = await course(plan.id, "全職員研修", { kind: "everyone" });
  courses.roles = await course(plan.id, "ネットワーク管理者研修", {
    kind: "roles",
    roleKeys: ["network_administrator"],
  });
  courses.fiscal = await course(
    plan.id,
    "会計年度任用職員研修",
    { kind: "employment", types: ["fiscal_year"] },
    "optional",
  );
  courses.units = await course(plan.id, "総務部研修", { kind: "departments", unitIds: [bureau] });
  courses.hire = await course(plan.id, "新規採用者研修", { kind: "everyone" }, "new_hire");
  await db.execute(sql`insert into training_assignments (course_id, person_id, joined_on, deadline)
    values (${courses.hire}, ${people.hire}, '2025-08-01', '2025-08-29')`);
  await attend(courses.everyone, people.early, "2025-06-01");
  await attend(courses.everyone, people.late, "2025-11-15");
  await attend(courses.units, people.moved, "2025-06-01");
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe("the completion tally gives the live statement's figures", () => {
  it("on any day of the 年度 and after, per 課, 局 and organization, for every state", async () => {
    await agreeEverywhere(40);
    // The April-to-October stretch counts the moved person in 総務課, the rest of the year in 住民課.
    const june = await completionFigures(
      db,
      t.deps.profile(),
      ciso,
      { fiscalYear: 2025, asOf: "2025-06-30", by: "department" },
      NOW,
    );
    const march = await completionFigures(
      db,
      t.deps.profile(),
      ciso,
      { fiscalYear: 2025, asOf: "2026-03-31", by: "department" },
      NOW,
    );
    const everyone = (f: typeof june, unit: string) =>
      f.groups.find((g) => g.key === unit)?.courses.find((c) => c.courseId === courses.everyone);
    expect(everyone(june, deptA)).toMatchObject({ audience: 4, completed: 1, overdue: 0 });
    expect(everyone(march, deptA)).toMatchObject({ audience: 3, completed: 2, overdue: 1 });
    expect(everyone(march, deptB)).toMatchObject({ audience: 3, completed: 0, overdue: 3 });
    const page = await personStates(
      db,
      t.deps.profile(),
      ciso,
      { fiscalYear: 2025, asOf: "2025-06-30", by: "person", departmentId: deptA },
      NOW,
    );
    expect(new Set(page.states.filter((s) => s.courseId === courses.everyone).map((s) => s.name))).toEqual(
      new Set(["moved", "early", "late", "fiscal"]),
    );
  }, 300_000);

  it("stays equal when attendance is recorded after it was built, and when the directory or a new hire changes", async () => {
    await both("2026-03-31", "department"); // built
    await attend(courses.everyone, people.moved, "2025-12-01");
    await attend(courses.roles, people.never, "2025-08-01");
    let r = await both("2026-03-31", "department");
    expect(r.fromTally).toEqual(r.fromLive);
    // A transfer applied afterwards (the directory moves): the read queues the rebuild (both runs it).
    const [batch] = rows(
      await db.execute(sql`insert into transfer_batches (title, effective_date, status)
        values ('1月1日付け異動', '2026-01-01', 'applied') returning id`),
    );
    await db.execute(sql`insert into transfer_items (batch_id, person_id, from_department_id, to_department_id)
      values (${batch.id}, ${people.fiscal}, ${deptA}, ${deptB})`);
    await db.execute(sql`update people set department_id = ${deptB} where id = ${people.fiscal}`);
    r = await both("2025-12-31", "department");
    expect(r.fromTally).toEqual(r.fromLive);
    // A second new hire of the course: its build is marked out of date in the assigning transaction.
    await db.transaction(async (tx) => {
      await tx.execute(sql`insert into training_assignments (course_id, person_id, joined_on, deadline)
        values (${courses.hire}, ${people.late}, '2025-11-01', '2025-11-28')`);
      await forgetTally(tx, courses.hire);
    });
    await agreeEverywhere(25);
    const events = rows(
      await db.execute(
        sql`select count(*)::int as n from audit_events where type = 'training.tally_rebuilt'`,
      ),
    );
    expect(events[0].n).toBeGreaterThanOrEqual(3);
  }, 300_000);

  it("a read after a directory change answers from the live statement and queues one rebuild, which the job does", async () => {
    await rebuilt();
    const rebuilds = async () =>
      rows(
        await db.execute(
          sql`select count(*)::int as n from audit_events where type = 'training.tally_rebuilt'`,
        ),
      )[0].n as number;
    const events0 = await rebuilds();
    const done0 = await rebuildJobs("done");
    // A change of the directory (any update of a person moves its version at the commit).
    await db.execute(sql`update people set name = name where id = ${people.late}`);
    expect((await staleTally(db, await year())).courses).toHaveLength(5);
    const q: CompletionQueryT = { fiscalYear: 2025, asOf: "2026-03-31", by: "department" };
    const first = await completionFigures(db, t.deps.profile(), ciso, q, NOW);
    const again = await completionFigures(db, t.deps.profile(), ciso, q, NOW);
    const pq: CompletionQueryT = { fiscalYear: 2025, asOf: "2026-03-31", by: "person", departmentId: deptA };
    const page = await personStates(db, t.deps.profile(), ciso, pq, NOW);
    // Three reads of the same state: one job queued, nothing rebuilt on the read path.
    expect(await rebuildJobs("queued")).toBe(1);
    expect(await rebuilds()).toBe(events0);
    expect((await staleTally(db, await year())).courses).toHaveLength(5);
    // Their figures are the live statement's.
    const live = await liveGroupRows(db, first.courses, first.day, undefined, "department");
    const figures = (f: typeof first) =>
      f.groups
        .flatMap((g) =>
          g.courses.map((c) => `${g.key} ${c.courseId} ${c.audience}/${c.completed}/${c.overdue}`),
        )
        .filter((x) => !x.endsWith(" 0/0/0"))
        .sort();
    expect(figures(first)).toEqual(
      live.map((r) => `${r.key} ${r.course_id} ${r.audience}/${r.completed}/${r.overdue}`).sort(),
    );
    expect(figures(again)).toEqual(figures(first));
    const livePage = await courseStates(db, t.deps.profile(), ciso, pq, NOW, false);
    expect(page.states.length).toBeGreaterThan(0);
    expect(page.states).toEqual(livePage.states);
    // The job rebuilds (audited); the next read sums the tally, with the same figures.
    await runJobs();
    expect(await rebuildJobs("done")).toBe(done0 + 1);
    expect(await rebuilds()).toBe(events0 + 1);
    expect((await staleTally(db, await year())).courses).toEqual([]);
    const after = await completionFigures(db, t.deps.profile(), ciso, q, NOW);
    expect(await rebuildJobs("queued")).toBe(0);
    expect(figures(after)).toEqual(figures(first));
    // A new hire marks the course's build out of date and queues its rebuild in the same
    // transaction; queueing again for the same state adds nothing.
    const all = await year(); // read before: the test database takes one transaction at a time
    await db.transaction(async (tx) => {
      await forgetTally(tx, courses.hire);
      expect(await queueTallyRebuild(tx, 2025, all, null, NOW)).toBe(true);
    });
    expect(await queueTallyRebuild(db, 2025, await year(), null, NOW)).toBe(true);
    expect(await rebuildJobs("queued")).toBe(1);
    await runJobs();
    expect((await staleTally(db, await year())).courses).toEqual([]);
    expect(await queueTallyRebuild(db, 2025, await year(), null, NOW)).toBe(false);
    expect(await rebuilds()).toBe(events0 + 2);
  }, 300_000);

  it("a transfer of a few people applied through the directory's commands patches the tally with it; a 課 moved under another 局 queues the rebuild with it, before any read (audited)", async () => {
    await rebuilt();
    const queuedEvents = async () =>
      rows(
        await db.execute(
          sql`select data from audit_events where type = 'training.tally_rebuild_queued' order by seq`,
        ),
      ).map((r) => r.data);
    const events0 = (await queuedEvents()).length;
    expect(await rebuildJobs("queued")).toBe(0);
    const ctx = { actor: null, ip: "", requestId: "test-transfer" };
    const profile = t.deps.profile();
    const batch = await createTransfer(
      db,
      ctx,
      profile,
      {
        title: "2月1日付け異動",
        effectiveDate: "2026-02-01",
        items: [{ personId: people.early, toDepartmentId: deptB }],
      },
      NOW,
    );
    expect(await rebuildJobs("queued")).toBe(0);
    await applyTransfer(db, ctx, profile, batch, NOW);
    // The transfer's own transaction redid the moved person's stretches: current, nothing queued;
    // the moved person counts in 住民課 from 2月1日, as the live statement says.
    expect(await rebuildJobs("queued")).toBe(0);
    expect((await staleTally(db, await year())).courses).toEqual([]);
    let r = await both("2026-03-31", "department");
    expect(r.fromTally).toEqual(r.fromLive);
    const p = await bothPeople("2026-03-31", deptB);
    expect(p.fromTally).toEqual(p.fromLive);
    expect(p.fromTally.some((x) => x.startsWith(people.early))).toBe(true);
    // 住民課 moved under 総務部: anyone's 局 may change, so the rebuild is queued by the change's
    // own transaction — no training read has run since — and audited.
    await updateDepartment(db, ctx, await loadDepartment(db, deptB), { parentId: bureau }, NOW);
    expect(await rebuildJobs("queued")).toBe(1);
    const events = await queuedEvents();
    expect(events).toHaveLength(events0 + 1);
    expect(events.at(-1)).toMatchObject({ fiscalYear: 2025, cause: "directory_change" });
    expect(events.at(-1).courseIds).toHaveLength(5);
    // The tally is out of date; a read answers from the live statement and queues nothing more.
    expect((await staleTally(db, await year())).courses).toHaveLength(5);
    const q: CompletionQueryT = { fiscalYear: 2025, asOf: "2026-03-31", by: "bureau" };
    const first = await completionFigures(db, t.deps.profile(), ciso, q, NOW);
    await personStates(db, t.deps.profile(), ciso, { ...q, by: "person", departmentId: deptB }, NOW);
    expect(await rebuildJobs("queued")).toBe(1);
    expect(await queuedEvents()).toHaveLength(events0 + 1);
    // The job brings the tally up to date: 住民課's people count in 総務部.
    await runJobs();
    expect((await staleTally(db, await year())).courses).toEqual([]);
    const after = await completionFigures(db, t.deps.profile(), ciso, q, NOW);
    expect(after.groups).toEqual(first.groups);
    r = await both("2026-03-31", "bureau");
    expect(r.fromTally).toEqual(r.fromLive);
    // Back where it was, for the tests after this one.
    await updateDepartment(db, ctx, await loadDepartment(db, deptB), { parentId: null }, NOW);
    await rebuilt();
  }, 300_000);

  it("stays equal after any completions added to a built tally, in batches of any people and days", async () => {
    await both("2026-03-31", "department"); // built
    const keys = ["moved", "early", "late", "never", "fiscal", "hire"];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("everyone", "roles", "fiscal", "units", "hire"),
        fc.uniqueArray(fc.constantFrom(...keys), { minLength: 1, maxLength: keys.length }),
        fc.array(days, { minLength: keys.length, maxLength: keys.length }),
        days,
        groupings,
        async (c, who, on, day, by) => {
          const courseId = courses[c];
          const done = rows(
            await db.execute(sql`select person_id from training_attendance where course_id = ${courseId}`),
          ).map((r) => r.person_id);
          // Each person's first completion only (as the writers give it); one batch, one statement.
          const batch = who
            .map((k, i) => ({ personId: people[k], completedOn: on[i] }))
            .filter((b) => !done.includes(b.personId));
          await db.transaction(async (tx) => {
            for (const b of batch)
              await tx.execute(sql`insert into training_attendance (course_id, person_id, fiscal_year, completed_on, method)
                values (${courseId}, ${b.personId}, 2025, ${b.completedOn}, 'import')`);
            await addCompletions(tx, courseId, batch);
          });
          const r = await both(day, by);
          expect(r.fromTally).toEqual(r.fromLive);
          const p = await bothPeople(day, deptA);
          expect(p.fromTally).toEqual(p.fromLive);
          expect(await completionsOffStretches()).toBe(0);
        },
      ),
      { numRuns: 15 },
    );
  }, 300_000);

  it("stays equal after any sequence of completions and applied transfers, each stretch keeping its person's completion day", async () => {
    await both("2026-03-31", "department"); // built
    const keys = ["moved", "early", "late", "never", "fiscal", "hire"];
    const step = fc.oneof(
      fc.record({
        kind: fc.constant("complete" as const),
        course: fc.constantFrom("everyone", "roles", "fiscal", "units", "hire"),
        who: fc.constantFrom(...keys),
        on: days,
      }),
      fc.record({
        kind: fc.constant("transfer" as const),
        who: fc.constantFrom(...keys),
        to: fc.constantFrom("deptA" as const, "deptB" as const, "bureau" as const),
        on: days,
      }),
    );
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 4 }), days, async (steps, day) => {
        for (const s of steps) {
          if (s.kind === "complete") {
            const courseId = courses[s.course];
            const personId = people[s.who];
            const [had] = rows(
              await db.execute(
                sql`select 1 from training_attendance where course_id = ${courseId} and person_id = ${personId}`,
              ),
            );
            if (had) continue; // the writers record each person's first completion only
            await attend(courseId, personId, s.on);
          } else {
            // An applied 人事異動 written by SQL (as an import of history is): the batch and the
            // person's present 課 — the directory's version moves, the tally is out of date.
            const to = { deptA, deptB, bureau }[s.to];
            const [batch] = rows(
              await db.execute(sql`insert into transfer_batches (title, effective_date, status)
                values (${`異動 ${++n}`}, ${s.on}, 'applied') returning id`),
            );
            await db.execute(sql`insert into transfer_items (batch_id, person_id, from_department_id, to_department_id)
              select ${batch.id}, id, department_id, ${to} from people where id = ${people[s.who]}`);
            await db.execute(sql`update people set department_id = ${to} where id = ${people[s.who]}`);
          }
        }
        const r = await both(day, "department");
        expect(r.fromTally).toEqual(r.fromLive);
        for (const unit of [deptA, deptB, bureau]) {
          const p = await bothPeople(day, unit);
          expect(p.fromTally).toEqual(p.fromLive);
        }
        expect(await completionsOffStretches()).toBe(0);
      }),
      { numRuns: 12 },
    );
  }, 300_000);

  it("judges out of date by the directory's version, which a change of an applied 人事異動 moves and a planned one does not", async () => {
    await rebuilt();
    const stale = async () => (await staleTally(db, await year())).courses.length;
    // A planned batch and its items: not history, the tally stays current.
    const [planned] = rows(
      await db.execute(sql`insert into transfer_batches (title, effective_date, status)
        values ('予定の異動', '2026-03-01', 'planned') returning id`),
    );
    await db.execute(sql`insert into transfer_items (batch_id, person_id, from_department_id, to_department_id)
      values (${planned.id}, ${people.early}, ${deptA}, ${deptB})`);
    expect(await stale()).toBe(0);
    // An item added to an applied batch without touching people (an import of history).
    const [applied] = rows(
      await db.execute(
        sql`select id from transfer_batches where status = 'applied' order by effective_date limit 1`,
      ),
    );
    await db.execute(sql`insert into transfer_items (batch_id, person_id, from_department_id, to_department_id)
      values (${applied.id}, ${people.never}, ${deptA}, ${deptB})`);
    expect(await stale()).toBe(5);
    await rebuilt();
    // The planned batch applied (its status alone, people untouched): out of date again.
    await db.execute(sql`update transfer_batches set status = 'applied' where id = ${planned.id}`);
    expect(await stale()).toBe(5);
    await rebuilt();
    // Cancelling an applied batch moves it too.
    await db.execute(sql`update transfer_batches set status = 'cancelled' where id = ${planned.id}`);
    expect(await stale()).toBe(5);
    const r = await both("2026-03-31", "department");
    expect(r.fromTally).toEqual(r.fromLive);
  }, 300_000);
});

describe("a change of a few people through the directory's commands", () => {
  it("redoes their part of the tally in its own transaction: no rebuild queued, the next read sums a tally equal to the live statement", async () => {
    await rebuilt();
    const ctx = { actor: null, ip: "", requestId: "test-patch" };
    const profile = t.deps.profile();
    const keys = ["moved", "early", "late", "never", "fiscal", "hire"];
    const units = () => ({ deptA, deptB, bureau });
    const change = fc.oneof(
      fc.record({
        kind: fc.constant("move" as const),
        who: fc.constantFrom(...keys),
        to: fc.constantFrom("deptA" as const, "deptB" as const, "bureau" as const),
      }),
      fc.record({
        kind: fc.constant("employment" as const),
        who: fc.constantFrom(...keys),
        type: fc.constantFrom("regular" as const, "fiscal_year" as const),
      }),
      fc.record({ kind: fc.constant("title" as const), who: fc.constantFrom(...keys) }),
      fc.record({
        kind: fc.constant("active" as const),
        who: fc.constantFrom(...keys),
        active: fc.boolean(),
      }),
      fc.record({
        kind: fc.constant("role" as const),
        who: fc.constantFrom(...keys),
        from: days,
      }),
      fc.record({
        kind: fc.constant("join" as const),
        to: fc.constantFrom("deptA" as const, "deptB" as const),
      }),
    );
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 3 }), days, async (changes, day) => {
        const jobs0 = await rebuildJobs("queued");
        for (const c of changes) {
          if (c.kind === "join") {
            await createPerson(
              db,
              ctx,
              { name: `新職員${++n}`, employmentType: "regular", departmentId: units()[c.to] },
              NOW,
            );
          } else if (c.kind === "role") {
            if (!(await loadPerson(db, people[c.who])).active) continue; // refused: not a change
            await createRoleAssignment(
              db,
              ctx,
              profile,
              { personId: people[c.who], roleKey: "network_administrator", validFrom: c.from, validTo: null },
              NOW,
            );
          } else {
            const before = await loadPerson(db, people[c.who]);
            const patch =
              c.kind === "move"
                ? { departmentId: units()[c.to] }
                : c.kind === "employment"
                  ? { employmentType: c.type }
                  : c.kind === "active"
                    ? { active: c.active }
                    : { title: `主事${++n}` };
            await updatePerson(db, ctx, before, patch, NOW);
          }
        }
        // Current without any job: each change patched the tally in its transaction.
        expect(await rebuildJobs("queued")).toBe(jobs0);
        expect((await staleTally(db, await year())).courses).toEqual([]);
        const r = await both(day, "department");
        expect(r.fromTally).toEqual(r.fromLive);
        for (const unit of [deptA, deptB, bureau]) {
          const p = await bothPeople(day, unit);
          expect(p.fromTally).toEqual(p.fromLive);
        }
        expect(await completionsOffStretches()).toBe(0);
      }),
      { numRuns: 15 },
    );
  }, 300_000);

  it("queues the rebuild instead when the tally was already out of date, or when a 課 moves under another 局", async () => {
    await rebuilt();
    const ctx = { actor: null, ip: "", requestId: "test-patch" };
    // Out of date before the change (a change by SQL, unannounced): not patched, queued.
    await db.execute(sql`update people set employment_type = 'fiscal_year' where id = ${people.early}`);
    await updatePerson(db, ctx, await loadPerson(db, people.late), { title: "係長" }, NOW);
    expect(await rebuildJobs("queued")).toBe(1);
    expect((await staleTally(db, await year())).courses).toHaveLength(5);
    const r = await both("2026-03-31", "department"); // runs the job
    expect(r.fromTally).toEqual(r.fromLive);
  }, 300_000);
});

/** Stretches whose completion day is not their person's completion of the course (0 when exact). */
async function completionsOffStretches() {
  return rows(
    await db.execute(sql`select count(*)::int as n from training_tally_members m
      left join training_attendance a on a.course_id = m.course_id and a.person_id = m.person_id
     where m.completed_on is distinct from a.completed_on`),
  )[0].n as number;
}
