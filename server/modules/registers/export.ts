/**
 * Exports of a register: .xlsx (exceljs) and PDF (pdfmake with the Noto CJK font of the
 * Debian package fonts-noto-cjk; nothing is fetched from outside). Both carry the export
 * marking (server/http/export-marking.ts): in the first rows and the printed header/footer of the
 * sheet, and on every PDF page.
 */
import type ExcelJS from "exceljs";
import { formatDateTimeJa } from "../../../common/calendar";
import { excel } from "../../http/excel";
import {
  addMarkingRows,
  type ExportMarking,
  markWorksheetPrint,
  pdfMarking,
} from "../../http/export-marking";
import { PDF_FONT, pdfMake } from "../../http/pdf";
import { defuseRow } from "../../http/sheet";

export interface Sheet {
  title: string;
  columns: Array<{ key: string; label: string }>;
  rows: Array<Record<string, unknown>>;
}

const cell = (v: unknown): string => {
  if (v == null) return "";
  if (v instanceof Date) return formatDateTimeJa(v);
  if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}T/.test(v)) return formatDateTimeJa(v);
  if (typeof v === "boolean") return v ? "はい" : "いいえ";
  return String(v);
};

export async function toXlsx(sheet: Sheet, marking: ExportMarking): Promise<Buffer> {
  const wb = new (await excel()).Workbook();
  const ws = wb.addWorksheet(sheet.title.slice(0, 31));
  markWorksheetPrint(ws, marking, sheet.title);
  addMarkingRows(ws, marking);
  ws.addRow(sheet.columns.map((c) => c.label)).font = { bold: true };
  for (const r of sheet.rows) ws.addRow(defuseRow(sheet.columns.map((c) => cell(r[c.key]))));
  ws.columns.forEach((c) => {
    c.width = 18;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function toPdf(sheet: Sheet, subtitle: string, marking: ExportMarking): Promise<Buffer> {
  const pdfmake = await pdfMake();
  const doc = pdfmake.createPdf({
    pageOrientation: "landscape",
    pageSize: "A4",
    pageMargins: [30, 36, 30, 40],
    ...pdfMarking(marking, sheet.title),
    defaultStyle: { font: PDF_FONT, fontSize: 8 },
    content: [
      { text: sheet.title, fontSize: 14, bold: true, margin: [0, 0, 0, 4] },
      { text: subtitle, fontSize: 8, margin: [0, 0, 0, 8] },
      {
        table: {
          headerRows: 1,
          widths: sheet.columns.map(() => "*"),
          body: [
            sheet.columns.map((c) => ({ text: c.label, bold: true })),
            ...sheet.rows.map((r) => sheet.columns.map((c) => cell(r[c.key]))),
          ],
        },
        layout: "lightHorizontalLines",
      },
    ],
  });
  return Buffer.from(await doc.getBuffer());
}
