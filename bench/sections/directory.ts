/**
 * The directory's cache (issue #11 item 8), in process through the real app:
 *  - `GET /api/departments` (the organization chart every screen asks for) with the cache warm,
 *    p50/p95; beside it the same route when every call misses (the directory's version moved
 *    before each call), and the SQL statements of such an uncached call replayed on the driver;
 *  - holders of a duty over a department (`holdersOf`, the approver and notification lookup),
 *    warm, beside the SQL of an uncached lookup replayed on the driver.
 * The replayed statements are captured from Drizzle's logger (as the assets section does), so the
 * baseline is exactly what the request cost without the cache, less the app's own work.
 */
import { sql } from "drizzle-orm";
import type { Database } from "../../server/db/client";
import { directoryCacheStats, holdersOf } from "../../server/directory";
import { loadProfile } from "../../server/profile";
import { benchApp, signInBench } from "../app";
import type { BenchContext, BenchSection, Figure } from "../types";
import { rawQuery } from "./assets";

interface Captured {
  text: string;
  params: unknown[];
}
type Session = { logger: { logQuery(query: string, params: unknown[]): void } };

/** Runs `fn` and returns the statements it sent through Drizzle (shared with the http section). */
export async function capture<T>(
  database: Database,
  fn: () => Promise<T>,
): Promise<{ value: T; sql: Captured[] }> {
  const session = (database.db as unknown as { session: Session }).session;
  const previous = session.logger;
  const statements: Captured[] = [];
  session.logger = { logQuery: (text, params) => statements.push({ text, params: [...params] }) };
  try {
    return { value: await fn(), sql: statements };
  } finally {
    session.logger = previous;
  }
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))];
};

/** Moves the directory's version without changing the directory: the next read misses. */
const invalidate = (database: Database) =>
  database.db.execute(sql`update directory_version set version = version + 1 where id = 1`);

async function timeMany(n: number, warm: number, fn: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n + warm; i++) {
    const t = performance.now();
    await fn();
    if (i >= warm) out.push(performance.now() - t);
  }
  return out;
}

export const directorySection: BenchSection = {
  id: "directory",
  title: "Directory cache: department tree and duty holders vs their SQL",
  needs: ["org"],
  mode: "in-process",
  enabled: () => true,
  async run(ctx: BenchContext) {
    const database = ctx.database;
    const org = ctx.datasets.org;
    if (!database || !org) throw new Error("directory section needs the database and org");
    const app = benchApp(database);
    const staff = await signInBench(app, org.benchStaff.loginId);
    const calls = ctx.quick ? 100 : 300;
    const get = async () => {
      const res = await app.request("/api/departments", { headers: staff.headers() });
      if (res.status !== 200) throw new Error(`/api/departments → ${res.status}`);
      return res.json();
    };

    const hitsBefore = directoryCacheStats.hits;
    const warm = await timeMany(calls, 10, get);
    const hits = directoryCacheStats.hits - hitsBefore;
    const cold = await timeMany(Math.min(calls, 100), 5, async () => {
      await invalidate(database);
      await get();
    });
    await invalidate(database);
    const { sql: uncachedSql } = await capture(database, get);
    const replay = await timeMany(calls, 10, async () => {
      for (const q of uncachedSql) await rawQuery(database, q);
    });

    const profile = loadProfile("kawasaki");
    const over = { departmentId: org.benchStaff.departmentId, bureauId: null };
    const holders = () => holdersOf(database.db, profile, "manage_department_security", over, new Date());
    const holdersWarm = await timeMany(calls, 10, holders);
    await invalidate(database);
    const { sql: holderSql } = await capture(database, holders);
    const holderStatements = holderSql.filter((q) => !/directory_version/.test(q.text));
    const holdersReplay = await timeMany(calls, 10, async () => {
      for (const q of holderStatements) await rawQuery(database, q);
    });

    const units = org.bureaus.length + org.departments.length;
    return [
      {
        key: "directory.departments_api_p50_ms",
        label: `/api/departments (${units} units), cache warm, API p50`,
        value: pct(warm, 0.5),
        unit: "ms",
        baseline: { label: "its uncached SQL via the driver, p50", value: pct(replay, 0.5) },
        target: { op: "<=", value: 5 },
        note: `${warm.length} timed calls after 10 warm-up calls, ${hits} of those ${warm.length + 10} answered from the directory cache; the uncached call ran ${uncachedSql.length} statements (session check, version, tree with head counts)`,
      },
      {
        key: "directory.departments_api_p95_ms",
        label: "/api/departments, cache warm, API p95",
        value: pct(warm, 0.95),
        unit: "ms",
        baseline: { label: "its uncached SQL via the driver, p95", value: pct(replay, 0.95) },
      },
      {
        key: "directory.departments_uncached_api_p50_ms",
        label: "/api/departments, every call a miss (version moved), API p50",
        value: pct(cold, 0.5),
        unit: "ms",
        baseline: { label: "its uncached SQL via the driver, p50", value: pct(replay, 0.5) },
      },
      {
        key: "directory.holders_p50_ms",
        label: "holders of manage_department_security over a 課 (holdersOf), cache warm, p50",
        value: pct(holdersWarm, 0.5),
        unit: "ms",
        baseline: { label: "its uncached SQL via the driver, p50", value: pct(holdersReplay, 0.5) },
        note: `${holderStatements.length} statements per uncached lookup`,
      },
    ] satisfies Figure[];
  },
};
