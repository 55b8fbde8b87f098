/**
 * A list as a printable PDF (issue 20 item 3: every list in the same two formats as the yearly
 * report, .xlsx and PDF, with the same marking). A4 landscape, the list's title, the
 * organization, the row count and when it was printed (和暦 with 西暦) above one table whose
 * header row repeats on every page; the marking (class, handling, who and when) and "n / m
 * ページ" in every page's header and footer (export-marking.ts). pdfmake comes from http/pdf.ts,
 * loaded on the first PDF only. The rows are the same defused cells as the .xlsx and CSV
 * (sheet.ts): a PDF runs no formula, but text copied out of it into a spreadsheet would.
 */
import { formatDateTimeJa } from "../../common/calendar";
import { AppError } from "./errors";
import { pdfMarking } from "./export-marking";
import type { ListFile } from "./list-export";
import { PDF_FONT, pdfMake } from "./pdf";
import { defuseRow } from "./sheet";

/** At most this many rows in one PDF: pdfmake lays out the whole document in memory. */
export const PDF_LIST_MAX_ROWS = 5000;

/** Width of the printable area of A4 landscape with the margins below (points). */
const PAGE_WIDTH = 842 - 28 - 28;

/** 400 before anything is recorded when a PDF would hold more rows than it can. */
export function refuseLongPdf(rows: number): void {
  if (rows > PDF_LIST_MAX_ROWS)
    throw new AppError(
      400,
      "too_many_rows",
      `PDFにできるのは${PDF_LIST_MAX_ROWS.toLocaleString("ja-JP")}件までです（${rows.toLocaleString("ja-JP")}件あります）。条件で絞り込むか、Excel・CSVで出力してください。`,
      `A PDF holds at most ${PDF_LIST_MAX_ROWS} rows (this list has ${rows}). Filter the list, or export .xlsx or CSV (no limit).`,
    );
}

function cellText(v: unknown): string {
  if (v == null) return "";
  if (v instanceof Date) return formatDateTimeJa(v);
  if (typeof v === "boolean") return v ? "はい" : "いいえ";
  return String(v);
}

/** The column widths in points, in proportion to the .xlsx widths (characters). */
function pointWidths(f: Pick<ListFile, "header" | "widths">): number[] {
  const chars = f.header.map((_, i) => f.widths?.[i] ?? 18);
  const total = chars.reduce((a, b) => a + b, 0);
  // Each column's cell padding (8 pt) and rule come off the page before sharing it out.
  const room = PAGE_WIDTH - f.header.length * 9;
  return chars.map((w) => Math.max(18, Math.floor((room * w) / total)));
}

/** The list as PDF bytes; `rows` is every row (the caller checked the count with refuseLongPdf). */
export async function listPdf(
  f: Omit<ListFile, "rows">,
  rows: readonly (readonly unknown[])[],
): Promise<Buffer> {
  const pdfmake = await pdfMake();
  const printed = formatDateTimeJa(f.now);
  const facts = [f.organization, `${rows.length.toLocaleString("ja-JP")}件`, `出力日時 ${printed}`];
  const doc = pdfmake.createPdf({
    pageOrientation: "landscape",
    pageSize: "A4",
    pageMargins: [28, 34, 28, 40],
    info: { title: f.title, creator: "Sekimori" },
    defaultStyle: { font: PDF_FONT, fontSize: 6.5 },
    ...pdfMarking(f.marking, `${f.title}（${printed}）`),
    content: [
      { text: f.title, fontSize: 14, bold: true, margin: [0, 0, 0, 2] },
      { text: facts.filter(Boolean).join("　／　"), fontSize: 7.5, margin: [0, 0, 0, 6] },
      rows.length
        ? {
            table: {
              headerRows: 1,
              widths: pointWidths(f),
              body: [
                f.header.map((h) => ({ text: h, bold: true, fillColor: "#eeeeee" })),
                ...rows.map((r) => {
                  const cells = defuseRow(r);
                  return f.header.map((_, i) => cellText(cells[i]));
                }),
              ],
            },
            layout: {
              hLineWidth: () => 0.5,
              vLineWidth: () => 0.5,
              hLineColor: () => "#999999",
              vLineColor: () => "#999999",
            },
          }
        : { text: "該当する記録はありません。/ No records.", fontSize: 10 },
    ],
  } as never);
  return Buffer.from(await doc.getBuffer());
}
