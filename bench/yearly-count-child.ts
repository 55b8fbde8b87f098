/**
 * The baseline of bench/sections/reports.ts: the tables the yearly report reads, only counted
 * with plain SQL, in a process of its own on the bench database (no ids kept, no sections, no
 * writes); prints one JSON line with the time, the rows and the peak RSS.
 */
import { sql } from "drizzle-orm";
import { openDatabase } from "../server/db/client";
import { rowsOf } from "../server/db/sql";

const url = process.env.DATABASE_URL || undefined;
const database = url
  ? await openDatabase({ url, poolSize: 2 })
  : await openDatabase({ dataDir: process.env.DATA_DIR || "./data" });
let peak = process.memoryUsage().rss;
const timer = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 20);
const t0 = performance.now();
let rows = 0;
for (const table of (process.env.COUNTED_TABLES ?? "").split(",").filter(Boolean))
  rows += rowsOf<{ n: number }>(
    await database.db.execute(sql`select count(*)::int as n from ${sql.identifier(table)}`),
  )[0].n;
const ms = performance.now() - t0;
clearInterval(timer);
peak = Math.max(peak, process.memoryUsage().rss);
await database.close();
console.log(JSON.stringify({ ms, rows, peakMb: Math.round(peak / 1024 / 1024) }));
process.exit(0);
