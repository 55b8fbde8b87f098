/**
 * The yearly report as PDF: pdfmake with the shared Noto CJK setup (server/http/pdf.ts; nothing
 * fetched from outside), A4, the 機密性 marking and the organization in the header of every page,
 * page numbers in the footer, each breakdown drawn as a bar chart beside its table.
 */
import { PDF_FONT, pdfMake } from "../../../http/pdf";
import { NOT_REQUIRED_MARK, type YearlyDocument } from "./document";

const BAR_WIDTH = 180;

function barChart(rows: Array<{ count: number }>): unknown {
  const max = Math.max(1, ...rows.map((r) => r.count));
  return {
    canvas: rows.flatMap((r, i) => [
      { type: "rect", x: 0, y: i * 14 + 2, w: BAR_WIDTH, h: 9, color: "#eeeeee" },
      {
        type: "rect",
        x: 0,
        y: i * 14 + 2,
        w: Math.max(0.5, (r.count / max) * BAR_WIDTH),
        h: 9,
        color: "#3b6ea5",
      },
    ]),
    margin: [8, 18, 0, 0],
  };
}

export async function yearlyPdf(doc: YearlyDocument): Promise<Buffer> {
  const pdfmake = await pdfMake();
  const content: unknown[] = [
    { text: doc.title, fontSize: 16, bold: true, margin: [0, 0, 0, 8] },
    ...(doc.notRequired
      ? [{ text: `【${NOT_REQUIRED_MARK}】`, bold: true, color: "#a33", margin: [0, 0, 0, 6] }]
      : []),
    ...doc.lines.map((l) => ({ text: l, margin: [0, 0, 0, 2] })),
  ];
  for (const s of doc.sections) {
    content.push({ text: `${s.title.ja} / ${s.title.en}`, fontSize: 12, bold: true, margin: [0, 14, 0, 4] });
    content.push({
      table: {
        headerRows: 1,
        widths: ["*", 60],
        body: [
          [
            { text: "項目 / Figure", bold: true },
            { text: "件数 / Count", bold: true, alignment: "right" },
          ],
          ...s.figures.map((f) => [
            `${f.label.ja} / ${f.label.en}`,
            { text: String(f.count), alignment: "right" },
          ]),
        ],
      },
      layout: "lightHorizontalLines",
    });
    for (const t of s.tables) {
      if (!t.rows.length) {
        content.push({ text: `${t.title.ja} / ${t.title.en}: 該当なし / none`, margin: [0, 6, 0, 2] });
        continue;
      }
      content.push({
        columns: [
          {
            width: "*",
            stack: [
              { text: `${t.title.ja} / ${t.title.en}`, bold: true, margin: [0, 6, 0, 2] },
              {
                table: {
                  widths: ["*", 40],
                  body: t.rows.map((r) => [
                    `${r.label.ja} / ${r.label.en}`,
                    { text: String(r.count), alignment: "right" },
                  ]),
                },
                layout: "noBorders",
              },
            ],
          },
          { width: BAR_WIDTH + 10, ...(barChart(t.rows) as object) },
        ],
        unbreakable: true,
      });
    }
  }
  content.push({
    text: "監査ログの完全性 / Integrity of the audit log",
    fontSize: 12,
    bold: true,
    margin: [0, 14, 0, 4],
  });
  content.push(
    doc.signedHead
      ? { text: doc.signedHead, fontSize: 7, preserveLeadingSpaces: true }
      : { text: "監査ログの記録がありません。 / The audit log is empty." },
  );
  const pdf = pdfmake.createPdf({
    pageSize: "A4",
    pageMargins: [40, 48, 40, 44],
    info: { title: doc.title, creator: "Sekimori" },
    defaultStyle: { font: PDF_FONT, fontSize: 8.5 },
    header: () => ({
      columns: [
        { text: doc.organizationName, fontSize: 7.5, margin: [40, 18, 0, 0] },
        {
          text: `${doc.marking}（取扱注意）`,
          bold: true,
          fontSize: 9,
          alignment: "right",
          margin: [0, 16, 40, 0],
        },
      ],
    }),
    footer: (page: number, pages: number) => ({
      columns: [
        { text: `${doc.marking}　${doc.title}`, fontSize: 7, margin: [40, 10, 0, 0] },
        { text: `${page} / ${pages} ページ`, alignment: "right", fontSize: 7, margin: [0, 10, 40, 0] },
      ],
    }),
    content,
  } as never);
  return Buffer.from(await pdf.getBuffer());
}
