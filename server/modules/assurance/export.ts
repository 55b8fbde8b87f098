/**
 * Exports of self-inspection results and audit reports: .xlsx (exceljs, every text cell defused
 * through server/http/sheet.ts) and PDF (pdfmake with Debian's fonts-noto-cjk, nothing fetched
 * from outside: the same font setup as the asset and register exports). Dates in 和暦 with 西暦.
 * Every sheet and every PDF page carries the export marking (server/http/export-marking.ts).
 */
import { formatDateJa, formatDateTimeJa, formatFiscalYear } from "../../../common/calendar";
import { contentDisposition } from "../../http/attachment-name";
import { type ExportMarking, pdfMarking } from "../../http/export-marking";
import { PDF_FONT, pdfMake } from "../../http/pdf";
import { markedSheet, newWorkbook, putRow, setWidths, workbookBuffer } from "../../http/workbook";

export interface Table {
  title: string;
  headers: string[];
  rows: Array<Array<string | number>>;
}

export interface Report {
  /** File title, e.g. 令和8年度 職員の自己点検 結果. */
  title: string;
  /** Lines printed under the title (scope, dates, clause). */
  lines: string[];
  tables: Table[];
  /** Free text printed after the tables (the audit report). */
  text?: string;
}

export const wareki = (d: string | Date | null | undefined) => (d ? formatDateJa(d) : "—");
export const fiscal = (fy: number) => formatFiscalYear(fy);

export async function reportXlsx(report: Report, marking: ExportMarking): Promise<Buffer> {
  const wb = await newWorkbook();
  const cover = markedSheet(wb, "概要", marking, report.title);
  putRow(cover, [report.title], "title");
  for (const line of report.lines) putRow(cover, [line]);
  if (report.text) for (const line of report.text.split("\n")) putRow(cover, [line]);
  setWidths(cover, { 0: 100 });
  for (const t of report.tables) {
    const ws = markedSheet(wb, t.title, marking, report.title);
    putRow(ws, t.headers, "bold");
    for (const r of t.rows) putRow(ws, r);
    setWidths(ws, (i) => (i === 0 ? 50 : 14));
  }
  return workbookBuffer(wb);
}

export async function reportPdf(report: Report, now: Date, marking: ExportMarking): Promise<Buffer> {
  const pdfmake = await pdfMake();
  const content: unknown[] = [
    { text: report.title, fontSize: 14, bold: true, margin: [0, 0, 0, 6] },
    ...report.lines.map((l) => ({ text: l, margin: [0, 0, 0, 2] })),
    { text: `出力日時 ${formatDateTimeJa(now)}`, color: "#555", margin: [0, 0, 0, 8] },
  ];
  for (const t of report.tables) {
    content.push({ text: t.title, bold: true, fontSize: 11, margin: [0, 8, 0, 4] });
    content.push({
      table: {
        headerRows: 1,
        widths: t.headers.map((_, i) => (i === 0 ? "*" : "auto")),
        body: [
          t.headers.map((h) => ({ text: h, bold: true })),
          ...t.rows.map((r) => r.map((v) => String(v))),
        ],
      },
      layout: "lightHorizontalLines",
    });
  }
  if (report.text) content.push({ text: report.text, margin: [0, 10, 0, 0] });
  const doc = pdfmake.createPdf({
    pageSize: "A4",
    pageMargins: [36, 40, 36, 44],
    defaultStyle: { font: PDF_FONT, fontSize: 8 },
    ...pdfMarking(marking, report.title),
    content,
  } as never);
  return Buffer.from(await doc.getBuffer());
}

export function fileBody(buf: Buffer, name: string, format: "xlsx" | "pdf") {
  return {
    body: new Uint8Array(buf),
    headers: {
      "content-type":
        format === "xlsx"
          ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          : "application/pdf",
      "content-disposition": contentDisposition(`${name}.${format}`),
      "cache-control": "no-store",
    },
  };
}
