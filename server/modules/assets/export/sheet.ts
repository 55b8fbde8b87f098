/**
 * The exported register: the columns of the import (so export → import gives the same assets),
 * in Japanese, with the active profile's labels and dates in 和暦 with the 西暦 year, plus a few
 * read-only columns (effective classification, disposal due) that the import ignores.
 */
import { formatDateJa } from "../../../../common/calendar";
import type { Profile } from "../../../profile";
import { FIELD_BY_KEY, type ImportField, KINDS, ORIGINS, STATUSES, SUBKINDS } from "../import/fields";
import type { assets } from "../tables";

type AssetRow = typeof assets.$inferSelect;

export interface ExportLookups {
  department(id: string): { code: string; name: string } | undefined;
  person(id: string): { name: string; employeeNumber: string | null } | undefined;
}

export interface ExportColumn {
  header: string;
  width: number;
  value(a: AssetRow, l: ExportLookups): string | number | null;
}

const levelLabel = (
  profile: Profile,
  scheme: "confidentiality" | "integrity" | "availability",
  key: string | null,
) => (key ? (profile.classification[scheme].levels.find((l) => l.key === key)?.label ?? key) : "");

const choice = (list: ReadonlyArray<{ key: string; ja: string }>, key: string | null) =>
  key ? (list.find((c) => c.key === key)?.ja ?? key) : "";

const date = (d: string | null) => (d ? formatDateJa(d) : "");
const yesNo = (b: boolean) => (b ? "有" : "無");
const h = (k: ImportField) => FIELD_BY_KEY.get(k)?.ja ?? k;

export function exportColumns(profile: Profile): ExportColumn[] {
  const zone = (key: string | null) =>
    key ? (profile.zones.find((z) => z.key === key)?.name.ja ?? key) : "";
  return [
    { header: h("assetNumber"), width: 16, value: (a) => a.assetNumber },
    { header: h("name"), width: 36, value: (a) => a.name },
    { header: h("kind"), width: 14, value: (a) => choice(KINDS, a.kind) },
    { header: h("subkind"), width: 14, value: (a) => choice(SUBKINDS, a.subkind) },
    { header: h("departmentCode"), width: 12, value: (a, l) => l.department(a.departmentId)?.code ?? "" },
    { header: h("department"), width: 16, value: (a, l) => l.department(a.departmentId)?.name ?? "" },
    {
      header: h("custodianNumber"),
      width: 12,
      value: (a, l) => (a.custodianPersonId ? (l.person(a.custodianPersonId)?.employeeNumber ?? "") : ""),
    },
    {
      header: h("custodian"),
      width: 14,
      value: (a, l) => (a.custodianPersonId ? (l.person(a.custodianPersonId)?.name ?? "") : ""),
    },
    {
      header: h("confidentiality"),
      width: 12,
      value: (a) => levelLabel(profile, "confidentiality", a.confidentiality),
    },
    { header: h("integrity"), width: 12, value: (a) => levelLabel(profile, "integrity", a.integrity) },
    {
      header: h("availability"),
      width: 12,
      value: (a) => levelLabel(profile, "availability", a.availability),
    },
    { header: h("zone"), width: 22, value: (a) => zone(a.zone) },
    { header: h("storagePlace"), width: 20, value: (a) => a.storagePlace ?? "" },
    {
      header: h("retention"),
      width: 10,
      value: (a) => (a.retentionPermanent ? "永年" : a.retentionYears == null ? "" : `${a.retentionYears}年`),
    },
    { header: h("acquiredOn"), width: 24, value: (a) => date(a.acquiredOn) },
    { header: h("inUseOn"), width: 24, value: (a) => date(a.inUseSince) },
    { header: h("lastInventoriedOn"), width: 24, value: (a) => date(a.lastInventoriedOn) },
    { header: h("disposedOn"), width: 24, value: (a) => date(a.disposedOn) },
    { header: h("origin"), width: 14, value: (a) => choice(ORIGINS, a.origin) },
    { header: h("personalInfo"), width: 10, value: (a) => yesNo(a.hasPersonalInfo) },
    { header: h("specificPersonalInfo"), width: 10, value: (a) => yesNo(a.specificPersonalInfo) },
    { header: h("sensitivePersonalInfo"), width: 10, value: (a) => yesNo(a.sensitivePersonalInfo) },
    { header: h("personalInfoCount"), width: 8, value: (a) => a.personCount },
    { header: h("status"), width: 10, value: (a) => choice(STATUSES, a.status) },
    { header: h("notes"), width: 30, value: (a) => a.notes ?? "" },
    // Fields the profile defines (profile.assets.fields), under their Japanese label.
    ...(profile.assets?.fields ?? []).map(
      (f): ExportColumn => ({
        header: f.label.ja,
        width: f.type === "text" ? 20 : 14,
        value: (a) => {
          const v = (a.extra as Record<string, unknown> | null)?.[f.key];
          if (v == null) return "";
          if (f.type === "boolean") return yesNo(v === true);
          if (f.type === "number") return typeof v === "number" ? v : String(v);
          return String(v);
        },
      }),
    ),
    // Read-only: computed by the register; the import does not read these columns.
    {
      header: "実効機密性（参考）",
      width: 14,
      value: (a) => levelLabel(profile, "confidentiality", a.effectiveConfidentiality),
    },
    { header: "分類未確定（参考）", width: 12, value: (a) => (a.classificationPending ? "未確定" : "") },
    { header: "廃棄予定日（参考）", width: 24, value: (a) => date(a.disposalDueDate) },
  ];
}

/** The register's CSV rows go through the shared export path (defused, quoted). */
export { csvLine } from "../../../http/sheet";

let sjisTable: Map<string, number[]> | null = null;

/** Shift_JIS (CP932) bytes of a text, from a table built once from the platform's decoder; "?" where none. */
export function encodeShiftJis(text: string): Buffer {
  if (!sjisTable) {
    sjisTable = new Map();
    const dec = new TextDecoder("shift_jis");
    for (let b = 0xa1; b <= 0xdf; b++) sjisTable.set(dec.decode(Uint8Array.of(b)), [b]);
    for (let lead = 0x81; lead <= 0xfc; lead++) {
      if (lead > 0x9f && lead < 0xe0) continue;
      for (let trail = 0x40; trail <= 0xfc; trail++) {
        if (trail === 0x7f) continue;
        const ch = dec.decode(Uint8Array.of(lead, trail));
        if (ch.length === 1 && ch !== "\uFFFD" && !sjisTable.has(ch)) sjisTable.set(ch, [lead, trail]);
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (code < 0x80) out.push(code);
    else out.push(...(sjisTable.get(ch) ?? [0x3f]));
  }
  return Buffer.from(out);
}
