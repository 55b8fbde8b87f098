/**
 * Measures the commit of a large .xlsx import against a raw batched insert of the same rows
 * (issue 7, item 2): `node --import tsx server/modules/assets/import/bench-import.ts [--rows N]
 * [--dir DIR] [--only import|raw]`. Each run gets its own fresh database (PGlite in a temp folder
 * by default, the way the server keeps it; `DATABASE_URL` is not used). Prints rows/s, the ratio
 * to raw, peak RSS and the load average; the last line is JSON.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { cliContext } from "../../../audit/record";
import { type Database, openDatabase } from "../../../db/client";
import { migrate } from "../../../db/migrate";
import { departments } from "../../../directory/tables";
import { loadProfile } from "../../../profile";
import { searchFields } from "../search";
import { runAssetImport } from "./run";

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const ROWS = Number(arg("rows") ?? 100_000);
const ONLY = arg("only");
const DEPTS = 50;

const PLACES = ["本庁舎3階 書庫", "第2庁舎 サーバ室", "保管庫A", "執務室 キャビネット", "区役所 倉庫"];
const WORDS = [
  "住民基本台帳",
  "固定資産税",
  "国民健康保険",
  "介護認定",
  "児童手当",
  "道路台帳",
  "議事録",
  "契約書",
];
const KINDS = ["情報", "文書", "機器", "媒体"];

function rowOf(i: number, deptCodes: string[]): Array<string | number> {
  const w = WORDS[i % WORDS.length];
  return [
    `B-${String(i + 1).padStart(7, "0")}`,
    `${w}データ 第${i + 1}号`,
    KINDS[i % KINDS.length],
    deptCodes[i % deptCodes.length],
    String(1 + (i % 3)),
    String(1 + ((i >> 1) % 2)),
    String(1 + ((i >> 2) % 2)),
    PLACES[i % PLACES.length],
    `${1 + (i % 10)}年`,
    i % 7 === 0 ? `${w}の控え（${i}）` : "",
  ];
}

async function writeXlsx(path: string, deptCodes: string[]) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false });
  const ws = wb.addWorksheet("台帳");
  ws.addRow([
    "資産番号",
    "資産名",
    "種別",
    "所管課",
    "機密性",
    "完全性",
    "可用性",
    "保管場所",
    "保存期間",
    "備考",
  ]).commit();
  for (let i = 0; i < ROWS; i++) ws.addRow(rowOf(i, deptCodes)).commit();
  ws.commit();
  await wb.commit();
}

async function freshDb(dir: string): Promise<{ database: Database; deptIds: Map<string, string> }> {
  const database = await openDatabase({ dataDir: dir });
  await migrate(database);
  const rows = Array.from({ length: DEPTS }, (_, i) => ({
    code: `D${String(i + 1).padStart(3, "0")}`,
    name: `ベンチ課${i + 1}`,
    kind: "department" as const,
  }));
  const saved = await database.db.insert(departments).values(rows).returning();
  return { database, deptIds: new Map(saved.map((d) => [d.code, d.id])) };
}

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 50);

async function main() {
  const root = mkdtempSync(join(tmpdir(), "sekimori-import-bench-"));
  const deptCodes = Array.from({ length: DEPTS }, (_, i) => `D${String(i + 1).padStart(3, "0")}`);
  const file = join(root, "register.xlsx");
  let t = performance.now();
  await writeXlsx(file, deptCodes);
  const genSeconds = (performance.now() - t) / 1000;
  const profile = loadProfile("nishihara");
  const out: Record<string, number | string> = {
    rows: ROWS,
    fileMB: +(statSync(file).size / 1e6).toFixed(1),
    generateSeconds: +genSeconds.toFixed(1),
  };

  if (ONLY !== "raw") {
    const { database } = await freshDb(join(root, "db-import"));
    peakRss = process.memoryUsage().rss;
    const rssBefore = peakRss;
    t = performance.now();
    const result = await runAssetImport(
      { db: database.db, profile, now: new Date(), ctx: cliContext() },
      file,
      { dryRun: false, mode: "all-or-nothing", importId: randomUUID(), fileName: "register.xlsx" },
    );
    const s = (performance.now() - t) / 1000;
    if (!result.committed || result.created !== ROWS)
      throw new Error(`import failed: ${JSON.stringify({ ...result, errors: result.errors.slice(0, 5) })}`);
    out.importSeconds = +s.toFixed(2);
    out.importRowsPerSecond = Math.round(ROWS / s);
    out.importPeakRssMB = Math.round(peakRss / 1e6);
    out.importRssBeforeMB = Math.round(rssBefore / 1e6);
    const [hit] = (
      (await database.db.execute(
        sql`SELECT count(*)::int AS n FROM assets WHERE search_grams @> sekimori_query_grams('台帳デ') AND position('台帳デ' in search_text) > 0`,
      )) as unknown as { rows: Array<{ n: number }> }
    ).rows;
    out.importSearchHits = hit.n;
    await database.close();
  }

  if (ONLY !== "import") {
    // Raw: the same rows, already converted, through one INSERT … SELECT FROM unnest per 5,000.
    const { database, deptIds } = await freshDb(join(root, "db-raw"));
    const cols = {
      asset_number: "text",
      name: "text",
      kind: "text",
      department_id: "uuid",
      confidentiality: "text",
      integrity: "text",
      availability: "text",
      effective_confidentiality: "text",
      effective_integrity: "text",
      effective_availability: "text",
      storage_place: "text",
      notes: "text",
      retention_years: "int",
      search_text: "text",
      search_grams: "text",
    } as const;
    const kindKey: Record<string, string> = {
      情報: "information",
      文書: "document",
      機器: "device",
      媒体: "medium",
    };
    t = performance.now();
    await database.db.transaction(async (tx) => {
      for (let start = 0; start < ROWS; start += 5000) {
        const arrays: Record<string, unknown[]> = Object.fromEntries(Object.keys(cols).map((c) => [c, []]));
        for (let i = start; i < Math.min(ROWS, start + 5000); i++) {
          const r = rowOf(i, deptCodes);
          const v = {
            asset_number: r[0],
            name: r[1],
            kind: kindKey[r[2] as string],
            department_id: deptIds.get(r[3] as string),
            confidentiality: r[4],
            integrity: r[5],
            availability: r[6],
            effective_confidentiality: r[4],
            effective_integrity: r[5],
            effective_availability: r[6],
            storage_place: r[7],
            notes: r[9] || null,
            retention_years: Number.parseInt(String(r[8]), 10),
          } as Record<string, unknown>;
          const s = searchFields(
            v.asset_number as string,
            v.name as string,
            v.storage_place as string,
            v.notes as string | null,
          );
          v.search_text = s?.searchText ?? "";
          v.search_grams = JSON.stringify(s?.searchGrams ?? []);
          for (const c of Object.keys(cols)) arrays[c].push(v[c]);
        }
        const names = Object.keys(cols);
        const params = names.map((c) => sql`${JSON.stringify(arrays[c])}::jsonb`);
        // jsonb arrays → typed columns (one parameter per column, like bench/generate.ts).
        const select = names.map((c, i) =>
          c === "search_grams"
            ? sql.raw(`ARRAY(SELECT jsonb_array_elements_text((x.c${i} #>> '{}')::jsonb))`)
            : sql.raw(`(x.c${i} #>> '{}')::${cols[c as keyof typeof cols]}`),
        );
        const from = sql.join(
          params.map((p) => sql`jsonb_array_elements(${p})`),
          sql`, `,
        );
        await tx.execute(
          sql`INSERT INTO assets (${sql.raw(names.join(", "))}) SELECT ${sql.join(select, sql`, `)} FROM ROWS FROM (${from}) AS x(${sql.raw(names.map((_, i) => `c${i}`).join(", "))})`,
        );
      }
    });
    const s = (performance.now() - t) / 1000;
    out.rawSeconds = +s.toFixed(2);
    out.rawRowsPerSecond = Math.round(ROWS / s);
    await database.close();
  }
  if (out.importRowsPerSecond && out.rawRowsPerSecond)
    out.ratioToRaw = +((out.importRowsPerSecond as number) / (out.rawRowsPerSecond as number)).toFixed(2);
  out.loadAverage = (await import("node:os"))
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");
  clearInterval(sampler);
  rmSync(root, { recursive: true, force: true });
  for (const [k, v] of Object.entries(out)) console.log(`${k.padEnd(22)} ${v}`);
  console.log(JSON.stringify(out));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
