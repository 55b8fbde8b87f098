/**
 * Reading an uploaded user list (.xlsx first sheet, or .csv in UTF-8 or Shift_JIS) into rows keyed
 * by header, with the row number a person sees in Excel (header = row 1). No database.
 */
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";

export interface SheetRow {
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

/** 全角 and spaces folded, so "最終 利用日" and "最終利用日" are one header. */
export const normHeader = (h: string) =>
  h
    .replace(/^\uFEFF/, "")
    .normalize("NFKC")
    .replace(/[\s\u3000]/g, "");

function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return iconv.decode(Buffer.from(bytes), "cp932");
  }
}

function cellText(value: ExcelJS.CellValue): string {
  if (value == null) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    if ("text" in value) return String(value.text);
    if ("error" in value) return "";
  }
  return String(value);
}

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

function keyed(headers: string[], records: Array<{ row: number; values: string[] }>): SheetRow[] {
  const rows: SheetRow[] = [];
  for (const r of records) {
    const cells: Record<string, string> = {};
    let any = false;
    headers.forEach((h, i) => {
      if (!h) return;
      const text = (r.values[i] ?? "").trim();
      if (text) any = true;
      cells[h] = text;
    });
    if (any) rows.push({ row: r.row, cells });
  }
  return rows;
}

/** Reads the first worksheet (xlsx) or the CSV. Throws SheetError for a file it cannot read. */
export async function readSheet(bytes: Uint8Array): Promise<{ headers: string[]; rows: SheetRow[] }> {
  if (!bytes.length) throw new SheetError("ファイルが空です。", "The file is empty.");
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]))
    throw new SheetError(
      "古い形式（.xls）は読み込めません。.xlsx または CSV で保存してください。",
      "The old .xls format is not supported; save as .xlsx or CSV.",
    );
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const wb = new ExcelJS.Workbook();
    try {
      // biome-ignore lint/suspicious/noExplicitAny: exceljs's Buffer typing predates Uint8Array buffers
      await wb.xlsx.load(Buffer.from(bytes) as any);
    } catch {
      throw new SheetError("Excelファイルを読み取れません。", "The Excel file cannot be read.");
    }
    const ws = wb.worksheets[0];
    if (!ws) throw new SheetError("シートがありません。", "The workbook has no sheet.");
    const headers: string[] = [];
    ws.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => {
      headers[col - 1] = normHeader(cellText(cell.value));
    });
    const records: Array<{ row: number; values: string[] }> = [];
    ws.eachRow({ includeEmpty: false }, (row, n) => {
      if (n === 1) return;
      records.push({ row: n, values: headers.map((_, i) => cellText(row.getCell(i + 1).value)) });
    });
    return { headers: headers.filter(Boolean), rows: keyed(headers, records) };
  }
  if (bytes.includes(0))
    throw new SheetError("CSV または .xlsx ではありません。", "Not a CSV or .xlsx file.");
  let records: string[][];
  try {
    records = parse(decode(bytes), { relax_column_count: true, skip_empty_lines: false, bom: true });
  } catch (err) {
    const line = (err as { lines?: number }).lines;
    throw new SheetError(
      `CSVを読み取れません${line ? `（${line}行目付近）` : ""}。`,
      `The CSV cannot be read${line ? ` (near line ${line})` : ""}.`,
    );
  }
  if (!records.length) throw new SheetError("ファイルが空です。", "The file is empty.");
  const headers = records[0].map(normHeader);
  return {
    headers: headers.filter(Boolean),
    rows: keyed(
      headers,
      records.slice(1).map((values, i) => ({ row: i + 2, values })),
    ),
  };
}
