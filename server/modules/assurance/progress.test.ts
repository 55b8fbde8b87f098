import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Duty } from "../../../common/duties";
import type { Database } from "../../db/client";
import type { Actor } from "../../http/context";
import { loadProfile } from "../../profile";
import { openTestDatabase } from "../../test/db";
import { reportedScopes, sheetVisibilitySql } from "./access";
import {
  type CampaignKey,
  campaignProgress,
  type ProgressRow,
  type SheetRow,
  sheetConfirmations,
} from "./queries";

/**
 * Progress per 局 / 課 reads the kept tallies (assurance_sheet_tallies, statement triggers on
 * assurance_sheets) instead of every sheet. Two properties over random sheets and viewers:
 *  - the tallies equal a GROUP BY over the sheets after any inserts, updates (counted columns or
 *    not, moves between units) and deletes, single- and multi-row;
 *  - campaignProgress answers exactly what the per-sheet query with the read rule
 *    (sheetVisibilitySql, the twin of canReadSheet) answers, per 局 and per 課, with and without a
 *    局 filter, before and after the deadline.
 */

const profile = loadProfile("kawasaki");
let database: Database;
const bureaus: string[] = [randomUUID(), randomUUID()];
const depts: string[] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
const bureauOf = (d: string) => bureaus[depts.indexOf(d) % 2];
const people: string[] = Array.from({ length: 8 }, () => randomUUID());
const deptOf = (p: string) => depts[people.indexOf(p) % 4];
const campaigns: Record<string, CampaignKey> = {};

const rowsOf = <T>(res: unknown) => (res as { rows: T[] }).rows;

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.db;
  for (const [i, b] of bureaus.entries())
    await db.execute(
      sql`insert into departments (id, code, name, kind) values (${b}::uuid, ${`pb${i}`}, ${`進捗局${i}`}, 'bureau')`,
    );
  for (const [i, d] of depts.entries())
    await db.execute(sql`insert into departments (id, code, name, kind, parent_id)
      values (${d}::uuid, ${`pd${i}`}, ${`進捗課${i}`}, 'department', ${bureauOf(d)}::uuid)`);
  for (const [i, p] of people.entries())
    await db.execute(sql`insert into people (id, employee_number, name, employment_type, department_id, active)
      values (${p}::uuid, ${`pp${i}`}, ${`進捗職員${i}`}, 'regular', ${deptOf(p)}::uuid, true)`);
  for (const scopeKey of ["staff", "assets", "bureau"]) {
    const [row] = rowsOf<{ id: string }>(
      await db.execute(sql`insert into assurance_campaigns (profile_id, fiscal_year, scope_key, title, due_date, clause, created_at)
        values (${profile.id}, 2026, ${scopeKey}, ${scopeKey}, '2026-12-01', 'c', now()) returning id`),
    );
    campaigns[scopeKey] = { id: row.id, scopeKey, dueDate: "2026-12-01" };
  }
}, 120_000);
afterAll(async () => {
  await database?.close();
});

type Status = "not_started" | "in_progress" | "submitted";
interface SheetSpec {
  scope: "staff" | "assets" | "bureau";
  unit: number;
  status: Status;
  late: boolean;
  answered: number;
  no: number;
}

const status = fc.constantFrom<Status>("not_started", "in_progress", "submitted");
const sheetSpec = fc.record({
  scope: fc.constantFrom<SheetSpec["scope"]>("staff", "assets", "bureau"),
  unit: fc.nat({ max: 7 }),
  status,
  late: fc.boolean(),
  answered: fc.nat({ max: 10 }),
  no: fc.nat({ max: 3 }),
});

/** The unit columns of a sheet of that scope: a person's own, a 課 (or none), a 局. */
function unitOf(spec: SheetSpec) {
  if (spec.scope === "staff") {
    const p = people[spec.unit];
    return { person: p, dept: deptOf(p), bureau: bureauOf(deptOf(p)), kind: "person" };
  }
  if (spec.scope === "assets") {
    const d = depts[spec.unit % 4];
    return { person: null, dept: d, bureau: bureauOf(d), kind: "department" };
  }
  return { person: null, dept: null, bureau: bureaus[spec.unit % 2], kind: "bureau" };
}

