/**
 * The yearly report as .xlsx (exceljs): the same lines and figures as the PDF, every text cell
 * defused through server/http/sheet.ts, the 機密性 marking in the first row and in the printed
 * header of every sheet, page numbers in the printed footer.
 */
import type ExcelJS from "exceljs";
import { excel } from "../../../http/excel";
import { defuseRow } from "../../../http/sheet";
import { NOT_REQUIRED_MARK, type YearlyDocument } from "./document";

/** Printed header and footer: marking and organization, page n of m (Excel's codes). */
function printMarks(ws: ExcelJS.Worksheet, doc: YearlyDocument) {
  const safe = (t: string) => t.replace(/&/g, "&&");
  ws.headerFooter.oddHeader = `&L${safe(doc.organizationName)}&R${safe(doc.marking)}（取扱注意）`;
  ws.headerFooter.oddFooter = `&L${safe(doc.marking)}　${safe(doc.title)}&R&P / &N`;
}

export async function yearlyXlsx(doc: YearlyDocument): Promise<Buffer> {
  const wb = new (await excel()).Workbook();
  wb.creator = "Sekimori";
  const cover = wb.addWorksheet("概要");
  printMarks(cover, doc);
  cover.addRow(defuseRow([`${doc.marking}（取扱注意）`])).font = { bold: true, color: { argb: "FFAA3333" } };
  cover.addRow(defuseRow([doc.title])).font = { bold: true, size: 14 };
  if (doc.notRequired) cover.addRow(defuseRow([`【${NOT_REQUIRED_MARK}】`])).font = { bold: true };
  for (const l of doc.lines) cover.addRow(defuseRow([l]));
  cover.addRow([]);
  cover.addRow(defuseRow(["監査ログの完全性 / Integrity of the audit log"])).font = { bold: true };
  for (const l of (doc.signedHead ?? "監査ログの記録がありません。 / The audit log is empty.").split("\n"))
    cover.addRow(defuseRow([l]));
  cover.getColumn(1).width = 110;

  const figures = wb.addWorksheet("数値");
  printMarks(figures, doc);
  figures.addRow(defuseRow([`${doc.marking}（取扱注意）`])).font = {
    bold: true,
    color: { argb: "FFAA3333" },
  };
  figures.addRow(defuseRow(["区分 / Section", "項目 / Figure", "件数 / Count", "キー / Key"])).font = {
    bold: true,
  };
  for (const s of doc.sections) {
    for (const f of s.figures)
      figures.addRow(
        defuseRow([`${s.title.ja} / ${s.title.en}`, `${f.label.ja} / ${f.label.en}`, f.count, f.key]),
      );
    for (const t of s.tables)
      for (const r of t.rows)
        figures.addRow(
          defuseRow([
            `${s.title.ja} / ${s.title.en}`,
            `${t.title.ja}：${r.label.ja} / ${t.title.en}: ${r.label.en}`,
            r.count,
            t.key,
          ]),
        );
  }
  figures.getColumn(1).width = 36;
  figures.getColumn(2).width = 70;
  figures.getColumn(3).width = 12;
  figures.getColumn(4).width = 34;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
