import { and, eq, sql } from "drizzle-orm";
import type { Database, DbOrTx } from "../db/client";
import { rowsOf } from "../db/sql";
import type { Profile } from "../profile";
import { jobs } from "./tables";

export type Job = typeof jobs.$inferSelect;

export interface JobContext {
  /** The transaction the handler runs in; the job is marked done in the same transaction. */
  tx: DbOrTx;
  database: Database;
  now: Date;
  job: Job;
  /** The installation's active profile (jobs run outside any request). */
  profile(): Promise<Profile>;
  /** What the definition's `prepare` returned (undefined without one). */
  prepared?: unknown;
}

/** What a definition's `prepare` is given: no transaction is open while it runs. */
export interface PrepareContext {
  database: Database;
  now: Date;
  job: Job;
}

export interface EnqueueInput {
  kind: string;
  payload?: Record<string, unknown>;
  runAt: Date;
  /** At most one job ever exists with this key (e.g. `reminder:<request>:<day>`). */
  uniqueKey?: string;
}

/**
 * Adds a job in the caller's transaction, so it exists only if the change that wants it
 * commits. With a `uniqueKey` already taken, nothing is added and null is returned. Within a
 * module prefer `enqueueJob(tx, definition, payload, …)`, which checks the payload first; this
 * form serves a module enqueueing another module's job by its kind (the worker checks the
 * payload against the registry's schema before the handler runs).
 */
export async function enqueue(tx: DbOrTx, input: EnqueueInput): Promise<number | null> {
  const rows = await tx
    .insert(jobs)
    .values({
      kind: input.kind,
      payload: input.payload ?? {},
      runAt: input.runAt,
      uniqueKey: input.uniqueKey ?? null,
    })
    .onConflictDoNothing({ target: jobs.uniqueKey })
    .returning({ id: jobs.id });
  return rows[0]?.id ?? null;
}

/**
 * The payloads of the jobs of a kind that wait to run (queued, not yet claimed by a worker): a
 * job not started yet will see every change committed before it starts, so a caller that finds
 * one covering what it would queue need not queue another.
 */
export async function queuedJobPayloads(db: DbOrTx, kind: string): Promise<unknown[]> {
  const rows = await db
    .select({ payload: jobs.payload })
    .from(jobs)
    .where(and(eq(jobs.kind, kind), eq(jobs.status, "queued")));
  return rows.map((r) => r.payload);
}

/** Seconds to wait before attempt `attempts + 1`: 30 s, 2 min, 8 min, … capped at 6 hours. */
export function backoffSeconds(attempts: number): number {
  return Math.min(30 * 4 ** Math.max(attempts - 1, 0), 6 * 3600);
}

/** Counts by status, for health checks and tests. */
export async function jobCounts(db: DbOrTx): Promise<Record<string, number>> {
  const res = await db.execute(sql`SELECT status, count(*)::int AS n FROM jobs GROUP BY status`);
  const out: Record<string, number> = {};
  for (const r of rowsOf<{ status: string; n: number }>(res)) out[r.status] = Number(r.n);
  return out;
}
