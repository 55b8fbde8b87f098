/**
 * Training (issue 15), at 川崎市's scale: 20,000 people in 40 課 under 8 局, 3 mandatory courses a
 * 年度 over 5 年度 (about 270,000 attendance rows), a fifth of the people moved by an applied
 * April 人事異動 in each of the last four 年度 — so "who belonged to which 課 then" matters.
 * Figures, each through the module's own code (completionFigures, recordBatch):
 *  - the rebuild job's run (the 年度's completion tally, rebuilt off the read path), beside the
 *    live statement over every person once; the two are checked to give the same figures;
 *  - the first read after a person's change (their stretches patched by the change's own
 *    transaction: the tally answers), and after a 課 moved under another 局 (the live statement;
 *    the change itself queued the rebuild), beside the rebuild that read used to wait for;
 *  - completion per 課 for the whole organization (the CISO's view) of the previous 年度, p95,
 *    beside a plain GROUP BY of attendance by each person's current 課 (what a spreadsheet gives:
 *    no audience, no membership as of the day — wrong for everyone who moved) in the same run;
 *  - a 課長's page (completion per person of their 課), p95, beside the same plain count for one 課;
 *  - importing 20,000 attendance rows from a CSV (read, parse, resolve 職員番号, check every row
 *    against the audience and the records, write with the audit event), rows/s, beside one bare
 *    INSERT … SELECT of the same rows (no checks); the tally is kept current by the import and
 *    checked against the live statement afterwards.
 */
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Database } from "../../server/db/client";
import { wireDirectoryListeners } from "../../server/directory-listeners";
import type { Actor } from "../../server/http/context";
import { readSheet } from "../../server/http/sheet-read";
import { loadDepartment, updateDepartment } from "../../server/modules/org/commands/departments";
import { loadPerson, updatePerson } from "../../server/modules/org/commands/people";
import { recordBatch } from "../../server/modules/training/commands/attendance";
import { rebuildTallyOf } from "../../server/modules/training/commands/tally-job";
import { peopleByEmployeeNumber } from "../../server/modules/training/directory";
import { parseAttendanceRows } from "../../server/modules/training/domain/import-rows";
import { completionFigures, liveGroupRows } from "../../server/modules/training/queries/completion";
import { loadProfile } from "../../server/profile";
import type { BenchSection, Figure } from "../types";

const YEARS = [2021, 2022, 2023, 2024, 2025];
const rowsOf = <T>(res: unknown) => (res as { rows: T[] }).rows;

function p95(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))];
}

async function timed(n: number, f: () => Promise<unknown>) {
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await f();
    ms.push(performance.now() - t0);
  }
  return Math.round(p95(ms) * 10) / 10;
}

function actor(grants: Actor["grants"]): Actor {
  return {
    userId: "00000000-0000-4000-8000-000000000001",
    personId: "00000000-0000-4000-8000-000000000000",
    loginId: "bench",
    name: "bench",
    departmentId: null,
    bureauId: null,
    grants,
    sessionId: "bench",
  };
}

/**
 * The section's data: 8 局 and 40 課 named by `tag`, `n` people, four applied April 人事異動
 * (a fifth of the people each), a plan in effect per 年度 with 3 mandatory courses and one session
 * each, ~90 % attended — except 2025's third course, left empty for the import (its session
 * returned). Exported so the query plans can be read on the same data (EXPLAIN ANALYZE).
 */
