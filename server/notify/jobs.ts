import { definePeriodicJob, nextDailyAt } from "../jobs";
import { buildDigests } from "./digest";

/** The hour (Japan time) the daily digests are put into the outbox. */
export const DIGEST_HOUR_JST = 8;

/** notify.digest — daily: each person's unsent notifications of the day as one mail. */
export const NOTIFY_DIGEST_JOB = definePeriodicJob({
  kind: "notify.digest",
  nextRunAt: (now) => nextDailyAt(now, DIGEST_HOUR_JST),
  async run({ tx, now }) {
    await buildDigests(tx, now);
  },
});
