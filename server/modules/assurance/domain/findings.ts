/**
 * The life of a finding (pure): open → in_progress → done → verified → closed. A correction the
 * verifier does not accept goes back from done to in_progress. Where the profile requires it for
 * the severity, a finding cannot be verified or closed without evidence of the correction.
 */
import type { FindingState, Severity } from "../tables";

const NEXT: Record<FindingState, FindingState[]> = {
  open: ["in_progress", "done"],
  in_progress: ["done"],
  done: ["verified", "in_progress"],
  verified: ["closed"],
  closed: [],
};

export function nextStates(state: FindingState): FindingState[] {
  return NEXT[state];
}

export type TransitionError =
  | { code: "invalid_transition"; from: FindingState; to: FindingState }
  | { code: "evidence_required"; severity: Severity };

export function checkTransition(
  from: FindingState,
  to: FindingState,
  facts: { severity: Severity; evidenceCount: number; evidenceRequiredFor: readonly Severity[] },
): TransitionError | null {
  if (!NEXT[from].includes(to)) return { code: "invalid_transition", from, to };
  if (
    (to === "verified" || to === "closed") &&
    facts.evidenceCount === 0 &&
    facts.evidenceRequiredFor.includes(facts.severity)
  )
    return { code: "evidence_required", severity: facts.severity };
  return null;
}

/** Which action of access.ts a move needs. */
export function actionFor(to: FindingState): "update" | "verify" | "close" {
  return to === "verified" ? "verify" : to === "closed" ? "close" : "update";
}

/** Progress of a 横展開: how many of the lateral findings have reached each state. */
export function lateralProgress(states: FindingState[]) {
  const out = { total: states.length, closed: 0, open: 0 };
  for (const s of states) {
    if (s === "closed") out.closed++;
    else out.open++;
  }
  return out;
}
