import { eq } from "drizzle-orm";
import {
  INCIDENT_CATEGORY_LABELS,
  INCIDENT_SEVERITY_LABELS,
  INCIDENT_STAGE_LABELS,
  labelOf,
} from "../../../../common/labels";
import { recordEvent } from "../../../audit/record";
import type { Db } from "../../../db/client";
import { conflict, fieldError } from "../../../http/errors";
import type { Profile } from "../../../profile";
import { canMoveStage, stageAfterTriage } from "../domain/stages";
import type { Category, Severity, Stage, TriageDecision } from "../domain/types";
import type { IncidentRow } from "../queries";
import { incidents } from "../tables";
import { addTimeline, type Ctx } from "./common";
import { tellOnTriage } from "./escalation";

export interface TriageInput {
  decision: TriageDecision;
  reason?: string | null;
  duplicateOfId?: string | null;
  severity?: Severity | null;
  category?: Category | null;
}

/**
 * CSIRT triage (6.3(3)①): an incident (with severity and category; moves to containment), not an
 * incident (with reason; closes) or a duplicate (merged into another case; closes).
 */
export async function triageIncident(
  db: Db,
  ctx: Ctx,
  profile: Profile,
  incident: IncidentRow,
  input: TriageInput,
  now: Date,
) {
  if (input.decision === "incident") {
    if (!input.severity) throw fieldError("severity", "重大度を選んでください。", "Choose a severity.");
    if (!input.category) throw fieldError("category", "分類を選んでください。", "Choose a category.");
  }
  if (input.decision === "not_incident" && !input.reason?.trim())
    throw fieldError(
      "reason",
      "インシデントではないと判断した理由を入力してください。",
      "Give the reason it is not an incident.",
    );
  let target: IncidentRow | null = null;
  if (input.decision === "duplicate") {
    if (!input.duplicateOfId)
      throw fieldError(
        "duplicateOfId",
        "統合先のインシデントを指定してください。",
        "Name the case it duplicates.",
      );
    if (input.duplicateOfId === incident.id)
      throw fieldError("duplicateOfId", "自分自身には統合できません。", "A case cannot duplicate itself.");
    [target] = await db.select().from(incidents).where(eq(incidents.id, input.duplicateOfId));
    if (!target)
      throw fieldError(
        "duplicateOfId",
        "統合先のインシデントが見つかりません。",
        "The case to merge into does not exist.",
      );
  }
  const stage: Stage = stageAfterTriage(input.decision);
  return db.transaction(async (tx) => {
    const patch = {
      triageDecision: input.decision,
      triageReason: input.reason ?? null,
      duplicateOfId: target?.id ?? null,
      severity: input.decision === "incident" ? (input.severity ?? null) : null,
      category: input.decision === "incident" ? (input.category ?? null) : null,
      stage,
      triagedAt: now,
      closedAt: stage === "closed" ? now : null,
      updatedAt: now,
    };
    const [row] = await tx.update(incidents).set(patch).where(eq(incidents.id, incident.id)).returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "incident.triaged",
        targetType: "incident",
        targetId: incident.id,
        data: {
          decision: input.decision,
          reason: input.reason ?? null,
          duplicateOf: target?.receiptNumber ?? null,
          severity: patch.severity,
          category: patch.category,
          stage: { from: incident.stage, to: stage },
        },
      },
      now,
    );
    await addTimeline(
      tx,
      {
        incidentId: incident.id,
        kind: "decision",
        occurredAt: now,
        text:
          input.decision === "incident"
            ? `CSIRT判断: インシデント（重大度 ${labelOf(INCIDENT_SEVERITY_LABELS, patch.severity).ja}、分類 ${labelOf(INCIDENT_CATEGORY_LABELS, patch.category).ja}）`
            : input.decision === "duplicate"
              ? `CSIRT判断: 重複（${target?.receiptNumber} に統合）`
              : `CSIRT判断: インシデントではない（${input.reason}）`,
        personId: ctx.actor?.personId ?? null,
      },
      now,
    );
    if (input.decision === "incident") await tellOnTriage(tx, ctx, profile, row, now);
    return row;
  });
}

/** Containment → recovery and the like; the moment is kept for the metrics. */
export async function moveStage(
  db: Db,
  ctx: Ctx,
  incident: IncidentRow,
  to: Stage,
  note: string | null,
  now: Date,
) {
  if (!canMoveStage(incident.stage, to, incident.triageDecision))
    throw conflict(
      "invalid_stage",
      `「${incident.stage}」から「${to}」へは進められません。`,
      `The case cannot move from ${incident.stage} to ${to}.`,
    );
  return db.transaction(async (tx) => {
    const patch: Partial<IncidentRow> = { stage: to, updatedAt: now };
    if (to === "recovery") {
      patch.recoveredAt = now;
      if (!incident.containedAt) patch.containedAt = now;
    }
    const [row] = await tx.update(incidents).set(patch).where(eq(incidents.id, incident.id)).returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "incident.stage_changed",
        targetType: "incident",
        targetId: incident.id,
        data: { stage: { from: incident.stage, to }, note },
      },
      now,
    );
    await addTimeline(
      tx,
      {
        incidentId: incident.id,
        kind: to === "recovery" ? "containment" : "decision",
        occurredAt: now,
        text:
          to === "recovery"
            ? `封じ込め完了、復旧へ${note ? `: ${note}` : ""}`
            : `段階: ${labelOf(INCIDENT_STAGE_LABELS, to).ja}${note ? `: ${note}` : ""}`,
        personId: ctx.actor?.personId ?? null,
      },
      now,
    );
    return row;
  });
}
