/**
 * Exports of training completion (#15 item 4): .xlsx (exceljs, text cells defused) and PDF
 * (pdfmake with the CJK font, nothing fetched; both libraries loaded on first use), both carrying the export marking of the profile on
 * every sheet and page (server/http/export-marking.ts; training records carry no class of their
 * own, so the profile's floor applies) and dates in 和暦 with 西暦.
 */
import { formatDateJa, formatDateTimeJa, formatFiscalYear } from "../../../common/calendar";
import { type ExportMarking, pdfMarking } from "../../http/export-marking";
import { PDF_FONT, pdfMake } from "../../http/pdf";
import { markedSheet, newWorkbook, putRow, workbookBuffer } from "../../http/workbook";
import type { completionFigures } from "./queries/completion";

type Figures = Awaited<ReturnType<typeof completionFigures>>;

const BY_LABEL: Record<string, string> = {
  organization: "組織全体",
  bureau: "局",
  department: "課",
  person: "職員",
};

export function completionTitle(fiscalYear: number, figures: Figures): string {
  return `${formatFiscalYear(fiscalYear)} 研修受講状況（${formatDateJa(figures.day)}時点の所属で集計）`;
}

export async function completionXlsx(
  fiscalYear: number,
  figures: Figures,
  marking: ExportMarking,
): Promise<Buffer> {
  const wb = await newWorkbook();
  const title = completionTitle(fiscalYear, figures);
  const ws = markedSheet(wb, "受講状況", marking, title);
  putRow(ws, [title]);
  putRow(ws, [
    "区分",
    ...figures.courses.flatMap((co) => [`${co.title} 対象者`, "受講済", "期限超過", "受講率(%)"]),
  ]);
  for (const g of figures.groups)
    putRow(ws, [g.label, ...g.courses.flatMap((x) => [x.audience, x.completed, x.overdue, x.rate ?? ""])]);
  return workbookBuffer(wb);
}

/** One table per course (a wide table of every course would not fit an A4 page). */
export async function completionPdf(
  fiscalYear: number,
  by: string,
  figures: Figures,
  marking: ExportMarking,
  now: Date,
): Promise<Buffer> {
  const title = completionTitle(fiscalYear, figures);
  const content: unknown[] = [
    { text: title, fontSize: 14, bold: true, margin: [0, 0, 0, 6] },
    { text: `集計単位: ${BY_LABEL[by] ?? by}`, margin: [0, 0, 0, 2] },
    { text: `出力日時 ${formatDateTimeJa(now)}`, color: "#555", margin: [0, 0, 0, 8] },
  ];
  if (figures.courses.length === 0) content.push({ text: "この年度の研修はありません。" });
  figures.courses.forEach((course, i) => {
    const due = course.dueDate ? `（期限 ${formatDateJa(course.dueDate)}）` : "";
    content.push({
      text: `${course.title}${course.mandatory ? "〔必修〕" : ""}${due}`,
      bold: true,
      fontSize: 11,
      margin: [0, 8, 0, 4],
    });
    content.push({
      table: {
        headerRows: 1,
        widths: ["*", "auto", "auto", "auto", "auto"],
        body: [
          ["区分", "対象者", "受講済", "期限超過", "受講率(%)"].map((h) => ({ text: h, bold: true })),
          ...figures.groups.map((g) => {
            const x = g.courses[i];
            return [
              g.label,
              String(x.audience),
              String(x.completed),
              String(x.overdue),
              x.rate === null ? "—" : String(x.rate),
            ];
          }),
        ],
      },
      layout: "lightHorizontalLines",
    });
  });
  const doc = (await pdfMake()).createPdf({
    pageSize: "A4",
    pageMargins: [36, 40, 36, 44],
    defaultStyle: { font: PDF_FONT, fontSize: 8 },
    ...pdfMarking(marking, title),
    content,
  } as never);
  return Buffer.from(await doc.getBuffer());
}
