import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";

/** The text of a PDF as poppler's pdftotext reads it (layout kept). */
export function pdfText(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), "sekimori-pdf-"));
  try {
    const file = join(dir, "export.pdf");
    writeFileSync(file, bytes);
    return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The first worksheet of an .xlsx: its cell texts by row, and its printed header and footer. */
export async function xlsxSheet(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as never);
  const ws = wb.worksheets[0];
  const rows: string[][] = [];
  ws.eachRow((r) => {
    rows.push((r.values as unknown[]).slice(1).map((v) => (v == null ? "" : String(v))));
  });
  return { rows, header: ws.headerFooter.oddHeader ?? "", footer: ws.headerFooter.oddFooter ?? "" };
}
