/**
 * The yearly report generated in a process of its own, as the server generates it: open the bench
 * database (DATA_DIR or DATABASE_URL), generate the 年度's report (generateYearlyReport, the
 * route's own command), then render its PDF and .xlsx — sampling this process's RSS every 20 ms.
 * Run by bench/sections/reports.ts after the bench has closed its own handle (PGlite is one
 * process); prints one JSON line. The bench process itself holds the generated datasets and its
 * own database, so its RSS says nothing about what generating a report costs the server.
 */
import { fiscalYear, todayJst } from "../common/calendar";
// Every module's access rules and faces, as the server loads them (and holds them in memory).
import "../server/app";
import { openDatabase } from "../server/db/client";
import type { Actor } from "../server/http/context";
import { generateYearlyReport } from "../server/modules/reports/commands/generate";
import { yearlyDocument } from "../server/modules/reports/export/document";
import { yearlyPdf } from "../server/modules/reports/export/pdf";
import { yearlyXlsx } from "../server/modules/reports/export/xlsx";
import { presentReport, presentSections } from "../server/modules/reports/presenter";
import { reportFigures } from "../server/modules/reports/queries";
import { loadProfile } from "../server/profile";
import { configureSecretKey, loadSecretKey } from "../server/secrets";

const MB = 1024 * 1024;
let peak = process.memoryUsage().rss;
const sample = () => {
  peak = Math.max(peak, process.memoryUsage().rss);
};
setInterval(sample, 20).unref();

async function phase<T>(fn: () => Promise<T>) {
  sample();
  peak = process.memoryUsage().rss;
  const start = peak;
  const t0 = performance.now();
  const result = await fn();
  sample();
  return {
    result,
    ms: performance.now() - t0,
    startMb: Math.round(start / MB),
    peakMb: Math.round(peak / MB),
  };
}

// The bench's key (SEKIMORI_SECRET_KEY, set by bench/run.ts): the report's event joins its chain.
configureSecretKey(loadSecretKey(process.env.DATA_DIR || "./data"));
const url = process.env.DATABASE_URL || undefined;
const database = url
  ? await openDatabase({ url, poolSize: 2 })
  : await openDatabase({ dataDir: process.env.DATA_DIR || "./data" });
const profile = loadProfile("kawasaki");
const now = new Date();
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
const openMb = Math.round(process.memoryUsage().rss / MB);
const gen = await phase(() =>
  generateYearlyReport(
    database.db,
    { actor, ip: "", requestId: "bench-yearly" },
    profile,
    { fiscalYear: fiscalYear(now), asOf: todayJst(now) },
    now,
  ),
);
const figures = await reportFigures(database.db, gen.result.id);
const render = await phase(async () => {
  const view = presentReport(gen.result, profile, actor, new Map());
  const doc = yearlyDocument(gen.result, view, presentSections(figures, gen.result.tables));
  const pdf = await yearlyPdf(doc);
  const xlsx = await yearlyXlsx(doc);
  return { pdf: pdf.length, xlsx: xlsx.length };
});
await database.close();
console.log(
  JSON.stringify({
    openMb,
    generate: { ms: gen.ms, startMb: gen.startMb, peakMb: gen.peakMb },
    render: { ms: render.ms, startMb: render.startMb, peakMb: render.peakMb, ...render.result },
    figures: figures.length,
    recordIds: figures.reduce((s, f) => s + f.count, 0),
  }),
);
process.exit(0);
