/**
 * The daily job that applies the 休職・退職 whose effective date has come (00:15 JST): access must
 * end on the day, not when somebody remembers to press 反映 (西原村 7.2(1)②, 川崎市 第8章6(2)イ
 * 「速やかに」). Each separation is applied as by hand — person inactive, login disabled, sessions
 * ended, roles and deputy arrangements ended, the old 課's manager told, the IDs flagged — in its
 * own savepoint, so one that somebody applied or cancelled meanwhile (409) leaves the others
 * applied. The audit events say `via: job`.
 */
import { and, asc, eq, lte } from "drizzle-orm";
import type { AuditContext } from "../../../audit/record";
import type { DbOrTx } from "../../../db/client";
import { AppError } from "../../../http/errors";
import { definePeriodicJob, nextDailyAt } from "../../../jobs";
import type { Profile } from "../../../profile";
import { separations } from "../tables";
import { jstDate } from "../util";
import { applySeparation } from "./separations";

const JOB_CONTEXT: AuditContext = { actor: null, ip: "", requestId: "job", via: "job" };

/** Applies every planned separation due on or before today (JST). Returns the ids applied. */
export async function applyDueSeparations(tx: DbOrTx, profile: Profile, now: Date): Promise<string[]> {
  const due = await tx
    .select()
    .from(separations)
    .where(and(eq(separations.status, "planned"), lte(separations.effectiveDate, jstDate(now))))
    .orderBy(asc(separations.effectiveDate), asc(separations.createdAt));
  const applied: string[] = [];
  for (const row of due) {
    try {
      await applySeparation(tx, JOB_CONTEXT, profile, row, now);
      applied.push(row.id);
    } catch (err) {
      // Applied or cancelled by hand since it was read: nothing left to do for this one.
      if (!(err instanceof AppError) || err.status !== 409) throw err;
    }
  }
  return applied;
}

export const separationsDueJob = definePeriodicJob({
  kind: "org.separations_due",
  nextRunAt: (now) => nextDailyAt(now, 0, 15),
  async run({ tx, now, profile }) {
    await applyDueSeparations(tx, await profile(), now);
  },
});
