import { eq, ne, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { recordEvent } from "../audit/record";
import { auditEvents } from "../audit/tables";
import { verifyChain } from "../audit/verify";
import { sessions } from "../auth/tables";
import type { Database } from "../db/client";
import { rowsOf } from "../db/sql";
import { JOB_REGISTRY } from "../job-registry";
import { openTestDatabase } from "../test/db";
import { makeUser } from "../test/factories";
import {
  createWorker,
  DATABASE_ANALYZE_JOB,
  defineJob,
  definePeriodicJob,
  enqueue,
  enqueueJob,
  type JobDefinition,
  JobPayloadError,
  jobRegistry,
  nextDailyAt,
  SESSIONS_PURGE_JOB,
  schedulePeriodicJobs,
} from "./index";
import { jobs } from "./tables";

const which = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";

describe(`job queue (${which})`, () => {
  let database: Database;
  const clock = { now: new Date("2026-04-01T09:00:00+09:00") };
  const now = () => clock.now;

  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  it("two workers on one database run each job exactly once", async () => {
    const runs = new Map<number, string[]>();
    const registry = jobRegistry([
      defineJob({
        kind: "test.once",
        payload: z.object({ n: z.number().int() }),
        run: async (payload, { tx, job }) => {
          const list = runs.get(job.id) ?? [];
          list.push(String(payload.n));
          runs.set(job.id, list);
          await new Promise((r) => setTimeout(r, 2));
          await recordEvent(
            tx,
            null,
            { type: "test.job_ran", targetType: "job", targetId: String(job.id) },
            now(),
          );
        },
      }),
    ]);
    const N = 60;
    await database.db.transaction(async (tx) => {
      for (let n = 0; n < N; n++)
        await enqueue(tx, { kind: "test.once", payload: { n }, runAt: new Date(clock.now.getTime() - 1000) });
    });
    const a = createWorker({ database, registry, now, batchSize: 4, workerId: "A", onError: () => {} });
    const b = createWorker({ database, registry, now, batchSize: 4, workerId: "B", onError: () => {} });
    const drain = async (w: typeof a) => {
      let total = 0;
      for (;;) {
        const n = await w.runOnce();
        total += n;
        if (n === 0) return total;
      }
    };
    const [ca, cb] = await Promise.all([drain(a), drain(b)]);
    expect(ca + cb).toBe(N);
    expect(runs.size).toBe(N);
    for (const list of runs.values()) expect(list).toHaveLength(1);
    const done = await database.db.select().from(jobs).where(eq(jobs.kind, "test.once"));
    expect(done.every((j) => j.status === "done" && j.attempts === 1)).toBe(true);
    const events = await database.db.select().from(auditEvents).where(eq(auditEvents.type, "test.job_ran"));
    expect(events).toHaveLength(N);
    expect(new Set(events.map((e) => e.targetId)).size).toBe(N);
    expect((await verifyChain(database.db)).ok).toBe(true);
  });

  it("does not run a job before its time, and a unique key is enqueued once", async () => {
    let ran = 0;
    const registry = jobRegistry([
      defineJob({
        kind: "test.later",
        payload: z.object({}),
        run: async () => {
          ran++;
        },
      }),
    ]);
    const later = new Date(clock.now.getTime() + 3600_000);
    const first = await enqueue(database.db, { kind: "test.later", runAt: later, uniqueKey: "later-1" });
    const second = await enqueue(database.db, { kind: "test.later", runAt: later, uniqueKey: "later-1" });
    expect(first).toBeTypeOf("number");
    expect(second).toBeNull();
    const w = createWorker({ database, registry, now, onError: () => {} });
    expect(await w.runOnce()).toBe(0);
    clock.now = new Date(later.getTime() + 1);
    expect(await w.runOnce()).toBe(1);
    expect(ran).toBe(1);
  });

  it("a job enqueued in a transaction that rolls back does not exist", async () => {
    await database.db
      .transaction(async (tx) => {
        await enqueue(tx, { kind: "test.rolled_back", runAt: clock.now });
        throw new Error("the change failed");
      })
      .catch(() => {});
    const rows = await database.db.select().from(jobs).where(eq(jobs.kind, "test.rolled_back"));
    expect(rows).toHaveLength(0);
  });

  it("retries a failing job with backoff, rolls back its effects, and finally marks it failed", async () => {
    let calls = 0;
    const registry = jobRegistry([
      defineJob({
        kind: "test.flaky",
        payload: z.object({}),
        maxAttempts: 3,
        run: async (_p, { tx }) => {
          calls++;
          await recordEvent(tx, null, { type: "test.flaky_effect" }, now());
          if (calls < 2) throw new Error("boom");
        },
      }),
      defineJob({
        kind: "test.broken",
        payload: z.object({}),
        maxAttempts: 2,
        run: async () => {
          throw new Error("always");
        },
      }),
    ]);
    const flaky = await enqueue(database.db, { kind: "test.flaky", runAt: clock.now });
    const broken = await enqueue(database.db, { kind: "test.broken", runAt: clock.now });
    const w = createWorker({ database, registry, now, onError: () => {} });
    expect(await w.runOnce()).toBe(2);
    const [f1] = await database.db
      .select()
      .from(jobs)
      .where(eq(jobs.id, flaky as number));
    expect(f1.status).toBe("queued");
    expect(f1.lastError).toBe("boom");
    expect(f1.runAt.getTime()).toBe(clock.now.getTime() + 30_000);
    // The failed attempt's audit event was rolled back with it.
    const effects1 = await database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.type, "test.flaky_effect"));
    expect(effects1).toHaveLength(0);
    expect(await w.runOnce()).toBe(0);
    clock.now = new Date(clock.now.getTime() + 31_000);
    expect(await w.runOnce()).toBe(2);
    const [f2] = await database.db
      .select()
      .from(jobs)
      .where(eq(jobs.id, flaky as number));
    expect(f2).toMatchObject({ status: "done", attempts: 2 });
    const [b2] = await database.db
      .select()
      .from(jobs)
      .where(eq(jobs.id, broken as number));
    expect(b2).toMatchObject({ status: "failed", attempts: 2, lastError: "always" });
    const effects2 = await database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.type, "test.flaky_effect"));
    expect(effects2).toHaveLength(1);
  });

  it("database.analyze gives the planner statistics of the tables (PGlite has no autovacuum)", async () => {
    await database.exec("create table analyze_probe (id int, v text)");
    await database.exec("insert into analyze_probe select g, 'v' || (g % 7) from generate_series(1, 500) g");
    const stats = async () =>
      rowsOf<{ n: number }>(
        await database.db.execute(
          sql`select count(*)::int as n from pg_stats where tablename = 'analyze_probe'`,
        ),
      );
    const before = (await stats())[0].n;
    const t = clock.now;
    await schedulePeriodicJobs(database.db, JOB_REGISTRY, t);
    const [job] = await database.db.select().from(jobs).where(eq(jobs.kind, "database.analyze"));
    expect(job.runAt.toISOString()).toBe(nextDailyAt(t, 2, 30).toISOString());
    clock.now = new Date(job.runAt.getTime() + 1000);
    await database.db.delete(jobs).where(ne(jobs.kind, "database.analyze"));
    const w = createWorker({
      database,
      registry: jobRegistry([DATABASE_ANALYZE_JOB]),
      now,
      onError: () => {},
    });
    expect(await w.runOnce()).toBe(1);
    expect(before).toBe(0);
    expect((await stats())[0].n).toBe(2);
    await database.db.delete(jobs);
    clock.now = t;
  });

  it("sessions.purge deletes expired sessions daily and schedules its next run", async () => {
    const { user } = await makeUser(database.db);
    const t = clock.now;
    const mk = (id: string, expiresAt: Date, lastSeenAt = t, revokedAt: Date | null = null) => ({
      id,
      userId: user.id,
      csrfToken: "x",
      expiresAt,
      lastSeenAt,
      revokedAt,
    });
    await database.db
      .insert(sessions)
      .values([
        mk("live", new Date(t.getTime() + 2 * 86_400_000), new Date(t.getTime() + 3600_000)),
        mk("expired", new Date(t.getTime() - 1000)),
        mk("revoked", new Date(t.getTime() + 3600_000), t, new Date(t.getTime() - 1000)),
        mk("idle", new Date(t.getTime() + 3600_000), new Date(t.getTime() - 2 * 86_400_000)),
      ]);
    await schedulePeriodicJobs(database.db, JOB_REGISTRY, t);
    await schedulePeriodicJobs(database.db, JOB_REGISTRY, t); // a second instance starting: no duplicate
    const scheduled = await database.db.select().from(jobs).where(eq(jobs.kind, "sessions.purge"));
    expect(scheduled).toHaveLength(1);
    expect(scheduled[0].runAt.toISOString()).toBe(nextDailyAt(t, 3).toISOString());
    clock.now = new Date(scheduled[0].runAt.getTime() + 1000);
    // Other daily jobs (org.separations_due at 00:15) fall due before 03:00; this test runs the purge alone.
    await database.db.delete(jobs).where(ne(jobs.kind, "sessions.purge"));
    const w = createWorker({ database, registry: jobRegistry([SESSIONS_PURGE_JOB]), now, onError: () => {} });
    expect(await w.runOnce()).toBe(1);
    const left = await database.db.select({ id: sessions.id }).from(sessions);
    expect(left.map((s) => s.id)).toEqual(["live"]);
    const all = await database.db.select().from(jobs).where(eq(jobs.kind, "sessions.purge"));
    expect(all).toHaveLength(2);
    const next = all.find((j) => j.status === "queued");
    expect(next?.runAt.getTime()).toBe(scheduled[0].runAt.getTime() + 86_400_000);
    const [ev] = await database.db.select().from(auditEvents).where(eq(auditEvents.type, "sessions.purged"));
    expect(ev.data).toEqual({ count: 3, via: "job" });
  });

  it("a started worker polls and stops cleanly", async () => {
    let ran = 0;
    const registry = jobRegistry([
      defineJob({
        kind: "test.poll",
        payload: z.object({}),
        run: async () => {
          ran++;
        },
      }),
    ]);
    await enqueue(database.db, { kind: "test.poll", runAt: clock.now });
    const w = createWorker({ database, registry, now, pollMs: 20, onError: () => {} });
    w.start();
    for (let i = 0; i < 100 && ran === 0; i++) await new Promise((r) => setTimeout(r, 20));
    await w.stop();
    expect(ran).toBe(1);
    const [{ n }] = (
      (await database.db.execute(
        sql`SELECT count(*)::int AS n FROM jobs WHERE status = 'running'`,
      )) as unknown as {
        rows: { n: number }[];
      }
    ).rows;
    expect(Number(n)).toBe(0);
  });
});

