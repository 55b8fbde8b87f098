/**
 * A version of a document as PDF for printing or keeping. Every page carries the confidentiality
 * marking of exports (server/http/export-marking.ts: the profile's level for exports — documents
 * carry no class of their own —, its handling, who printed it when) and the page number. A
 * restricted document (実施手順, 西原村 基本方針 8, 川崎市 第12章10) also carries the viewer's name
 * and the time across every page and 非公開 in every page's header, like the screen; its download
 * is logged as a view.
 */
import type { DynamicContent } from "pdfmake/interfaces";
import { formatDateJa } from "../../../common/calendar";
import { type ExportMarking, pdfMarking } from "../../http/export-marking";
import { PDF_FONT, pdfMake } from "../../http/pdf";

export interface VersionPdfInput {
  title: string;
  number: number;
  effectiveOn: string | null;
  text: string;
  /** The viewer and time, for a restricted document; null for a public one. */
  watermark: string | null;
  marking: ExportMarking;
}

export async function versionPdf(input: VersionPdfInput): Promise<Buffer> {
  const pdfmake = await pdfMake();
  const doc = pdfmake.createPdf({
    pageSize: "A4",
    pageMargins: [48, 54, 48, 48],
    defaultStyle: { font: PDF_FONT, fontSize: 10, lineHeight: 1.4 },
    info: { title: `${input.title} 第${input.number}版` },
    ...(input.watermark
      ? { watermark: { text: input.watermark, opacity: 0.12, bold: false, fontSize: 22, angle: -35 } }
      : {}),
    ...marked(input),
    content: [
      { text: input.title, fontSize: 15, bold: true, margin: [0, 0, 0, 4] },
      {
        text: `第${input.number}版　施行日 ${input.effectiveOn ? formatDateJa(input.effectiveOn) : "未定"}`,
        fontSize: 9,
        color: "#444444",
        margin: [0, 0, 0, 12],
      },
      { text: input.text },
    ],
  } as never);
  return Buffer.from(await doc.getBuffer());
}

/** The export marking's header and footer; a restricted document adds 非公開 and its viewer to the header. */
function marked(input: VersionPdfInput): { header: DynamicContent; footer: DynamicContent } {
  const title = `${input.title} 第${input.number}版`;
  const { header, footer } = pdfMarking(input.marking, title);
  if (!input.watermark) return { header, footer };
  const restricted = `非公開　${input.watermark}`;
  return {
    header: (page, pages, size) => ({
      stack: [
        header(page, pages, size) as never,
        { text: restricted, fontSize: 8, color: "#b00020", margin: [48, 2, 48, 0] },
      ],
    }),
    footer,
  };
}