async function insertSheets(specs: SheetSpec[]) {
  if (!specs.length) return;
  const values = specs.map((s) => {
    const u = unitOf(s);
    return sql`(${campaigns[s.scope].id}::uuid, ${u.kind}, ${u.person}::uuid, ${u.dept}::uuid, ${u.bureau}::uuid,
      10, ${s.answered}, ${s.no}, ${s.status}, ${s.late})`;
  });
  await database.db.execute(sql`insert into assurance_sheets
    (campaign_id, unit_kind, person_id, department_id, bureau_id, item_count, answered_count, no_count, status, late)
    values ${sql.join(values, sql`, `)}`);
}

const TALLY_COLUMNS = sql`sheets, submitted, late, in_progress, not_started, answers, items, no_answers`;
async function truth() {
  return rowsOf<Record<string, unknown>>(
    await database.db.execute(sql`select campaign_id, bureau_id, department_id, count(*)::int as sheets,
      count(*) filter (where status = 'submitted')::int as submitted, count(*) filter (where late)::int as late,
      count(*) filter (where status = 'in_progress')::int as in_progress,
      count(*) filter (where status = 'not_started')::int as not_started, sum(answered_count)::int as answers,
      sum(item_count)::int as items, sum(no_count)::int as no_answers
      from assurance_sheets group by 1, 2, 3 order by 1, 2, 3`),
  );
}
async function kept() {
  return rowsOf<Record<string, unknown>>(
    await database.db.execute(sql`select campaign_id, bureau_id, department_id, ${TALLY_COLUMNS}
      from assurance_sheet_tallies where sheets <> 0 or answers <> 0 or items <> 0 order by 1, 2, 3`),
  );
}

