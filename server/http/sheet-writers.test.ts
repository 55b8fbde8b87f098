/**
 * Every export cell passes through the defusing path (issue #12 item 5, server/http/sheet.ts).
 * CSV is written only by `csvRecords`/`csvLine` (csv-stringify with escape_formulas); the .xlsx
 * exports add rows with exceljs, so this reads every server file that adds a worksheet row and
 * requires each `addRow(…)` to wrap its values in `defuseRow(…)`, unless its values are fixed text
 * the code itself writes (listed below with why). A new export that forgets it fails here before
 * a spreadsheet ever runs a colleague's `=HYPERLINK(…)`; attacks-exports.test.ts shows the path
 * working end to end on real exports.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { csvRecords, defuseCell, defuseRow } from "./sheet";

const SERVER = fileURLToPath(new URL("..", import.meta.url));

/** Rows of fixed text: headers and blank lines the code writes, never a stored value. */
const FIXED_ROWS: Record<string, string[]> = {
  "modules/registers/export.ts": ["sheet.columns.map((c) => c.label)"],
  "modules/suppliers/routes/exports.ts": ["table.header"],
  "modules/accounts/review-export.ts": ["[]", "[...REVIEW_EXPORT_HEADERS]"],
  "modules/reports/export/xlsx.ts": ["[]"],
  "modules/suppliers/routes/contracts.ts": [
    "[]",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a call, not a template
    "[`期間: ${formatDateJa(contract.startsOn)} ～ ${formatDateJa(contract.endsOn)}`]",
    '["番号", "仕様書に記載する事項", "根拠", "記載の有無", "記載箇所（頁・条）"]',
  ],
};

function serverFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" ? [] : serverFiles(path);
    return e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") ? [path] : [];
  });
}

/** The text between `addRow(` and its closing parenthesis, for every call in the source. */
function addRowArguments(source: string): string[] {
  const out: string[] = [];
  let at = source.indexOf(".addRow(");
  while (at !== -1) {
    const start = at + ".addRow(".length;
    let depth = 1;
    let i = start;
    for (; i < source.length && depth > 0; i++) {
      if (source[i] === "(") depth++;
      else if (source[i] === ")") depth--;
    }
    out.push(
      source
        .slice(start, i - 1)
        .trim()
        .replace(/,$/, "")
        .trim(),
    );
    at = source.indexOf(".addRow(", i);
  }
  return out;
}

describe("export writers", () => {
  // The import side reads sheets and writes only its own template of headers.
  const writers = serverFiles(SERVER)
    .map((path) => ({ file: relative(SERVER, path), source: readFileSync(path, "utf8") }))
    .filter((f) => f.source.includes(".addRow(") && !f.file.startsWith("modules/assets/import/"));

  it("finds the .xlsx exports it guards", () => {
    // assets, registers, training, assurance, reports, suppliers (checklist and lists), accounts.
    expect(writers.length).toBeGreaterThanOrEqual(8);
  });

  it("every worksheet row of an export is defused, or fixed text the code writes", () => {
    const unguarded = writers.flatMap(({ file, source }) =>
      addRowArguments(source)
        .filter((arg) => !arg.startsWith("defuseRow("))
        .filter((arg) => !(FIXED_ROWS[file] ?? []).includes(arg.replace(/\s+/g, " ")))
        .map((arg) => `${file}: addRow(${arg})`),
    );
    expect(unguarded).toEqual([]);
  });

  it("CSV is written only through sheet.ts (csv-stringify with escape_formulas)", () => {
    const others = serverFiles(SERVER)
      .map((path) => ({ file: relative(SERVER, path), source: readFileSync(path, "utf8") }))
      .filter((f) => f.file !== "http/sheet.ts" && /from "csv-stringify/.test(f.source))
      .map((f) => f.file);
    expect(others).toEqual([]);
  });

  it("exceljs, pdfmake and qrcode load on first use (server/http/excel.ts, pdf.ts), never at start", () => {
    // A value import anywhere on the server would load ~29 MB an idle server need not hold (#11).
    const eager = serverFiles(SERVER)
      .map((path) => ({ file: relative(SERVER, path), source: readFileSync(path, "utf8") }))
      .filter((f) => !/(^|\/)(test|bench)[-/]|test-helpers|bench-import/.test(f.file))
      .filter((f) => /^import (?!type )[^;]*from "(exceljs|pdfmake|qrcode)/m.test(f.source))
      .map((f) => f.file);
    expect(eager).toEqual([]);
  });

  it("defuses what a spreadsheet would run and leaves values alone", () => {
    for (const payload of ["=1+1", "+1", "-1+1", "@SUM(A1)", "\t=1", "\r=1"])
      expect(defuseCell(payload)).toBe(`'${payload}`);
    expect(defuseRow([3, -2, true, "課長", null])).toEqual([3, -2, true, "課長", null]);
    expect(csvRecords([["=HYPERLINK(1)", "a"]])).not.toMatch(/^=/);
  });
});
