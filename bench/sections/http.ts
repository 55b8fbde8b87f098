import { mkdirSync } from "node:fs";
import { join } from "node:path";
import autocannon, { type Result } from "autocannon";
import type { OrgDataset } from "../generate";
import { BENCH_PASSWORD } from "../generate";
import { describeTop, PROFILE_DIR, summarizeServerProfile } from "../profile";
import { type HttpSession, type RunningServer, signInHttp, startServer } from "../server";
import type { BenchContext, BenchSection, Figure } from "../types";
import { replayMixedSql } from "./http-replay";

export const CONNECTIONS = 10;

/**
 * Issue #11 item 8's targets for the authenticated mixed GETs, by database: on PGlite ≥ 250
 * req/s with p99 ≤ 150 ms; on PostgreSQL ≥ 500 req/s (the issue sets no p99 there).
 */
export function mixedTargets(kind: "pglite" | "postgres"): { perSecond: number; p99Ms: number | null } {
  return kind === "postgres" ? { perSecond: 500, p99Ms: null } : { perSecond: 250, p99Ms: 150 };
}

export interface MixedRoute {
  name: string;
  /** Concrete path with query, as requested. */
  path: string;
}

/**
 * Authenticated GETs a user makes all day, in the order they join: each is used when
 * /api/openapi.json lists it and a probe request answers 200. The asset list, asset detail,
 * my requests and dashboard counts join as those modules land.
 */
interface Candidate {
  name: string;
  /** OpenAPI paths that would serve it (the first present wins). */
  paths: string[];
  build(org: OrgDataset, deptId: string, ids: Record<string, string>): string;
}

const CANDIDATES: Candidate[] = [
  { name: "me", paths: ["/api/auth/me"], build: () => "/api/auth/me" },
  { name: "departments", paths: ["/api/departments"], build: () => "/api/departments" },
  { name: "people_of_department", paths: ["/api/people"], build: (_o, d) => `/api/people?departmentId=${d}` },
  {
    name: "asset_list",
    paths: ["/api/assets"],
    // Department + confidentiality filter + partial Japanese search, a page of 50 (as the asset section).
    build: (_o, d) =>
      `/api/assets?departmentId=${d}&confidentiality=${encodeURIComponent("II,III")}&q=${encodeURIComponent("台帳")}&limit=50`,
  },
  {
    name: "asset_detail",
    paths: ["/api/assets/{id}"],
    build: (_o, _d, ids) => (ids.asset ? `/api/assets/${ids.asset}` : ""),
  },
  {
    name: "my_requests",
    paths: ["/api/requests/mine", "/api/me/requests", "/api/requests"],
    build: (_o, _d, ids) => ids.myRequestsPath ?? "/api/requests?scope=mine&limit=50",
  },
  {
    name: "dashboard_counts",
    paths: ["/api/dashboard/counts", "/api/dashboard", "/api/reports/dashboard"],
    build: (_o, _d, ids) => ids.dashboardPath ?? "/api/dashboard",
  },
];

function firstId(body: unknown): string | undefined {
  if (!body || typeof body !== "object") return undefined;
  const o = body as Record<string, unknown>;
  const list = [o.items, o.data, o.rows, o.results, ...Object.values(o)].find(Array.isArray) as
    | Array<Record<string, unknown>>
    | undefined;
  const id = list?.[0]?.id;
  return typeof id === "string" || typeof id === "number" ? String(id) : undefined;
}

