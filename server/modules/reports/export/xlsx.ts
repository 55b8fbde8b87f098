/**
 * The yearly report as .xlsx (exceljs): the same lines and figures as the PDF, every text cell
 * defused through server/http/sheet.ts, the 機密性 marking in the first row and in the printed
 * header of every sheet, page numbers in the printed footer.
 */
import type ExcelJS from "exceljs";
import { newWorkbook, putRow, setWidths, workbookBuffer } from "../../../http/workbook";
import { NOT_REQUIRED_MARK, type YearlyDocument } from "./document";

/** Printed header and footer: marking and organization, page n of m (Excel's codes). */
function printMarks(ws: ExcelJS.Worksheet, doc: YearlyDocument) {
  const safe = (t: string) => t.replace(/&/g, "&&");
  ws.headerFooter.oddHeader = `&L${safe(doc.organizationName)}&R${safe(doc.marking)}（取扱注意）`;
  ws.headerFooter.oddFooter = `&L${safe(doc.marking)}　${safe(doc.title)}&R&P / &N`;
}

export async function yearlyXlsx(doc: YearlyDocument): Promise<Buffer> {
  const wb = await newWorkbook();
  wb.creator = "Sekimori";
  const cover = wb.addWorksheet("概要");
  printMarks(cover, doc);
  putRow(cover, [`${doc.marking}（取扱注意）`], "marking");
  putRow(cover, [doc.title], "title");
  if (doc.notRequired) putRow(cover, [`【${NOT_REQUIRED_MARK}】`], "bold");
  for (const l of doc.lines) putRow(cover, [l]);
  putRow(cover, []);
  putRow(cover, ["監査ログの完全性 / Integrity of the audit log"], "bold");
  for (const l of (doc.signedHead ?? "監査ログの記録がありません。 / The audit log is empty.").split("\n"))
    putRow(cover, [l]);
  setWidths(cover, { 0: 110 });

  const figures = wb.addWorksheet("数値");
  printMarks(figures, doc);
  putRow(figures, [`${doc.marking}（取扱注意）`], "marking");
  putRow(figures, ["区分 / Section", "項目 / Figure", "件数 / Count", "キー / Key"], "bold");
  for (const s of doc.sections) {
    for (const f of s.figures)
      putRow(figures, [`${s.title.ja} / ${s.title.en}`, `${f.label.ja} / ${f.label.en}`, f.count, f.key]);
    for (const t of s.tables)
      for (const r of t.rows)
        putRow(figures, [
          `${s.title.ja} / ${s.title.en}`,
          `${t.title.ja}：${r.label.ja} / ${t.title.en}: ${r.label.en}`,
          r.count,
          t.key,
        ]);
  }
  setWidths(figures, { 0: 36, 1: 70, 2: 12, 3: 34 });
  return workbookBuffer(wb);
}
