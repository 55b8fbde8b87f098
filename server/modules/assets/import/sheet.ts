/**
 * Opens an uploaded file as rows of cells, streaming: .xlsx through exceljs's streaming reader
 * (first worksheet of the workbook), .csv through csv.ts. Tells apart what is not a spreadsheet.
 */
import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { Readable } from "node:stream";
import type ExcelJS from "exceljs";
import { excel } from "../../../http/excel";
import { type CsvEncoding, csvRecords, EncodingError } from "./csv";
import type { CellInput } from "./values";
import { type CellRange, NotZipError, openZipEntry, scanWorksheet, type ZipEntry, zipEntries } from "./zip";

export interface SheetRowData {
  /** Row number as Excel shows it. */
  row: number;
  /** Cells by 0-based column. */
  cells: CellInput[];
}

export interface OpenedSheet {
  format: "xlsx" | "csv";
  encoding: CsvEncoding | null;
  sheetName: string | null;
  /** Merged ranges of the sheet (xlsx only). */
  merges: CellRange[];
  /** Last row of the sheet's used range, when the file says (xlsx only). */
  lastRow: number | null;
  bytesTotal: number;
  rows: AsyncGenerator<SheetRowData>;
}

/** A file the import cannot read at all; `code` becomes the API error code. */
export class SheetFileError extends Error {
  constructor(
    readonly code: "not_a_spreadsheet" | "unreadable_spreadsheet" | "wrong_encoding",
    readonly messageJa: string,
    readonly messageEn: string,
  ) {
    super(messageEn);
  }
}

const notSpreadsheet = (ja: string, en: string) => new SheetFileError("not_a_spreadsheet", ja, en);

const MAGIC: Array<[number[], string, string]> = [
  [
    [0xd0, 0xcf, 0x11, 0xe0],
    "旧形式のExcelファイル（.xls）または暗号化されたファイルです。",
    "an old Excel (.xls) or encrypted file",
  ],
  [[0x25, 0x50, 0x44, 0x46], "PDFファイルです。", "a PDF file"],
  [[0x89, 0x50, 0x4e, 0x47], "画像ファイル（PNG）です。", "a PNG image"],
  [[0xff, 0xd8, 0xff], "画像ファイル（JPEG）です。", "a JPEG image"],
  [[0x47, 0x49, 0x46, 0x38], "画像ファイル（GIF）です。", "a GIF image"],
  [[0x1f, 0x8b], "圧縮ファイル（gzip）です。", "a gzip archive"],
];

const HINT_JA = "Excelの「.xlsx」形式、またはCSV（UTF-8／Shift_JIS）で保存したファイルを選んでください。";
const HINT_EN = "Choose a file saved as Excel .xlsx or as CSV (UTF-8 or Shift_JIS).";

