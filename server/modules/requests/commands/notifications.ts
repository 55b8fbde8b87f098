import { and, eq } from "drizzle-orm";
import { recordEvent } from "../../../audit/record";
import type { Db } from "../../../db/client";
import type { RequestContext } from "../../../http/context";
import { requestNotifications } from "../tables";

/** Marks one of the person's own notifications read, with its audit event; null when not theirs. */
export async function markNotificationRead(
  db: Db,
  ctx: RequestContext,
  id: string,
  personId: string,
  now: Date,
) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(requestNotifications)
      .set({ readAt: now })
      .where(and(eq(requestNotifications.id, id), eq(requestNotifications.personId, personId)))
      .returning();
    if (!row) return null;
    await recordEvent(
      tx,
      ctx,
      {
        type: "request.notification_read",
        targetType: "request_notification",
        targetId: row.id,
        data: { requestId: row.requestId ?? null },
      },
      now,
    );
    return row;
  });
}
