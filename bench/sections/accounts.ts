/**
 * ID管理 (issue 18): a full reconciliation of 150,000 IDs in 200 systems against 20,000 people
 * (5% of them moved by an applied 人事異動, 2% retired), through runReconciliation — the route's
 * own code — beside an N+1 baseline (each ID's person and transfers read one by one, as a naive
 * loop would) measured on a slice in the same run and scaled to all IDs.
 */
import { sql } from "drizzle-orm";
import { findPerson } from "../../server/directory";
import type { Actor } from "../../server/http/context";
import { runReconciliation } from "../../server/modules/accounts/commands/reconciliation";
import { appliedTransfers } from "../../server/modules/org";
import { loadProfile } from "../../server/profile";
import type { BenchSection, Figure } from "../types";

export const accountsSection: BenchSection = {
  id: "accounts",
  title: "Accounts: reconciliation of every system's IDs against the people register",
  needs: [],
  mode: "in-process",
  enabled: () => true,
  async run(ctx) {
    const database = ctx.database;
    if (!database) throw new Error("accounts section needs the database");
    const db = database.db;
    const nPeople = Math.round(20_000 / ctx.divisor);
    const nSystems = Math.max(2, Math.round(200 / ctx.divisor));
    const nAccounts = Math.round(150_000 / ctx.divisor);
    const tag = `b${Date.now().toString(36)}`;
    ctx.log(`accounts: ${nPeople} people, ${nSystems} systems, ${nAccounts} IDs`);
    // 20 課, people spread over them, systems owned by them, IDs of people mostly of the owner 課.
    await db.execute(sql`
      insert into departments (code, name, kind)
      select ${tag} || '-' || g, 'ベンチ課' || g, 'department' from generate_series(0, 19) g`);
    await db.execute(sql`
      insert into people (employee_number, name, employment_type, department_id, active)
      select ${tag} || '-' || g, '職員' || g, 'regular',
             (select id from departments where code = ${tag} || '-' || (g % 20)),
             g % 50 <> 0
        from generate_series(0, ${nPeople - 1}) g`);
    await db.execute(sql`
      insert into account_systems (asset_id, department_id, user_scope)
      select gen_random_uuid(), (select id from departments where code = ${tag} || '-' || (g % 20)),
             case when g % 10 = 0 then 'organization' else 'departments' end
        from generate_series(0, ${nSystems - 1}) g`);
    // Each system's IDs are of distinct people (one ID per person per system), 95 % of them people
    // of the system's own 課 (every 20th from the next 課 — unfit where the system is the 課's only);
    // 1 % shared, 0.5 % privileged (1 in 2 of those without an approval), last used within the
    // past 100 days (about 11 % beyond the 90-day period).
    await db.execute(sql`
      with s as (select sy.id, sy.department_id, split_part(d.code, '-', 2)::int as dno,
                        row_number() over (order by sy.id) - 1 as n
                   from account_systems sy join departments d on d.id = sy.department_id
                  where d.code like ${`${tag}-%`}),
           p as (select id, split_part(employee_number, '-', 2)::int as n
                   from people where employee_number like ${`${tag}-%`}),
           g as (select g, g % ${nSystems} as sn, g / ${nSystems} as k
                   from generate_series(0, ${nAccounts - 1}) g)
      insert into system_accounts (system_id, department_id, login_name, holder_kind, person_id, privileged,
                                   created_on, last_used_on, state, approval_ref)
      select s.id, s.department_id, 'u' || g.g, case when g.g % 100 = 0 then 'shared' else 'person' end,
             case when g.g % 100 = 0 then null else p.id end,
             g.g % 200 = 0, date '2024-04-01', date '2026-04-01' - (g.g % 100), 'active',
             case when g.g % 400 = 0 then null else 'R8-' || g.g end
        from g
        join s on s.n = g.sn
        join p on p.n = ((s.dno + case when g.k % 20 = 19 then 1 else 0 end) % 20)
                        + 20 * ((g.k + s.n * 37) % ${Math.max(1, Math.floor(nPeople / 20))})`);
    await db.execute(sql`
      insert into transfer_batches (title, effective_date, status) values (${`bench ${tag}`}, '2026-04-01', 'applied')`);
    await db.execute(sql`
      insert into transfer_items (batch_id, person_id, from_department_id, to_department_id)
      select (select id from transfer_batches where title = ${`bench ${tag}`}), p.id,
             (select id from departments where code = ${tag} || '-' || ((g + 1) % 20)), p.department_id
        from (select id, department_id, row_number() over (order by employee_number) - 1 as g
                from people where employee_number like ${`${tag}-%`}) p
       where p.g % 20 = 3`);
    const actor: Actor = {
      userId: "bench",
      personId: "00000000-0000-4000-8000-000000000000",
      loginId: "bench",
      name: "bench",
      departmentId: null,
      bureauId: null,
      grants: [
        {
          duty: "manage_network",
          scope: "organization",
          scopeDepartmentId: null,
          roleKey: "network_administrator",
          deputyFor: null,
        },
      ],
      sessionId: "bench",
    };
    const profile = loadProfile("nishihara");
    const now = new Date("2026-04-02T09:00:00+09:00");
    const t0 = performance.now();
    const run = await runReconciliation(db, actor, profile, now);
    const fullS = (performance.now() - t0) / 1000;
    // N+1 baseline on a slice: each ID's person and transfers read one by one.
    const slice = [...run.accounts.values()].slice(0, Math.min(1000, run.accounts.size));
    const ids = run.activeCount;
    const t1 = performance.now();
    for (const a of slice)
      if (a.personId) {
        await findPerson(db, a.personId);
        await appliedTransfers(db, [a.personId]);
      }
    const naiveS = ((performance.now() - t1) / 1000 / Math.max(1, slice.length)) * ids;
    const figures: Figure[] = [
      {
        key: "accounts.reconcile_all_s",
        label: `reconcile ${ids} IDs in ${run.systems.length} systems (${run.findings.length} findings; ${run.accounts.size} IDs read as possibly flagged)`,
        value: Math.round(fullS * 100) / 100,
        unit: "s",
        baseline: {
          label: `one query per ID for its person and transfers (measured on ${slice.length}, scaled)`,
          value: Math.round(naiveS * 10) / 10,
          unit: "s",
        },
        target: { op: "<=", value: 10, unit: "s" },
      },
    ];
    return figures;
  },
};