export async function seedTraining(db: Database["db"], profileId: string, n: number, tag: string) {
  await db.execute(sql`
      insert into departments (code, name, kind)
      select ${tag} || '-b' || g, 'ベンチ局' || g, 'bureau' from generate_series(0, 7) g`);
  await db.execute(sql`
      insert into departments (code, name, kind, parent_id)
      select ${tag} || '-' || g, 'ベンチ研修課' || g, 'department',
             (select id from departments where code = ${tag} || '-b' || (g % 8))
        from generate_series(0, 39) g`);
  await db.execute(sql`
      insert into people (employee_number, name, employment_type, department_id, active)
      select ${tag} || '-' || g, '研修職員' || g, 'regular',
             (select id from departments where code = ${tag} || '-' || (g % 40)), true
        from generate_series(0, ${n - 1}) g`);
  // A fifth of the people moved each April of 2022–2025 (from the next 課 to their current one).
  for (const [k, year] of YEARS.slice(1).entries()) {
    const title = `bench ${tag} ${year}`;
    await db.execute(sql`
        insert into transfer_batches (title, effective_date, status) values (${title}, ${`${year}-04-01`}, 'applied')`);
    await db.execute(sql`
        insert into transfer_items (batch_id, person_id, from_department_id, to_department_id)
        select (select id from transfer_batches where title = ${title}), p.id,
               (select id from departments where code = ${tag} || '-' || ((p.g + 1) % 40)), p.department_id
          from (select id, department_id, row_number() over (order by employee_number) - 1 as g
                  from people where employee_number like ${`${tag}-%`}) p
         where p.g % 5 = ${k}`);
  }
  // Plans in effect, 3 mandatory courses each, one session per course; ~90% attended.
  const sessions = new Map<number, string>();
  for (const fy of YEARS) {
    const [plan] = rowsOf<{ id: string }>(
      await db.execute(sql`
          insert into training_plans (profile_id, fiscal_year, title, status)
          values (${profileId}, ${fy}, ${`ベンチ ${fy}年度 研修計画`}, 'in_effect') returning id`),
    );
    for (let c = 0; c < 3; c++) {
      const [course] = rowsOf<{ id: string }>(
        await db.execute(sql`
            insert into training_courses (plan_id, fiscal_year, title, delivery, mandatory, audience, due_date)
            values (${plan.id}, ${fy}, ${`研修${c + 1}`}, 'classroom', true, '{"kind":"everyone"}'::jsonb,
                    ${`${fy + 1}-03-31`}) returning id`),
      );
      const [session] = rowsOf<{ id: string }>(
        await db.execute(sql`
            insert into training_sessions (course_id, held_on, place, organizer_person_id)
            values (${course.id}, ${`${fy}-06-01`}, '大会議室', (select id from people where employee_number = ${`${tag}-0`}))
            returning id`),
      );
      if (fy === 2025 && c === 2) {
        sessions.set(fy, session.id); // left empty: the import fills it
        continue;
      }
      await db.execute(sql`
          insert into training_attendance (course_id, session_id, person_id, fiscal_year, completed_on, method, department_id)
          select ${course.id}::uuid, ${session.id}::uuid, p.id, ${fy}, ${`${fy}-06-01`}::date, 'sheet', p.department_id
            from (select id, department_id, row_number() over (order by employee_number) - 1 as g
                    from people where employee_number like ${`${tag}-%`}) p
           where (p.g + ${fy + c}) % 10 <> 0`);
    }
  }
  await db.execute(sql`analyze`);
  return sessions.get(2025) as string;
}

