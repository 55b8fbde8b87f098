/**
 * The one .xlsx writing path of every export (issue #12 item 5): a worksheet is opened here with
 * the export marking in its first rows and its printed header/footer (export-marking.ts), every
 * row goes in through `putRow` — its text cells defused (sheet.ts: a leading apostrophe before =,
 * +, -, @, tab or CR) and styled the same way everywhere — and column widths are set here. Nothing
 * else on the server adds a worksheet row (server/http/sheet-writers.test.ts fails otherwise), so a
 * new export cannot forget to defuse. Works on exceljs's in-memory and streaming worksheets alike;
 * exceljs itself loads on first use (excel.ts). Dates reach a sheet as 和暦 text (`cellText`).
 */
import type ExcelJS from "exceljs";
import { formatDateTimeJa } from "../../common/calendar";
import { excel } from "./excel";
import { type ExportMarking, markingLines, markWorksheetPrint } from "./export-marking";
import { defuseRow } from "./sheet";

/** marking: the first marking line (bold, red); title: a sheet's title; bold: headers; plain. */
export type RowStyle = "plain" | "bold" | "title" | "marking";

const FONTS: Record<Exclude<RowStyle, "plain">, Partial<ExcelJS.Font>> = {
  marking: { bold: true, color: { argb: "FFAA3333" } },
  title: { bold: true, size: 14 },
  bold: { bold: true },
};

/** Any worksheet a row can be added to (in memory, or exceljs's streaming writer's). */
type AnySheet = Pick<ExcelJS.Worksheet, "addRow">;

/** Adds one row, every text cell defused; the row (to commit, on a streaming sheet). */
export function putRow(ws: AnySheet, cells: readonly unknown[], style: RowStyle = "plain"): ExcelJS.Row {
  const row = ws.addRow(defuseRow(cells));
  if (style !== "plain") row.font = FONTS[style];
  return row;
}

/** The marking rows at the top of a sheet (marking, handling, who and when); the rows added. */
export function putMarkingRows(ws: AnySheet, m: ExportMarking): ExcelJS.Row[] {
  return markingLines(m).map((l, i) => putRow(ws, [l], i === 0 ? "marking" : "plain"));
}

/** A new in-memory workbook. */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  return new (await excel()).Workbook();
}

/** A worksheet marked for print and opening with the marking rows (name clipped to Excel's 31). */
export function markedSheet(wb: ExcelJS.Workbook, name: string, m: ExportMarking, title: string) {
  const ws = wb.addWorksheet(name.slice(0, 31));
  markWorksheetPrint(ws, m, title);
  putMarkingRows(ws, m);
  return ws;
}

/**
 * Column widths: by column (0-based) for the columns listed, or by a rule over the columns the
 * sheet holds.
 */
export function setWidths(
  ws: ExcelJS.Worksheet,
  widths: Readonly<Record<number, number>> | ((index: number) => number),
) {
  if (typeof widths === "function")
    ws.columns.forEach((c, i) => {
      c.width = widths(i);
    });
  else for (const [i, w] of Object.entries(widths)) ws.getColumn(Number(i) + 1).width = w;
}

/** The workbook's bytes. */
export async function workbookBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A value as a sheet shows it: dates and timestamps in 和暦 with 西暦, yes/no in Japanese. */
export function cellText(v: unknown): string {
  if (v == null) return "";
  if (v instanceof Date) return formatDateTimeJa(v);
  if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}T/.test(v)) return formatDateTimeJa(v);
  if (typeof v === "boolean") return v ? "はい" : "いいえ";
  return String(v);
}
