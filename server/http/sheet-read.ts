import type ExcelJS from "exceljs";
import { excel } from "./excel";

/**
 * Reading uploaded sheets (.xlsx or .csv) into rows keyed by header, with the row number a person
 * sees in Excel (the header is row 1). Pure apart from exceljs; no database.
 */

export interface SheetRow {
  /** Row number as shown in Excel (header = 1). */
  row: number;
  cells: Record<string, string>;
}

export class SheetError extends Error {
  constructor(
    readonly messageJa: string,
    readonly messageEn: string,
  ) {
    super(messageEn);
  }
}

const normHeader = (h: string) =>
  h
    .replace(/^\uFEFF/, "")
    .replace(/[\s\u3000]/g, "")
    .normalize("NFKC");

/** UTF-8 when the bytes are valid UTF-8, otherwise Shift_JIS (Excel's default CSV on Japanese Windows). */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return new TextDecoder("shift_jis").decode(bytes);
  }
}

/** RFC 4180 CSV: quoted fields with doubled quotes and embedded newlines; CRLF or LF. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
      continue;
    }
    if (ch === '"' && field === "") quoted = true;
    else if (ch === ",") {
      record.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      record.push(field);
      records.push(record);
      record = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || record.length) {
    record.push(field);
    records.push(record);
  }
  return records;
}

function excelSerialToDate(serial: number): string {
  return new Date(Math.round((serial - 25569) * 86400000)).toISOString().slice(0, 10);
}

function cellText(value: ExcelJS.CellValue, dateColumn: boolean): string {
  if (value == null) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "number")
    return dateColumn && value > 20000 && value < 80000 ? excelSerialToDate(value) : String(value);
  if (typeof value === "string" || typeof value === "boolean") return String(value);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue, dateColumn);
    if ("text" in value) return String(value.text);
    if ("error" in value) return "";
  }
  return String(value);
}

const isXlsx = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isOldXls = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

/** Reads the first worksheet (xlsx) or the CSV into rows keyed by normalized header. */
export async function readSheet(
  bytes: Uint8Array,
  dateHeaders: string[] = [],
): Promise<{ headers: string[]; rows: SheetRow[] }> {
  if (!bytes.length) throw new SheetError("ファイルが空です。", "The file is empty.");
  if (isOldXls(bytes))
    throw new SheetError(
      "古い形式（.xls）は読み込めません。.xlsx または CSV で保存してください。",
      "The old .xls format is not supported; save as .xlsx or CSV.",
    );
  const dates = new Set(dateHeaders.map(normHeader));
  if (isXlsx(bytes)) {
    const wb = new (await excel()).Workbook();
    try {
      // biome-ignore lint/suspicious/noExplicitAny: exceljs's Buffer typing predates Uint8Array buffers
      await wb.xlsx.load(Buffer.from(bytes) as any);
    } catch {
      throw new SheetError("Excelファイルを読み取れません。", "The Excel file cannot be read.");
    }
    const ws = wb.worksheets[0];
    if (!ws) throw new SheetError("シートがありません。", "The workbook has no sheet.");
    const headerRow = ws.getRow(1);
    const headers: string[] = [];
    headerRow.eachCell({ includeEmpty: true }, (cell, col) => {
      headers[col - 1] = normHeader(cellText(cell.value, false));
    });
    const rows: SheetRow[] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (rowNumber === 1) return;
      const cells: Record<string, string> = {};
      let any = false;
      headers.forEach((h, idx) => {
        if (!h) return;
        const text = cellText(row.getCell(idx + 1).value, dates.has(h)).trim();
        if (text) any = true;
        cells[h] = text;
      });
      if (any) rows.push({ row: rowNumber, cells });
    });
    return { headers: headers.filter(Boolean), rows };
  }
  // A binary that is not .xlsx (a PDF, an image) would otherwise "parse" into one garbage column.
  if (bytes.includes(0))
    throw new SheetError("CSV または .xlsx ではありません。", "Not a CSV or .xlsx file.");
  const records = parseCsv(decodeCsv(bytes));
  if (records.length === 0) throw new SheetError("ファイルが空です。", "The file is empty.");
  const headers = records[0].map(normHeader);
  const rows: SheetRow[] = [];
  for (let i = 1; i < records.length; i++) {
    const cells: Record<string, string> = {};
    let any = false;
    headers.forEach((h, idx) => {
      if (!h) return;
      const text = (records[i][idx] ?? "").trim();
      if (text) any = true;
      cells[h] = text;
    });
    if (any) rows.push({ row: i + 1, cells });
  }
  return { headers: headers.filter(Boolean), rows };
}

const ERAS: Record<string, number> = { 令和: 2018, R: 2018, 平成: 1988, H: 1988, 昭和: 1925, S: 1925 };

/**
 * A date as people type it in a sheet: 2026-04-01, 2026/4/1, 2026年4月1日, 令和8年4月1日,
 * R8.4.1 (全角 digits too). Returns YYYY-MM-DD, or null when it is not a real date.
 */
export function parseSheetDate(input: string): string | null {
  const s = input.normalize("NFKC").trim().replace(/\s/g, "");
  let y: number;
  let m: number;
  let d: number;
  let match = s.match(/^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/);
  if (match) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else {
    match = s.match(/^(令和|平成|昭和|R|H|S)(\d{1,2}|元)[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/i);
    if (!match) return null;
    const era = ERAS[match[1].toUpperCase()] ?? ERAS[match[1]];
    y = era + (match[2] === "元" ? 1 : Number(match[2]));
    [m, d] = [Number(match[3]), Number(match[4])];
  }
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}
