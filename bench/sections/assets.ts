import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Database } from "../../server/db/client";
import { signIn } from "../../server/test/session";
import { benchApp, signInBench } from "../app";
import { BENCH_PASSWORD, kawasakiRoles } from "../generate";
import { Rng } from "../prng";
import { describeTop, PROFILE_DIR, profiled } from "../profile";
import type { BenchContext, BenchSection, Figure } from "../types";

/**
 * The asset list through the API (department filter + confidentiality filter + partial Japanese
 * search, page of 50) against the same SQL run directly through the same driver.
 *
 * How the SQL baseline is captured: the bench swaps Drizzle's logger on the app's own database
 * session (`db.session.logger`) for the duration of each API call; Drizzle hands it the final
 * SQL text and driver parameters of every statement it runs. The list statement (the one reading
 * `"assets"` with `limit`) is then run again, byte for byte with the same parameters, through the
 * driver client Drizzle wraps (`db.$client.query`, PGlite or node-postgres), in array row mode as
 * Drizzle does. The API figure includes everything else a request costs (session, visibility
 * units, named people, presentation, JSON text), up to the response the server would write — with
 * the server's Response class (bench/app.ts); reading the body back is left out. The ratio shows
 * that overhead.
 */

interface Captured {
  text: string;
  params: unknown[];
}

type Logger = { logQuery(query: string, params: unknown[]): void };
type Session = { logger: Logger };

/** Runs `fn` with Drizzle's logger recording every statement of this database. */
async function capture<T>(database: Database, fn: () => Promise<T>): Promise<{ value: T; sql: Captured[] }> {
  const session = (database.db as unknown as { session: Session }).session;
  const previous = session.logger;
  const sql: Captured[] = [];
  session.logger = { logQuery: (text, params) => sql.push({ text, params: [...params] }) };
  try {
    return { value: await fn(), sql };
  } finally {
    session.logger = previous;
  }
}

/** The same statement straight through the driver client (PGlite or a pg Pool). */
export async function rawQuery(database: Database, q: Captured): Promise<number> {
  const client = (database.db as unknown as { $client: unknown }).$client;
  if (database.kind === "pglite") {
    const r = await (
      client as { query(t: string, p: unknown[], o: object): Promise<{ rows: unknown[] }> }
    ).query(q.text, q.params, { rowMode: "array" });
    return r.rows.length;
  }
  const r = await (client as { query(o: object): Promise<{ rows: unknown[] }> }).query({
    text: q.text,
    values: q.params,
    rowMode: "array",
  });
  return r.rows.length;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))];
};

