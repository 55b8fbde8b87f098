/**
 * The SQL baseline of the HTTP mix (issue #11 item 8): the statements the authenticated mixed
 * GETs run, replayed directly on the driver at the same concurrency, so the API's throughput
 * can be read as a share of what its SQL alone allows.
 *
 * After the server has stopped (PGlite is one process's), the bench opens the same database,
 * serves the same routes in process as the same two bench users, and captures each request's
 * statements from Drizzle's logger on a warm pass (caches filled, as under load). Then
 * `CONNECTIONS` workers replay one request's statements after another, in the mix's order, for
 * the same duration; a replayed request counts when all its statements have answered.
 * Statements the app issues outside Drizzle (none on these routes today) would be missing, which
 * would only make the baseline faster.
 */
import type { Database } from "../../server/db/client";
import { openDatabase } from "../../server/db/client";
import { benchApp, signInBench } from "../app";
import { openTarget } from "../db";
import type { OrgDataset } from "../generate";
import type { BenchContext } from "../types";
import { rawQuery } from "./assets";
import { capture } from "./directory";
import { CONNECTIONS, type MixedRoute } from "./http";

type Captured = { text: string; params: unknown[] };

export interface ReplayResult {
  /** Replayed requests per second (all statements of one request = one). */
  perSecond: number;
  /** Statements per replayed request, on average. */
  statementsPerRequest: number;
  requests: number;
}

async function openForReplay(ctx: BenchContext): Promise<Database> {
  // The server's pool is 10 connections: the replay gets as many as it has workers.
  return ctx.target.kind === "postgres" && ctx.target.url
    ? openDatabase({ url: ctx.target.url, poolSize: CONNECTIONS })
    : openTarget(ctx.target);
}

export async function replayMixedSql(
  ctx: BenchContext,
  org: OrgDataset,
  routes: MixedRoute[],
  seconds: number,
): Promise<ReplayResult> {
  const database = await openForReplay(ctx);
  try {
    const app = benchApp(database);
    const sessions = [
      await signInBench(app, org.benchStaff.loginId),
      await signInBench(app, org.benchManager.loginId),
    ];
    const get = async (path: string, headers: Record<string, string>) => {
      const res = await app.request(path, { headers: { ...headers, accept: "application/json" } });
      if (res.status !== 200) throw new Error(`${path} → ${res.status} in process`);
      await res.arrayBuffer();
    };
    // The mix in autocannon's order: every route as the first user, then as the second.
    const mix = sessions.flatMap((s) => routes.map((r) => ({ path: r.path, headers: s.headers() })));
    for (const m of mix) await get(m.path, m.headers); // warm: caches filled as under load
    const requests: Captured[][] = [];
    for (const m of mix) requests.push((await capture(database, () => get(m.path, m.headers))).sql);

    const until = performance.now() + seconds * 1000;
    let done = 0;
    const worker = async (start: number) => {
      for (let i = start; performance.now() < until; i++) {
        for (const q of requests[i % requests.length]) await rawQuery(database, q);
        done++;
      }
    };
    const began = performance.now();
    await Promise.all(Array.from({ length: CONNECTIONS }, (_, w) => worker(w)));
    const elapsed = (performance.now() - began) / 1000;
    const statements = requests.reduce((n, r) => n + r.length, 0);
    return {
      perSecond: done / elapsed,
      statementsPerRequest: statements / requests.length,
      requests: done,
    };
  } finally {
    await database.close();
  }
}
