/**
 * The yearly report (issue 20): generating one 年度's report at the bench's scale — every
 * module's section through its face, the record ids stored, the signed head — and rendering its
 * PDF, each with the peak RSS sampled while it runs; beside a same-run baseline: the same tables
 * only counted with plain SQL (no ids kept, no sections, no writes).
 */
import { sql } from "drizzle-orm";
import { fiscalYear, todayJst } from "../../common/calendar";
import type { Actor } from "../../server/http/context";
import { generateYearlyReport } from "../../server/modules/reports/commands/generate";
import { yearlyDocument } from "../../server/modules/reports/export/document";
import { yearlyPdf } from "../../server/modules/reports/export/pdf";
import { presentReport, presentSections } from "../../server/modules/reports/presenter";
import { reportFigures } from "../../server/modules/reports/queries";
import { loadProfile } from "../../server/profile";
import type { BenchSection, Figure } from "../types";

const MB = 1024 * 1024;

/** Runs `fn` while sampling the process RSS every 20 ms; the peak seen (MB) with the result. */
async function withPeakRss<T>(
  fn: () => Promise<T>,
): Promise<{ result: T; peakMb: number; startMb: number; ms: number }> {
  const start = process.memoryUsage().rss;
  let peak = start;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const t0 = performance.now();
  try {
    const result = await fn();
    peak = Math.max(peak, process.memoryUsage().rss);
    return {
      result,
      peakMb: Math.round(peak / MB),
      startMb: Math.round(start / MB),
      ms: performance.now() - t0,
    };
  } finally {
    clearInterval(timer);
  }
}

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

export const reportsSection: BenchSection = {
  id: "reports",
  title: "Yearly report: generated from a frozen snapshot, and its PDF",
  needs: ["org", "audit", "assets", "requests", "incidents"],
  mode: "in-process",
  enabled: () => true,
  async run(ctx) {
    const database = ctx.database;
    if (!database) throw new Error("reports section needs the database");
    const db = database.db;
    const profile = loadProfile("kawasaki");
    const now = new Date();
    const fy = fiscalYear(now);
    const asOf = todayJst(now);
    const actor: Actor = {
      userId: "00000000-0000-4000-8000-0000000000cd",
      personId: "00000000-0000-4000-8000-0000000000cc",
      loginId: "bench-ciso",
      name: "bench",
      departmentId: null,
      bureauId: null,
      grants: [
        {
          duty: "chief_information_security_officer",
          scope: "organization",
          scopeDepartmentId: null,
          roleKey: "information_chief",
          deputyFor: null,
        },
      ],
      sessionId: "bench",
    };

    // Baseline: every table the report reads, only counted.
    const base = await withPeakRss(async () => {
      let rows = 0;
      for (const table of COUNTED_TABLES) {
        const r = (await db.execute(
          sql`select count(*)::int as n from ${sql.identifier(table)}`,
        )) as unknown as {
          rows: Array<{ n: number }>;
        };
        rows += r.rows[0].n;
      }
      return rows;
    });
    ctx.log(
      `reports: generating the yearly report of ${fy} as of ${asOf} (${base.result} rows in the tables it reads)`,
    );
    const gen = await withPeakRss(() =>
      generateYearlyReport(
        db,
        { actor, ip: "", requestId: "bench-yearly" },
        profile,
        { fiscalYear: fy, asOf },
        now,
      ),
    );
    const figures = await reportFigures(db, gen.result.id);
    const counted = figures.reduce((s, f) => s + f.count, 0);
    const pdf = await withPeakRss(async () => {
      const view = presentReport(gen.result, profile, actor, new Map());
      const doc = yearlyDocument(gen.result, view, presentSections(figures, gen.result.tables));
      return yearlyPdf(doc);
    });
    const out: Figure[] = [
      {
        key: "reports.yearly_generate_s",
        label: `generate the yearly report (${figures.length} figures, ${counted} record ids frozen)`,
        value: Math.round(gen.ms / 10) / 100,
        unit: "s",
        baseline: {
          label: `the same ${COUNTED_TABLES.length} tables only counted (${base.result} rows)`,
          value: Math.round(base.ms / 10) / 100,
          unit: "s",
        },
        target: { op: "<=", value: 30, unit: "s" },
      },
      {
        key: "reports.yearly_generate_peak_rss_mb",
        label: "peak RSS while generating",
        value: gen.peakMb,
        unit: "MB",
        baseline: { label: "peak RSS while only counting", value: base.peakMb, unit: "MB" },
        target: { op: "<=", value: 800, unit: "MB" },
        note: `the bench process (its datasets included) held ${gen.startMb} MB before; generating added ${gen.peakMb - gen.startMb} MB`,
      },
      {
        key: "reports.yearly_pdf_s",
        label: `render the PDF (${Math.round(pdf.result.length / 1024)} KB, peak RSS ${pdf.peakMb} MB)`,
        value: Math.round(pdf.ms / 10) / 100,
        unit: "s",
      },
    ];
    return out;
  },
};
