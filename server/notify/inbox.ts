import { and, desc, eq, isNull, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { notifications } from "./tables";

export type NotificationRow = typeof notifications.$inferSelect;

/** A person's own notifications, newest first (optionally one module's, optionally unread only). */
export async function listNotifications(
  db: DbOrTx,
  personId: string,
  opts: { module?: string; unread?: boolean; limit?: number } = {},
): Promise<NotificationRow[]> {
  return db
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.personId, personId),
        opts.module ? eq(notifications.module, opts.module) : undefined,
        opts.unread ? isNull(notifications.readAt) : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(opts.limit ?? 200);
}

/** Unread counts of a person, per module and in all. */
export async function unreadCounts(
  db: DbOrTx,
  personId: string,
): Promise<{ total: number; byModule: Record<string, number> }> {
  const rows = await db
    .select({ module: notifications.module, n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.personId, personId), isNull(notifications.readAt)))
    .groupBy(notifications.module);
  const byModule: Record<string, number> = {};
  let total = 0;
  for (const r of rows) {
    byModule[r.module] = Number(r.n);
    total += Number(r.n);
  }
  return { total, byModule };
}

/** SQL for a dashboard: the person's unread notifications of a module, counted up to `cap + 1`. */
export function unreadCountSql(personId: string | SQL, module: string, cap: number): SQL {
  return sql`(select count(*)::int from (select 1 from notifications n
    where n.person_id = ${personId} and n.module = ${module} and n.read_at is null
    limit ${cap + 1}) x)`;
}

/**
 * Marks one of the person's own notifications read (of `module` when given); null when it is
 * not theirs (or not of that module). The caller writes the audit event in the same transaction.
 */
export async function markNotificationRead(
  tx: DbOrTx,
  personId: string,
  id: string,
  now: Date,
  module?: string,
): Promise<NotificationRow | null> {
  const [row] = await tx
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, ${now.toISOString()}::timestamptz)` })
    .where(
      and(
        eq(notifications.id, id),
        eq(notifications.personId, personId),
        module ? eq(notifications.module, module) : undefined,
      ),
    )
    .returning();
  return row ?? null;
}
