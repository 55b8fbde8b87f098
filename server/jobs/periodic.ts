import { nextJstTime } from "../../common/calendar";
import type { DbOrTx } from "../db/client";
import { enqueue, type JobContext, registerJobHandler } from "./queue";

export interface PeriodicJob {
  kind: string;
  /** The next run strictly after `now`; must be deterministic (it names the job). */
  nextRunAt(now: Date): Date;
  run(ctx: JobContext): Promise<void>;
}

const periodic = new Map<string, PeriodicJob>();

const keyOf = (kind: string, at: Date) => `${kind}@${at.toISOString()}`;

/**
 * A job that runs on a schedule. Each run enqueues the next one in its own transaction; the
 * unique key (kind + time) makes sure every instance that schedules it adds it only once.
 */
export function registerPeriodicJob(job: PeriodicJob): void {
  periodic.set(job.kind, job);
  registerJobHandler(job.kind, async (_payload, ctx) => {
    await job.run(ctx);
    const next = job.nextRunAt(ctx.now);
    await enqueue(ctx.tx, { kind: job.kind, runAt: next, uniqueKey: keyOf(job.kind, next) });
  });
}

/** Makes sure each periodic job has its next run queued (called when a worker starts). */
export async function schedulePeriodicJobs(db: DbOrTx, now: Date): Promise<void> {
  for (const job of periodic.values()) {
    const next = job.nextRunAt(now);
    await enqueue(db, { kind: job.kind, runAt: next, uniqueKey: keyOf(job.kind, next) });
  }
}

/** The next given hour:minute in Japan time strictly after `now`. */
export function nextDailyAt(now: Date, hour: number, minute = 0): Date {
  return nextJstTime(now, hour, minute);
}
