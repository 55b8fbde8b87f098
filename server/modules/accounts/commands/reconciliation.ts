/**
 * Runs the reconciliation (domain/reconcile.ts) over the systems the viewer sees: their active IDs,
 * the people they name (directory), and those people's applied transfers (the org module's face).
 */
import { and, eq, inArray } from "drizzle-orm";
import { todayJst } from "../../../../common/calendar";
import type { DbOrTx } from "../../../db/client";
import { allPeople, findPeople } from "../../../directory";
import type { Actor } from "../../../http/context";
import { AppError } from "../../../http/errors";
import type { Profile } from "../../../profile";
import { appliedTransfers } from "../../org";
import { type Finding, type ReconAccount, type ReconTransfer, reconcile } from "../domain/reconcile";
import { listSystems, type SystemListRow } from "../queries";
import { systemAccounts } from "../tables";

/** Above this many people, reading the whole register is cheaper than a long id list. */
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

export interface Reconciliation {
  systems: SystemListRow[];
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
  if (!systems.length) return { systems, accounts: new Map(), findings: [] };
  const rows = (await db
    .select({
      id: systemAccounts.id,
      systemId: systemAccounts.systemId,
      loginName: systemAccounts.loginName,
      holderKind: systemAccounts.holderKind,
      personId: systemAccounts.personId,
      privileged: systemAccounts.privileged,
      createdOn: systemAccounts.createdOn,
      lastUsedOn: systemAccounts.lastUsedOn,
      state: systemAccounts.state,
      approvalRef: systemAccounts.approvalRef,
      connectionLimitMinutes: systemAccounts.connectionLimitMinutes,
      purpose: systemAccounts.purpose,
      developmentEndsOn: systemAccounts.developmentEndsOn,
    })
    .from(systemAccounts)
    .where(
      and(
        eq(systemAccounts.state, "active"),
        inArray(
          systemAccounts.systemId,
          systems.map((s) => s.id),
        ),
      ),
    )) as ReconAccount[];
  const personIds = [...new Set(rows.map((r) => r.personId).filter((x): x is string => !!x))];
  const whole = personIds.length > WHOLE_REGISTER_FROM;
  const people = whole
    ? new Map((await allPeople(db)).map((p) => [p.id, p]))
    : await findPeople(db, personIds);
  const transfers = new Map<string, ReconTransfer[]>();
  for (const t of await appliedTransfers(db, whole ? undefined : personIds)) {
    const list = transfers.get(t.personId);
    if (list) list.push(t);
    else transfers.set(t.personId, [t]);
  }
  const findings = reconcile(
    systems,
    rows,
    people,
    transfers,
    {
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
    },
    todayJst(now),
  );
  return { systems, accounts: new Map(rows.map((r) => [r.id, r])), findings };
}
