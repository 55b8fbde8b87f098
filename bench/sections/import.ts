import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Database } from "../../server/db/client";
import { insertRows, openTarget } from "../db";
import { importRows, RAW_COLUMNS, rawValues, writeImportXlsx } from "../generate-import";
import { describeTop, PROFILE_DIR, summarizeServerProfile } from "../profile";
import { ROOT } from "../server";
import type { BenchContext, BenchSection, Figure } from "../types";

class Rollback extends Error {}

/** Peak and current RSS of a process from /proc (VmHWM is the kernel's high-water mark). */
function memoryOf(pid: number): { hwm: number; rss: number } | null {
  try {
    const s = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (k: string) => Number(new RegExp(`${k}:\\s+(\\d+) kB`).exec(s)?.[1] ?? 0) * 1024;
    return { hwm: kb("VmHWM"), rss: kb("VmRSS") };
  } catch {
    return null;
  }
}

/**
 * `sekimori import FILE` (commit, all-or-nothing) as a child process on the bench database — the
 * same code path as the route and the CLI — with its RSS sampled from /proc every 100 ms.
 */
async function runImportCli(ctx: BenchContext, file: string, nodeArgs: string[]) {
  const started = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, "bin/sekimori.js", "import", file], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATA_DIR: ctx.target.dataDir ?? "",
      DATABASE_URL: ctx.target.url ?? "",
      SEKIMORI_PROFILE: process.env.SEKIMORI_PROFILE ?? "kawasaki",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout.on("data", (c: Buffer) => {
    out += c.toString();
  });
  child.stderr.on("data", (c: Buffer) => {
    out = `${out}${c.toString()}`.slice(-20_000);
  });
  let peak = 0;
  const timer = setInterval(() => {
    const m = memoryOf(child.pid as number);
    if (m) peak = Math.max(peak, m.hwm, m.rss);
  }, 100);
  const code = await new Promise<number>((resolve) => child.on("exit", (c) => resolve(c ?? -1)));
  clearInterval(timer);
  const wallMs = performance.now() - started;
  // "取り込みました / imported: N 行 / rows, … 新規 / created N, … (12.3 s)": the CLI's own timing of runAssetImport.
  const created = Number(/新規 \/ created (\d+)/.exec(out)?.[1] ?? Number.NaN);
  const seconds = Number(/\(([\d.]+) s\)/.exec(out)?.[1] ?? Number.NaN);
  if (code !== 0 || !/imported/.test(out))
    throw new Error(`sekimori import exited ${code}: ${out.split("\n").slice(-8).join(" | ")}`);
  return { created, seconds, wallMs, peak };
}

/** The same rows through the driver: one INSERT … SELECT FROM unnest per 5,000, rolled back after. */
async function rawInsert(database: Database, ctx: BenchContext, count: number) {
  const org = ctx.datasets.org;
  if (!org) throw new Error("import section needs the org dataset");
  let ms = 0;
  await database.db
    .transaction(async (tx) => {
      const t = performance.now();
      let batch: unknown[][] = [];
      const target = { db: tx } as unknown as Database;
      for (const r of importRows(org, count, ctx.seed)) {
        batch.push(rawValues(r));
        if (batch.length === 5000) {
          await insertRows(target, "assets", RAW_COLUMNS, batch);
          batch = [];
        }
      }
      if (batch.length) await insertRows(target, "assets", RAW_COLUMNS, batch);
      ms = performance.now() - t;
      throw new Rollback();
    })
    .catch((e) => {
      if (!(e instanceof Rollback)) throw e;
    });
  return ms;
}

/**
 * Import of a large .xlsx (100,000 rows; 10,000 in --quick) in the register format: rows/s and the
 * importing process's peak RSS, against a raw batched insert of the same rows (derived columns
 * computed the same way) measured in the same run on the same database, then rolled back.
 */
export const importSection: BenchSection = {
  id: "import",
  title: "Import of an asset register .xlsx",
  needs: ["org"],
  mode: "server",
  enabled: () => true,
  async run(ctx: BenchContext) {
    const org = ctx.datasets.org;
    if (!org) throw new Error("import section needs the org dataset");
    const count = ctx.scale.importRows;
    const dir = mkdtempSync(join(tmpdir(), "sekimori-bench-import-"));
    try {
      const file = join(dir, "register.xlsx");
      let t = performance.now();
      await writeImportXlsx(file, importRows(org, count, ctx.seed));
      const writeS = (performance.now() - t) / 1000;
      ctx.log(
        `import: wrote ${count.toLocaleString("en")} rows (${(statSync(file).size / 1e6).toFixed(1)} MB) in ${writeS.toFixed(1)} s; raw insert…`,
      );

      const database = await openTarget(ctx.target);
      let rawMs: number;
      try {
        rawMs = await rawInsert(database, ctx, count);
      } finally {
        await database.close();
      }
      ctx.log(`import: raw ${Math.round(rawMs)} ms; sekimori import…`);
      const profDir = join(PROFILE_DIR, `import-${Date.now()}`);
      if (ctx.cpuProf) mkdirSync(profDir, { recursive: true });
      t = performance.now();
      const run = await runImportCli(
        ctx,
        file,
        ctx.cpuProf ? ["--cpu-prof", `--cpu-prof-dir=${profDir}`] : [],
      );
      if (run.created !== count) throw new Error(`import created ${run.created} of ${count} rows`);
      const importRate = count / run.seconds;
      const rawRate = count / (rawMs / 1000);
      let profNote = "";
      if (ctx.cpuProf) {
        const summary = summarizeServerProfile(profDir, 8);
        if (summary)
          profNote = `; CPU profile ${summary.file.replace(/^.*\/bench\//, "bench/")}: by area ${describeTop(summary.areas)}; top ${describeTop(summary.top, 6)}`;
      }
      const figures: Figure[] = [
        {
          key: "import.rows_per_s",
          label: `import of ${count.toLocaleString("en")} .xlsx rows (sekimori import, commit)`,
          value: importRate,
          unit: "rows/s",
          baseline: { label: "raw unnest insert of the same rows", value: rawRate },
          target: { op: ">=", value: 5000 },
          note: `import ${run.seconds.toFixed(1)} s as the CLI times runAssetImport (process wall ${(run.wallMs / 1000).toFixed(1)} s incl. start and opening the database); raw ${(rawMs / 1000).toFixed(1)} s incl. search columns by searchFields, rolled back; file ${(statSync(file).size / 1e6).toFixed(1)} MB written in ${writeS.toFixed(1)} s by exceljs's streaming writer${profNote}`,
        },
        {
          key: "import.ratio_to_raw",
          label: "  import rows/s ÷ raw rows/s",
          value: importRate / rawRate,
          unit: "×",
          target: { op: ">=", value: 0.5 },
        },
        {
          key: "import.peak_rss_mb",
          label: "  peak RSS of the importing process",
          value: run.peak / 2 ** 20,
          unit: "MB",
          target: { op: "<=", value: 600 },
          note: "VmHWM of the child process (/proc), database included when embedded (PGlite runs in the process)",
        },
      ];
      return figures;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
