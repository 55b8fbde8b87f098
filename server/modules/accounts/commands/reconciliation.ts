/**
 * Runs the reconciliation (domain/reconcile.ts) over the systems the viewer sees: their active IDs,
 * the people they name (directory), and those people's applied transfers (the org module's face).
 */
import { type SQL, sql } from "drizzle-orm";
import { addDays, todayJst } from "../../../../common/calendar";
import type { DbOrTx } from "../../../db/client";
import { rowsOf, uuidListSql } from "../../../db/sql";
import { peopleStateSql } from "../../../directory";
import type { Actor } from "../../../http/context";
import { AppError } from "../../../http/errors";
import type { Profile } from "../../../profile";
import { appliedTransfers } from "../../org";
import {
  type Finding,
  type ReconAccount,
  type ReconPerson,
  type ReconRules,
  type ReconTransfer,
  reconcile,
} from "../domain/reconcile";
import { listSystems, type SystemListRow } from "../queries";

/** Above this many people, reading every applied transfer is cheaper than a long id list. */
const WHOLE_REGISTER_FROM = 5000;

export function accountsRule(profile: Profile) {
  const rule = profile.accounts;
  if (!rule)
    throw new AppError(
      422,
      "profile_without_accounts",
      "ポリシープロファイルにID管理（accounts）の定めがありません。",
      "The policy profile has no accounts section.",
    );
  return rule;
}

/** The profile's accounts rule as `reconcile` takes it: the period of disuse and each finding's clause. */
export function reconcileOptions(rule: ReturnType<typeof accountsRule>): ReconRules {
  return {
    unusedDays: rule.unused.days,
    clauses: {
      leavers: rule.leavers.clause,
      transfers: rule.transfers.clause,
      unused: rule.unused.clause,
      one_per_person: rule.one_per_person.clause,
      privileged_approval: rule.privileged_approval.clause,
    },
    privileged: {
      defaultNames: rule.privileged_ids.default_names,
      clauses: {
        default_name: rule.privileged_ids.default_name.clause,
        time_limit: rule.privileged_ids.time_limit.clause,
        development: rule.development_ids.clause,
      },
    },
  };
}

/**
 * The active IDs that could have a finding: a superset of what `reconcile` flags, so that a
 * reconciliation of 150,000 IDs reads (through PGlite, where every row read costs) only the few
 * that are not plainly in order — a personal ID of an active person of a 課 that uses the system,
 * the person's only ID there, used within the period, not privileged, not an ended development
 * ID. The pure `reconcile` still decides every finding; `reconciliation.test.ts` checks that this
 * filter drops no ID it would flag. Over the aliases `a` (with `same_person`), `s` and `ap`.
 */
function candidateSql(unusedDays: number, today: string): SQL {
  const cutoff = addDays(today, -unusedDays);
  return sql`(
    (a.holder_kind = 'person' and (
        ap.person_id is null or not ap.active
     or (s.user_scope <> 'organization' and not coalesce(ap.department_id = any(
           case when cardinality(s.user_department_ids) > 0 then s.user_department_ids
                else array[s.department_id] end), false))
     or (a.person_id is not null and a.same_person > 1)))
    or coalesce(a.last_used_on, a.created_on) is null
    or coalesce(a.last_used_on, a.created_on) <= ${cutoff}::date
    or a.privileged
    or (a.purpose = 'development' and a.development_ends_on < ${today}::date))`;
}

export interface Reconciliation {
  systems: SystemListRow[];
  /** The active IDs of these systems, all of them (reconciled, with or without findings). */
  activeCount: number;
  /** The IDs that could have a finding (`candidateSql`), by id: every finding's ID is here. */
  accounts: Map<string, ReconAccount>;
  findings: Finding[];
}

export async function runReconciliation(
  db: DbOrTx,
  actor: Actor,
  profile: Profile,
  now: Date,
  systemId?: string,
): Promise<Reconciliation> {
  const systems = await listSystems(db, actor, systemId ? [systemId] : undefined);
  return reconcileSystems(db, profile, now, systems);
}

/** The reconciliation of these systems (already filtered by the caller's rights). */
export async function reconcileSystems(
  db: DbOrTx,
  profile: Profile,
  now: Date,
  systems: SystemListRow[],
): Promise<Reconciliation> {
  const rule = accountsRule(profile);
  if (!systems.length) return { systems, activeCount: 0, accounts: new Map(), findings: [] };
  const today = todayJst(now);
  const systemIds = uuidListSql(systems.map((s) => s.id));
  const [{ n: activeCount }] = rowsOf<{ n: number }>(
    await db.execute(
      sql`select count(*)::int as n from system_accounts where state = 'active' and system_id in (${systemIds})`,
    ),
  );
  // Each row carries its holder as the register has them (the person's state and 課), so the
  // register is not read a second time.
  const rows = rowsOf<
    ReconAccount & {
      registerId: string | null;
      registerActive: boolean | null;
      registerDepartmentId: string | null;
    }
  >(
    await db.execute(sql`
    select ap.person_id as "registerId", ap.active as "registerActive", ap.department_id as "registerDepartmentId",
           a.id, a.system_id as "systemId", a.login_name as "loginName", a.holder_kind as "holderKind",
           a.person_id as "personId", a.privileged, a.created_on::text as "createdOn",
           a.last_used_on::text as "lastUsedOn", a.state, a.approval_ref as "approvalRef",
           a.connection_limit_minutes as "connectionLimitMinutes", a.purpose,
           a.development_ends_on::text as "developmentEndsOn"
      from (select x.*, count(*) filter (where x.holder_kind = 'person')
                          over (partition by x.system_id, x.person_id) as same_person
              from system_accounts x
             where x.state = 'active' and x.system_id in (${systemIds})) a
      join account_systems s on s.id = a.system_id
      left join (${peopleStateSql()}) ap on ap.person_id = a.person_id
     where ${candidateSql(rule.unused.days, today)}`),
  );
  const personIds = [...new Set(rows.map((r) => r.personId).filter((x): x is string => !!x))];
  const whole = personIds.length > WHOLE_REGISTER_FROM;
  const people = new Map<string, ReconPerson>();
  for (const r of rows)
    if (r.registerId)
      people.set(r.registerId, {
        id: r.registerId,
        active: r.registerActive === true,
        departmentId: r.registerDepartmentId,
      });
  const transfers = new Map<string, ReconTransfer[]>();
  for (const t of await appliedTransfers(db, whole ? undefined : personIds)) {
    const list = transfers.get(t.personId);
    if (list) list.push(t);
    else transfers.set(t.personId, [t]);
  }
  const findings = reconcile(systems, rows, people, transfers, reconcileOptions(rule), today);
  return { systems, activeCount, accounts: new Map(rows.map((r) => [r.id, r])), findings };
}
