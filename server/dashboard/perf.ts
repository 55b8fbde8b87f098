/**
 * Timing of the dashboard counts at Kawasaki scale (issue #7): 500 departments, 200,000 assets
 * (with a year's inventory items), 50,000 requests, 2,000 incidents, on in-memory PGlite (or
 * PostgreSQL with TEST_DATABASE_URL). Not a test (minutes to generate): run it by hand,
 *
 *   npx tsx server/dashboard/perf.ts [--explain]
 *
 * It prints, per persona, the median and p95 of the whole composition (the four modules'
 * dashboardCounts, as GET /api/dashboard/counts runs them) and of each module.
 */
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import type { Actor, DutyGrant } from "../http/context";
import { dashboardCounts as assetCounts } from "../modules/assets/dashboard";
import { dashboardCounts as incidentCounts } from "../modules/incidents/dashboard";
import { dashboardCounts as registerCounts } from "../modules/registers/dashboard";
import { dashboardCounts as requestCounts } from "../modules/requests/dashboard";
import { loadProfile, type Profile } from "../profile";
import { openTestDatabase } from "../test/db";

const SCALE = Number(process.env.DASHBOARD_PERF_SCALE ?? 1);
const N = {
  bureaus: 40,
  departments: 500,
  assets: Math.round(200_000 * SCALE),
  requests: Math.round(50_000 * SCALE),
  incidents: Math.round(2_000 * SCALE),
  loans: Math.round(5_000 * SCALE),
};
const now = new Date("2026-06-15T10:00:00+09:00");

async function exec(db: DbOrTx, q: ReturnType<typeof sql>) {
  return (await db.execute(q)) as unknown as { rows: Record<string, unknown>[] };
}