/** Signs in as the bench staff member and the head of the department, and finds the mixed routes. */
export async function prepareMixed(
  server: RunningServer,
  org: OrgDataset,
): Promise<{ sessions: HttpSession[]; routes: MixedRoute[]; excluded: string[] }> {
  const sessions = [
    await signInHttp(server.url, org.benchStaff.loginId, BENCH_PASSWORD),
    await signInHttp(server.url, org.benchManager.loginId, BENCH_PASSWORD),
  ];
  const spec = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
    paths?: Record<string, Record<string, unknown>>;
  };
  const hasGet = (p: string) => Boolean(spec.paths?.[p]?.get);
  const deptId = org.benchStaff.departmentId;
  const ids: Record<string, string> = {};
  const routes: MixedRoute[] = [];
  const excluded: string[] = [];
  for (const c of CANDIDATES) {
    const present = c.paths.find(hasGet);
    if (!present) {
      excluded.push(`${c.name} (no route yet)`);
      continue;
    }
    if (c.name === "my_requests" && present !== "/api/requests") ids.myRequestsPath = present;
    if (c.name === "dashboard_counts") ids.dashboardPath = present;
    const path = c.build(org, deptId, ids);
    if (!path) {
      excluded.push(`${c.name} (no id to fetch)`);
      continue;
    }
    const res = await fetch(`${server.url}${path}`, { headers: { cookie: sessions[0].cookie } });
    const text = await res.text();
    if (res.status !== 200) {
      excluded.push(`${c.name} (${path} → ${res.status})`);
      continue;
    }
    if (c.name === "asset_list") {
      const id = firstId(JSON.parse(text));
      if (id) ids.asset = id;
    }
    routes.push({ name: c.name, path });
  }
  return { sessions, routes, excluded };
}

export function mixedRequests(routes: MixedRoute[], sessions: HttpSession[]) {
  return sessions.flatMap((s) =>
    routes.map((r) => ({
      method: "GET",
      path: r.path,
      headers: { cookie: s.cookie, accept: "application/json" },
    })),
  );
}

export function errorsOf(r: Result): number {
  return r.errors + r.timeouts + r.non2xx;
}

async function sequentialLatency(url: string, path: string, cookie: string | null, count: number) {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const t = performance.now();
    const res = await fetch(`${url}${path}`, { headers: cookie ? { cookie } : {} });
    await res.arrayBuffer();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(times.length / 2)], p95: times[Math.floor(times.length * 0.95)] };
}

/**
 * HTTP on loopback with autocannon: a bare `GET /api/health` against the authenticated mixed
 * GETs, same connections and duration; then each mixed route alone, sequentially, for its latency.
 */
export const httpSection: BenchSection = {
  id: "http",
  title: "HTTP on loopback (autocannon)",
  needs: ["org", "audit", "assets", "requests", "incidents"],
  mode: "server",
  enabled: () => true,
  async run(ctx: BenchContext) {
    const org = ctx.datasets.org;
    if (!org) throw new Error("http section needs the org dataset");
    const { figures, routes, mixedPerSecond } = await measureHttp(ctx, org);
    // The server has stopped: the same mix's SQL alone, on the driver, as the API's ceiling.
    ctx.log(`http: the mix's SQL replayed on the driver for ${ctx.loadSeconds} s…`);
    const replay = await replayMixedSql(ctx, org, routes, ctx.loadSeconds);
    figures.splice(1, 0, {
      key: "http.mixed_vs_sql_replay",
      label: "authenticated mixed GETs vs the same mix's SQL on the driver",
      value: mixedPerSecond,
      unit: "req/s",
      baseline: {
        label: `its statements replayed on the driver, ${CONNECTIONS} concurrent`,
        value: replay.perSecond,
      },
      note: `${replay.statementsPerRequest.toFixed(1)} statements per request (captured warm, in process); ${replay.requests.toLocaleString("en")} requests replayed; the ratio is the API's share of what its SQL alone allows`,
    });
    // One server at a time (the embedded database is one process's): profile after measuring.
    if (ctx.cpuProf) figures[0].note += `; ${await profileServer(ctx, org)}`;
    return figures;
  },
};

