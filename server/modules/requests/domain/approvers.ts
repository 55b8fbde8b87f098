/**
 * Who approves (pure): each step of the profile's chain is a duty and a scope; the people are
 * those whose current role assignments give the duty over the request's unit, and their deputies
 * (代行) within the deputy's period. The requester is never a candidate of their own request.
 */
import { type AssignmentFact, type DeputyFact, matchHolders } from "../../../directory";
import type { Profile } from "../../../profile";
import { consumesRule } from "../../../profile/consumers";
import type { ResolvedStep } from "../tables";
import type { RequestUnit } from "./sod";

// Approvers are the holders of each step's duty, from the profile's roles.
consumesRule("roles.**", "requests");

/** Current role assignments and deputy periods, as the directory reads them. */
export type AssignmentRow = AssignmentFact;
export type DeputyRow = DeputyFact;

export function resolveChain(
  profile: Profile,
  chain: ReadonlyArray<{ step: number; duty: string; scope: string }>,
  unit: RequestUnit,
  assignments: readonly AssignmentRow[],
  deputyRows: readonly DeputyRow[],
  requesterPersonId: string,
): ResolvedStep[] {
  return chain.map((step) => {
    const candidates: ResolvedStep["candidates"] = [];
    const seen = new Set<string>();
    const push = (personId: string, name: string, deputyFor: string | null) => {
      if (personId === requesterPersonId || seen.has(personId)) return;
      seen.add(personId);
      candidates.push({ personId, name, deputyFor });
    };
    const over = step.scope === "organization" ? "organization" : unit;
    for (const h of matchHolders(profile, step.duty, over, assignments, deputyRows))
      push(h.personId, h.name, h.deputyFor);
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

/** The titles of the profile's roles that carry one of these duties (who may file a kind). */
export function filerTitles(profile: Profile, duties: readonly string[]) {
  const roles = profile.roles.filter((r) => r.duties.some((d) => duties.includes(d)));
  return {
    ja: roles.map((r) => r.title.ja).join("・"),
    en: roles.map((r) => r.title.en).join(", "),
  };
}
