/**
 * The scheduled directory sync (06:30 JST daily): a dry run, kept for a person to review and
 * approve — the job never applies, because what the directory says is approved before it changes
 * the people register. A directory that cannot be read leaves a failed run with its reason.
 */
import type { AuditContext } from "../../../audit/record";
import type { DbOrTx } from "../../../db/client";
import { AppError } from "../../../http/errors";
import { definePeriodicJob, nextDailyAt } from "../../../jobs";
import { dryRun, recordDryRun, recordFailedRun } from "./commands";
import { ldapConfigFromEnv } from "./config";

export async function scheduledDryRun(tx: DbOrTx, now: Date, env: NodeJS.ProcessEnv = process.env) {
  const config = ldapConfigFromEnv(env);
  if (!config) return null;
  try {
    const plan = await dryRun(tx, config);
    const ctx: AuditContext = { actor: null, ip: "", requestId: "job", via: "job" };
    return await recordDryRun(tx, ctx, plan, now);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    await recordFailedRun(tx, { code: err.code, message_ja: err.messageJa, message_en: err.messageEn }, now);
    return null;
  }
}

export const directorySyncJob = definePeriodicJob({
  kind: "org.directory_sync",
  nextRunAt: (now) => nextDailyAt(now, 6, 30),
  run: async (ctx) => {
    await scheduledDryRun(ctx.tx, ctx.now);
  },
});
