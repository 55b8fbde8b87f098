import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client";
import { conflict } from "../../../http/errors";
import { enqueue } from "../../../jobs";
import { notify as notifyPeople } from "../../../notify";
import { type Action, refusal } from "../domain/state";
import { type CarryOutEvent, carryOutLog, requests } from "../tables";

export type RequestRow = typeof requests.$inferSelect;

/** Reads the request with a row lock (FOR UPDATE) inside the command's transaction. */
export async function lockRequest(tx: DbOrTx, id: string): Promise<RequestRow | null> {
  const [row] = await tx.select().from(requests).where(eq(requests.id, id)).for("update");
  return row ?? null;
}

/** 409 with a message that names the state, unless the action is allowed in it. */
export function ensureTransition(action: Action, row: RequestRow): void {
  const why = refusal(action, row.status);
  if (why) throw conflict("illegal_transition", why.ja, why.en);
}

export interface NotificationInput {
  requestId: string | null;
  kind: string;
  ja: string;
  en: string;
}

/**
 * Notifies people about a request (in-app, and by mail per their choice) in the transaction of
 * the change that causes it — through the one notification service (server/notify).
 */
export async function notify(tx: DbOrTx, personIds: Iterable<string>, n: NotificationInput, now: Date) {
  await notifyPeople(tx, {
    to: personIds,
    module: "requests",
    kind: n.kind,
    record: n.requestId ? { type: "request", id: n.requestId } : null,
    link: n.requestId ? `/requests/${n.requestId}` : "/requests",
    message: { ja: n.ja, en: n.en },
    now,
  });
}

export const requestLabel = (row: RequestRow, title: { ja: string; en: string }) => ({
  ja: `申請 No.${row.number}（${title.ja}）`,
  en: `request No.${row.number} (${title.en})`,
});

/** Appends rows to the carry-out register (持ち出し・持ち込み記録), one per asset. */
export async function logCarryOut(
  tx: DbOrTx,
  row: RequestRow,
  event: CarryOutEvent,
  assetsOfRequest: Array<{ assetId: string; snapshot: Record<string, unknown> }>,
  input: { occurredAt: Date; recordedByPersonId: string | null; note?: string | null },
  now: Date,
) {
  const f = row.fields as Record<string, unknown>;
  const targets = assetsOfRequest.length ? assetsOfRequest : [{ assetId: null, snapshot: {} }];
  await tx.insert(carryOutLog).values(
    targets.map((a) => ({
      requestId: row.id,
      assetId: a.assetId,
      assetLabel: a.assetId
        ? `${String(a.snapshot.assetNumber ?? "")} ${String(a.snapshot.name ?? "")}`.trim()
        : String(f.purpose ?? ""),
      event,
      departmentId: row.departmentId,
      personId: row.requesterPersonId,
      destination: (f.destination ?? f.area ?? f.to ?? null) as string | null,
      purpose: (f.purpose ?? null) as string | null,
      dueAt: row.endsAt,
      occurredAt: input.occurredAt,
      note: input.note ?? null,
      recordedByPersonId: input.recordedByPersonId,
      recordedAt: now,
    })),
  );
}

/**
 * Cross-module reaction (DESIGN.md §4 rule 4): the asset register owns asset status, so the
 * requests module never writes `assets`; it enqueues `assets.status_changed` in the same
 * transaction and the assets module's handler applies it.
 */
export const ASSET_STATUS_JOB = "assets.status_changed";
export async function enqueueAssetStatus(
  tx: DbOrTx,
  row: RequestRow,
  assetIds: string[],
  status: "carried_out" | "in_use" | "disposed" | "lent",
  date: string,
  now: Date,
) {
  for (const assetId of assetIds)
    await enqueue(tx, {
      kind: ASSET_STATUS_JOB,
      payload: { assetId, status, date, requestId: row.id, requestKind: row.kind, via: "requests" },
      runAt: now,
      uniqueKey: `${ASSET_STATUS_JOB}:${row.id}:${assetId}:${status}`,
    });
}

/** Cross-module reaction: a register entry for the registers module (job `registers.append`). */
export const REGISTER_APPEND_JOB = "registers.append";
export async function enqueueRegisterEntry(
  tx: DbOrTx,
  key: string,
  entry: {
    register: string;
    entryType: string;
    occurredAt: string;
    departmentId: string;
    personId: string | null;
    assetId: string | null;
    data: Record<string, unknown>;
    sourceRequestId: string;
    recordedByPersonId: string | null;
  },
  now: Date,
) {
  await enqueue(tx, {
    kind: REGISTER_APPEND_JOB,
    payload: entry,
    runAt: now,
    uniqueKey: `${REGISTER_APPEND_JOB}:${key}`,
  });
}
