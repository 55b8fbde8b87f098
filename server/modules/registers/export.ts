/**
 * Exports of a register: .xlsx (exceljs) and PDF (pdfmake with the Noto CJK font of the
 * Debian package fonts-noto-cjk; nothing is fetched from outside). Both carry the export
 * marking (server/http/export-marking.ts): in the first rows and the printed header/footer of the
 * sheet, and on every PDF page.
 */
import { type ExportMarking, pdfMarking } from "../../http/export-marking";
import { PDF_FONT, pdfMake } from "../../http/pdf";
import { cellText, markedSheet, newWorkbook, putRow, setWidths, workbookBuffer } from "../../http/workbook";

export interface Sheet {
  title: string;
  columns: Array<{ key: string; label: string }>;
  rows: Array<Record<string, unknown>>;
}

const cell = cellText;

export async function toXlsx(sheet: Sheet, marking: ExportMarking): Promise<Buffer> {
  const wb = await newWorkbook();
  const ws = markedSheet(wb, sheet.title, marking, sheet.title);
  putRow(
    ws,
    sheet.columns.map((c) => c.label),
    "bold",
  );
  for (const r of sheet.rows)
    putRow(
      ws,
      sheet.columns.map((c) => cell(r[c.key])),
    );
  setWidths(ws, () => 18);
  return workbookBuffer(wb);
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
