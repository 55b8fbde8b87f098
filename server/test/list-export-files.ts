/**
 * Readers of a list export downloaded through the shared writer (server/http/list-export.ts), and
 * the checks every such file must pass: marked at the top (or on every PDF page) and a stored
 * formula turned into text. Shared by the list-export tests of every module.
 */
import { parse } from "csv-parse/sync";
import { expect } from "vitest";
import { pdfText, xlsxSheet } from "./pdf-text";

/** The cell texts by row of an .xlsx answer's first sheet. */
export async function xlsx(res: Response): Promise<string[][]> {
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toContain("spreadsheetml");
  return (await xlsxSheet(new Uint8Array(await res.arrayBuffer()))).rows;
}

/** The records of a CSV answer, after checking its UTF-8 BOM (Excel reads Japanese by it). */
export async function csv(res: Response): Promise<string[][]> {
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toContain("text/csv");
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(new TextDecoder().decode(bytes.slice(3)), { relax_column_count: true }) as string[][];
}

/** A PDF answer's text (pdftotext), after checking it is one, named as a download. */
export async function pdf(res: Response): Promise<string> {
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/pdf");
  expect(res.headers.get("content-disposition")).toMatch(/\.pdf"; filename\*=UTF-8''/);
  return pdfText(new Uint8Array(await res.arrayBuffer()));
}

/** Marked at the top (class, handling, who and when), then the header row. */
export function expectMarked(cells: string[][], header: string) {
  expect(cells[0][0]).toMatch(/^機密性\d（取扱注意）$/);
  expect(cells[1][0]).toMatch(/^取扱い \/ Handling: /);
  expect(cells[2][0]).toMatch(/^出力 \/ Exported: /);
  expect(cells[3][0]).toBe(header);
}

/** Marked on every page (header: class; footer: handling, who and when, page n of m), titled. */
export function expectPdfMarked(text: string, title: string, level = "機密性2") {
  expect(text).toContain(`${level}（取扱注意）`);
  expect(text).toContain("取扱い / Handling:");
  expect(text).toContain("出力 / Exported:");
  expect(text).toMatch(/1 \/ \d+ ページ/);
  expect(text).toContain(title);
  expect(text).toContain("西原村");
  expect(text).toMatch(/令和\d+年/);
}

/** The payload is in the file, only as the defused text. */
export function expectDefused(cells: string[][], payload: string) {
  const flat = cells.flat();
  expect(flat.some((c) => c.includes(`'${payload}`))).toBe(true);
  expect(flat.filter((c) => c.startsWith(payload))).toEqual([]);
}
