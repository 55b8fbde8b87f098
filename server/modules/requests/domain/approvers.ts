/**
 * Who approves (pure): each step of the profile's chain is a duty and a scope; the people are
 * those whose current role assignments give the duty over the request's unit, and their deputies
 * (代行) within the deputy's period. The requester is never a candidate of their own request.
 */
import type { Profile } from "../../../profile";
import { consumesRule } from "../../../profile/consumers";
import type { ResolvedStep } from "../tables";
import type { RequestUnit } from "./sod";

// Approvers are the holders of each step's duty, from the profile's roles.
consumesRule("roles.**", "requests");

export interface AssignmentRow {
  assignmentId: string;
  personId: string;
  name: string;
  roleKey: string;
  scopeDepartmentId: string | null;
  /** The holder's own department and bureau (a role with no explicit scope covers these). */
  personDepartmentId: string | null;
  personBureauId: string | null;
}

export interface DeputyRow {
  principalPersonId: string;
  deputyPersonId: string;
  deputyName: string;
  roleAssignmentId: string | null;
}

function covers(roleScope: string, stepScope: string, a: AssignmentRow, unit: RequestUnit): boolean {
  if (roleScope === "organization") return true;
  if (stepScope === "organization") return false;
  const scopeUnit =
    a.scopeDepartmentId ??
    (roleScope === "bureau" ? (a.personBureauId ?? a.personDepartmentId) : a.personDepartmentId);
  if (!scopeUnit) return false;
  return scopeUnit === unit.departmentId || scopeUnit === unit.bureauId;
}

export function resolveChain(
  profile: Profile,
  chain: ReadonlyArray<{ step: number; duty: string; scope: string }>,
  unit: RequestUnit,
  assignments: readonly AssignmentRow[],
  deputyRows: readonly DeputyRow[],
  requesterPersonId: string,
): ResolvedStep[] {
  return chain.map((step) => {
    const roles = profile.roles.filter((r) => (r.duties as string[]).includes(step.duty));
    const candidates: ResolvedStep["candidates"] = [];
    const seen = new Set<string>();
    const push = (personId: string, name: string, deputyFor: string | null) => {
      if (personId === requesterPersonId || seen.has(personId)) return;
      seen.add(personId);
      candidates.push({ personId, name, deputyFor });
    };
    const holders = assignments.filter((a) =>
      roles.some((r) => r.key === a.roleKey && covers(r.scope, step.scope, a, unit)),
    );
    for (const h of holders) push(h.personId, h.name, null);
    for (const h of holders)
      for (const d of deputyRows)
        if (
          d.principalPersonId === h.personId &&
          (!d.roleAssignmentId || d.roleAssignmentId === h.assignmentId)
        )
          push(d.deputyPersonId, d.deputyName, h.personId);
    return {
      step: step.step,
      duty: step.duty,
      scope: step.scope,
      scopeDepartmentId:
        step.scope === "organization"
          ? null
          : step.scope === "bureau"
            ? (unit.bureauId ?? unit.departmentId)
            : unit.departmentId,
      candidates,
    };
  });
}