async function head(path: string, n: number): Promise<Buffer> {
  const fh = await open(path, "r");
  try {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/** Counts bytes read from a file stream, for progress. */
async function* counted(stream: AsyncIterable<Buffer>, onBytes: (n: number) => void) {
  let n = 0;
  for await (const chunk of stream) {
    n += chunk.length;
    onBytes(n);
    yield chunk;
  }
}

export async function openSheet(path: string, onBytes: (n: number) => void = () => {}): Promise<OpenedSheet> {
  const { size } = await stat(path);
  if (size === 0) throw notSpreadsheet(`ファイルが空です。${HINT_JA}`, `The file is empty. ${HINT_EN}`);
  const first = await head(path, 64 * 1024);
  if (first[0] === 0x50 && first[1] === 0x4b && first[2] === 0x03 && first[3] === 0x04) {
    return openXlsx(path, size, onBytes);
  }
  for (const [magic, ja, en] of MAGIC) {
    if (magic.every((b, i) => first[i] === b))
      throw notSpreadsheet(
        `表計算のファイルではありません（${ja}）。${HINT_JA}`,
        `Not a spreadsheet (${en}). ${HINT_EN}`,
      );
  }
  const utf16 = first[0] === 0xff && first[1] === 0xfe;
  if (!utf16 && first.includes(0)) {
    throw notSpreadsheet(
      `表計算のファイルではありません（バイナリファイルです）。${HINT_JA}`,
      `Not a spreadsheet (a binary file). ${HINT_EN}`,
    );
  }
  return openCsv(path, size, onBytes);
}

async function openCsv(path: string, size: number, onBytes: (n: number) => void): Promise<OpenedSheet> {
  const opened = {
    format: "csv",
    encoding: null,
    sheetName: null,
    merges: [],
    lastRow: null,
    bytesTotal: size,
  } as unknown as OpenedSheet;
  opened.rows = (async function* () {
    try {
      for await (const r of csvRecords(createReadStream(path, { highWaterMark: 256 * 1024 }), { onBytes })) {
        opened.encoding ??= r.encoding;
        yield { row: r.row, cells: r.fields };
      }
    } catch (err) {
      if (err instanceof EncodingError)
        throw new SheetFileError(
          "wrong_encoding",
          "文字コードが途中で変わっています。ファイル全体をUTF-8またはShift_JISで保存し直してください。",
          `The character encoding changes inside the file (${err.message}). Save the whole file as UTF-8 or Shift_JIS.`,
        );
      throw err;
    }
  })();
  return opened;
}

/** The first worksheet of the workbook (tab order): its name and its entry in the zip. */
async function firstWorksheet(path: string, entries: ZipEntry[]) {
  const text = async (name: string) => {
    const entry = entries.find((e) => e.name === name);
    if (!entry) return null;
    const chunks: Buffer[] = [];
    for await (const c of await openZipEntry(path, entry)) chunks.push(c);
    return Buffer.concat(chunks).toString("utf8");
  };
  const workbook = await text("xl/workbook.xml");
  const rels = await text("xl/_rels/workbook.xml.rels");
  const sheet = workbook ? /<(?:\w+:)?sheet\b([^>]*)\/?>/.exec(workbook) : null;
  const name = sheet ? /\bname="([^"]*)"/.exec(sheet[1])?.[1] : undefined;
  const rid = sheet ? /\br:id="([^"]*)"/.exec(sheet[1])?.[1] : undefined;
  let target: string | undefined;
  if (rels && rid) {
    for (const m of rels.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
      if (new RegExp(`\\bId="${rid}"`).test(m[1])) target = /\bTarget="([^"]*)"/.exec(m[1])?.[1];
    }
  }
  const file = target
    ? `xl/${target.replace(/^\/?xl\//, "").replace(/^\//, "")}`
    : "xl/worksheets/sheet1.xml";
  const decode = (s: string) =>
    s.replace(
      /&(amp|lt|gt|quot|apos);/g,
      (_, e) => ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" })[e as "amp"],
    );
  return { name: name ? decode(name) : null, entry: entries.find((e) => e.name === file) ?? null };
}

/** Decodes UTF-8 across chunk boundaries (a character may be cut in two between chunks). */
async function* utf8Chunks(source: AsyncIterable<Buffer | string>) {
  const decoder = new TextDecoder("utf-8");
  for await (const chunk of source) {
    if (typeof chunk === "string") yield chunk;
    else {
      const text = decoder.decode(chunk, { stream: true });
      if (text) yield text;
    }
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

/**
 * exceljs 4.4's streaming reader decodes each zip chunk on its own, so a Japanese character cut
 * between two chunks becomes U+FFFD (seen on real files: about one cell in a thousand). This
 * subclass hands it text decoded across chunks instead, for the shared strings and the sheets.
 * It overrides two internal methods of exceljs 4.4 (pinned in package.json); the import tests
 * cover it with a file large enough to cut characters.
 */
let utf8SafeReader: Promise<typeof ExcelJS.stream.xlsx.WorkbookReader> | null = null;
/** The subclass, made on the first read (exceljs is imported then: http/excel.ts). */
function workbookReader(): Promise<typeof ExcelJS.stream.xlsx.WorkbookReader> {
  utf8SafeReader ??= excel().then((lib) => {
    // biome-ignore lint/suspicious/noExplicitAny: exceljs's internal reader methods are untyped
    const BaseReader = lib.stream.xlsx.WorkbookReader as any;
    class Utf8SafeWorkbookReader extends BaseReader {
      _parseSharedStrings(entry: { setEncoding?: (e: string) => void }) {
        entry.setEncoding?.("utf8");
        return super._parseSharedStrings(entry);
      }
      _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string) {
        return super._parseWorksheet(utf8Chunks(iterator), sheetNo);
      }
    }
    return Utf8SafeWorkbookReader as unknown as typeof ExcelJS.stream.xlsx.WorkbookReader;
  });
  return utf8SafeReader;
}

function cellInput(v: ExcelJS.CellValue): CellInput {
  if (v == null) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v instanceof Date) {
    if (typeof v === "number" && Number.isNaN(v)) return { error: "#VALUE!" };
    return v;
  }
  const o = v as unknown as Record<string, unknown>;
  if ("formula" in o || "sharedFormula" in o) {
    const formula = String(o.formula ?? o.sharedFormula ?? "");
    const result = o.result as unknown;
    if (result === undefined || result === null) return { formula, noResult: true };
    if (typeof result === "number" && Number.isNaN(result)) return { error: "#VALUE!" };
    if (typeof result === "object" && result && "error" in result)
      return { error: String((result as { error: unknown }).error) };
    return cellInput(result as ExcelJS.CellValue);
  }
  if ("richText" in o && Array.isArray(o.richText))
    return (o.richText as Array<{ text: string }>).map((r) => r.text).join("");
  if ("error" in o) return { error: String(o.error) };
  if ("text" in o) return typeof o.text === "string" ? o.text : cellInput(o.text as ExcelJS.CellValue);
  return null;
}