async function generate(db: DbOrTx) {
  const t0 = Date.now();
  await exec(
    db,
    sql`insert into departments (code, name, kind) select 'B' || i, '局' || i, 'bureau' from generate_series(1, ${N.bureaus}) i`,
  );
  await exec(
    db,
    sql`insert into departments (code, name, kind, parent_id)
        select 'D' || i, '課' || i, 'department', (select id from departments where code = 'B' || (1 + i % ${N.bureaus}))
        from generate_series(1, ${N.departments}) i`,
  );
  const depts = (
    await exec(db, sql`select id from departments where kind = 'department' order by code`)
  ).rows.map((r) => r.id as string);
  const deptArr = sql`${`{${depts.join(",")}}`}::uuid[]`;
  await exec(
    db,
    sql`insert into people (name, employment_type, department_id)
        select '職員' || i, 'regular', (${deptArr})[1 + i % ${depts.length}] from generate_series(1, 20000) i`,
  );
  const people = (await exec(db, sql`select id from people order by name`)).rows.map((r) => r.id as string);
  const peopleArr = sql`${`{${people.join(",")}}`}::uuid[]`;
  console.log(`org ${Date.now() - t0} ms`);

  await exec(
    db,
    sql`insert into assets (asset_number, name, kind, department_id, confidentiality, effective_confidentiality,
          classification_pending, disposal_due_date, status, origin)
        select 'A-' || lpad(i::text, 7, '0'), '資産台帳' || i, 'document', (${deptArr})[1 + i % ${depts.length}],
          case when i % 97 = 0 then null else (1 + i % 3)::text end,
          case when i % 97 = 0 then null else (1 + i % 3)::text end,
          i % 97 = 0,
          case when i % 50 = 0 then date '2026-03-31' else null end,
          case when i % 200 = 0 then 'disposed' else 'in_use' end,
          case when i % 97 = 0 then 'received_external' else 'created' end
        from generate_series(1, ${N.assets}) i`,
  );
  console.log(`assets ${Date.now() - t0} ms`);
  await exec(
    db,
    sql`insert into inventory_campaigns (fiscal_year, department_id, status) select 2026, d, 'open' from unnest(${deptArr}) d`,
  );
  await exec(
    db,
    sql`insert into inventory_items (campaign_id, asset_id, result)
        select c.id, a.id, case when a.asset_number like '%3' then 'pending' else 'confirmed' end
        from assets a join inventory_campaigns c on c.department_id = a.department_id`,
  );
  await exec(
    db,
    sql`insert into asset_tasks (kind, asset_id, department_id, assignee_person_id)
        select 'classify', a.id, a.department_id, (${peopleArr})[1 + (row_number() over ()) % 20000]
        from assets a where a.classification_pending limit 2000`,
  );
  console.log(`inventory ${Date.now() - t0} ms`);

  const statuses = [
    "draft",
    "submitted",
    "approved",
    "in_effect",
    "completed",
    "completed",
    "rejected",
    "returned",
  ];
  const statusArr = sql`${`{${statuses.join(",")}}`}::text[]`;
  await exec(
    db,
    sql`insert into requests (kind, status, requester_person_id, department_id, bureau_id, approval_required,
          resolved, current_step, ends_at, created_at)
        select 'carry_out', s.status, p.person, p.dept, d.parent_id, true,
          jsonb_build_array(jsonb_build_object('step', 1, 'duty', 'approve_carry_out', 'scope', 'department',
            'scopeDepartmentId', p.dept, 'candidates', '[]'::jsonb)),
          case when s.status = 'submitted' then 1 else 0 end,
          ${now.toISOString()}::timestamptz - ((i % 30) || ' days')::interval,
          ${now.toISOString()}::timestamptz - ((i % 365) || ' days')::interval
        from generate_series(1, ${N.requests}) i
        cross join lateral (select (${statusArr})[1 + i % ${statuses.length}] as status) s
        cross join lateral (select (${peopleArr})[1 + (i * 7) % 20000] as person,
                                   (${deptArr})[1 + ((i * 7) % 20000) % ${depts.length}] as dept) p
        join departments d on d.id = p.dept`,
  );
  await exec(
    db,
    sql`insert into request_decisions (request_id, step, duty, decision, person_id, decided_at)
        select id, 1, 'approve_carry_out', 'approved', (${peopleArr})[1 + (number::int % 20000)], created_at
        from requests where status in ('approved', 'in_effect', 'completed')`,
  );
  await exec(
    db,
    sql`insert into request_notifications (person_id, request_id, kind, message_ja, message_en, created_at, read_at)
        select requester_person_id, id, 'decided', '承認', 'Approved', created_at,
          case when number % 3 = 0 then null else created_at end
        from requests where status <> 'draft'`,
  );
  console.log(`requests ${Date.now() - t0} ms`);

  const stages = ["new", "triage", "containment", "recovery", "closed", "closed", "closed", "closed"];
  const stageArr = sql`${`{${stages.join(",")}}`}::text[]`;
  await exec(
    db,
    sql`insert into incidents (receipt_number, source, summary, reporter_person_id, department_id, stage, ppc_facts)
        select 'R-' || i, 'staff', '報告' || i, (${peopleArr})[1 + (i * 13) % 20000], (${deptArr})[1 + i % ${depts.length}],
          (${stageArr})[1 + i % ${stages.length}],
          case when i % 40 = 0 then jsonb_build_object('personCount', 500, 'sensitive', false, 'financialHarm', false,
            'improperPurpose', false, 'awareAt', ${now.toISOString()}::text) else null end
        from generate_series(1, ${N.incidents}) i`,
  );
  await exec(
    db,
    sql`insert into incident_access (incident_id, person_id, via) select id, reporter_person_id, 'reporter' from incidents`,
  );
  await exec(
    db,
    sql`insert into incident_assets (incident_id, asset_id, asset_number, asset_name, department_id, linked_at)
        select i.id, a.id, a.asset_number, a.name, a.department_id, now()
        from incidents i join lateral (select * from assets where department_id = i.department_id limit 1) a on true`,
  );
  await exec(
    db,
    sql`insert into incident_escalations (incident_id, step, duty, scope, targets, status, notified_at, due_at)
        select id, 1, 'manage_department_security', 'department',
          jsonb_build_array(jsonb_build_object('personId', reporter_person_id, 'name', 'x', 'actingForPersonId', null)),
          case when stage = 'new' then 'pending' else 'acknowledged' end, created_at, created_at
        from incidents`,
  );
  console.log(`incidents ${Date.now() - t0} ms`);

  await exec(
    db,
    sql`insert into register_entries (register, entry_type, occurred_at, department_id, person_id, asset_id, data, recorded_at)
        select 'media_loan_log', 'lend', ${now.toISOString()}::timestamptz - ((i % 20) || ' days')::interval,
          a.department_id, (${peopleArr})[1 + i % 20000], a.id,
          jsonb_build_object('dueAt', to_char(${now.toISOString()}::timestamptz - ((i % 20 - 10) || ' days')::interval, 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'purpose', '貸出'),
          now()
        from generate_series(1, ${N.loans}) i
        join lateral (select id, department_id from assets where asset_number = 'A-' || lpad((i * 37)::text, 7, '0')) a on true`,
  );
  await exec(db, sql`analyze`);
  console.log(`generated in ${Date.now() - t0} ms`);
  return { depts, people };
}