export const trainingSection: BenchSection = {
  id: "training",
  title: "Training: completion per 課 across transfers, a 課長's page, attendance import",
  needs: [],
  mode: "in-process",
  enabled: () => true,
  async run(ctx) {
    const database = ctx.database;
    if (!database) throw new Error("training section needs the database");
    const db = database.db;
    const n = Math.round(20_000 / ctx.divisor);
    const runs = ctx.quick ? 3 : 20;
    const tag = `t${Date.now().toString(36)}`;
    const profile = loadProfile("nishihara");
    ctx.log(`training: ${n} people × 3 courses × ${YEARS.length} 年度, transfers every April`);
    const importSessionId = await seedTraining(db, profile.id, n, tag);

    const ciso = actor([
      {
        duty: "chief_information_security_officer",
        scope: "organization",
        scopeDepartmentId: null,
        roleKey: "ciso",
        deputyFor: null,
      },
    ]);
    const now = new Date("2026-06-15T09:00:00+09:00");
    const [unit] = rowsOf<{ id: string }>(
      await db.execute(sql`select id from departments where code = ${`${tag}-7`}`),
    );
    const head = actor([
      {
        duty: "manage_department_security",
        scope: "department",
        scopeDepartmentId: unit.id,
        roleKey: "security_system_manager",
        deputyFor: null,
      },
    ]);
    const orgQuery = { fiscalYear: 2024, by: "department" as const };
    // A read never builds the tally (queries/completion.ts): one that finds it out of date answers
    // from the live statement and queues the rebuild job (commands/tally-job.ts). The job's run is
    // timed here on 2024 (a full build: the same work as after any directory change).
    const courseIds = async (fiscalYear: number) =>
      rowsOf<{ id: string }>(
        await db.execute(sql`select id from training_courses where fiscal_year = ${fiscalYear}`),
      ).map((r) => r.id);
    const rebuild = async (fiscalYear: number) => {
      const ids = await courseIds(fiscalYear);
      await db.transaction((tx) => rebuildTallyOf(tx, fiscalYear, ids));
    };
    await completionFigures(db, profile, ciso, orgQuery, now); // out of date: live, job queued
    const tb = performance.now();
    await rebuild(2024);
    const buildMs = Math.round(performance.now() - tb);
    const figures0 = await completionFigures(db, profile, ciso, orgQuery, now); // from the tally
    // The same figures by the live statement over every person (the tally's definition), once.
    const tl = performance.now();
    const live = await liveGroupRows(db, figures0.courses, figures0.day, undefined, "department");
    const liveMs = Math.round(performance.now() - tl);
    const agree = figures0.groups.every((g) =>
      g.courses.every((c) => {
        const r = live.find((x) => x.key === g.key && x.course_id === c.courseId);
        return r && r.audience === c.audience && r.completed === c.completed && r.overdue === c.overdue;
      }),
    );
    if (!agree || live.length !== figures0.groups.length * figures0.courses.length)
      throw new Error("training: the tally's figures differ from the live statement's");
    const orgP95 = await timed(runs, () => completionFigures(db, profile, ciso, orgQuery, now));
    const plainOrg = await timed(runs, () =>
      db.execute(sql`
        select p.department_id, a.course_id, count(*)
          from training_attendance a join people p on p.id = a.person_id
         where a.fiscal_year = 2024 group by 1, 2`),
    );
    // How many people the plain count puts in the wrong 課 for 2024 (moved in April 2025).
    const [moved] = rowsOf<{ n: number }>(
      await db.execute(sql`
        select count(*)::int as n from transfer_items i join transfer_batches b on b.id = i.batch_id
         where b.title = ${`bench ${tag} 2025`}`),
    );
    const headQuery = { fiscalYear: 2025, by: "person" as const, departmentId: unit.id };
    await rebuild(2025); // 2025's tally built (as the job would)
    const headP95 = await timed(runs, () => completionFigures(db, profile, head, headQuery, now));
    const plainHead = await timed(runs, () =>
      db.execute(sql`
        select a.person_id, a.course_id, a.completed_on from training_attendance a
          join people p on p.id = a.person_id
         where a.fiscal_year = 2025 and p.department_id = ${unit.id}::uuid`),
    );

    // Import: 20,000 rows of 職員番号,受講日 into the empty session of 2025.
    const sessionId = importSessionId;
    const csv = ["職員番号,氏名,受講日"];
    for (let g = 0; g < n; g++) csv.push(`${tag}-${g},研修職員${g},2025/06/01`);
    const bytes = new TextEncoder().encode(`${csv.join("\r\n")}\r\n`);
    const organizer = actor([
      {
        duty: "chief_information_security_officer",
        scope: "organization",
        scopeDepartmentId: null,
        roleKey: "ciso",
        deputyFor: null,
      },
    ]);
    // 2025's tally is built (above), so the import also pays for keeping it current.
    const q2025 = { fiscalYear: 2025, by: "department" as const };
    const t0 = performance.now();
    const sheet = await readSheet(bytes, ["受講日"]);
    const parsed = parseAttendanceRows(sheet);
    const found = await peopleByEmployeeNumber(db, [...new Set(parsed.rows.map((r) => r.employeeNumber))]);
    const result = await recordBatch(
      db,
      { actor: organizer, ip: "", requestId: `bench-${randomUUID()}` },
      profile,
      sessionId,
      parsed.rows.map((r) => ({
        personId: found.get(r.employeeNumber) ?? null,
        label: r.employeeNumber,
        completedOn: r.completedOn,
      })),
      { method: "import", mode: "all_or_nothing", field: "employeeNumber" },
      now,
    );
    const importS = (performance.now() - t0) / 1000;
    const after = await completionFigures(db, profile, ciso, q2025, now);
    const liveAfter = await liveGroupRows(db, after.courses, after.day, undefined, "department");
    const sum = (xs: Array<{ completed: number }>) => xs.reduce((a, x) => a + x.completed, 0);
    if (sum(after.groups.flatMap((g) => g.courses)) !== sum(liveAfter))
      throw new Error("training: after the import the tally's completions differ from the live statement's");
    // Baseline: the same rows by one bare INSERT … SELECT into a scratch copy (no checks, no audit).
    await db.execute(
      sql`create temporary table bench_attendance (like training_attendance including defaults)`,
    );
    const t1 = performance.now();
    await db.execute(sql`
      insert into bench_attendance (course_id, session_id, person_id, fiscal_year, completed_on, method)
      select gen_random_uuid(), ${sessionId}::uuid, id, 2025, date '2025-06-01', 'import'
        from people where employee_number like ${`${tag}-%`}`);
    const bareS = (performance.now() - t1) / 1000;
    await db.execute(sql`drop table bench_attendance`);

    // The first read after a directory change, as the app wires the directory's change event.
    // (1) A person's change through the directory's own command: its transaction redoes that
    // person's stretches (patchTally), so the tally stays current and the read sums it. The
    // change's own time is shown beside it (what the patch adds to a 人事 edit).
    // (2) A 課 moved under another 局 (anyone's 局 may move): the change queues the rebuild, the
    // tally is out of date, so the read is the live statement; it queues nothing more.
    // (No worker runs here: the jobs queued by the reads above stay queued.)
    wireDirectoryListeners();
    const queued = async () =>
      rowsOf<{ n: number }>(
        await db.execute(sql`select count(*)::int as n from jobs
          where kind = 'training.tally_rebuild' and status = 'queued' and payload->>'fiscalYear' = '2024'`),
      )[0].n;
    const changeCtx = () => ({ actor: organizer, ip: "", requestId: `bench-${randomUUID()}` });
    await rebuild(2024); // current again after the import's reads
    const queued0 = await queued();
    const [someone] = rowsOf<{ id: string }>(
      await db.execute(sql`select id from people where employee_number = ${`${tag}-0`}`),
    );
    const [otherUnit] = rowsOf<{ id: string }>(
      await db.execute(sql`select id from departments where code = ${`${tag}-8`}`),
    );
    const tp = performance.now();
    await updatePerson(
      db,
      changeCtx(),
      await loadPerson(db, someone.id),
      { departmentId: otherUnit.id },
      now,
    );
    const personChangeMs = Math.round(performance.now() - tp);
    if ((await queued()) !== queued0)
      throw new Error("training: a person's change queued a rebuild instead of patching the tally");
    const tr = performance.now();
    const afterPerson = await completionFigures(db, profile, ciso, orgQuery, now);
    const afterPersonMs = Math.round(performance.now() - tr);
    if ((await queued()) !== queued0)
      throw new Error("training: the read after a person's change found the tally out of date");
    const livePerson = await liveGroupRows(db, afterPerson.courses, afterPerson.day, undefined, "department");
    const sumOf = (xs: Array<{ audience: number; completed: number }>) =>
      xs.reduce((a, x) => a + x.audience * 7 + x.completed, 0);
    if (sumOf(afterPerson.groups.flatMap((g) => g.courses)) !== sumOf(livePerson))
      throw new Error("training: after a person's change the tally differs from the live statement");
    const unitOf = async (code: string) =>
      rowsOf<{ id: string }>(await db.execute(sql`select id from departments where code = ${code}`))[0];
    const unit0 = await unitOf(`${tag}-0`); // under 局 0
    const bureau1 = await unitOf(`${tag}-b1`);
    await updateDepartment(
      db,
      changeCtx(),
      await loadDepartment(db, unit0.id),
      { parentId: bureau1.id },
      now,
    );
    if ((await queued()) !== queued0 + 1)
      throw new Error("training: the 課's move did not queue the rebuild");
    const tf = performance.now();
    const firstRead = await completionFigures(db, profile, ciso, orgQuery, now);
    const firstReadMs = Math.round(performance.now() - tf);
    await completionFigures(db, profile, ciso, orgQuery, now); // the same state: nothing queued
    if ((await queued()) !== queued0 + 1 || firstRead.groups.length !== figures0.groups.length)
      throw new Error("training: a read after the change queued another rebuild");

    const rate = (rows: number, s: number) => Math.round(rows / Math.max(s, 1e-6));
    const figures: Figure[] = [
      {
        key: "training.completion_org_p95_ms",
        label: `completion per 課 for the organization, 年度 2024 as of its last day (${figures0.groups.length} 課 × ${figures0.courses.length} courses; ${moved?.n ?? 0} people moved since)`,
        value: orgP95,
        unit: "ms",
        baseline: {
          label: "plain GROUP BY of attendance by current 課 (no audience, no membership as of the day)",
          value: plainOrg,
          unit: "ms",
        },
        target: { op: "<=", value: 100, unit: "ms" },
      },
      {
        key: "training.first_read_after_person_change_ms",
        label: `first read after a person's change (moved to another 課 through the directory's command, ${personChangeMs} ms with its tally patch): completion per 課, 年度 2024 (the change patched the tally in its transaction, so the tally answers)`,
        value: afterPersonMs,
        unit: "ms",
        baseline: {
          label: "the same read after a 課 moved under another 局 (below: the live statement)",
          value: firstReadMs,
          unit: "ms",
        },
        target: { op: "<=", value: 100, unit: "ms" },
      },
      {
        key: "training.first_read_after_change_ms",
        label: `first read after a 課 moved under another 局: completion per 課, 年度 2024 (anyone's 局 may move, so the tally is out of date and the live statement answers; the change queued the rebuild job)`,
        value: firstReadMs,
        unit: "ms",
        baseline: {
          label: "rebuilding the tally on that read, as it was before (the job's run below)",
          value: buildMs,
          unit: "ms",
        },
        // What the CISO waits for, as any read of the figures per 課 (issue 15: ≤ 100 ms).
        target: { op: "<=", value: 100, unit: "ms" },
      },
      {
        key: "training.tally_build_ms",
        label: `the rebuild job's run: the 年度's completion tally rebuilt off the read path (${figures0.courses.length} courses; its figures checked equal to the live statement's)`,
        value: buildMs,
        unit: "ms",
        baseline: {
          label:
            "the live statement over every person on the day, once (what each read costs while the tally is out of date)",
          value: liveMs,
          unit: "ms",
        },
        // In the background: reads are served meanwhile; it should be done within seconds of the
        // change so that the tally's sums answer again soon.
        target: { op: "<=", value: 10_000, unit: "ms" },
      },
      {
        key: "training.head_page_p95_ms",
        label: "a 課長's page: completion per person of their 課 (年度 2025)",
        value: headP95,
        unit: "ms",
        baseline: {
          label: "plain select of the 課's attendance by current 課",
          value: plainHead,
          unit: "ms",
        },
        target: { op: "<=", value: 50, unit: "ms" },
      },
      {
        key: "training.import_rows_per_s",
        label: `import ${parsed.rows.length} attendance rows from CSV (${result.inserted} written, ${result.problems.length} refused)`,
        value: rate(parsed.rows.length, importS),
        unit: "rows/s",
        baseline: { label: "bare INSERT … SELECT of the same rows", value: rate(n, bareS), unit: "rows/s" },
        target: { op: ">=", value: 5000, unit: "rows/s" },
      },
    ];
    return figures;
  },
};