const op = fc.oneof(
  fc.record({
    t: fc.constant("insert" as const),
    specs: fc.array(sheetSpec, { minLength: 1, maxLength: 6 }),
  }),
  fc.record({ t: fc.constant("status" as const), mod: fc.integer({ min: 2, max: 4 }), status }),
  fc.record({
    t: fc.constant("answer" as const),
    mod: fc.integer({ min: 2, max: 4 }),
    by: fc.integer({ min: -2, max: 3 }),
  }),
  fc.record({ t: fc.constant("move" as const), to: fc.nat({ max: 3 }) }),
  fc.record({ t: fc.constant("touch" as const) }),
  fc.record({ t: fc.constant("delete" as const), mod: fc.integer({ min: 2, max: 5 }) }),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

async function apply(o: Op) {
  const db = database.db;
  // Rows picked by a stable hash of their id, so a statement touches several units at once.
  const pick = (mod: number) => sql`abs(hashtext(id::text)) % ${mod} = 0`;
  if (o.t === "insert") await insertSheets(o.specs);
  else if (o.t === "status")
    await db.execute(
      sql`update assurance_sheets set status = ${o.status}, late = not late where ${pick(o.mod)}`,
    );
  else if (o.t === "answer")
    await db.execute(sql`update assurance_sheets set answered_count = greatest(0, answered_count + ${o.by}),
      no_count = no_count + 1 where ${pick(o.mod)}`);
  else if (o.t === "move")
    await db.execute(sql`update assurance_sheets set department_id = ${depts[o.to]}::uuid,
      bureau_id = ${bureauOf(depts[o.to])}::uuid where unit_kind = 'department' and ${pick(2)}`);
  else if (o.t === "touch") await db.execute(sql`update assurance_sheets set submitted_at = submitted_at`);
  else await db.execute(sql`delete from assurance_sheets where ${pick(o.mod)}`);
}

/** The per-sheet query progress ran before the tallies: the reference answer. */
async function reference(
  actor: Actor,
  c: CampaignKey,
  by: "bureau" | "department",
  today: string,
  bureauId?: string,
) {
  const key = by === "bureau" ? sql`s.bureau_id` : sql`s.department_id`;
  const rows = rowsOf<ProgressRow>(
    await database.db.execute(sql`
      select ${key} as unit_id, (select d.name from departments d where d.id = ${key}) as unit_name,
          count(*)::int as sheets, count(*) filter (where s.status = 'submitted')::int as submitted,
          count(*) filter (where s.late)::int as late,
          count(*) filter (where s.status = 'in_progress')::int as in_progress,
          count(*) filter (where s.status = 'not_started')::int as not_started,
          count(*) filter (where s.status <> 'submitted' and c.due_date < ${today}::date)::int as overdue,
          sum(s.answered_count)::int as answers, sum(s.item_count)::int as items, sum(s.no_count)::int as no_answers
        from assurance_sheets s join assurance_campaigns c on c.id = s.campaign_id
        where s.campaign_id = ${c.id}::uuid ${bureauId ? sql`and s.bureau_id = ${bureauId}::uuid` : sql``}
          and ${sheetVisibilitySql(actor, reportedScopes(profile, actor))}
        group by ${key}`),
  );
  return rows.sort((a, b) => (a.unit_name ?? "").localeCompare(b.unit_name ?? "", "ja"));
}

const grant = fc.oneof(
  fc.record({
    duty: fc.constantFrom<Duty>(
      "chief_information_security_officer",
      "manage_network",
      "view_all_departments",
    ),
    scope: fc.constant("organization" as const),
    scopeDepartmentId: fc.constant(null),
  }),
  fc.record({
    duty: fc.constantFrom<Duty>("inspect_bureau", "manage_department_security", "own_assets"),
    scope: fc.constant("bureau" as const),
    scopeDepartmentId: fc.constantFrom(...bureaus),
  }),
  fc.record({
    duty: fc.constantFrom<Duty>("manage_department_security", "own_assets", "inspect_bureau"),
    scope: fc.constant("department" as const),
    scopeDepartmentId: fc.constantFrom(...depts),
  }),
);
const viewer = fc.record({
  person: fc.nat({ max: 8 }),
  grants: fc.array(grant, { maxLength: 2 }),
});
function actorOf(v: {
  person: number;
  grants: Array<{ duty: Duty; scope: string; scopeDepartmentId: string | null }>;
}): Actor {
  const personId = people[v.person] ?? randomUUID();
  const departmentId = people[v.person] ? deptOf(personId) : null;
  return {
    userId: randomUUID(),
    personId,
    loginId: "v",
    name: "v",
    departmentId,
    bureauId: departmentId ? bureauOf(departmentId) : null,
    grants: v.grants.map((g) => ({ ...g, scope: g.scope as "organization", roleKey: "r", deputyFor: null })),
    sessionId: "s",
  };
}

describe("assurance_sheet_tallies and progress per 局 / 課", () => {
  it("the tallies equal a GROUP BY over the sheets after any sequence of writes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 6 }), async (ops) => {
        for (const o of ops) await apply(o);
        expect(await kept()).toEqual(await truth());
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it("a failed statement leaves the tallies as they were", async () => {
    const before = await kept();
    await expect(
      database.db.execute(sql`update assurance_sheets set answered_count = answered_count + 1,
        status = case when abs(hashtext(id::text)) % 2 = 0 then 'submitted' else null end`),
    ).rejects.toThrow();
    expect(await kept()).toEqual(before);
  });

  it("progress from the tallies answers what the per-sheet query with the read rule answers", async () => {
    await insertSheets(
      people.map((_, unit) => ({
        scope: "staff",
        unit,
        status: "in_progress",
        late: false,
        answered: 3,
        no: 1,
      })),
    );
    await fc.assert(
      fc.asyncProperty(
        viewer,
        fc.constantFrom("staff", "assets", "bureau"),
        fc.constantFrom<"bureau" | "department">("bureau", "department"),
        fc.constantFrom("2026-11-30", "2026-12-02"),
        fc.option(fc.constantFrom(...bureaus), { nil: undefined }),
        fc.option(op, { nil: undefined }),
        async (v, scope, by, today, bureauId, write) => {
          if (write) await apply(write);
          const actor = actorOf(v);
          const c = campaigns[scope];
          const got = await campaignProgress(database.db, profile, actor, c, by, today, bureauId);
          expect(got).toEqual(await reference(actor, c, by, today, bureauId));
        },
      ),
      { numRuns: 120 },
    );
  }, 180_000);

  it("a staff member sees only their own sheet's row; a 課長 their 課's and their own", async () => {
    const staffSheets = campaigns.staff;
    await insertSheets([
      { scope: "staff", unit: 0, status: "in_progress", late: false, answered: 4, no: 0 },
      { scope: "staff", unit: 1, status: "submitted", late: true, answered: 10, no: 2 },
    ]);
    const staff = actorOf({ person: 1, grants: [] });
    const own = await campaignProgress(database.db, profile, staff, staffSheets, "department", "2026-11-30");
    expect(own.map((r) => r.unit_id)).toEqual([deptOf(people[1])]);
    const mine = rowsOf<{ n: number }>(
      await database.db.execute(sql`select count(*)::int as n from assurance_sheets
        where campaign_id = ${staffSheets.id}::uuid and person_id = ${people[1]}::uuid`),
    )[0].n;
    expect(own[0].sheets).toBe(mine);
    // Person 1 (課 1) heads 課 0: 課 0's row in full, and their own sheet's 課 1 row with it alone.
    const head = actorOf({
      person: 1,
      grants: [{ duty: "manage_department_security", scope: "department", scopeDepartmentId: depts[0] }],
    });
    const rows = await campaignProgress(database.db, profile, head, staffSheets, "department", "2026-11-30");
    expect(rows.map((r) => [r.unit_id, r.sheets])).toEqual([
      [depts[0], expect.any(Number)],
      [depts[1], mine],
    ]);
  });
  it("局点検 (第12章5): the staff and 課 sheets a 局's sheet confirms, counted from the tallies as per sheet", async () => {
    await insertSheets([
      { scope: "assets", unit: 2, status: "submitted", late: true, answered: 10, no: 1 },
      { scope: "staff", unit: 2, status: "not_started", late: false, answered: 0, no: 0 },
    ]);
    const byScope = (rows: Array<{ scope_key: string }>) =>
      [...rows].sort((a, b) => a.scope_key.localeCompare(b.scope_key));
    for (const bureauId of bureaus) {
      const sheet = { scope_key: "bureau", bureau_id: bureauId, fiscal_year: 2026 } as SheetRow;
      const expected = rowsOf<{ scope_key: string }>(
        await database.db.execute(sql`
          select c.scope_key, c.title, count(*)::int as sheets,
            count(*) filter (where s.status = 'submitted')::int as submitted,
            count(*) filter (where s.late)::int as late, sum(s.no_count)::int as no_answers
          from assurance_sheets s join assurance_campaigns c on c.id = s.campaign_id
          where c.profile_id = ${profile.id} and c.fiscal_year = 2026 and c.scope_key in ('staff', 'assets')
            and s.bureau_id = ${bureauId}::uuid
          group by c.scope_key, c.title`),
      );
      expect(expected.length).toBeGreaterThan(0);
      expect(byScope(await sheetConfirmations(database.db, profile, sheet))).toEqual(byScope(expected));
    }
    // A sheet whose scope confirms nothing (a staff sheet) lists nothing.
    const staffSheet = { scope_key: "staff", bureau_id: bureaus[0], fiscal_year: 2026 } as SheetRow;
    expect(await sheetConfirmations(database.db, profile, staffSheet)).toEqual([]);
  });
});
