import { and, eq } from "drizzle-orm";
import { recordEvent } from "../../../audit/record";
import type { Db } from "../../../db/client";
import { conflict, type FieldError, invalid, notFound } from "../../../http/errors";
import { closeBlockers } from "../domain/stages";
import type { IncidentRow } from "../queries";
import { incidentPreventionActions, incidents } from "../tables";
import { addTimeline, type Ctx } from "./common";

export interface CloseInput {
  cause: string;
  measures: string;
  preventionActions: Array<{ title: string; ownerPersonId?: string | null; dueDate?: string | null }>;
}

const MISSING: Record<string, FieldError> = {
  cause: { message_ja: "原因を入力してください。", message_en: "Enter the cause." },
  measures: { message_ja: "講じた措置を入力してください。", message_en: "Enter the measures taken." },
  preventionActions: {
    message_ja: "再発防止策を1件以上入力してください。",
    message_en: "Enter at least one recurrence-prevention action.",
  },
};

/**
 * Closes an incident with its cause, the measures taken and the recurrence-prevention actions
 * (6.3(3)④); the actions stay open and tracked after the case closes, until done.
 */
export async function closeIncident(db: Db, ctx: Ctx, incident: IncidentRow, input: CloseInput, now: Date) {
  const blockers = closeBlockers(incident.stage, incident.triageDecision, input);
  if (blockers.includes("stage") || blockers.includes("decision"))
    throw conflict(
      "cannot_close",
      "インシデントと判断された未終結の事案のみ終結できます。",
      "Only an open case judged to be an incident can be closed.",
    );
  if (blockers.length) throw invalid(Object.fromEntries(blockers.map((b) => [b, MISSING[b]])));
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(incidents)
      .set({
        stage: "closed",
        cause: input.cause,
        measures: input.measures,
        closedAt: now,
        containedAt: incident.containedAt ?? now,
        updatedAt: now,
      })
      .where(eq(incidents.id, incident.id))
      .returning();
    const actions = await tx
      .insert(incidentPreventionActions)
      .values(
        input.preventionActions
          .filter((a) => a.title.trim())
          .map((a) => ({
            incidentId: incident.id,
            title: a.title,
            ownerPersonId: a.ownerPersonId ?? null,
            dueDate: a.dueDate ?? null,
            createdAt: now,
          })),
      )
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "incident.closed",
        targetType: "incident",
        targetId: incident.id,
        data: {
          stage: { from: incident.stage, to: "closed" },
          cause: input.cause,
          measures: input.measures,
          preventionActions: actions.map((a) => ({ id: a.id, title: a.title, dueDate: a.dueDate })),
        },
      },
      now,
    );
    await addTimeline(
      tx,
      {
        incidentId: incident.id,
        kind: "recovery",
        occurredAt: now,
        text: "終結",
        personId: ctx.actor?.personId ?? null,
      },
      now,
    );
    return row;
  });
}

/** A prevention action is done (also after the case closed). */
export async function completePreventionAction(
  db: Db,
  ctx: Ctx,
  incident: IncidentRow,
  actionId: string,
  result: string,
  now: Date,
) {
  const [action] = await db
    .select()
    .from(incidentPreventionActions)
    .where(
      and(eq(incidentPreventionActions.id, actionId), eq(incidentPreventionActions.incidentId, incident.id)),
    );
  if (!action) throw notFound({ ja: "再発防止策", en: "The prevention action" });
  if (action.status === "done")
    throw conflict("already_done", "この再発防止策は完了済みです。", "This action is already done.");
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(incidentPreventionActions)
      .set({ status: "done", result, doneAt: now })
      .where(eq(incidentPreventionActions.id, action.id))
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "incident.prevention_done",
        targetType: "incident",
        targetId: incident.id,
        data: { actionId: action.id, title: action.title, result },
      },
      now,
    );
    return row;
  });
}
