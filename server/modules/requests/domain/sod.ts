/**
 * Who may decide a step (pure): the holder of the step's duty over the scope, never the requester
 * — except, where the profile allows it (やむを得ない場合を除き), a requester who holds the duty
 * themselves, when nobody else (holder or deputy) can decide, and who records why (an override,
 * reported to the CISO).
 */
import type { DutyGrant } from "../../../http/context";
import { consumesRule } from "../../../profile/consumers";

consumesRule("separation_of_duties.requester_not_approver", "requests");

export interface StepRef {
  duty: string;
  scope: string;
}

export interface RequestUnit {
  departmentId: string | null;
  bureauId: string | null;
}

/** The grant that lets the actor decide this step for a request of this unit (direct grants first). */
export function grantForStep(
  grants: readonly DutyGrant[],
  step: StepRef,
  unit: RequestUnit,
): DutyGrant | null {
  const fits = (g: DutyGrant) => {
    if (g.duty !== step.duty) return false;
    if (g.scope === "organization") return true;
    if (step.scope === "organization") return false;
    if (!g.scopeDepartmentId) return false;
    if (step.scope === "bureau")
      return g.scope === "bureau" && g.scopeDepartmentId === (unit.bureauId ?? unit.departmentId);
    return g.scopeDepartmentId === unit.departmentId || g.scopeDepartmentId === unit.bureauId;
  };
  return grants.find((g) => fits(g) && !g.deputyFor) ?? grants.find(fits) ?? null;
}

export type DecisionCheck =
  | { ok: true; grant: DutyGrant; override: boolean }
  | {
      ok: false;
      code:
        | "separation_of_duties"
        | "not_an_approver"
        | "override_not_allowed"
        | "reason_required"
        | "others_can_decide";
    };

/**
 * Checks a decision on a step. `requesterPersonId` is the request's requester; a deputy acting
 * for the requester is the requester's hand and is refused the same way.
 */
export function checkDecision(input: {
  actorPersonId: string;
  grants: readonly DutyGrant[];
  step: StepRef;
  unit: RequestUnit;
  requesterPersonId: string;
  overrideReason: string | null | undefined;
  unlessUnavoidable: boolean;
  /**
   * People other than the requester who can decide this step now (holders and deputies in force).
   * 「やむを得ない場合を除き」 (西原村 対策基準 2.(6)①): deciding one's own request is unavoidable
   * only when this is empty.
   */
  othersWhoCanDecide: readonly unknown[];
}): DecisionCheck {
  const grant = grantForStep(input.grants, input.step, input.unit);
  const ownRequest =
    input.actorPersonId === input.requesterPersonId ||
    (grant?.deputyFor != null && grant.deputyFor === input.requesterPersonId);
  if (!grant) return { ok: false, code: ownRequest ? "separation_of_duties" : "not_an_approver" };
  if (!ownRequest) return { ok: true, grant, override: false };
  if (input.overrideReason == null) return { ok: false, code: "separation_of_duties" };
  if (!input.unlessUnavoidable) return { ok: false, code: "override_not_allowed" };
  if (input.othersWhoCanDecide.length > 0) return { ok: false, code: "others_can_decide" };
  if (input.overrideReason.trim().length < 10) return { ok: false, code: "reason_required" };
  return { ok: true, grant, override: true };
}
