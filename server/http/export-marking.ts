/**
 * The confidentiality marking of every exported register and list (issue 20 item 3): the 機密性
 * class of what the file holds — the highest level among its records where they carry one, never
 * below the profile's level for exports (`reports.exports.marking`, else the yearly report's) — its handling (the
 * profile's handling restrictions of that level), and who exported it when. The same words go
 * into the first rows and the printed header/footer of an .xlsx and the header/footer of every
 * PDF page, so a printed or forwarded copy still says how to treat it.
 */
import type { Worksheet } from "exceljs";
import type { DynamicContent } from "pdfmake/interfaces";
import { formatDateTimeJa } from "../../common/calendar";
import type { Profile } from "../profile";
import type { Actor } from "./context";

export interface ExportMarking {
  /** The level key (of the profile's confidentiality scheme). */
  level: string;
  /** 「機密性2」「区分Ⅱ」 as the profile labels it, with the scheme's title where the label lacks it. */
  label: string;
  /** The handling restrictions of that level, in Japanese (empty when the profile names none). */
  handling: string[];
  /** 「出力 山田 太郎（2026年12月6日（令和8年）15:00）」 */
  exported: string;
}

/**
 * The marking of an export holding records at `levels` (their confidentiality keys; null and
 * unknown keys ignored), exported by `actor` at `now`.
 */
export function exportMarking(
  profile: Profile,
  levels: ReadonlyArray<string | null | undefined>,
  actor: Pick<Actor, "name">,
  now: Date,
): ExportMarking {
  const scheme = profile.classification.confidentiality;
  const byKey = new Map(scheme.levels.map((l) => [l.key, l]));
  const floorKey = (profile.reports?.exports ?? profile.reports?.yearly)?.marking.level ?? null;
  const floor = floorKey ? byKey.get(floorKey) : undefined;
  let top = floor;
  for (const k of levels) {
    const l = k ? byKey.get(k) : undefined;
    if (l && (!top || l.rank > top.rank)) top = l;
  }
  const key = top?.key ?? floorKey ?? "";
  const name = top?.label ?? (key || "（区分なし / unclassified）");
  const label = name.startsWith("機密性") ? name : `機密性 ${name}`;
  return {
    level: key,
    label,
    handling: (top?.handling ?? []).map((h) => h.text.ja),
    exported: `出力 / Exported: ${actor.name}（${formatDateTimeJa(now)}）`,
  };
}

/** The handling line: the restrictions, or where the profile names none, the policy's rule for the class. */
export function handlingLine(m: ExportMarking): string {
  return m.handling.length
    ? `取扱い / Handling: ${m.handling.join("。")}`
    : `取扱い / Handling: 情報セキュリティポリシーの${m.label}の取扱いに従う`;
}

/** The lines written at the top of an export: marking, handling, who and when. */
export function markingLines(m: ExportMarking): string[] {
  return [`${m.label}（取扱注意）`, handlingLine(m), m.exported];
}

/** Printed header (marking) and footer (exporter, page n of m) of a worksheet. */
export function markWorksheetPrint(ws: Worksheet, m: ExportMarking, title: string) {
  const safe = (t: string) => t.replace(/&/g, "&&");
  ws.headerFooter.oddHeader = `&L${safe(title)}&R${safe(m.label)}（取扱注意）`;
  ws.headerFooter.oddFooter = `&L${safe(m.label)}　${safe(m.exported)}&R&P / &N`;
}

/** pdfmake header and footer carrying the marking on every page. */
export function pdfMarking(
  m: ExportMarking,
  title: string,
): { header: DynamicContent; footer: DynamicContent } {
  return {
    header: () => ({
      columns: [
        { text: title, fontSize: 7, margin: [30, 12, 0, 0] },
        {
          text: `${m.label}（取扱注意）`,
          bold: true,
          fontSize: 9,
          alignment: "right",
          margin: [0, 10, 30, 0],
        },
      ],
    }),
    footer: (page: number, pages: number) => ({
      stack: [
        { text: handlingLine(m), fontSize: 6, margin: [30, 2, 30, 0] },
        {
          columns: [
            { text: `${m.label}　${m.exported}`, fontSize: 6.5, margin: [30, 2, 0, 0] },
            { text: `${page} / ${pages} ページ`, alignment: "right", fontSize: 6.5, margin: [0, 2, 30, 0] },
          ],
        },
      ],
    }),
  };
}
