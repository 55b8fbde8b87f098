/**
 * Reconciliation of each system's IDs against the people register (pure; no I/O). What it flags,
 * each with the profile clause that asks for it:
 *  - retired: an active ID of a person who left (no longer active in the register);
 *  - unfit_department: an active ID of a person who now belongs to a 課 that does not use the
 *    system — linked to the applied transfer (人事異動) that moved them out, when there is one;
 *  - unused: not used for the profile's number of days (or never used since created that long ago,
 *    or no date of use or creation on record at all);
 *  - unknown_person: a personal ID with no person, or a person the register does not know;
 *  - duplicate: several active IDs of one person in one system (each names the others);
 *  - privileged_unapproved: a privileged ID with no approval on record.
 *  - privileged_default_name: a privileged ID still named like a vendor's initial ID (admin, root …);
 *  - privileged_no_time_limit: a privileged ID with no connection time limit on record;
 *  - development_expired: a development ID still active after its development ended.
 * Only active IDs are judged: a suspended or removed ID is already stopped.
 */

export interface ReconSystem {
  id: string;
  departmentId: string;
  userScope: "organization" | "departments";
  userDepartmentIds: readonly string[];
}

export interface ReconAccount {
  id: string;
  systemId: string;
  loginName: string;
  holderKind: "person" | "shared" | "system";
  personId: string | null;
  privileged: boolean;
  createdOn: string | null;
  lastUsedOn: string | null;
  state: "active" | "suspended" | "removed";
  approvalRef: string | null;
  /** The connection time limit recorded for a privileged ID (minutes). */
  connectionLimitMinutes?: number | null;
  purpose?: "operation" | "development";
  developmentEndsOn?: string | null;
}

export interface ReconPerson {
  id: string;
  active: boolean;
  departmentId: string | null;
}

/** An applied transfer (人事異動) of a person. */
export interface ReconTransfer {
  id: string;
  batchId: string;
  personId: string;
  effectiveDate: string;
  fromDepartmentId: string | null;
  toDepartmentId: string | null;
}

export interface ReconRules {
  unusedDays: number;
  clauses: Record<"leavers" | "transfers" | "unused" | "one_per_person" | "privileged_approval", string>;
  /** The profile's privileged-ID and development-ID rules (absent: those findings are not made). */
  privileged?: {
    defaultNames: readonly string[];
    clauses: Record<"default_name" | "time_limit" | "development", string>;
  };
}

export const FINDING_KINDS = [
  "retired",
  "unfit_department",
  "unused",
  "unknown_person",
  "duplicate",
  "privileged_unapproved",
  "privileged_default_name",
  "privileged_no_time_limit",
  "development_expired",
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export interface Finding {
  kind: FindingKind;
  accountId: string;
  systemId: string;
  personId: string | null;
  /** The transfer that made the ID unfit (unfit_department), when one is on record. */
  transfer: ReconTransfer | null;
  /** The other IDs of the same person (duplicate). */
  others: string[];
  /** unused: the last day of use (or creation) the finding is counted from, null when none. */
  since: string | null;
  clause: string;
}

const DAY = 86_400_000;
/** "Administrator", "ＡＤＭＩＮ" and "admin " are one name. */
export const foldName = (s: string) => s.normalize("NFKC").trim().toLowerCase();
const isoMinusDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) - days * DAY).toISOString().slice(0, 10);

/** The 課 whose staff may hold IDs of the system (null = the whole organization). */
export function allowedDepartments(s: ReconSystem): Set<string> | null {
  if (s.userScope === "organization") return null;
  return new Set(s.userDepartmentIds.length ? s.userDepartmentIds : [s.departmentId]);
}

/** The latest applied transfer that moved the person out of the allowed 課. */
function transferOut(transfers: readonly ReconTransfer[], allowed: Set<string>): ReconTransfer | null {
  let best: ReconTransfer | null = null;
  for (const t of transfers) {
    const out =
      t.fromDepartmentId !== null &&
      allowed.has(t.fromDepartmentId) &&
      (t.toDepartmentId === null || !allowed.has(t.toDepartmentId));
    if (out && (!best || t.effectiveDate > best.effectiveDate)) best = t;
  }
  return best;
}

export function reconcile(
  systems: readonly ReconSystem[],
  accounts: readonly ReconAccount[],
  people: ReadonlyMap<string, ReconPerson>,
  transfersByPerson: ReadonlyMap<string, readonly ReconTransfer[]>,
  rules: ReconRules,
  today: string,
): Finding[] {
  const systemById = new Map(systems.map((s) => [s.id, s]));
  const allowedBySystem = new Map(systems.map((s) => [s.id, allowedDepartments(s)]));
  const cutoff = isoMinusDays(today, rules.unusedDays);
  const findings: Finding[] = [];
  const defaultNames = new Set(rules.privileged?.defaultNames.map(foldName) ?? []);
  const push = (a: ReconAccount, kind: FindingKind, clause: string, extra: Partial<Finding> = {}) =>
    findings.push({
      kind,
      accountId: a.id,
      systemId: a.systemId,
      personId: a.personId,
      transfer: null,
      others: [],
      since: null,
      clause,
      ...extra,
    });
  const bySystemPerson = new Map<string, ReconAccount[]>();
  for (const a of accounts) {
    if (a.state !== "active" || !systemById.has(a.systemId)) continue;
    if (a.holderKind === "person") {
      const person = a.personId ? people.get(a.personId) : undefined;
      if (!person) push(a, "unknown_person", rules.clauses.leavers);
      else if (!person.active) push(a, "retired", rules.clauses.leavers);
      else {
        const allowed = allowedBySystem.get(a.systemId) ?? null;
        if (allowed && !(person.departmentId && allowed.has(person.departmentId)))
          push(a, "unfit_department", rules.clauses.transfers, {
            transfer: transferOut(transfersByPerson.get(person.id) ?? [], allowed),
          });
      }
      if (a.personId) {
        const key = `${a.systemId}/${a.personId}`;
        const list = bySystemPerson.get(key);
        if (list) list.push(a);
        else bySystemPerson.set(key, [a]);
      }
    }
    const since = a.lastUsedOn ?? a.createdOn;
    if (since === null || since <= cutoff) push(a, "unused", rules.clauses.unused, { since });
    if (a.privileged && !a.approvalRef?.trim())
      push(a, "privileged_unapproved", rules.clauses.privileged_approval);
    const p = rules.privileged;
    if (p && a.privileged && defaultNames.has(foldName(a.loginName)))
      push(a, "privileged_default_name", p.clauses.default_name);
    if (p && a.privileged && !a.connectionLimitMinutes)
      push(a, "privileged_no_time_limit", p.clauses.time_limit);
    if (p && a.purpose === "development" && a.developmentEndsOn && a.developmentEndsOn < today)
      push(a, "development_expired", p.clauses.development, { since: a.developmentEndsOn });
  }
  for (const list of bySystemPerson.values()) {
    if (list.length < 2) continue;
    for (const a of list)
      push(a, "duplicate", rules.clauses.one_per_person, {
        others: list.filter((b) => b.id !== a.id).map((b) => b.id),
      });
  }
  return findings;
}
