/** Stages of a case and what closing needs — pure. */
import type { Stage, TriageDecision } from "./types";

/** Moves the stage command may make (closing has its own command; triage moves new/triage onward). */
const FORWARD: Record<Stage, Stage[]> = {
  new: ["triage"],
  triage: ["containment"],
  containment: ["recovery"],
  recovery: [],
  closed: [],
};

export function canMoveStage(from: Stage, to: Stage, decision: TriageDecision | null): boolean {
  if (!FORWARD[from].includes(to)) return false;
  // Containment and recovery belong to cases judged to be incidents.
  if ((to === "containment" || to === "recovery") && decision !== "incident") return false;
  return true;
}

export interface CloseInput {
  cause?: string | null;
  measures?: string | null;
  preventionActions: Array<{ title: string }>;
}

/**
 * What a case still lacks before it may close. An incident needs cause, measures taken and at
 * least one recurrence-prevention action; a report judged "not an incident" or a duplicate is
 * closed by its triage and needs none of these.
 */
export function closeBlockers(
  stage: Stage,
  decision: TriageDecision | null,
  input: CloseInput,
): Array<"stage" | "decision" | "cause" | "measures" | "preventionActions"> {
  const out: Array<"stage" | "decision" | "cause" | "measures" | "preventionActions"> = [];
  if (stage === "closed") out.push("stage");
  if (decision !== "incident") out.push("decision");
  if (!input.cause?.trim()) out.push("cause");
  if (!input.measures?.trim()) out.push("measures");
  if (input.preventionActions.filter((a) => a.title.trim()).length === 0) out.push("preventionActions");
  return out;
}

/** The stage a triage decision leads to. */
export function stageAfterTriage(decision: TriageDecision): Stage {
  return decision === "incident" ? "containment" : "closed";
}
