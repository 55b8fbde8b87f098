/**
 * The rows of a software inventory sheet (.xlsx/.csv, header row 1), in Sekimori's own layout or
 * as asset-management tools export their software lists (SKYSEA Client View, LanScope Cat,
 * Windows' Programs and Features / Get-Package, SCCM/Intune inventory: 発行元・Publisher,
 * ソフトウェア名・DisplayName, DisplayVersion …). Pure: each problem is an error at its row and
 * column, in Japanese and English. Headers arrive normalized by readSheet (NFKC, no spaces).
 */
import { parseSheetDate, type SheetRow } from "../../../http/sheet-read";
import { tryParseFormattedString } from "./cpe/formatted-string";
import { literalKey } from "./cpe/wfn";

export interface ImportError {
  row: number;
  column: string;
  message_ja: string;
  message_en: string;
}

export interface InventoryRow {
  row: number;
  vendor: string;
  product: string;
  version: string;
  edition: string;
  cpe: string | null;
  assetNumber: string;
  plannedEndOfUse: string | null;
  endOfSupport: string | null;
  note: string | null;
}

type Field = keyof Omit<InventoryRow, "row">;

/** Each field's column: the Japanese name shown in errors, and the headers accepted for it. */
export const INVENTORY_COLUMNS: Record<Field, { ja: string; en: string; aliases: string[] }> = {
  vendor: {
    ja: "ベンダー",
    en: "vendor",
    aliases: [
      "ベンダー",
      "ベンダ",
      "ベンダー名",
      "発行元",
      "製造元",
      "メーカー",
      "publisher",
      "vendor",
      "manufacturer",
    ],
  },
  product: {
    ja: "製品名",
    en: "product",
    aliases: [
      "製品名",
      "製品",
      "ソフトウェア名",
      "ソフトウェア",
      "アプリケーション名",
      "プログラム名",
      "名前",
      "displayname",
      "product",
      "name",
      "softwarename",
    ],
  },
  version: {
    ja: "バージョン",
    en: "version",
    aliases: ["バージョン", "版", "displayversion", "version", "productversion"],
  },
  edition: { ja: "エディション", en: "edition", aliases: ["エディション", "edition"] },
  cpe: { ja: "CPE", en: "CPE", aliases: ["cpe", "cpe2.3", "cpe名"] },
  assetNumber: {
    ja: "資産番号",
    en: "asset number",
    aliases: ["資産番号", "管理番号", "機器番号", "資産管理番号", "assetnumber", "assettag", "assetno"],
  },
  plannedEndOfUse: {
    ja: "利用終了予定日",
    en: "planned end of use",
    aliases: ["利用終了予定日", "使用終了予定日", "利用終了予定", "plannedendofuse"],
  },
  endOfSupport: {
    ja: "サポート終了日",
    en: "end of support",
    aliases: ["サポート終了日", "サポート期限", "eos", "endofsupport", "endoflife", "eol"],
  },
  note: { ja: "備考", en: "note", aliases: ["備考", "メモ", "note", "notes", "comment"] },
};

const REQUIRED: Field[] = ["vendor", "product", "assetNumber"];
export const DATE_HEADERS = [
  ...INVENTORY_COLUMNS.plannedEndOfUse.aliases,
  ...INVENTORY_COLUMNS.endOfSupport.aliases,
];

/** The sheet's header for each field (first alias present, compared case-insensitively). */
export function resolveColumns(headers: readonly string[]): Partial<Record<Field, string>> {
  const byLower = new Map(headers.map((h) => [h.toLowerCase(), h]));
  const out: Partial<Record<Field, string>> = {};
  for (const [field, col] of Object.entries(INVENTORY_COLUMNS) as Array<
    [Field, (typeof INVENTORY_COLUMNS)[Field]]
  >) {
    const hit = col.aliases.map((a) => byLower.get(a.toLowerCase())).find(Boolean);
    if (hit) out[field] = hit;
  }
  return out;
}

const LIMITS: Partial<Record<Field, number>> = {
  vendor: 200,
  product: 200,
  version: 100,
  edition: 100,
  cpe: 500,
  assetNumber: 100,
  note: 2000,
};

export function parseInventoryRows(sheet: { headers: string[]; rows: SheetRow[] }): {
  rows: InventoryRow[];
  errors: ImportError[];
} {
  const columns = resolveColumns(sheet.headers);
  const missing = REQUIRED.filter((f) => !columns[f]);
  if (missing.length)
    return {
      rows: [],
      errors: missing.map((f) => ({
        row: 1,
        column: INVENTORY_COLUMNS[f].ja,
        message_ja: `見出し行に「${INVENTORY_COLUMNS[f].ja}」の列がありません（別名: ${INVENTORY_COLUMNS[f].aliases.slice(1, 4).join("、")}）。`,
        message_en: `The header row has no ${INVENTORY_COLUMNS[f].en} column (${INVENTORY_COLUMNS[f].ja}).`,
      })),
    };
  const rows: InventoryRow[] = [];
  const errors: ImportError[] = [];
  for (const r of sheet.rows) {
    const cell = (f: Field) => {
      const h = columns[f];
      return h ? (r.cells[h] ?? "").normalize("NFKC").trim() : "";
    };
    const rowErrors: ImportError[] = [];
    const fail = (f: Field, ja: string, en: string) =>
      rowErrors.push({ row: r.row, column: INVENTORY_COLUMNS[f].ja, message_ja: ja, message_en: en });
    for (const f of REQUIRED)
      if (!cell(f))
        fail(f, `${INVENTORY_COLUMNS[f].ja}が空です。`, `The ${INVENTORY_COLUMNS[f].en} is empty.`);
    for (const [f, max] of Object.entries(LIMITS) as Array<[Field, number]>)
      if (cell(f).length > max) fail(f, `${max}文字以内にしてください。`, `At most ${max} characters.`);
    const dates: Partial<Record<Field, string | null>> = {};
    for (const f of ["plannedEndOfUse", "endOfSupport"] as const) {
      const text = cell(f);
      dates[f] = text ? parseSheetDate(text) : null;
      if (text && !dates[f])
        fail(
          f,
          `「${text}」は日付として読めません（例: 2027/3/31、令和9年3月31日）。`,
          `"${text}" is not a date (e.g. 2027/3/31).`,
        );
    }
    const cpe = cell("cpe");
    if (cpe) {
      const parsed = tryParseFormattedString(cpe);
      if (!parsed.ok)
        fail(
          "cpe",
          `CPE 2.3 名が正しくありません: ${parsed.error.ja}（${parsed.error.position + 1}文字目）`,
          `Not a valid CPE 2.3 name: ${parsed.error.en} (character ${parsed.error.position + 1})`,
        );
      else if (!literalKey(parsed.wfn.vendor) || !literalKey(parsed.wfn.product))
        fail(
          "cpe",
          "CPE のベンダーと製品は具体的な値にしてください（* や - は不可）",
          "The CPE's vendor and product must be concrete values (not * or -)",
        );
    }
    if (rowErrors.length) {
      errors.push(...rowErrors);
      continue;
    }
    rows.push({
      row: r.row,
      vendor: cell("vendor"),
      product: cell("product"),
      version: cell("version"),
      edition: cell("edition"),
      cpe: cpe || null,
      assetNumber: cell("assetNumber"),
      plannedEndOfUse: dates.plannedEndOfUse ?? null,
      endOfSupport: dates.endOfSupport ?? null,
      note: cell("note") || null,
    });
  }
  return { rows, errors };
}