async function openXlsx(path: string, size: number, onBytes: (n: number) => void): Promise<OpenedSheet> {
  let entries: ZipEntry[];
  try {
    entries = await zipEntries(path);
  } catch (err) {
    if (err instanceof NotZipError)
      throw notSpreadsheet(
        `ファイルが壊れているか、表計算のファイルではありません。${HINT_JA}`,
        `The file is damaged or not a spreadsheet. ${HINT_EN}`,
      );
    throw err;
  }
  if (!entries.some((e) => e.name === "xl/workbook.xml")) {
    const what = entries.some((e) => e.name.startsWith("word/"))
      ? { ja: "Word文書です", en: "a Word document" }
      : entries.some((e) => e.name.startsWith("ppt/"))
        ? { ja: "PowerPointファイルです", en: "a PowerPoint file" }
        : { ja: "ZIP圧縮ファイルです", en: "a ZIP archive" };
    throw notSpreadsheet(
      `表計算のファイルではありません（${what.ja}）。${HINT_JA}`,
      `Not a spreadsheet (${what.en}). ${HINT_EN}`,
    );
  }
  let sheet: Awaited<ReturnType<typeof firstWorksheet>>;
  let merges: CellRange[] = [];
  let lastRow: number | null = null;
  try {
    sheet = await firstWorksheet(path, entries);
    if (sheet.entry) ({ merges, lastRow } = await scanWorksheet(path, sheet.entry));
  } catch {
    throw new SheetFileError(
      "unreadable_spreadsheet",
      "Excelファイルを読み取れません（破損している可能性があります）。",
      "The Excel file cannot be read (it may be damaged).",
    );
  }
  const opened: OpenedSheet = {
    format: "xlsx",
    encoding: null,
    sheetName: sheet.name,
    merges,
    lastRow,
    bytesTotal: size,
    rows: (async function* () {
      const file = createReadStream(path, { highWaterMark: 256 * 1024 });
      const reader = new (await workbookReader())(Readable.from(counted(file, onBytes)), {
        sharedStrings: "cache",
        worksheets: "emit",
        styles: "cache",
        hyperlinks: "ignore",
        entries: "ignore",
      });
      let done = false;
      try {
        for await (const ws of reader) {
          const w = ws as unknown as AsyncIterable<ExcelJS.Row> & { name?: string };
          if (done || (sheet.name && w.name && w.name !== sheet.name)) continue;
          done = true;
          for await (const row of w) {
            const values = row.values as ExcelJS.CellValue[];
            const cells: CellInput[] = [];
            for (let c = 1; c < values.length; c++) cells.push(cellInput(values[c]));
            yield { row: row.number, cells };
          }
        }
      } catch (err) {
        if (err instanceof SheetFileError) throw err;
        throw new SheetFileError(
          "unreadable_spreadsheet",
          "Excelファイルを読み取れません（破損している可能性があります）。",
          `The Excel file cannot be read: ${(err as Error).message}`,
        );
      } finally {
        file.destroy();
      }
    })(),
  };
  return opened;
}
