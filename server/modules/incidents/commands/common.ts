import type { DbOrTx } from "../../../db/client";
import type { RequestContext } from "../../../http/context";
import type { TimelineKind } from "../domain/types";
import { incidentAccess, incidentNotifications, incidentTimeline } from "../tables";

export type Ctx = RequestContext;

/** In-app notification rows (e-mail comes later through notify). */
export async function notify(
  tx: DbOrTx,
  personIds: string[],
  input: { incidentId?: string | null; violationId?: string | null; kind: string; ja: string; en: string },
  now: Date,
) {
  const ids = [...new Set(personIds)];
  if (ids.length === 0) return;
  await tx.insert(incidentNotifications).values(
    ids.map((personId) => ({
      personId,
      incidentId: input.incidentId ?? null,
      violationId: input.violationId ?? null,
      kind: input.kind,
      messageJa: input.ja,
      messageEn: input.en,
      createdAt: now,
    })),
  );
}

export async function grantAccess(
  tx: DbOrTx,
  incidentId: string,
  personIds: string[],
  via: "reporter" | "notified" | "member",
  now: Date,
) {
  const ids = [...new Set(personIds)];
  if (ids.length === 0) return;
  await tx
    .insert(incidentAccess)
    .values(ids.map((personId) => ({ incidentId, personId, via, createdAt: now })))
    .onConflictDoNothing();
}

export async function addTimeline(
  tx: DbOrTx,
  input: { incidentId: string; kind: TimelineKind; occurredAt: Date; text: string; personId: string | null },
  now: Date,
) {
  const [row] = await tx
    .insert(incidentTimeline)
    .values({
      incidentId: input.incidentId,
      kind: input.kind,
      occurredAt: input.occurredAt,
      recordedAt: now,
      text: input.text,
      recordedByPersonId: input.personId,
    })
    .returning();
  return row;
}
