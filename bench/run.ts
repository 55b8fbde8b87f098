/**
 * `npm run bench` — the Kawasaki-scale benchmark (issue 7). Generates a deterministic dataset into
 * a fresh database, runs every registered section and prints each figure beside its raw baseline
 * from the same run; the last line is one JSON object with every figure.
 *
 *   --quick            1/20 scale, short load runs (the CI smoke test; figures printed, not asserted)
 *   --only a,b         only these sections (ids: see bench/sections/index.ts)
 *   --soak MINUTES     also run the soak section for MINUTES
 *   --duration S       seconds per load run (default 10, quick 2)
 *   --cpu-prof         profile the in-process measurements (bench/profiles/*.cpuprofile)
 *   --seed S           dataset seed (default "kawasaki")
 */
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { configureSecretKey, loadSecretKey } from "../server/secrets";
import { createBenchTarget, openAndMigrate } from "./db";
import { generateAudit, generateOrg, scaleFor } from "./generate";
import { generateAssets } from "./generate-assets";
import { generateIncidents } from "./generate-incidents";
import { generateRequests } from "./generate-requests";
import { renderTable, targetMet, withRatio } from "./report";
import { SECTIONS } from "./sections";
import { FALLBACK_NOTE, serverEntryExists } from "./server";
import type { BenchContext, BenchSection, DatasetKey, Figure } from "./types";

export interface BenchOptions {
  quick: boolean;
  only: string[] | null;
  soakMinutes: number;
  durationSeconds: number | null;
  cpuProf: boolean;
  seed: string;
}

export function parseArgs(argv: string[]): BenchOptions {
  const o: BenchOptions = {
    quick: false,
    only: null,
    soakMinutes: 0,
    durationSeconds: null,
    cpuProf: false,
    seed: "kawasaki",
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = a.includes("=") ? a.slice(a.indexOf("=") + 1) : argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === "--quick") o.quick = true;
    else if (a.startsWith("--only"))
      o.only = value()
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
    else if (a.startsWith("--soak")) o.soakMinutes = Number(value());
    else if (a.startsWith("--duration")) o.durationSeconds = Number(value());
    else if (a === "--cpu-prof") o.cpuProf = true;
    else if (a.startsWith("--seed")) o.seed = value();
    else if (a === "--help" || a === "-h") {
      console.log(
        "usage: npm run bench -- [--quick] [--only SECTION[,…]] [--soak MINUTES] [--duration S] [--cpu-prof] [--seed S]",
      );
      console.log(`sections: ${SECTIONS.map((s) => s.id).join(", ")}`);
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  if (o.soakMinutes && Number.isNaN(o.soakMinutes)) throw new Error("--soak needs a number of minutes");
  return o;
}

function machine(dbKind: string, dbVersion: string | null) {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model?.trim() ?? "unknown",
    cores: cpus.length,
    memory_gb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    database: dbVersion ? `${dbKind} (${dbVersion})` : dbKind,
    /** Load average when the run started: other work on the machine skews every figure. */
    load_avg_1m: Math.round(os.loadavg()[0] * 100) / 100,
    commit: gitCommit(),
  };
}

function gitCommit(): string | null {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
  } catch {
    return null;
  }
}

const ROOT_DIR = fileURLToPath(new URL("..", import.meta.url));

