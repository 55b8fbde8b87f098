/**
 * The printable register (情報資産台帳) as PDF: A4 landscape, one section per department (a new
 * page each), Japanese headers, the profile's classification labels, dates in 和暦 with the 西暦
 * year, page numbers. pdfmake with the Noto CJK font of Debian's fonts-noto-cjk (nothing is
 * fetched from outside; the same setup as the registers' PDF).
 */
import { formatDateJa, formatDateTimeJa } from "../../../../common/calendar";
import { type ExportMarking, pdfMarking } from "../../../http/export-marking";
import { PDF_FONT, pdfMake } from "../../../http/pdf";
import type { Profile } from "../../../profile";
import { KINDS, STATUSES, SUBKINDS } from "../import/fields";
import type { assets } from "../tables";
import type { ExportLookups } from "./sheet";

type AssetRow = typeof assets.$inferSelect;

/** At most this many assets in one PDF (pdfmake lays out the whole document in memory). */
export const PDF_MAX_ROWS = 5000;

const label = (list: ReadonlyArray<{ key: string; ja: string }>, key: string | null) =>
  key ? (list.find((c) => c.key === key)?.ja ?? key) : "";
const date = (d: string | null) => (d ? formatDateJa(d) : "");

export interface PdfPage {
  rows: AssetRow[];
  lookups: ExportLookups;
}

export interface RegisterPdfInput {
  profile: Profile;
  now: Date;
  /** What the register was filtered by, in words (printed under the title). */
  filterText: string;
  rows: AssetRow[];
  lookups: ExportLookups;
  /** The marking printed on every page (server/http/export-marking.ts). */
  marking: ExportMarking;
}

/** Columns of the printed register: [header, width, value]. */
function columns(profile: Profile): Array<[string, number | "*", (a: AssetRow, l: ExportLookups) => string]> {
  const level = (s: "confidentiality" | "integrity" | "availability", key: string | null) =>
    key ? (profile.classification[s].levels.find((l) => l.key === key)?.label ?? key) : "";
  const zone = (key: string | null) =>
    key ? (profile.zones.find((z) => z.key === key)?.name.ja ?? key) : "";
  return [
    ["資産番号", 58, (a) => a.assetNumber],
    ["資産名", "*", (a) => a.name],
    ["種別", 44, (a) => [label(KINDS, a.kind), label(SUBKINDS, a.subkind)].filter(Boolean).join("・")],
    [
      "機密性／完全性／可用性",
      60,
      (a) =>
        a.classificationPending
          ? "分類未確定"
          : [
              level("confidentiality", a.confidentiality),
              level("integrity", a.integrity),
              level("availability", a.availability),
            ].join("\n"),
    ],
    [
      "実効機密性",
      40,
      (a) =>
        a.effectiveConfidentiality && a.effectiveConfidentiality !== a.confidentiality
          ? level("confidentiality", a.effectiveConfidentiality)
          : "",
    ],
    ["ネットワーク区分", 56, (a) => zone(a.zone)],
    ["保管場所", 64, (a) => a.storagePlace ?? ""],
    ["管理者", 44, (a, l) => (a.custodianPersonId ? (l.person(a.custodianPersonId)?.name ?? "") : "")],
    [
      "個人情報",
      36,
      (a) =>
        [
          a.hasPersonalInfo ? "有" : "無",
          a.specificPersonalInfo ? "特定" : "",
          a.sensitivePersonalInfo ? "要配慮" : "",
        ]
          .filter(Boolean)
          .join("・"),
    ],
    [
      "保存期間",
      30,
      (a) => (a.retentionPermanent ? "永年" : a.retentionYears == null ? "" : `${a.retentionYears}年`),
    ],
    ["取得日", 56, (a) => date(a.acquiredOn)],
    ["廃棄予定日", 56, (a) => date(a.disposalDueDate)],
    ["状態", 30, (a) => label(STATUSES, a.status)],
  ];
}

/** Renders the register, grouped by department (by department code), to a PDF buffer. */
export async function registerPdf(input: RegisterPdfInput): Promise<Buffer> {
  const pdfmake = await pdfMake();
  const { profile, lookups } = input;
  const cols = columns(profile);
  const byDept = new Map<string, AssetRow[]>();
  for (const a of input.rows) byDept.set(a.departmentId, [...(byDept.get(a.departmentId) ?? []), a]);
  const depts = [...byDept.keys()].sort((x, y) =>
    (lookups.department(x)?.code ?? "").localeCompare(lookups.department(y)?.code ?? ""),
  );
  const printed = formatDateTimeJa(input.now);
  const content: unknown[] = [];
  depts.forEach((id, i) => {
    const d = lookups.department(id);
    const rows = byDept.get(id) ?? [];
    content.push(
      {
        text: `情報資産台帳　${d?.name ?? ""}${d?.code ? `（${d.code}）` : ""}`,
        fontSize: 14,
        bold: true,
        margin: [0, 0, 0, 2],
        ...(i > 0 ? { pageBreak: "before" } : {}),
      },
      {
        text: `${profile.title.ja}　／　${rows.length}件　／　出力日時 ${printed}${input.filterText ? `　／　条件: ${input.filterText}` : ""}`,
        fontSize: 7.5,
        margin: [0, 0, 0, 6],
      },
      {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: cols.map((c) => c[1]),
          body: [
            cols.map((c) => ({ text: c[0], bold: true, fillColor: "#eeeeee" })),
            ...rows.map((a) => cols.map((c) => c[2](a, lookups))),
          ],
        },
        layout: {
          hLineWidth: () => 0.5,
          vLineWidth: () => 0.5,
          hLineColor: () => "#999999",
          vLineColor: () => "#999999",
        },
      },
    );
  });
  if (!depts.length) content.push({ text: "情報資産台帳　該当する資産はありません。", fontSize: 12 });
  const doc = pdfmake.createPdf({
    pageOrientation: "landscape",
    pageSize: "A4",
    pageMargins: [28, 34, 28, 40],
    info: { title: "情報資産台帳", creator: "Sekimori" },
    defaultStyle: { font: PDF_FONT, fontSize: 7 },
    ...pdfMarking(input.marking, `情報資産台帳（${printed}）`),
    content,
  } as never);
  return Buffer.from(await doc.getBuffer());
}