function grantsOf(profile: Profile, roleKey: string, scopeDepartmentId: string | null): DutyGrant[] {
  const role = profile.roles.find((r) => r.key === roleKey);
  if (!role) throw new Error(`no role ${roleKey}`);
  return role.duties.map((duty) => ({
    duty: duty as DutyGrant["duty"],
    scope: role.scope as DutyGrant["scope"],
    scopeDepartmentId: role.scope === "organization" ? null : scopeDepartmentId,
    roleKey,
    deputyFor: null,
  }));
}

function roleWith(profile: Profile, duty: string, scope: string) {
  const role = profile.roles.find((r) => r.duties.includes(duty as never) && r.scope === scope);
  if (!role) throw new Error(`no ${scope} role with ${duty}`);
  return role.key;
}

async function main() {
  const profile = loadProfile(process.env.DASHBOARD_PERF_PROFILE ?? "kawasaki");
  const database = await openTestDatabase();
  const db = database.db;
  const { depts, people } = await generate(db);
  const dept = depts[7];
  const deptPeople = (
    await exec(db, sql`select id from people where department_id = ${dept}::uuid order by name limit 3`)
  ).rows.map((r) => r.id as string);
  const base = (personId: string, grants: DutyGrant[], departmentId: string | null): Actor => ({
    userId: randomUUID(),
    personId,
    loginId: "perf",
    name: "perf",
    departmentId,
    bureauId: null,
    grants,
    sessionId: randomUUID(),
  });
  const headRole = roleWith(profile, "approve_carry_out", "department");
  const personas: Array<[string, Actor]> = [
    ["staff", base(deptPeople[0], [], dept)],
    ["section head", base(deptPeople[1], grantsOf(profile, headRole, dept), dept)],
    [
      "CSIRT",
      base(
        people[11],
        grantsOf(profile, roleWith(profile, "triage_incident", "organization"), null),
        depts[3],
      ),
    ],
    [
      "CISO",
      base(
        people[12],
        grantsOf(profile, roleWith(profile, "chief_information_security_officer", "organization"), null),
        null,
      ),
    ],
  ];
  const modules = {
    requests: (a: Actor) => requestCounts(db, a, now),
    assets: (a: Actor) => assetCounts(db, a, now, profile),
    incidents: (a: Actor) => incidentCounts(db, a, now, profile),
    registers: (a: Actor) => registerCounts(db, a, now),
  };
  const stat = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return `p50 ${s[Math.floor(s.length / 2)].toFixed(2)} ms, p95 ${s[Math.floor(s.length * 0.95)].toFixed(2)} ms`;
  };
  const RUNS = 40;
  const baseline: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const s = performance.now();
    await exec(db, sql`select 1`);
    baseline.push(performance.now() - s);
  }
  console.log(`baseline: select 1 ${stat(baseline)}`);
  for (const [name, actor] of personas) {
    const items = [
      ...(await modules.requests(actor)),
      ...(await modules.assets(actor)),
      ...(await modules.incidents(actor)),
      ...(await modules.registers(actor)),
    ];
    const whole: number[] = [];
    const per: Record<string, number[]> = { requests: [], assets: [], incidents: [], registers: [] };
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      for (const [m, f] of Object.entries(modules)) {
        const s = performance.now();
        await f(actor);
        per[m].push(performance.now() - s);
      }
      whole.push(performance.now() - t0);
    }
    console.log(`\n${name}: all four ${stat(whole)}`);
    for (const [m, xs] of Object.entries(per)) console.log(`  ${m.padEnd(10)} ${stat(xs)}`);
    console.log(
      `  ${items
        .filter((i) => i.count > 0)
        .map((i) => `${i.key}=${i.capped ? "999+" : i.count}`)
        .join(" ")}`,
    );
  }
  if (process.argv.includes("--explain")) {
    // The plan of each module's statement, per persona (the timing inside the database).
    const explaining = new Proxy(db, {
      get(target, prop, receiver) {
        if (prop !== "execute") return Reflect.get(target, prop, receiver);
        return async (q: ReturnType<typeof sql>) => {
          const res = await exec(target, sql`explain (analyze, costs off) ${q}`);
          console.log(res.rows.map((r) => Object.values(r)[0]).join("\n"));
          return { rows: [{}] };
        };
      },
    }) as typeof db;
    for (const [name, actor] of personas) {
      console.log(`\n==== ${name}`);
      await requestCounts(explaining, actor, now);
      await assetCounts(explaining, actor, now, profile);
      await incidentCounts(explaining, actor, now, profile);
      await registerCounts(explaining, actor, now);
    }
  }
  await database.close();
}

try {
  await main();
} catch (e) {
  const err = e as Error & { cause?: Error };
  console.error("perf failed:", (err.cause?.message ?? err.message).slice(0, 500), err.message.slice(0, 300));
  process.exit(1);
}
