/**
 * Contractors and external services (issue 17) at Kawasaki scale: 3,000 contracts with 20,000
 * contractor workers, their checks, and 500 external services. Every list the screens call
 * (contracts, contractors, checks and services, by every view and filter of their routes) is timed through
 * the module's own query functions, each beside a same-run baseline: the bare read of the same
 * page from the table (no joins, no visibility, no labels) — the floor the list's extra work sits on.
 */
import { sql } from "drizzle-orm";
import type { Actor } from "../../server/http/context";
import { listChecks, listContractors, listContracts } from "../../server/modules/suppliers/queries";
import { listServices } from "../../server/modules/suppliers/services-view";
import { loadProfile } from "../../server/profile";
import type { BenchSection, Figure } from "../types";

const CALLS = 100;

function p95(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))];
}

async function timed(fn: () => Promise<unknown>, calls = CALLS): Promise<number> {
  await fn(); // warm: plans cached, pages in memory
  const times: number[] = [];
  for (let i = 0; i < calls; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return Math.round(p95(times) * 10) / 10;
}

const actorWith = (
  duty: string,
  departmentId: string | null,
  scope: "organization" | "department",
): Actor => ({
  userId: "bench",
  personId: "00000000-0000-4000-8000-000000000001",
  loginId: "bench",
  name: "bench",
  departmentId,
  bureauId: null,
  grants: [
    {
      duty: duty as Actor["grants"][number]["duty"],
      scope,
      scopeDepartmentId: scope === "department" ? departmentId : null,
      roleKey: "bench",
      deputyFor: null,
    },
  ],
  sessionId: "bench",
});

export const suppliersSection: BenchSection = {
  id: "suppliers",
  title: "Contractors and external services: every list at Kawasaki scale",
  needs: [],
  mode: "in-process",
  enabled: () => true,
  async run(ctx) {
    const database = ctx.database;
    if (!database) throw new Error("suppliers section needs the database");
    const db = database.db;
    const nContracts = Math.round(3_000 / ctx.divisor);
    const nWorkers = Math.round(20_000 / ctx.divisor);
    const nServices = Math.round(500 / ctx.divisor);
    const nContractors = Math.max(10, Math.round(600 / ctx.divisor));
    const tag = `s${Date.now().toString(36)}`;
    ctx.log(`suppliers: ${nContracts} contracts, ${nWorkers} workers, ${nServices} services`);
    await db.execute(sql`
      insert into departments (code, name, kind)
      select ${tag} || '-' || g, '委託ベンチ課' || g, 'department' from generate_series(0, 39) g`);
    const dept = sql`(select id from departments where code = ${tag} || '-' || (g % 40))`;
    await db.execute(sql`
      insert into supplier_contractors (name, created_at, updated_at)
      select '委託事業者' || ${tag} || '-' || g, now(), now() from generate_series(0, ${nContractors - 1}) g`);
    await db.execute(sql`
      with k as (select id, row_number() over (order by name) - 1 as n
                   from supplier_contractors where name like ${`委託事業者${tag}-%`})
      insert into supplier_contracts (contractor_id, department_id, subject, starts_on, ends_on, information_levels,
                                      personal_information, system_work, state, created_at, updated_at)
      select k.id, ${dept}, '業務委託' || g, date '2025-04-01' + (g % 365), date '2026-03-31' + (g % 730),
             case when g % 3 = 0 then array['II'] else array['III'] end, g % 2 = 0, g % 4 = 0,
             (array['draft','checked','active','active','active','ending','closed'])[1 + g % 7], now(), now()
        from generate_series(0, ${nContracts - 1}) g
        join k on k.n = g % ${nContractors}`);
    await db.execute(sql`
      insert into people (employee_number, name, employment_type, department_id, active)
      select ${tag} || '-w' || g, '作業員' || g, 'contractor_worker', null, true
        from generate_series(0, ${nWorkers - 1}) g`);
    await db.execute(sql`
      with c as (select id, row_number() over (order by id) - 1 as n from supplier_contracts
                  where department_id in (select id from departments where code like ${`${tag}-%`})),
           p as (select id, row_number() over (order by employee_number) - 1 as n
                   from people where employee_number like ${`${tag}-w%`})
      insert into supplier_contract_people (contract_id, person_id, role, added_at)
      select c.id, p.id, case when p.n % 7 = 0 then 'responsible' else 'worker' end, now()
        from p join c on c.n = p.n % ${nContracts}`);
    await db.execute(sql`
      insert into supplier_checks (contract_id, checked_on, result, importance, checked_by_person_id, reported_to, created_at)
      select c.id, date '2025-10-01' + (k * 90), case when k = 1 then 'issues' else 'ok' end,
             case when (row_number() over ()) % 5 = 0 then 'high' else 'normal' end,
             gen_random_uuid(),
             case when (row_number() over ()) % 5 = 0
                  then array['manage_network','chief_information_security_officer'] else array['manage_network'] end,
             now()
        from supplier_contracts c cross join generate_series(0, 1) k
       where c.state in ('active', 'ending')
         and c.department_id in (select id from departments where code like ${`${tag}-%`})`);
    await db.execute(sql`
      insert into external_services (department_id, name, provider, terms_kind, category, highest_level, purpose,
                                     path, path_clause, manager_person_id, state, created_by_person_id,
                                     created_at, updated_at)
      select ${dept}, 'サービス' || g, '提供事業者' || (g % 50), case when g % 2 = 0 then 'terms' else 'contract' end,
             (array['general','general','general','free_mail','online_storage'])[1 + g % 5],
             case when g % 3 = 0 then 'II' else null end, '業務での利用',
             case when g % 5 >= 3 then 'free_mail_or_storage' else 'general' end,
             case when g % 5 >= 3 then 'kawasaki:基準/第9章/2/(2)/イ' else 'kawasaki:基準/第9章/2/(6)' end,
             gen_random_uuid(), case when g % 10 = 0 then 'terminated' else 'in_use' end, gen_random_uuid(),
             now(), now()
        from generate_series(0, ${nServices - 1}) g`);
    await db.execute(sql`
      insert into external_service_checks (service_id, phase, checked_on, result, checked_by_person_id, created_at)
      select s.id, (array['build','periodic'])[1 + k], date '2025-06-01' + (k * 180), 'ok', gen_random_uuid(), now()
        from external_services s cross join generate_series(0, 1) k
       where s.department_id in (select id from departments where code like ${`${tag}-%`})`);
    await db.execute(sql`analyze`);

    const profile = loadProfile("kawasaki");
    const now = new Date("2026-10-01T09:00:00+09:00");
    const [{ id: oneDept }] = (
      (await db.execute(sql`select id from departments where code = ${`${tag}-7`}`)) as unknown as {
        rows: Array<{ id: string }>;
      }
    ).rows;
    const [{ id: oneContractor }] = (
      (await db.execute(
        sql`select id from supplier_contractors where name = ${`委託事業者${tag}-3`}`,
      )) as unknown as { rows: Array<{ id: string }> }
    ).rows;
    const [{ id: oneContract }] = (
      (await db.execute(
        sql`select contract_id as id from supplier_checks k join supplier_contracts c on c.id = k.contract_id
             where c.department_id = ${oneDept}::uuid limit 1`,
      )) as unknown as { rows: Array<{ id: string }> }
    ).rows;
    const supervisor = actorWith("manage_network", null, "organization");
    const ciso = actorWith("chief_information_security_officer", null, "organization");
    const head = actorWith("manage_department_security", oneDept, "department");
    const page = { limit: 100, offset: 0 };

    const bareContracts = () =>
      db.execute(sql`select * from supplier_contracts order by ends_on desc, id limit 100`);
    const bareChecks = () =>
      db.execute(sql`select * from supplier_checks order by checked_on desc, id limit 100`);
    const bareServices = () => db.execute(sql`select * from external_services order by name, id limit 100`);
    const baseContracts = await timed(bareContracts);
    const baseChecks = await timed(bareChecks);
    const baseServices = await timed(bareServices);

    const lists: Array<{
      key: string;
      label: string;
      run: () => Promise<unknown>;
      base: number;
      baseLabel: string;
    }> = [
      {
        key: "contracts_all",
        label: "contracts, all (情報監理者), first 100",
        run: () => listContracts(db, supervisor, profile, { view: "all", ...page }, now),
        base: baseContracts,
        baseLabel: "bare page of supplier_contracts",
      },
      {
        key: "contracts_filtered",
        label: "contracts, search + state filter",
        run: () =>
          listContracts(
            db,
            supervisor,
            profile,
            { view: "all", q: "業務委託12", state: "active", ...page },
            now,
          ),
        base: baseContracts,
        baseLabel: "bare page of supplier_contracts",
      },
      {
        key: "contracts_checks_due",
        label: "contracts whose check is due",
        run: () => listContracts(db, supervisor, profile, { view: "checks_due", ...page }, now),
        base: baseContracts,
        baseLabel: "bare page of supplier_contracts",
      },
      {
        key: "contracts_mine",
        label: "a 課長's contracts",
        run: () => listContracts(db, head, profile, { view: "mine", ...page }, now),
        base: baseContracts,
        baseLabel: "bare page of supplier_contracts",
      },
      {
        key: "contractors",
        label: "contractors with their departments",
        run: () => listContractors(db, supervisor, page),
        base: baseContracts,
        baseLabel: "bare page of supplier_contracts",
      },
      {
        key: "contracts_department_state",
        label: "contracts, one department + state filter",
        run: () =>
          listContracts(
            db,
            supervisor,
            profile,
            { view: "all", departmentId: oneDept, state: "active", ...page },
            now,
          ),
        base: baseContracts,
        baseLabel: "bare page of supplier_contracts",
      },
      {
        key: "contracts_contractor",
        label: "contracts of one contractor",
        run: () =>
          listContracts(db, supervisor, profile, { view: "all", contractorId: oneContractor, ...page }, now),
        base: baseContracts,
        baseLabel: "bare page of supplier_contracts",
      },
      {
        key: "contractors_search",
        label: "contractors, name search",
        run: () => listContractors(db, supervisor, { q: `${tag}-1`, ...page }),
        base: baseContracts,
        baseLabel: "bare page of supplier_contracts",
      },
      {
        key: "checks_all_issues",
        label: "all checks, result = issues",
        run: () => listChecks(db, supervisor, { view: "all", result: "issues", ...page }),
        base: baseChecks,
        baseLabel: "bare page of supplier_checks",
      },
      {
        key: "checks_one_contract",
        label: "checks of one contract",
        run: () => listChecks(db, supervisor, { view: "all", contractId: oneContract, ...page }),
        base: baseChecks,
        baseLabel: "bare page of supplier_checks",
      },
      {
        key: "checks_ciso",
        label: "checks reported to the CISO, important only",
        run: () => listChecks(db, ciso, { view: "reported_to_me", importance: "high", ...page }),
        base: baseChecks,
        baseLabel: "bare page of supplier_checks",
      },
      {
        key: "services_all",
        label: "external services, all",
        run: () => listServices(db, supervisor, profile, { view: "all", ...page }, now),
        base: baseServices,
        baseLabel: "bare page of external_services",
      },
      {
        key: "services_mine",
        label: "a 課長's external services",
        run: () => listServices(db, head, profile, { view: "mine", ...page }, now),
        base: baseServices,
        baseLabel: "bare page of external_services",
      },
      {
        key: "services_search_status_department",
        label: "external services, search + status + department",
        run: () =>
          listServices(
            db,
            supervisor,
            profile,
            { view: "all", q: "サービス1", status: "in_use", departmentId: oneDept, ...page },
            now,
          ),
        base: baseServices,
        baseLabel: "bare page of external_services",
      },
      {
        key: "services_checks_due",
        label: "external services with checks due, free mail filter",
        run: () =>
          listServices(db, supervisor, profile, { view: "checks_due", category: "free_mail", ...page }, now),
        base: baseServices,
        baseLabel: "bare page of external_services",
      },
    ];
    const figures: Figure[] = [];
    for (const l of lists) {
      const value = await timed(l.run);
      figures.push({
        key: `suppliers.${l.key}_p95_ms`,
        label: `${l.label} (${CALLS} calls)`,
        value,
        unit: "ms",
        baseline: { label: l.baseLabel, value: l.base, unit: "ms" },
        target: { op: "<=", value: 50, unit: "ms" },
      });
    }
    return figures;
  },
};
