import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { and, eq, lt, sql } from "drizzle-orm";
import type { Database } from "../db/client";
import { profileDirFromEnv, resolveActiveProfile } from "../deps";
import { loggerFor } from "../log";
import type { Profile } from "../profile";
import { JobPayloadError, type JobRegistry, scheduleNextRun, schedulePeriodicJobs } from "./define";
import { pollingLoop } from "./polling-loop";
import { backoffSeconds, type Job } from "./queue";
import { jobs } from "./tables";

const log = loggerFor("jobs");

export interface WorkerOptions {
  database: Database;
  /** What runs for each kind (server/job-registry.ts in the app). */
  registry: JobRegistry;
  now?: () => Date;
  /** Pause between polls when the queue is idle (default 5 s). */
  pollMs?: number;
  /** Jobs claimed per round (default 10). */
  batchSize?: number;
  /** Name stored in jobs.locked_by (default host:pid:random). */
  workerId?: string;
  /** A job left `running` this long (its instance died) is queued again (default 15 min). */
  staleMs?: number;
  /** Called when a handler throws (default: the server log). */
  onError?: (job: Job, err: unknown) => void;
  /** The active profile, as the app holds it; default: read from settings like start-up does. */
  profile?: () => Profile;
}

export interface Worker {
  readonly id: string;
  /** Claims and runs due jobs once; returns how many were claimed. */
  runOnce(): Promise<number>;
  start(): void;
  /** Stops polling and waits for the round in progress. */
  stop(): Promise<void>;
}

/**
 * Runs due jobs. Jobs are claimed in the database with FOR UPDATE SKIP LOCKED, so several
 * instances sharing one PostgreSQL never run the same job twice. A handler runs in a
 * transaction that also marks its job done: its database effects and the `done` commit
 * together; when it throws, the job is queued again with backoff (or marked failed). A
 * definition's `prepare` runs first, outside any transaction (network work).
 */
export function createWorker(options: WorkerOptions): Worker {
  const { database } = options;
  const db = database.db;
  const now = options.now ?? (() => new Date());
  const pollMs = options.pollMs ?? 5000;
  const batchSize = options.batchSize ?? 10;
  const staleMs = options.staleMs ?? 15 * 60_000;
  const id = options.workerId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
  const onError =
    options.onError ??
    ((job: Job, err: unknown) =>
      log.error({ err, job: job.id, kind: job.kind, attempt: job.attempts }, "job failed"));

  async function claim(at: Date): Promise<Job[]> {
    return db
      .update(jobs)
      .set({ status: "running", lockedBy: id, lockedAt: at, attempts: sql`${jobs.attempts} + 1` })
      .where(
        sql`${jobs.id} IN (SELECT ${jobs.id} FROM ${jobs} WHERE ${jobs.status} = 'queued' AND ${jobs.runAt} <= ${at} ORDER BY ${jobs.runAt}, ${jobs.id} LIMIT ${batchSize} FOR UPDATE SKIP LOCKED)`,
      )
      .returning();
  }

  async function runJob(job: Job): Promise<void> {
    const def = options.registry.get(job.kind);
    // An unknown kind or a payload its schema refuses will never succeed: fail at once.
    let permanent = false;
    try {
      if (!def) {
        permanent = true;
        throw new Error(`unknown job kind "${job.kind}": not in the job registry`);
      }
      let payload: unknown;
      try {
        payload = options.registry.parse(def, job.payload);
      } catch (err) {
        if (err instanceof JobPayloadError) permanent = true;
        throw err;
      }
      // Before the transaction: what the job does without holding the database (a download).
      const at = now();
      const prepared = def.prepare ? await def.prepare(payload, { database, now: at, job }) : undefined;
      await db.transaction(async (tx) => {
        const profile = async () =>
          options.profile?.() ??
          resolveActiveProfile(tx, process.env.SEKIMORI_PROFILE, { dir: profileDirFromEnv() });
        await def.run(payload, { tx, database, now: at, job, profile, prepared });
        await tx
          .update(jobs)
          .set({ status: "done", lockedBy: null, lockedAt: null, lastError: null })
          .where(and(eq(jobs.id, job.id), eq(jobs.lockedBy, id)));
      });
    } catch (err) {
      onError(job, err);
      const maxAttempts = def?.maxAttempts ?? 5;
      const message = err instanceof Error ? err.message : String(err);
      const retry = !permanent && job.attempts < maxAttempts;
      await db
        .update(jobs)
        .set(
          retry
            ? {
                status: "queued",
                lockedBy: null,
                lockedAt: null,
                lastError: message.slice(0, 2000),
                runAt: new Date(now().getTime() + backoffSeconds(job.attempts) * 1000),
              }
            : { status: "failed", lockedBy: null, lockedAt: null, lastError: message.slice(0, 2000) },
        )
        .where(and(eq(jobs.id, job.id), eq(jobs.lockedBy, id)));
      // A periodic job queues its next run only when a run succeeds; one that has used up its
      // attempts must still run at its next time, not stop until some worker restarts.
      if (!retry && def) await scheduleNextRun(db, def, now());
    }
  }

  async function runOnce(): Promise<number> {
    const at = now();
    // Jobs of an instance that died mid-run: their transaction rolled back, so run them again.
    await db
      .update(jobs)
      .set({ status: "queued", lockedBy: null, lockedAt: null })
      .where(and(eq(jobs.status, "running"), lt(jobs.lockedAt, new Date(at.getTime() - staleMs))));
    const claimed = await claim(at);
    for (const job of claimed) await runJob(job);
    return claimed.length;
  }

  const loop = pollingLoop({
    round: runOnce,
    batchSize,
    pollMs,
    name: "jobs",
    beforeFirstRound: () => schedulePeriodicJobs(db, options.registry, now()),
  });

  return {
    id,
    runOnce,
    start: loop.start,
    stop: loop.stop,
  };
}
