/**
 * Auditor independence (pure). An auditor may not audit a unit they belong to as of the audit
 * date, nor a unit whose work they own (a role over it, or an organization-wide role); each rule
 * is `forbidden` or `unless_unavoidable` in the profile (西原村 10.1(2)① forbids membership with no
 * exception; 2(6)② allows own work only やむを得ない場合 with the reason recorded and reported).
 */
import type { Duty } from "../../../../common/duties";

/** Duties that make someone an auditor, not an owner of the audited work. */
export const AUDIT_DUTIES: readonly Duty[] = [
  "lead_audit",
  "perform_audit",
  "perform_internal_inspection",
  "view_audit_log",
  "view_all_departments",
];

/**
 * Does a role make its holder an owner of work over its unit? When it bears a duty beyond the
 * audit duties: an audit role (or a read-everything role) is the auditor's job, not the work audited.
 */
export function roleOwnsWork(duties: readonly Duty[]): boolean {
  return duties.some((d) => !AUDIT_DUTIES.includes(d));
}

export interface AuditedUnit {
  id: string;
  /** The 局 above a 課, or null. */
  bureauId: string | null;
}

export interface AuditorFacts {
  personId: string;
  /** Their 課 and 局 as of the audit date (from the directory, after any transfer). */
  departmentId: string | null;
  bureauId: string | null;
  /** Units (null = organization-wide) of the roles they held on the audit date (audit roles excluded). */
  roleScopes: Array<string | null>;
  unavoidableReason?: string | null;
}

export interface IndependenceRules {
  member_of_audited_unit: { rule: "forbidden" | "unless_unavoidable"; clause: string };
  own_work: { rule: "forbidden" | "unless_unavoidable"; clause: string };
}

export type IndependenceProblem = {
  personId: string;
  kind: "member_of_audited_unit" | "own_work";
  unitId: string;
  clause: string;
  /** True when the rule allows it with a reason and none was given; false when never allowed. */
  reasonWouldAllow: boolean;
};

/** Is the unit (a 課 or a 局) the person's own, or does it contain the person's 課? */
function covers(unit: AuditedUnit, departmentId: string | null, bureauId: string | null): boolean {
  if (!departmentId && !bureauId) return false;
  return unit.id === departmentId || unit.id === bureauId;
}

/**
 * A role over the unit or its 局. Organization-wide roles (CISO, CSIRT, ネットワーク管理者) are not
 * counted as owning a 課's work: they would exclude every senior person from every audit.
 */
function ownsWork(unit: AuditedUnit, roleScopes: Array<string | null>): boolean {
  return roleScopes.some(
    (s) => s != null && (s === unit.id || (unit.bureauId != null && s === unit.bureauId)),
  );
}

export function independenceProblems(
  units: AuditedUnit[],
  auditor: AuditorFacts,
  rules: IndependenceRules,
): IndependenceProblem[] {
  const problems: IndependenceProblem[] = [];
  const hasReason = !!auditor.unavoidableReason?.trim();
  for (const unit of units) {
    if (covers(unit, auditor.departmentId, auditor.bureauId)) {
      const r = rules.member_of_audited_unit;
      if (r.rule === "forbidden" || !hasReason)
        problems.push({
          personId: auditor.personId,
          kind: "member_of_audited_unit",
          unitId: unit.id,
          clause: r.clause,
          reasonWouldAllow: r.rule === "unless_unavoidable",
        });
    }
    const owns = ownsWork(unit, auditor.roleScopes);
    if (owns) {
      const r = rules.own_work;
      if (r.rule === "forbidden" || !hasReason)
        problems.push({
          personId: auditor.personId,
          kind: "own_work",
          unitId: unit.id,
          clause: r.clause,
          reasonWouldAllow: r.rule === "unless_unavoidable",
        });
    }
  }
  return problems;
}

/** Whether an allowed exception (a reason given under unless_unavoidable) was used: to report. */
export function usesException(units: AuditedUnit[], auditor: AuditorFacts): boolean {
  if (!auditor.unavoidableReason?.trim()) return false;
  return units.some(
    (u) => covers(u, auditor.departmentId, auditor.bureauId) || ownsWork(u, auditor.roleScopes),
  );
}
