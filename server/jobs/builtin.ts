import { and, isNotNull, lt, or, sql } from "drizzle-orm";
import { recordEvent } from "../audit/record";
import { sessions } from "../auth/tables";
import { definePeriodicJob } from "./define";
import { nextDailyAt } from "./periodic";

const DAY = 86_400_000;

/**
 * sessions.purge — daily at 03:00 (Japan time): deletes sessions past their absolute expiry,
 * revoked ones, and ones idle for more than a day (the idle timeout is far shorter, so they
 * can no longer be used). Writes one audit event with the count when anything was deleted.
 */
export const SESSIONS_PURGE_JOB = definePeriodicJob({
  kind: "sessions.purge",
  nextRunAt: (now) => nextDailyAt(now, 3),
  async run({ tx, now }) {
    const dayAgo = new Date(now.getTime() - DAY);
    const deleted = await tx
      .delete(sessions)
      .where(
        or(
          lt(sessions.expiresAt, now),
          and(isNotNull(sessions.revokedAt), lt(sessions.revokedAt, now)),
          lt(sessions.lastSeenAt, dayAgo),
        ),
      )
      .returning({ id: sessions.id });
    if (deleted.length > 0) {
      await recordEvent(
        tx,
        null,
        { type: "sessions.purged", data: { count: deleted.length, via: "job" } },
        now,
      );
    }
  },
});

/**
 * database.analyze — daily at 02:30 (Japan time): refreshes the planner's statistics of every
 * table. PostgreSQL's autovacuum does this on its own; the embedded database (PGlite, one
 * process, no background workers) never does, so without this job its plans would be made for
 * the empty tables of the first start however large the register grows. Catalog only: no record
 * changes, so no audit event.
 */
export const DATABASE_ANALYZE_JOB = definePeriodicJob({
  kind: "database.analyze",
  nextRunAt: (now) => nextDailyAt(now, 2, 30),
  async run({ tx }) {
    await tx.execute(sql`ANALYZE`);
  },
});
