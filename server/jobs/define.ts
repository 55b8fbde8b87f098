/**
 * Job definitions: a kind, the zod schema of its payload and the handler, declared as values and
 * collected in one registry (server/job-registry.ts) that the worker is given. Nothing registers
 * itself by being imported, so what runs for a kind is visible in one list, and a kind nobody
 * defined or a payload that does not match its schema fails the job at once with a clear message.
 */
import { z } from "zod";
import type { DbOrTx } from "../db/client";
import { enqueue, type JobContext, type PrepareContext } from "./queue";

export interface JobDefinition<P = unknown> {
  kind: string;
  payload: z.ZodType<P>;
  /** Attempts before the job is marked failed (default 5). */
  maxAttempts: number;
  /**
   * Work that must not hold the database: it runs before the job's transaction opens (a download
   * over the network, say — inside the transaction it would hold PGlite's only connection, and so
   * every request, for as long as the download takes). What it returns is `ctx.prepared` in `run`;
   * when it throws, the job is retried as when `run` throws.
   */
  prepare?: (payload: P, ctx: PrepareContext) => Promise<unknown>;
  run(payload: P, ctx: JobContext): Promise<void>;
  /** For a job that runs on a schedule: its next run strictly after `now` (deterministic). */
  nextRunAt?: (now: Date) => Date;
  /**
   * For a job that runs on a schedule only where it is configured (an optional fetch, say): when
   * this answers false the job is not scheduled, and a run already queued does nothing and
   * schedules no next one.
   */
  enabled?: () => boolean;
}

export function defineJob<S extends z.ZodType, R = undefined>(def: {
  kind: string;
  payload: S;
  maxAttempts?: number;
  prepare?: (payload: z.output<S>, ctx: PrepareContext) => Promise<R>;
  run(payload: z.output<S>, ctx: JobContext & { prepared: R }): Promise<void>;
}): JobDefinition<z.output<S>> {
  return {
    kind: def.kind,
    payload: def.payload as unknown as z.ZodType<z.output<S>>,
    maxAttempts: def.maxAttempts ?? 5,
    prepare: def.prepare,
    run: (payload, ctx) => def.run(payload, ctx as JobContext & { prepared: R }),
  };
}

const periodicKey = (kind: string, at: Date) => `${kind}@${at.toISOString()}`;

/**
 * Queues a periodic job's next run strictly after `now`, once (the unique key is kind + time, so
 * every instance and every path that schedules it adds it once). Does nothing for a job with no
 * schedule or one switched off.
 */
export async function scheduleNextRun(db: DbOrTx, def: JobDefinition, now: Date): Promise<void> {
  if (!def.nextRunAt || (def.enabled && !def.enabled())) return;
  const next = def.nextRunAt(now);
  await enqueue(db, { kind: def.kind, runAt: next, uniqueKey: periodicKey(def.kind, next) });
}

/**
 * A job that runs on a schedule (no payload). Each run enqueues the next one in its own
 * transaction; the unique key (kind + time) makes every instance that schedules it add it once.
 */
export function definePeriodicJob<R = undefined>(def: {
  kind: string;
  nextRunAt(now: Date): Date;
  enabled?: () => boolean;
  prepare?: (ctx: PrepareContext) => Promise<R>;
  run(ctx: JobContext & { prepared: R }): Promise<void>;
  maxAttempts?: number;
}): JobDefinition<unknown> {
  const enabled = def.enabled;
  const prepare = def.prepare;
  const definition: JobDefinition<unknown> = {
    kind: def.kind,
    // Periodic runs carry no payload; anything stored is ignored.
    payload: z.unknown(),
    maxAttempts: def.maxAttempts ?? 5,
    nextRunAt: def.nextRunAt,
    enabled,
    prepare: prepare && (async (_payload, ctx) => (enabled && !enabled() ? undefined : prepare(ctx))),
    async run(_payload, ctx) {
      // Switched off since this run was queued: nothing runs and no next run is queued.
      if (enabled && !enabled()) return;
      await def.run(ctx as JobContext & { prepared: R });
      await scheduleNextRun(ctx.tx, definition, ctx.now);
    },
  };
  return definition;
}

export class JobPayloadError extends Error {}

export interface JobRegistry {
  get(kind: string): JobDefinition | undefined;
  kinds(): string[];
  /** The handler's payload, checked against the definition's schema; throws JobPayloadError. */
  parse(def: JobDefinition, payload: unknown): unknown;
}

/** A definition of any payload type (a registry holds definitions of different payloads). */
// biome-ignore lint/suspicious/noExplicitAny: the payload type differs per definition; each is checked by its own schema
export type AnyJobDefinition = JobDefinition<any>;

/** One registry of the given definitions; a kind defined twice is a programming error. */
export function jobRegistry(defs: readonly AnyJobDefinition[]): JobRegistry {
  const byKind = new Map<string, JobDefinition>();
  for (const def of defs as readonly JobDefinition[]) {
    if (byKind.has(def.kind)) throw new Error(`job kind "${def.kind}" is defined twice`);
    byKind.set(def.kind, def);
  }
  return {
    get: (kind) => byKind.get(kind),
    kinds: () => [...byKind.keys()],
    parse(def, payload) {
      const r = def.payload.safeParse(payload);
      if (r.success) return r.data;
      const fields = r.error.issues.map((i) => `${i.path.join(".") || "(payload)"}: ${i.message}`).join("; ");
      throw new JobPayloadError(`invalid payload for job "${def.kind}": ${fields}`);
    },
  };
}

/**
 * Enqueues a job of a definition in the caller's transaction, after checking its payload, so a
 * bad payload fails the change that wanted it rather than a worker later.
 */
export async function enqueueJob<P>(
  tx: DbOrTx,
  def: JobDefinition<P>,
  payload: P,
  at: { runAt: Date; uniqueKey?: string },
): Promise<number | null> {
  const r = def.payload.safeParse(payload);
  if (!r.success) {
    const fields = r.error.issues.map((i) => `${i.path.join(".") || "(payload)"}: ${i.message}`).join("; ");
    throw new JobPayloadError(`invalid payload for job "${def.kind}": ${fields}`);
  }
  return enqueue(tx, { kind: def.kind, payload: payload as Record<string, unknown>, ...at });
}

/** Makes sure each periodic job has its next run queued (called when a worker starts). */
export async function schedulePeriodicJobs(db: DbOrTx, registry: JobRegistry, now: Date): Promise<void> {
  for (const kind of registry.kinds()) {
    const def = registry.get(kind);
    if (def) await scheduleNextRun(db, def, now);
  }
}
