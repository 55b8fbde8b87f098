/**
 * Every export cell passes through the defusing path (issue #12 item 5, server/http/sheet.ts).
 * CSV is written only by `csvRecords`/`csvLine` (csv-stringify with escape_formulas); .xlsx rows
 * only by `putRow` of server/http/workbook.ts, the one writer (defused cells, marking, widths),
 * so this reads every server file and fails on any other `.addRow(` — a new export that wrote
 * its own rows would fail here before a spreadsheet ever runs a colleague's `=HYPERLINK(…)`;
 * attacks-exports*.test.ts show the path working end to end on real exports.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { csvRecords, defuseCell, defuseRow } from "./sheet";

const SERVER = fileURLToPath(new URL("..", import.meta.url));

function serverFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" ? [] : serverFiles(path);
    return e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") ? [path] : [];
  });
}

describe("export writers", () => {
  // The import side reads sheets, and writes only test fixtures and bench data, never an export.
  const writers = serverFiles(SERVER)
    .map((path) => ({ file: relative(SERVER, path), source: readFileSync(path, "utf8") }))
    .filter((f) => !f.file.startsWith("modules/assets/import/"));

  it("every worksheet row of an export goes in through http/workbook.ts (putRow: defused)", () => {
    const adding = writers.filter((f) => f.source.includes(".addRow(")).map((f) => f.file);
    expect(adding).toEqual(["http/workbook.ts"]);
  });

  it("the exports it guards write through that writer", () => {
    // Every list export (suppliers' contracts and services too) goes through http/list-export.ts;
    // the others are the register, training, assurance, yearly report, checklist and ID review.
    const users = writers.filter((f) => /from "[./]*(http\/)?workbook"/.test(f.source)).map((f) => f.file);
    expect(users).toEqual(
      expect.arrayContaining([
        "http/list-export.ts",
        "modules/assets/export/routes.ts",
        "modules/registers/export.ts",
        "modules/training/export.ts",
        "modules/assurance/export.ts",
        "modules/reports/export/xlsx.ts",
        "modules/suppliers/routes/contracts.ts",
        "modules/accounts/review-export.ts",
      ]),
    );
  });

  it("every PDF the server writes carries the marking in each page's header and footer", () => {
    // A list's PDF (http/list-pdf.ts), the register, registers, training, assurance and documents
    // take export-marking.ts's pdfMarking; the yearly report prints its stored marking the same way.
    // http/pdf.ts is the setup every one of them calls createPdf through (fonts), no document.
    const pdfs = writers.filter((f) => f.source.includes(".createPdf(") && f.file !== "http/pdf.ts");
    expect(pdfs.map((f) => f.file)).toEqual(expect.arrayContaining(["http/list-pdf.ts"]));
    const unmarked = pdfs
      .filter(
        (f) =>
          !f.source.includes("pdfMarking(") &&
          !/header:[\s\S]*marking[\s\S]*footer:[\s\S]*marking/.test(f.source),
      )
      .map((f) => f.file);
    expect(unmarked).toEqual([]);
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