export async function runBench(options: BenchOptions): Promise<number> {
  const started = performance.now();
  const divisor = options.quick ? 20 : 1;
  const scale = scaleFor(divisor);
  const log = (m: string) =>
    console.error(`[bench ${((performance.now() - started) / 1000).toFixed(1)}s] ${m}`);

  const unknown = (options.only ?? []).filter((id) => !SECTIONS.some((s) => s.id === id));
  if (unknown.length)
    throw new Error(
      `unknown section(s) ${unknown.join(", ")}; known: ${SECTIONS.map((s) => s.id).join(", ")}`,
    );

  // Measure the server as `npm start` runs it: from the esbuild bundle, not through tsx.
  execFileSync(process.execPath, ["scripts/build-server.mjs"], { cwd: ROOT_DIR, stdio: "ignore" });
  const target = await createBenchTarget();
  const ctx: BenchContext = {
    quick: options.quick,
    divisor,
    scale,
    seed: options.seed,
    target,
    database: null,
    datasets: {},
    soakMinutes: options.soakMinutes,
    loadSeconds: options.durationSeconds ?? (options.quick ? 2 : 10),
    cpuProf: options.cpuProf,
    log,
  };
  const selected: BenchSection[] = SECTIONS.filter((s) =>
    options.only ? options.only.includes(s.id) : s.enabled(ctx),
  );
  const needs = new Set<DatasetKey>(selected.flatMap((s) => s.needs));
  const setup: Record<string, number | string> = {};
  const results: Array<{ id: string; title: string; figures: Figure[] }> = [];

  try {
    log(`database: ${target.kind}${target.dataDir ? ` in ${target.dataDir}` : ""}`);
    let t = performance.now();
    const database = await openAndMigrate(target);
    ctx.database = database;
    setup.open_migrate_ms = Math.round(performance.now() - t);
    let dbVersion: string | null = null;
    try {
      const r = (await database.db.execute(sql`SHOW server_version`)) as unknown as {
        rows: Array<{ server_version: string }>;
      };
      dbVersion = r.rows?.[0]?.server_version ?? null;
    } catch {
      // not important
    }
    const m = machine(target.kind, dbVersion);
    console.log(
      `Sekimori bench — ${options.quick ? "quick (1/20 scale)" : "full scale"} — ${m.cpu}, ${m.cores} cores, ${m.memory_gb} GB, Node ${m.node}, ${m.os}, database ${m.database}, load average ${m.load_avg_1m}${m.commit ? `, commit ${m.commit}` : ""}`,
    );

    if (needs.size > 0) {
      t = performance.now();
      log(`generating the organization (${scale.departments} departments, ${scale.people} people)…`);
      ctx.datasets.org = await generateOrg(database, scale, options.seed);
      const ms = performance.now() - t;
      setup.org_rows = ctx.datasets.org.rows;
      setup.org_ms = Math.round(ms);
      setup.org_rows_per_s = Math.round(ctx.datasets.org.rows / (ms / 1000));
      setup.roles_from = ctx.datasets.org.roleSource;
    }
    if (needs.has("audit") && ctx.datasets.org) {
      t = performance.now();
      log(`generating ${scale.auditEvents.toLocaleString("en")} audit events (valid hash chain)…`);
      ctx.datasets.audit = await generateAudit(database, ctx.datasets.org, scale.auditEvents, options.seed);
      const ms = performance.now() - t;
      setup.audit_events = scale.auditEvents;
      setup.audit_ms = Math.round(ms);
      setup.audit_events_per_s = Math.round(scale.auditEvents / (ms / 1000));
    }
    const org = ctx.datasets.org;
    if (org) {
      const timed = async <T>(key: string, rows: number, make: () => Promise<T>): Promise<T> => {
        const t0 = performance.now();
        const value = await make();
        const ms = performance.now() - t0;
        setup[`${key}_ms`] = Math.round(ms);
        setup[`${key}_rows_per_s`] = Math.round(rows / (ms / 1000));
        return value;
      };
      if (needs.has("assets")) {
        log(`generating ${scale.assets.toLocaleString("en")} assets…`);
        ctx.datasets.assets = await timed("assets", scale.assets, () =>
          generateAssets(database, org, scale.assets, options.seed),
        );
        setup.assets = scale.assets;
        setup.asset_relations = ctx.datasets.assets.relations;
      }
      if (needs.has("requests")) {
        log(`generating ${scale.requests.toLocaleString("en")} requests…`);
        ctx.datasets.requests = await timed("requests", scale.requests, () =>
          generateRequests(database, org, scale.requests, options.seed),
        );
        setup.requests = scale.requests;
      }
      if (needs.has("incidents")) {
        log(`generating ${scale.incidents.toLocaleString("en")} incidents…`);
        ctx.datasets.incidents = await timed("incidents", scale.incidents, () =>
          generateIncidents(database, org, scale.incidents, options.seed),
        );
        setup.incidents = scale.incidents;
      }
    }
    log(`data ready: ${JSON.stringify(setup)}`);

    // In-process sections first, while the bench holds the database …
    for (const section of selected.filter((s) => s.mode === "in-process")) {
      results.push(await runSection(section, ctx));
    }
    // … then close it: the server sections start the server on the same database (PGlite is one process).
    await database.close();
    ctx.database = null;
    for (const section of selected.filter((s) => s.mode === "server")) {
      results.push(await runSection(section, ctx));
    }

    const all = results.flatMap((r) => r.figures);
    console.log("");
    console.log(renderTable(results));
    const missed = all.filter((f) => targetMet(f) === false).map((f) => f.key);
    const skipped = all.filter((f) => f.value === null).map((f) => f.key);
    const summary = {
      bench: "sekimori",
      mode: options.quick ? "quick" : "full",
      scale: { divisor, ...scale },
      machine: m,
      setup,
      figures: Object.fromEntries(
        all.map((f) => [
          f.key,
          {
            value: round(f.value),
            unit: f.unit,
            baseline: f.baseline ? round(f.baseline.value) : null,
            baseline_label: f.baseline?.label ?? null,
            ratio: f.ratio === null || f.ratio === undefined ? null : Math.round(f.ratio * 1000) / 1000,
            target: f.target ? `${f.target.op} ${f.target.value}` : null,
            met: targetMet(f),
          },
        ]),
      ),
      missed,
      skipped,
      total_s: Math.round((performance.now() - started) / 100) / 10,
    };
    console.log("");
    console.log(JSON.stringify(summary));
    return 0;
  } finally {
    await ctx.database?.close().catch(() => {});
    await target.destroy().catch((e) => log(`could not remove the bench database: ${e}`));
  }
}

async function runSection(section: BenchSection, ctx: BenchContext) {
  ctx.log(`section ${section.id}: ${section.title}…`);
  const t = performance.now();
  let figures: Figure[];
  try {
    figures = (await section.run(ctx)).map(withRatio);
  } catch (err) {
    const message = (err as Error).message.split("\n").slice(0, 6).join(" | ");
    ctx.log(`section ${section.id} failed: ${message}`);
    figures = [
      { key: `${section.id}.error`, label: "(section failed)", value: null, unit: "", note: message },
    ];
  }
  if (section.mode === "server" && !serverEntryExists() && figures[0])
    figures[0] = { ...figures[0], note: [figures[0].note, FALLBACK_NOTE].filter(Boolean).join("; ") };
  ctx.log(`section ${section.id} done in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  return { id: section.id, title: section.title, figures };
}

function round(v: number | null | undefined): number | null {
  if (v === null || v === undefined || Number.isNaN(v)) return null;
  return Math.abs(v) >= 100 ? Math.round(v) : Math.round(v * 100) / 100;
}

const invokedDirectly =
  process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\/bench\//, "/bench/"));
if (invokedDirectly) {
  // The bench writes audit events and TOTP secrets in process and through spawned servers: both
  // must sign and encrypt with one key, kept out of the database like the server's own.
  process.env.SEKIMORI_SECRET_KEY ??= randomBytes(32).toString("base64");
  configureSecretKey(loadSecretKey(os.tmpdir()));
  runBench(parseArgs(process.argv.slice(2))).then(
    (code) => process.exit(code),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
