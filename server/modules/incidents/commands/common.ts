import type { DbOrTx } from "../../../db/client";
import type { RequestContext } from "../../../http/context";
import { notify as notifyPeople } from "../../../notify";
import type { TimelineKind } from "../domain/types";
import { incidentAccess, incidentTimeline } from "../tables";

export type Ctx = RequestContext;

/** Notifies people about an incident or a violation through the one notification service. */
export async function notify(
  tx: DbOrTx,
  personIds: string[],
  input: { incidentId?: string | null; violationId?: string | null; kind: string; ja: string; en: string },
  now: Date,
) {
  const record = input.incidentId
    ? { type: "incident", id: input.incidentId }
    : input.violationId
      ? { type: "violation", id: input.violationId }
      : null;
  await notifyPeople(tx, {
    to: personIds,
    module: "incidents",
    kind: input.kind,
    record,
    link: input.incidentId
      ? `/incidents/${input.incidentId}`
      : input.violationId
        ? "/incidents/violations"
        : "/incidents",
    message: { ja: input.ja, en: input.en },
    now,
  });
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
