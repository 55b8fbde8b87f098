import { and, isNotNull, lt, or } from "drizzle-orm";
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
