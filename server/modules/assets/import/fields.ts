/**
 * The columns of an asset register sheet: which field each header names (Japanese headers as
 * municipal sheets write them, their common variants, and English), and the closed lists of
 * kinds, zones, statuses and origins. Each code's `ja` and `en` are the labels the screens show
 * (web/src/locales assets.kind etc.; ui-labels.test holds them equal), so the export, the import's
 * error messages and the screens speak alike; other spellings in use are aliases. Pure.
 */
import type { Choice } from "./values";

export const IMPORT_FIELDS = [
  "assetNumber",
  "name",
  "kind",
  "subkind",
  "department",
  "departmentCode",
  "custodian",
  "custodianNumber",
  "confidentiality",
  "integrity",
  "availability",
  "zone",
  "storagePlace",
  "retention",
  "acquiredOn",
  "inUseOn",
  "lastInventoriedOn",
  "disposedOn",
  "origin",
  "personalInfo",
  "specificPersonalInfo",
  "sensitivePersonalInfo",
  "personalInfoCount",
  "status",
  "notes",
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export interface FieldDef {
  key: ImportField;
  /** Japanese header written on export, and its English name. */
  ja: string;
  en: string;
  /** Headers recognised on import (normalized with normHeader before comparing). */
  headers: readonly string[];
}

export const FIELD_DEFS: readonly FieldDef[] = [
  {
    key: "assetNumber",
    ja: "資産番号",
    en: "Asset number",
    headers: [
      "資産番号",
      "管理番号",
      "台帳番号",
      "情報資産番号",
      "資産No",
      "資産NO.",
      "番号",
      "No",
      "No.",
      "asset number",
      "asset no",
      "assetNumber",
      "asset_number",
    ],
  },
  {
    key: "name",
    ja: "資産名",
    en: "Name",
    headers: [
      "資産名",
      "名称",
      "情報資産名",
      "資産名称",
      "情報資産の名称",
      "資産の名称",
      "件名",
      "name",
      "asset name",
    ],
  },
  {
    key: "kind",
    ja: "種別",
    en: "Kind",
    headers: [
      "種別",
      "資産種別",
      "資産の種別",
      "種類",
      "資産の種類",
      "情報資産の種類",
      "kind",
      "type",
      "asset kind",
    ],
  },
  {
    key: "subkind",
    ja: "細分類",
    en: "Subkind",
    headers: ["細分類", "機器・媒体の種類", "機器の種類", "媒体の種類", "小分類", "subkind"],
  },
  {
    key: "department",
    ja: "所管課",
    en: "Department",
    headers: [
      "所管課",
      "所属",
      "所管部署",
      "所管課名",
      "所管",
      "管理部署",
      "担当課",
      "課名",
      "部署",
      "department",
      "owner department",
    ],
  },
  {
    key: "departmentCode",
    ja: "所管課コード",
    en: "Department code",
    headers: [
      "所管課コード",
      "所属コード",
      "課コード",
      "部署コード",
      "department code",
      "departmentCode",
      "departmentId",
    ],
  },
  {
    key: "custodian",
    ja: "管理者",
    en: "Custodian",
    headers: [
      "管理者",
      "管理担当者",
      "担当者",
      "管理者名",
      "保管者",
      "資産管理者",
      "custodian",
      "custodian name",
    ],
  },
  {
    key: "custodianNumber",
    ja: "管理者職員番号",
    en: "Custodian employee number",
    headers: [
      "管理者職員番号",
      "管理者の職員番号",
      "担当者職員番号",
      "custodian employee number",
      "custodianNumber",
    ],
  },
  {
    key: "confidentiality",
    ja: "機密性",
    en: "Confidentiality",
    headers: ["機密性", "機密性区分", "機密性分類", "機密性の分類", "confidentiality"],
  },
  {
    key: "integrity",
    ja: "完全性",
    en: "Integrity",
    headers: ["完全性", "完全性区分", "完全性分類", "完全性の分類", "integrity"],
  },
  {
    key: "availability",
    ja: "可用性",
    en: "Availability",
    headers: ["可用性", "可用性区分", "可用性分類", "可用性の分類", "availability"],
  },
  {
    key: "zone",
    ja: "ネットワーク区分",
    en: "Zone",
    headers: [
      "ネットワーク区分",
      "系",
      "ネットワーク",
      "接続系",
      "利用系",
      "ネットワークの区分",
      "領域",
      "zone",
      "network zone",
      "network",
    ],
  },
  {
    key: "storagePlace",
    ja: "保管場所",
    en: "Storage place",
    headers: [
      "保管場所",
      "保存場所",
      "設置場所",
      "所在",
      "所在地",
      "場所",
      "storage place",
      "location",
      "place",
    ],
  },
  {
    key: "retention",
    ja: "保存期間",
    en: "Retention",
    headers: ["保存期間", "保管期間", "保存年限", "保存年数", "retention", "retention period"],
  },
  {
    key: "acquiredOn",
    ja: "取得日",
    en: "Acquired on",
    headers: [
      "取得日",
      "取得年月日",
      "作成日",
      "作成・取得日",
      "作成取得日",
      "受領日",
      "acquired",
      "acquired on",
      "acquiredOn",
    ],
  },
  {
    key: "inUseOn",
    ja: "利用開始日",
    en: "In use since",
    headers: ["利用開始日", "使用開始日", "運用開始日", "in use since", "in use on", "inUseOn"],
  },
  {
    key: "lastInventoriedOn",
    ja: "最終棚卸日",
    en: "Last inventoried on",
    headers: [
      "最終棚卸日",
      "棚卸日",
      "最終確認日",
      "last inventoried",
      "last inventoried on",
      "lastInventoriedOn",
    ],
  },
  {
    key: "disposedOn",
    ja: "廃棄日",
    en: "Disposed on",
    headers: ["廃棄日", "廃棄年月日", "disposed", "disposed on", "disposedOn"],
  },
  {
    key: "origin",
    ja: "取得元",
    en: "Origin",
    headers: ["取得元", "入手元", "出所", "作成・入手の別", "入手の別", "origin"],
  },
  {
    key: "personalInfo",
    ja: "個人情報の有無",
    en: "Personal information",
    headers: [
      "個人情報の有無",
      "個人情報",
      "個人情報有無",
      "個人情報を含む",
      "personal information",
      "personal info",
      "personalInfo",
    ],
  },
  {
    key: "specificPersonalInfo",
    ja: "特定個人情報",
    en: "Specific personal information",
    headers: [
      "特定個人情報",
      "特定個人情報の有無",
      "マイナンバー",
      "specific personal information",
      "specificPersonalInfo",
    ],
  },
  {
    key: "sensitivePersonalInfo",
    ja: "要配慮個人情報",
    en: "Sensitive personal information",
    headers: [
      "要配慮個人情報",
      "要配慮個人情報の有無",
      "sensitive personal information",
      "sensitivePersonalInfo",
    ],
  },
  {
    key: "personalInfoCount",
    ja: "人数",
    en: "Number of people",
    headers: [
      "人数",
      "本人の数",
      "対象人数",
      "個人情報の人数",
      "件数",
      "number of people",
      "people",
      "personalInfoCount",
    ],
  },
  {
    key: "status",
    ja: "状態",
    en: "Status",
    headers: ["状態", "状況", "利用状況", "ステータス", "status"],
  },
  {
    key: "notes",
    ja: "備考",
    en: "Notes",
    headers: ["備考", "メモ", "摘要", "notes", "note", "remarks"],
  },
];

export const FIELD_BY_KEY = new Map(FIELD_DEFS.map((f) => [f.key, f]));

/** Header spelling for comparison: width-folded, no spaces, brackets and their contents dropped. */
export function normHeader(h: string): string {
  return h
    .replace(/^\uFEFF/, "")
    .normalize("NFKC")
    .replace(/[(（【[].*?[)）】\]]/g, "")
    .replace(/[\s\u3000_※*＊]/g, "")
    .toLowerCase();
}

const HEADER_INDEX = new Map<string, ImportField>();
for (const f of FIELD_DEFS)
  for (const h of [...f.headers, f.ja, f.en]) HEADER_INDEX.set(normHeader(h), f.key);

export function fieldOfHeader(header: string): ImportField | undefined {
  return HEADER_INDEX.get(normHeader(header));
}

export const KINDS: readonly Choice[] = [
  {
    key: "information",
    ja: "情報（データ）",
    en: "Information",
    aliases: ["情報", "電子データ", "データ", "電子情報", "電磁的記録", "ファイル"],
  },
  {
    key: "document",
    ja: "文書・図画",
    en: "Document",
    aliases: ["文書", "文書図画", "紙", "紙文書", "書類", "図画", "Documents"],
  },
  {
    key: "system",
    ja: "情報システム",
    en: "Information system",
    aliases: ["システム", "Systems", "Information systems"],
  },
  {
    key: "device",
    ja: "機器",
    en: "Device",
    aliases: [
      "Devices",
      "端末",
      "サーバ",
      "サーバー",
      "PC",
      "パソコン",
      "モバイル端末",
      "複合機",
      "ネットワーク機器",
      "IoT機器",
      "特定用途機器",
    ],
  },
  {
    key: "medium",
    ja: "電磁的記録媒体",
    en: "Medium",
    aliases: [
      "Media",
      "媒体",
      "記録媒体",
      "可搬媒体",
      "外部記録媒体",
      "USBメモリ",
      "USBメモリー",
      "外付けディスク",
      "外付けHDD",
      "光ディスク",
      "CD",
      "DVD",
    ],
  },
  { key: "network", ja: "ネットワーク", en: "Network", aliases: ["Networks"] },
  { key: "area", ja: "管理区域", en: "Management area", aliases: ["区域", "Management areas"] },
];

export const ZONE_ALIASES: Record<string, readonly string[]> = {
  mynumber: [
    "マイナンバー利用事務系",
    "マイナンバー系",
    "個人番号利用事務系",
    "マイナンバー利用事務",
    "基幹系",
    "My Number zone",
  ],
  lgwan: ["LGWAN接続系", "LGWAN系", "LGWAN", "LGWAN接続", "LGWAN zone"],
  internet: ["インターネット接続系", "インターネット系", "インターネット", "ネット系", "Internet zone"],
};

/** A zone cell that says "no zone": the filter's 指定なし (None), the list's —. */
export const NO_ZONE_WORDS = ["指定なし", "なし", "無し", "None", "—", "―", "-"];

export const STATUSES: readonly Choice[] = [
  { key: "in_use", ja: "使用中", en: "In use", aliases: ["利用中", "運用中", "稼働中", "保管中", "現用"] },
  { key: "lent", ja: "貸出中", en: "Lent", aliases: ["貸出", "貸し出し中"] },
  { key: "carried_out", ja: "持出中", en: "Carried out", aliases: ["持ち出し中", "持出し中", "持出"] },
  { key: "lost", ja: "紛失", en: "Lost", aliases: ["所在不明", "亡失"] },
  { key: "disposed", ja: "廃棄済", en: "Disposed", aliases: ["廃棄", "廃棄済み", "処分済"] },
];

export const ORIGINS: readonly Choice[] = [
  {
    key: "created",
    ja: "庁内で作成",
    en: "Created here",
    aliases: ["作成", "自課作成", "庁内作成", "自所属作成", "自所属で作成"],
  },
  {
    key: "received_internal",
    ja: "庁内から入手",
    en: "Received from inside",
    aliases: ["他課から受領", "庁内受領", "内部から受領", "他所属から受領", "庁内から受領"],
  },
  {
    key: "received_external",
    ja: "庁外から入手",
    en: "Received from outside",
    aliases: ["外部から受領", "庁外受領", "外部受領", "庁外から受領"],
  },
];

export const SUBKINDS: readonly Choice[] = [
  { key: "server", ja: "サーバ", en: "Server", aliases: ["サーバー"] },
  { key: "pc", ja: "パソコン", en: "PC", aliases: ["PC", "端末", "パーソナルコンピュータ"] },
  { key: "mobile", ja: "モバイル端末", en: "Mobile terminal", aliases: ["スマートフォン", "タブレット"] },
  { key: "mfp", ja: "複合機", en: "Multifunction printer", aliases: ["プリンタ", "プリンター"] },
  {
    key: "network_equipment",
    ja: "ネットワーク機器",
    en: "Network equipment",
    aliases: ["ルータ", "スイッチ"],
  },
  {
    key: "iot",
    ja: "IoT・特定用途機器",
    en: "IoT / special-purpose",
    aliases: ["IoT", "特定用途機器", "IoT / special-purpose device"],
  },
  { key: "usb_memory", ja: "USBメモリ", en: "USB memory", aliases: ["USB"] },
  {
    key: "external_disk",
    ja: "外付けディスク",
    en: "External disk",
    aliases: ["外付けHDD", "外付けハードディスク"],
  },
  {
    key: "optical_disc",
    ja: "光ディスク",
    en: "Optical disc",
    aliases: ["CD", "DVD", "CD-R", "DVD-R", "BD"],
  },
  { key: "sd_card", ja: "SDカード", en: "SD card", aliases: ["SD"] },
  { key: "other", ja: "その他", en: "Other" },
];