async function measureHttp(
  ctx: BenchContext,
  org: OrgDataset,
): Promise<{ figures: Figure[]; routes: MixedRoute[]; mixedPerSecond: number }> {
  const server = await startServer(ctx.target);
  try {
    const { sessions, routes, excluded } = await prepareMixed(server, org);
    if (routes.length === 0) throw new Error(`no mixed GET route answers 200: ${excluded.join("; ")}`);
    const duration = ctx.loadSeconds;
    // Warm-up (JIT, caches), not counted.
    await autocannon({
      url: server.url,
      connections: CONNECTIONS,
      duration: 1,
      requests: mixedRequests(routes, sessions),
    });
    ctx.log(`http: /api/health for ${duration} s…`);
    const bare = await autocannon({ url: `${server.url}/api/health`, connections: CONNECTIONS, duration });
    ctx.log(`http: mixed GETs (${routes.map((r) => r.name).join(", ")}) for ${duration} s…`);
    const mixed = await autocannon({
      url: server.url,
      connections: CONNECTIONS,
      duration,
      requests: mixedRequests(routes, sessions),
    });
    const targets = mixedTargets(ctx.target.kind);
    const note = `${CONNECTIONS} connections, ${duration} s each; target of #11 item 8 on ${ctx.target.kind === "postgres" ? "PostgreSQL" : "PGlite"}; routes: ${routes
      .map((r) => r.name)
      .join(", ")}${excluded.length ? `; not yet included: ${excluded.join(", ")}` : ""}`;
    const figures: Figure[] = [
      {
        key: "http.mixed_req_per_s",
        label: "authenticated mixed GETs, throughput",
        value: mixed.requests.average,
        unit: "req/s",
        baseline: { label: "bare GET /api/health", value: bare.requests.average },
        target: { op: ">=", value: targets.perSecond },
        note,
      },
      {
        key: "http.mixed_p99_ms",
        label: "authenticated mixed GETs, p99 latency",
        value: mixed.latency.p99,
        unit: "ms",
        baseline: { label: "bare GET /api/health", value: bare.latency.p99 },
        ...(targets.p99Ms === null ? {} : { target: { op: "<=" as const, value: targets.p99Ms } }),
      },
      {
        key: "http.mixed_errors",
        label: "authenticated mixed GETs, errors (incl. non-2xx, timeouts)",
        value: errorsOf(mixed),
        unit: "",
        baseline: { label: "bare GET /api/health", value: errorsOf(bare) },
        target: { op: "<=", value: 0 },
        note: `${mixed.requests.total.toLocaleString("en")} requests${
          mixed.statusCodeStats ? `; status codes ${JSON.stringify(mixed.statusCodeStats)}` : ""
        }`,
      },
    ];
    // Each route alone, one request at a time: which one costs what.
    const count = ctx.quick ? 20 : 100;
    const health = await sequentialLatency(server.url, "/api/health", null, count);
    for (const r of routes) {
      const lat = await sequentialLatency(server.url, r.path, sessions[0].cookie, count);
      figures.push({
        key: `http.route.${r.name}_p50_ms`,
        label: `  ${r.name} alone, p50 (sequential)`,
        value: lat.p50,
        unit: "ms",
        baseline: { label: "GET /api/health, p50", value: health.p50 },
        note: `${r.path}: p95 ${lat.p95.toFixed(1)} ms over ${count} requests`,
      });
    }
    return { figures, routes, mixedPerSecond: mixed.requests.average };
  } finally {
    await server.stop();
  }
}

/** A separate server run under `node --cpu-prof` with the mixed load only; summarizes where its CPU went. */
async function profileServer(ctx: BenchContext, org: OrgDataset): Promise<string> {
  const dir = join(PROFILE_DIR, `http-server-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  const server = await startServer(ctx.target, { nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${dir}`] });
  const seconds = Math.max(ctx.loadSeconds, 5);
  try {
    const { sessions, routes } = await prepareMixed(server, org);
    await autocannon({
      url: server.url,
      connections: CONNECTIONS,
      duration: seconds,
      requests: mixedRequests(routes, sessions),
    });
  } finally {
    await server.stop();
  }
  const summary = summarizeServerProfile(dir, 6, { windowSeconds: seconds });
  if (!summary) return "server CPU profile not written (did the server exit cleanly on SIGTERM?)";
  return `server CPU profile ${summary.file.replace(/^.*\/bench\//, "bench/")} under mixed load — self time by area: ${describeTop(summary.areas)}; top functions: ${describeTop(summary.top, 5)}`;
}