describe(`job registry (${which})`, () => {
  let database: Database;
  const clock = { now: new Date("2026-04-01T09:00:00+09:00") };
  const now = () => clock.now;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  const seen: number[] = [];
  const counted: JobDefinition<{ n: number }> = defineJob({
    kind: "test.counted",
    payload: z.object({ n: z.number().int().min(0) }),
    run: async ({ n }) => {
      seen.push(n);
    },
  });

  it("lists every kind the application runs, each once", () => {
    expect(JOB_REGISTRY.kinds().sort()).toEqual([
      "accounts.daily",
      "assets.status_changed",
      "assurance.remind",
      "database.analyze",
      "incidents.escalate",
      "notify.digest",
      "org.directory_sync",
      "org.separations_due",
      "registers.append",
      "requests.expire",
      "requests.post_report_check",
      "requests.return_check",
      "sessions.purge",
      "software.escalate_overdue",
      "software.fetch_advisories",
      "software.fetch_advisories_retry",
      "software.task_digest",
      "software.warn_end_of_support",
      "training.daily",
      "training.tally_rebuild",
    ]);
    expect(() => jobRegistry([counted, counted])).toThrow(/defined twice/);
  });

  it("an unknown kind and a payload its schema refuses fail at once, naming the kind and the field", async () => {
    const registry = jobRegistry([counted]);
    const unknown = await enqueue(database.db, { kind: "test.nobody", runAt: clock.now });
    const bad = await enqueue(database.db, { kind: "test.counted", payload: { n: "x" }, runAt: clock.now });
    const good = await enqueueJob(database.db, counted, { n: 7 }, { runAt: clock.now });
    const errors: string[] = [];
    const w = createWorker({ database, registry, now, onError: (_j, e) => errors.push(String(e)) });
    expect(await w.runOnce()).toBe(3);
    const rows = await database.db.select().from(jobs);
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(unknown as number)).toMatchObject({ status: "failed", attempts: 1 });
    expect(byId.get(unknown as number)?.lastError).toMatch(/unknown job kind "test\.nobody"/);
    expect(byId.get(bad as number)).toMatchObject({ status: "failed", attempts: 1 });
    expect(byId.get(bad as number)?.lastError).toMatch(/invalid payload for job "test\.counted": n: /);
    expect(byId.get(good as number)).toMatchObject({ status: "done" });
    expect(seen).toEqual([7]);
    expect(errors).toHaveLength(2);
  });

  it("prepare runs before the job's transaction (it may use the database itself), its result reaches run; a throw retries", async () => {
    const order: string[] = [];
    let fail = true;
    const prepared = defineJob({
      kind: "test.prepared",
      payload: z.object({ n: z.number().int() }),
      // On PGlite (one connection) a transaction of its own here would wait for ever if the
      // job's transaction were already open: prepare must run outside it.
      prepare: async ({ n }, { database: d }) => {
        order.push("prepare");
        if (fail) throw new Error("feed down");
        await d.db.transaction((tx) => tx.execute(sql`select 1`));
        return n * 2;
      },
      run: async (_payload, { prepared: doubled }) => {
        order.push(`run ${doubled}`);
      },
    });
    const registry = jobRegistry([prepared]);
    const id = await enqueueJob(database.db, prepared, { n: 21 }, { runAt: clock.now });
    const w = createWorker({ database, registry, now, onError: () => {} });
    expect(await w.runOnce()).toBe(1);
    const [retried] = await database.db
      .select()
      .from(jobs)
      .where(eq(jobs.id, id as number));
    expect(retried).toMatchObject({ status: "queued", lastError: "feed down" });
    expect(order).toEqual(["prepare"]);
    fail = false;
    clock.now = new Date(clock.now.getTime() + 3600_000);
    expect(await w.runOnce()).toBe(1);
    expect(order).toEqual(["prepare", "prepare", "run 42"]);
    const [done] = await database.db
      .select()
      .from(jobs)
      .where(eq(jobs.id, id as number));
    expect(done.status).toBe("done");
  });

  it("a periodic job switched off is not scheduled, and a run of it left queued does nothing and queues no next", async () => {
    const switch_ = { on: false };
    let runs = 0;
    const optional = definePeriodicJob({
      kind: "test.optional",
      nextRunAt: (at) => nextDailyAt(at, 5),
      enabled: () => switch_.on,
      run: async () => {
        runs++;
      },
    });
    const registry = jobRegistry([optional]);
    const queuedOf = () =>
      database.db
        .select()
        .from(jobs)
        .where(sql`${jobs.kind} = 'test.optional' and ${jobs.status} = 'queued'`);
    await schedulePeriodicJobs(database.db, registry, clock.now);
    expect(await queuedOf()).toEqual([]);
    await enqueue(database.db, { kind: "test.optional", runAt: clock.now });
    const w = createWorker({ database, registry, now });
    expect(await w.runOnce()).toBe(1);
    expect(runs).toBe(0);
    expect(await queuedOf()).toEqual([]);
    switch_.on = true;
    await schedulePeriodicJobs(database.db, registry, clock.now);
    expect(await queuedOf()).toHaveLength(1);
  });

  it("a periodic job that used up its attempts still has its next run queued (it does not stop until a restart)", async () => {
    const failing = definePeriodicJob({
      kind: "test.periodic_failing",
      nextRunAt: (at) => nextDailyAt(at, 4),
      maxAttempts: 1,
      run: async () => {
        throw new Error("down");
      },
    });
    const registry = jobRegistry([failing]);
    const ofKind = () =>
      database.db.select().from(jobs).where(eq(jobs.kind, "test.periodic_failing")).orderBy(jobs.runAt);
    await enqueue(database.db, { kind: "test.periodic_failing", runAt: clock.now });
    const w = createWorker({ database, registry, now, onError: () => {} });
    expect(await w.runOnce()).toBe(1);
    const rows = await ofKind();
    expect(rows.map((r) => r.status)).toEqual(["failed", "queued"]);
    expect(rows[0].lastError).toBe("down");
    expect(rows[1].runAt.getTime()).toBe(nextDailyAt(clock.now, 4).getTime());
    // A worker started later schedules the same next run once, not a second one.
    await schedulePeriodicJobs(database.db, registry, clock.now);
    expect((await ofKind()).filter((r) => r.status === "queued")).toHaveLength(1);
  });

  it("enqueueJob refuses a bad payload in the caller's transaction", async () => {
    await expect(enqueueJob(database.db, counted, { n: -1 }, { runAt: clock.now })).rejects.toBeInstanceOf(
      JobPayloadError,
    );
    const rows = await database.db.select().from(jobs).where(eq(jobs.kind, "test.counted"));
    expect(rows.every((r) => (r.payload as { n: unknown }).n !== -1)).toBe(true);
  });
});

describe("nextDailyAt", () => {
  it("is the next 03:00 in Japan time", () => {
    expect(nextDailyAt(new Date("2026-04-01T02:00:00+09:00"), 3).toISOString()).toBe(
      "2026-03-31T18:00:00.000Z",
    );
    expect(nextDailyAt(new Date("2026-04-01T03:00:00+09:00"), 3).toISOString()).toBe(
      "2026-04-01T18:00:00.000Z",
    );
    expect(nextDailyAt(new Date("2026-03-31T23:30:00+09:00"), 3).toISOString()).toBe(
      "2026-03-31T18:00:00.000Z",
    );
  });
});