export const assetsSection: BenchSection = {
  id: "assets",
  title: "Asset list: API vs the same SQL",
  needs: ["org", "assets"],
  mode: "in-process",
  enabled: () => true,
  async run(ctx: BenchContext) {
    const database = ctx.database;
    const org = ctx.datasets.org;
    const data = ctx.datasets.assets;
    if (!database || !org || !data) throw new Error("assets section needs the database, org and assets");
    const app = benchApp(database);
    const staff = await signInBench(app, org.benchStaff.loginId);
    // An organization-wide viewer (view_all_departments) to spread the calls over departments.
    const { roles } = await kawasakiRoles();
    const viewerRoles = new Set(
      roles
        .filter((r) => r.scope === "organization" && r.duties.includes("view_all_departments"))
        .map((r) => r.key),
    );
    const viewerLogin = org.logins.find((l) => l.roles.some((r) => viewerRoles.has(r)));
    const viewer = viewerLogin
      ? await signIn(app, viewerLogin.loginId, BENCH_PASSWORD, undefined, { now: new Date() })
      : staff;

    const rng = new Rng(`${ctx.seed}:assets-bench`);
    const depts = org.departments.filter((d) => (data.perDepartment.get(d.id) ?? 0) > 0);
    const levels = data.confidentialityKeys; // highest first
    const calls = ctx.quick ? 100 : 200;
    const plan = Array.from({ length: calls + 20 }, (_, i) => {
      const asStaff = i % 2 === 0;
      const dept = asStaff ? org.benchStaff.departmentId : rng.pick(depts).id;
      const word = rng.pick(data.searchWords);
      const conf = rng.pick([levels.slice(1).join(","), levels[1], levels[levels.length - 1]]);
      const path = `/api/assets?departmentId=${dept}&confidentiality=${encodeURIComponent(conf)}&q=${encodeURIComponent(word)}&limit=50`;
      return { session: asStaff ? staff : viewer, path };
    });

    const api: number[] = [];
    const raw: number[] = [];
    let slowest: { ms: number; q: Captured; path: string } | null = null;
    let rowsSeen = 0;
    let statements = 0;
    for (let i = 0; i < plan.length; i++) {
      const { session, path } = plan[i];
      const t = performance.now();
      const { value: res, sql } = await capture(database, async () =>
        app.request(path, { headers: session.headers() }),
      );
      // The server's work ends with the response made (its JSON text, handed to the socket as it
      // is: see bench/app.ts); reading it back is the client's, outside the clock.
      const apiMs = performance.now() - t;
      const body = (await res.json()) as { items?: unknown[] };
      if (res.status !== 200)
        throw new Error(`${path} → ${res.status} ${JSON.stringify(body).slice(0, 200)}`);
      const list = sql.find((q) => /from "assets"/.test(q.text) && /limit \$\d+/.test(q.text));
      if (!list) throw new Error(`no list statement captured for ${path}`);
      const t2 = performance.now();
      const n = await rawQuery(database, list);
      const rawMs = performance.now() - t2;
      if (i < 20) continue; // warm-up
      api.push(apiMs);
      raw.push(rawMs);
      rowsSeen += Math.min(n, 50);
      statements += sql.length;
      if (!slowest || rawMs > slowest.ms) slowest = { ms: rawMs, q: list, path };
    }
    let explainNote = "";
    if (slowest) {
      const client = (
        database.db as unknown as {
          $client: { query(text: string, params: unknown[]): Promise<unknown> };
        }
      ).$client;
      try {
        const r = (await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${slowest.q.text}`, slowest.q.params)) as {
          rows: Array<Record<string, string>>;
        };
        const lines = r.rows.map((x) => Object.values(x)[0]);
        mkdirSync(PROFILE_DIR, { recursive: true });
        const file = join(PROFILE_DIR, "assets-list-explain.txt");
        writeFileSync(
          file,
          `${slowest.path}\n\n${slowest.q.text}\n\n${JSON.stringify(slowest.q.params)}\n\n${lines.join("\n")}\n`,
        );
        explainNote = `; slowest SQL ${slowest.ms.toFixed(1)} ms, plan in bench/profiles/assets-list-explain.txt (${lines.at(-1)})`;
      } catch (e) {
        explainNote = `; EXPLAIN failed: ${(e as Error).message}`;
      }
    }
    // With --cpu-prof, the same calls once more under the profiler (outside the figures), to show
    // where the API's time beside its SQL goes.
    let profileNote = "";
    if (ctx.cpuProf) {
      const p = await profiled("assets-list", async () => {
        for (const { session, path } of plan) {
          const res = await app.request(path, { headers: session.headers() });
          await res.arrayBuffer();
        }
      });
      profileNote = `; CPU profile ${p.file.replace(/^.*\/bench\//, "bench/")} — self time by area: ${describeTop(p.areas)}; top functions: ${describeTop(p.top, 8)}`;
    }
    const note = `${api.length} calls (half as the bench staff user in their department, half as an organization-wide viewer over ${depts.length} departments), search words ${data.searchWords.join("/")}, ${(rowsSeen / api.length).toFixed(1)} rows per page on average, ${(statements / api.length).toFixed(1)} SQL statements per API call (session, visibility units, list, named people), over ${data.count.toLocaleString("en")} assets${explainNote}${profileNote}`;
    const figures: Figure[] = [
      {
        key: "assets.list_api_p50_ms",
        label: "asset list (dept + conf. + Japanese search, 50), API p50",
        value: pct(api, 0.5),
        unit: "ms",
        baseline: { label: "same SQL via the driver, p50", value: pct(raw, 0.5) },
        note,
      },
      {
        key: "assets.list_api_p95_ms",
        label: "asset list, API p95",
        value: pct(api, 0.95),
        unit: "ms",
        baseline: { label: "same SQL via the driver, p95", value: pct(raw, 0.95) },
        target: { op: "<=", value: 30 },
      },
      {
        key: "assets.list_api_sql_ratio",
        label: "asset list, API p50 / SQL p50",
        value: pct(api, 0.5) / pct(raw, 0.5),
        unit: "×",
        target: { op: "<=", value: 1.5 },
      },
    ];
    return figures;
  },
};
