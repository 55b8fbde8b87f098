import { recordEvent } from "../../../audit/record";
import type { Db } from "../../../db/client";
import type { RequestContext } from "../../../http/context";
import { markNotificationRead as markRead, type NotificationRow } from "../../../notify";

/** The shape `/api/requests/notifications` has always answered with (a request_notifications row). */
export function presentRequestNotification(n: NotificationRow) {
  return {
    id: n.id,
    personId: n.personId,
    requestId: n.recordType === "request" ? n.recordId : null,
    kind: n.kind,
    messageJa: n.messageJa,
    messageEn: n.messageEn,
    channel: "in_app" as const,
    delivery: "delivered" as const,
    createdAt: n.createdAt,
    readAt: n.readAt,
  };
}

/** Marks one of the person's own request notifications read, with its audit event; null when not theirs. */
export async function markNotificationRead(
  db: Db,
  ctx: RequestContext,
  id: string,
  personId: string,
  now: Date,
) {
  return db.transaction(async (tx) => {
    const row = await markRead(tx, personId, id, now, "requests");
    if (!row) return null;
    await recordEvent(
      tx,
      ctx,
      {
        type: "request.notification_read",
        targetType: "request_notification",
        targetId: row.id,
        data: { requestId: row.recordType === "request" ? row.recordId : null },
      },
      now,
    );
    return presentRequestNotification(row);
  });
}
