/** Builds register files for the import tests: .xlsx through exceljs, CSV in UTF-8 or Shift_JIS. */
import ExcelJS from "exceljs";

export type Cell = ExcelJS.CellValue;

/** An .xlsx with one sheet (rows from row 1), optional merged ranges. */
export async function xlsxOf(
  rows: Cell[][],
  opts: { merges?: string[]; sheetName?: string; dateColumns?: number[]; extraSheetFirst?: boolean } = {},
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(opts.sheetName ?? "台帳");
  for (const r of rows) ws.addRow(r);
  for (const c of opts.dateColumns ?? []) ws.getColumn(c).numFmt = "yyyy/m/d";
  for (const m of opts.merges ?? []) ws.mergeCells(m);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const csvField = (v: unknown) => {
  const s = v == null ? "" : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function csvText(rows: unknown[][]): string {
  return `${rows.map((r) => r.map(csvField).join(",")).join("\r\n")}\r\n`;
}

let sjisTable: Map<string, number[]> | null = null;

/** Shift_JIS (CP932) encoder built from the platform's decoder: no extra package needed. */
export function encodeShiftJis(text: string): Buffer {
  if (!sjisTable) {
    sjisTable = new Map();
    const dec = new TextDecoder("shift_jis");
    for (let b = 0xa1; b <= 0xdf; b++) sjisTable.set(dec.decode(Uint8Array.of(b)), [b]);
    for (let lead = 0x81; lead <= 0xfc; lead++) {
      if (lead > 0x9f && lead < 0xe0) continue;
      for (let trail = 0x40; trail <= 0xfc; trail++) {
        if (trail === 0x7f) continue;
        const ch = dec.decode(Uint8Array.of(lead, trail));
        if (ch.length === 1 && ch !== "\uFFFD" && !sjisTable.has(ch)) sjisTable.set(ch, [lead, trail]);
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (code < 0x80) out.push(code);
    else {
      const bytes = sjisTable.get(ch);
      if (!bytes) throw new Error(`no Shift_JIS for ${ch}`);
      out.push(...bytes);
    }
  }
  return Buffer.from(out);
}

export function fileForm(
  bytes: Buffer | string,
  name: string,
  fields: Record<string, string> = {},
): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append(
    "file",
    new Blob([new Uint8Array(typeof bytes === "string" ? Buffer.from(bytes) : bytes)]),
    name,
  );
  return form;
}
