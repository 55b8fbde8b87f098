/**
 * The yearly report (issue 20): generating one 年度's report at the bench's scale — every
 * module's section through its face, the record ids stored, the signed head — and rendering its
 * PDF and .xlsx, in a process of its own on the bench database (bench/yearly-child.ts), as the
 * server does it: its peak RSS is the figure held against the ≤ 800 MB target. The bench process
 * itself holds every generated dataset and, on PGlite, its own copy of the database (~800 MB at
 * full scale before any report work), so its RSS is not the report's. Beside a same-run
 * baseline: the same tables only counted with plain SQL in a process of its own too.
 */
import { spawn } from "node:child_process";
import { ROOT } from "../server";
import type { BenchSection, Figure } from "../types";

const COUNTED_TABLES = [
  "assets",
  "requests",
  "incidents",
  "training_attendance",
  "assurance_sheets",
  "assurance_findings",
  "supplier_contracts",
  "system_accounts",
  "software_installations",
  "vuln_matches",
];

interface ChildResult {
  openMb: number;
  generate: { ms: number; startMb: number; peakMb: number };
  render: { ms: number; startMb: number; peakMb: number; pdf: number; xlsx: number };
  figures: number;
  recordIds: number;
}

/** Runs a bench script with tsx on the bench database; its last stdout line, parsed. */
function runChild<T>(script: string, env: Record<string, string>): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", script], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (c: Buffer) => {
      out += c.toString();
    });
    child.stderr.on("data", (c: Buffer) => {
      err += c.toString();
    });
    child.on("exit", (code) => {
      const last = out.trim().split("\n").pop() ?? "";
      if (code !== 0) return reject(new Error(`${script} exited ${code}: ${err.slice(-2000)}`));
      try {
        resolve(JSON.parse(last) as T);
      } catch {
        reject(new Error(`${script}: no result line: ${out.slice(-500)} ${err.slice(-500)}`));
      }
    });
  });
}

const secs = (ms: number) => Math.round(ms / 10) / 100;

export const reportsSection: BenchSection = {
  id: "reports",
  title: "Yearly report: generated from a frozen snapshot, its PDF and .xlsx (own process)",
  needs: ["org", "audit", "assets", "requests", "incidents"],
  // After the bench closes its database handle: the report runs in a process of its own on it.
  mode: "server",
  enabled: () => true,
  async run(ctx) {
    const env = { DATA_DIR: ctx.target.dataDir ?? "", DATABASE_URL: ctx.target.url ?? "" };
    const base = await runChild<{ ms: number; rows: number; peakMb: number }>("bench/yearly-count-child.ts", {
      ...env,
      COUNTED_TABLES: COUNTED_TABLES.join(","),
    });
    ctx.log(
      `reports: generating the yearly report in its own process (${base.rows} rows in the tables it reads)`,
    );
    const r = await runChild<ChildResult>("bench/yearly-child.ts", env);
    const out: Figure[] = [
      {
        key: "reports.yearly_generate_s",
        label: `generate the yearly report (${r.figures} figures, ${r.recordIds} record ids frozen)`,
        value: secs(r.generate.ms),
        unit: "s",
        baseline: {
          label: `the same ${COUNTED_TABLES.length} tables only counted (${base.rows} rows)`,
          value: secs(base.ms),
          unit: "s",
        },
        target: { op: "<=", value: 30, unit: "s" },
      },
      {
        key: "reports.yearly_generate_peak_rss_mb",
        label: "peak RSS of the generating process",
        value: r.generate.peakMb,
        unit: "MB",
        baseline: { label: "peak RSS of a process only counting", value: base.peakMb, unit: "MB" },
        target: { op: "<=", value: 800, unit: "MB" },
        note: `the process held ${r.openMb} MB with the database open; generating added ${r.generate.peakMb - r.generate.startMb} MB`,
      },
      {
        key: "reports.yearly_render_s",
        label: `render the PDF (${Math.round(r.render.pdf / 1024)} KB) and .xlsx (${Math.round(r.render.xlsx / 1024)} KB)`,
        value: secs(r.render.ms),
        unit: "s",
      },
      {
        key: "reports.yearly_render_peak_rss_mb",
        label: "peak RSS while rendering the PDF and .xlsx",
        value: r.render.peakMb,
        unit: "MB",
        target: { op: "<=", value: 800, unit: "MB" },
      },
    ];
    return out;
  },
};
