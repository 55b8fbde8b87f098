/**
 * From sheet rows to asset values: which column is which field (headers recognised, or a
 * mapping given by the person importing), and each cell read and checked. Pure: lookups of
 * departments and people are passed in.
 */
import type { Profile } from "../../../profile";
import {
  FIELD_BY_KEY,
  FIELD_DEFS,
  fieldOfHeader,
  IMPORT_FIELDS,
  type ImportField,
  KINDS,
  NO_ZONE_WORDS,
  normHeader,
  ORIGINS,
  STATUSES,
  SUBKINDS,
  ZONE_ALIASES,
} from "./fields";
import {
  type CellInput,
  type Choice,
  type Msg,
  parseBooleanCell,
  parseChoiceCell,
  parseCountCell,
  parseDateCell,
  parseLevelCell,
  textOf,
} from "./values";
import { columnLetters } from "./zip";

export interface RowError {
  row: number;
  /** The column's header as written in the file ("" for the whole row). */
  column: string;
  message_ja: string;
  message_en: string;
}

/** A profile-defined field (profile.assets.fields) read from a column: `extra.<key>`. */
export type ExtraField = `extra.${string}`;
export type ColumnField = ImportField | ExtraField;

export interface ExtraFieldDef {
  key: string;
  label: { ja: string; en?: string };
  type: "text" | "number" | "date" | "boolean";
  kinds: readonly string[];
}

export interface HeaderInfo {
  /** Excel row number of the header. */
  row: number;
  /** Header text by 0-based column. */
  headers: string[];
  /** Field by 0-based column (null: not imported). */
  fields: Array<ColumnField | null>;
  /** {header: field} for the columns that are imported. */
  mapping: Record<string, ColumnField>;
  /** Headers of the columns that are not imported. */
  unmapped: string[];
  errors: RowError[];
}

export class MappingError extends Error {
  constructor(
    readonly header: string,
    readonly value: string,
  ) {
    super(`mapping: "${value}" is not a field`);
  }
}

/**
 * Decides the field of each column: the mapping given first (`{header: fieldKey}`, "" to skip
 * a column), then the recognised headers. Two columns for one field is an error.
 */
export function mapHeaders(
  row: number,
  cells: CellInput[],
  mapping: Record<string, string> = {},
  extraFields: readonly ExtraFieldDef[] = [],
): HeaderInfo {
  const extraByHeader = new Map<string, ExtraField>();
  for (const f of extraFields)
    for (const h of [f.label.ja, f.label.en, f.key])
      if (h) extraByHeader.set(normHeader(h), `extra.${f.key}`);
  const given = new Map<string, string>();
  for (const [h, f] of Object.entries(mapping)) {
    const isExtra = f.startsWith("extra.") && extraFields.some((x) => `extra.${x.key}` === f);
    if (f !== "" && !isExtra && !(IMPORT_FIELDS as readonly string[]).includes(f))
      throw new MappingError(h, f);
    given.set(normHeader(h), f);
  }
  const headers = cells.map((c) => textOf(c));
  const fields: Array<ColumnField | null> = [];
  const out: Record<string, ColumnField> = {};
  const unmapped: string[] = [];
  const errors: RowError[] = [];
  const seen = new Map<ColumnField, string>();
  headers.forEach((h, i) => {
    const letter = columnLetters(i + 1);
    const n = normHeader(h);
    let field: ColumnField | null = null;
    if (given.has(n)) field = (given.get(n) || null) as ColumnField | null;
    else if (given.has(letter.toLowerCase()))
      field = (given.get(letter.toLowerCase()) || null) as ColumnField | null;
    else if (h) field = extraByHeader.get(n) ?? fieldOfHeader(h) ?? null;
    if (field && seen.has(field)) {
      const def = FIELD_BY_KEY.get(field as ImportField) ?? {
        ja: extraFields.find((x) => `extra.${x.key}` === field)?.label.ja ?? field,
        en: field,
      };
      errors.push({
        row,
        column: h || letter,
        message_ja: `列「${h || letter}」と列「${seen.get(field)}」がどちらも「${def?.ja}」です。どちらか一方にしてください。`,
        message_en: `Columns "${h || letter}" and "${seen.get(field)}" both hold "${def?.en}". Keep one.`,
      });
      field = null;
    }
    fields.push(field);
    if (field) {
      seen.set(field, h || letter);
      out[h || letter] = field;
    } else if (h) unmapped.push(h);
  });
  return { row, headers, fields, mapping: out, unmapped, errors };
}

/** How many recognised headers a row has (to find the header under a title row). */
export function recognisedHeaders(cells: CellInput[]): number {
  let n = 0;
  for (const c of cells) if (typeof c === "string" && fieldOfHeader(c)) n++;
  return n;
}

export interface DepartmentRef {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
}

export interface PersonRef {
  id: string;
  name: string;
  employeeNumber: string | null;
  departmentId: string | null;
}

export interface Lookups {
  departmentByCode: Map<string, DepartmentRef>;
  departmentsByName: Map<string, DepartmentRef[]>;
  peopleByNumber: Map<string, PersonRef>;
  peopleByName: Map<string, PersonRef[]>;
}

export const lookupKey = (s: string) =>
  s
    .normalize("NFKC")
    .replace(/[\s\u3000]/g, "")
    .toLowerCase();

export function buildLookups(departments: DepartmentRef[], people: PersonRef[]): Lookups {
  const l: Lookups = {
    departmentByCode: new Map(),
    departmentsByName: new Map(),
    peopleByNumber: new Map(),
    peopleByName: new Map(),
  };
  for (const d of departments) {
    l.departmentByCode.set(lookupKey(d.code), d);
    const k = lookupKey(d.name);
    l.departmentsByName.set(k, [...(l.departmentsByName.get(k) ?? []), d]);
  }
  for (const p of people) {
    if (p.employeeNumber) l.peopleByNumber.set(lookupKey(p.employeeNumber), p);
    const k = lookupKey(p.name);
    l.peopleByName.set(k, [...(l.peopleByName.get(k) ?? []), p]);
  }
  return l;
}

/** Values read from one row; a key is present only when the file has that column. */
export interface AssetRowValues {
  assetNumber?: string | null;
  name?: string | null;
  kind?: string | null;
  subkind?: string | null;
  departmentId?: string | null;
  custodianPersonId?: string | null;
  confidentiality?: string | null;
  integrity?: string | null;
  availability?: string | null;
  zone?: string | null;
  storagePlace?: string | null;
  retentionYears?: number | null;
  retentionPermanent?: boolean;
  acquiredOn?: string | null;
  inUseSince?: string | null;
  lastInventoriedOn?: string | null;
  disposedOn?: string | null;
  origin?: string | null;
  hasPersonalInfo?: boolean | null;
  specificPersonalInfo?: boolean | null;
  sensitivePersonalInfo?: boolean | null;
  personCount?: number | null;
  status?: string | null;
  notes?: string | null;
  /** Profile-defined fields present in the file (null: the cell was empty). */
  extra?: Record<string, string | number | boolean | null>;
}

export interface ConvertedRow {
  row: number;
  values: AssetRowValues;
  errors: RowError[];
}

const MAX_TEXT: Partial<Record<ImportField, number>> = {
  assetNumber: 50,
  name: 300,
  storagePlace: 300,
  notes: 4000,
};

const NO_ZONE = new Set(NO_ZONE_WORDS.map(lookupKey));

export function zoneChoices(profile: Profile): Choice[] {
  return profile.zones.map((z) => ({
    key: z.key,
    ja: z.name.ja,
    en: z.name.en ?? z.key,
    aliases: ZONE_ALIASES[z.key] ?? [],
  }));
}

/** Is the row empty (every cell blank)? */
export function isEmptyRow(cells: CellInput[]): boolean {
  return cells.every((c) => c == null || (typeof c === "string" && c.trim() === ""));
}

/** Reads the cells of one data row into asset values, collecting located errors. */
export function convertRow(
  row: number,
  cells: CellInput[],
  header: HeaderInfo,
  profile: Profile,
  lookups: Lookups,
  zones: Choice[],
  extraFields: readonly ExtraFieldDef[] = [],
): ConvertedRow {
  const values: AssetRowValues = {};
  const errors: RowError[] = [];
  const fail = (column: string, m: Msg) => errors.push({ row, column, message_ja: m.ja, message_en: m.en });
  let custodianText: string | null = null;
  let custodianColumn = "";
  // Codes and employee numbers, when the sheet has them, win over names (names can repeat).
  let departmentByCode: string | null = null;
  let custodianByNumber: string | null = null;

  const readCell = (colField: ColumnField | null, i: number) => {
    if (!colField) return;
    const column = header.headers[i] || columnLetters(i + 1);
    const cell = cells[i] ?? null;
    if (cell && typeof cell === "object" && !(cell instanceof Date)) {
      if ("noResult" in cell)
        fail(column, {
          ja: `数式（=${cell.formula}）の計算結果が保存されていません。Excelで開いて保存し直すか、値を入力してください。`,
          en: `The formula (=${cell.formula}) has no saved result. Open and save the file in Excel, or enter the value.`,
        });
      else
        fail(column, {
          ja: `セルがエラー値（${cell.error}）です。`,
          en: `The cell holds an error value (${cell.error}).`,
        });
      return;
    }
    if (typeof cell === "string" && cell.includes("\uFFFD")) {
      fail(column, {
        ja: "文字化けしています（文字コードが正しくありません）。UTF-8またはShift_JISで保存してください。",
        en: "The text is garbled (wrong character encoding). Save as UTF-8 or Shift_JIS.",
      });
      return;
    }
    const take = <T>(r: { ok: true; value: T } | { ok: false; message: Msg }, set: (v: T) => void) => {
      if (r.ok) set(r.value);
      else fail(column, r.message);
    };
    if (colField.startsWith("extra.")) {
      const def = extraFields.find((x) => `extra.${x.key}` === colField);
      if (!def) return;
      const put = (v: string | number | boolean | null) => {
        values.extra = { ...(values.extra ?? {}), [def.key]: v };
      };
      if (textOf(cell) === "") return put(null);
      if (def.type === "text") {
        const text = textOf(cell);
        if (text.length > 1000)
          return fail(column, { ja: "1000文字以内にしてください。", en: "At most 1000 characters." });
        return put(text);
      }
      if (def.type === "number") {
        const n = typeof cell === "number" ? cell : Number(textOf(cell).normalize("NFKC").replace(/,/g, ""));
        if (!Number.isFinite(n))
          return fail(column, { ja: "数値を入力してください。", en: "Enter a number." });
        return put(n);
      }
      if (def.type === "date") return take(parseDateCell(cell), put);
      return take(parseBooleanCell(cell), put);
    }
    const field = colField as ImportField;
    switch (field) {
      case "assetNumber":
      case "name":
      case "storagePlace":
      case "notes": {
        const text = textOf(cell);
        const max = MAX_TEXT[field] ?? 300;
        if (text.length > max) {
          fail(column, { ja: `${max}文字以内にしてください。`, en: `At most ${max} characters.` });
          return;
        }
        values[field] = text === "" ? null : text;
        return;
      }
      case "kind":
        return take(parseChoiceCell(KINDS, cell, { ja: "資産の種別", en: "asset kind" }), (v) => {
          values.kind = v;
        });
      case "subkind":
        return take(parseChoiceCell(SUBKINDS, cell, { ja: "細分類", en: "subkind" }), (v) => {
          values.subkind = v;
        });
      case "zone":
        // No zone: what the screens show for none (指定なし, None, —) reads as an empty cell.
        if (NO_ZONE.has(lookupKey(textOf(cell)))) {
          values.zone = null;
          return;
        }
        return take(
          parseChoiceCell(zones, cell, { ja: "この組織のネットワーク区分", en: "zone of this organization" }),
          (v) => {
            values.zone = v;
          },
        );
      case "status":
        return take(parseChoiceCell(STATUSES, cell, { ja: "状態", en: "status" }), (v) => {
          values.status = v;
        });
      case "origin":
        return take(parseChoiceCell(ORIGINS, cell, { ja: "取得元", en: "origin" }), (v) => {
          values.origin = v;
        });
      case "confidentiality":
      case "integrity":
      case "availability":
        return take(parseLevelCell(profile.classification[field], cell), (v) => {
          values[field] = v;
        });
      case "acquiredOn":
      case "inUseOn":
      case "lastInventoriedOn":
      case "disposedOn": {
        const r = parseDateCell(cell);
        if (!r.ok) {
          // Name the value: the person fixing the sheet sees what was read.
          const shown = cell instanceof Date ? "" : textOf(cell);
          return fail(
            column,
            shown ? { ja: `「${shown}」: ${r.message.ja}`, en: `"${shown}": ${r.message.en}` } : r.message,
          );
        }
        values[field === "inUseOn" ? "inUseSince" : field] = r.value;
        return;
      }
      case "personalInfo":
        return take(parseBooleanCell(cell), (v) => {
          values.hasPersonalInfo = v;
        });
      case "specificPersonalInfo":
      case "sensitivePersonalInfo":
        return take(parseBooleanCell(cell), (v) => {
          values[field] = v;
        });
      case "personalInfoCount":
        return take(parseCountCell(cell), (v) => {
          values.personCount = v;
        });
      case "retention": {
        const r = parseRetention(cell);
        if (!r.ok) return fail(column, r.message);
        values.retentionYears = r.value.years;
        values.retentionPermanent = r.value.permanent;
        return;
      }
      case "department": {
        const text = textOf(cell);
        if (text === "") {
          values.departmentId = null;
          return;
        }
        const k = lookupKey(text);
        const byCode = lookups.departmentByCode.get(k);
        const byName = lookups.departmentsByName.get(k) ?? [];
        if (byCode) values.departmentId = byCode.id;
        else if (byName.length === 1) values.departmentId = byName[0].id;
        else if (byName.length > 1)
          fail(column, {
            ja: `「${text}」という名前の所属が複数あります。所属コード（${byName.map((d) => d.code).join("、")}）で指定してください。`,
            en: `Several departments are named "${text}"; give the code (${byName.map((d) => d.code).join(", ")}).`,
          });
        else
          fail(column, {
            ja: `所属「${text}」が見つかりません（所属コードまたは名称で指定してください）。`,
            en: `No department "${text}" (give its code or name).`,
          });
        return;
      }
      case "custodian": {
        custodianText = textOf(cell);
        custodianColumn = column;
        return;
      }
      case "departmentCode": {
        const text = textOf(cell);
        if (text === "") return;
        const d = lookups.departmentByCode.get(lookupKey(text));
        if (d) departmentByCode = d.id;
        else
          fail(column, {
            ja: `所管課コード「${text}」の所属が見つかりません。`,
            en: `No department has the code "${text}".`,
          });
        return;
      }
      case "custodianNumber": {
        const text = textOf(cell);
        if (text === "") return;
        const p = lookups.peopleByNumber.get(lookupKey(text));
        if (p) custodianByNumber = p.id;
        else
          fail(column, {
            ja: `職員番号「${text}」の職員が見つかりません。`,
            en: `No person has the employee number "${text}".`,
          });
        return;
      }
    }
  };
  for (let i = 0; i < header.fields.length; i++) readCell(header.fields[i], i);

  if (departmentByCode) {
    values.departmentId = departmentByCode;
    const i = errors.findIndex((e) => e.column === columnOf(header, "department"));
    if (i >= 0) errors.splice(i, 1);
  }
  // The custodian is looked up after the department, which breaks ties between namesakes.
  if (custodianByNumber) values.custodianPersonId = custodianByNumber;
  else if (custodianText !== null) {
    const text = custodianText as string;
    if (text === "") values.custodianPersonId = null;
    else {
      const k = lookupKey(text);
      const byNumber = lookups.peopleByNumber.get(k);
      let byName = lookups.peopleByName.get(k) ?? [];
      if (byName.length > 1 && values.departmentId) {
        const inDept = byName.filter((p) => p.departmentId === values.departmentId);
        if (inDept.length) byName = inDept;
      }
      if (byNumber) values.custodianPersonId = byNumber.id;
      else if (byName.length === 1) values.custodianPersonId = byName[0].id;
      else if (byName.length > 1)
        fail(custodianColumn, {
          ja: `「${text}」という職員が複数います。職員番号で指定してください。`,
          en: `Several people are named "${text}"; give the employee number.`,
        });
      else
        fail(custodianColumn, {
          ja: `職員「${text}」が見つかりません（氏名または職員番号で指定してください）。`,
          en: `No person "${text}" (give the name or employee number).`,
        });
    }
  }
  return { row, values, errors };
}

function columnOf(header: HeaderInfo, field: ImportField): string {
  const i = header.fields.indexOf(field);
  return i >= 0 ? header.headers[i] || columnLetters(i + 1) : "";
}

/** 保存期間: "5年", "5", "10年間", "5 years" → years; "永年(保存)", "永久", "常用", "Kept permanently" → permanent; empty → null. */
export function parseRetention(
  value: CellInput,
): { ok: true; value: { years: number | null; permanent: boolean } } | { ok: false; message: Msg } {
  if (typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 1000)
    return { ok: true, value: { years: value, permanent: false } };
  const text = textOf(value).normalize("NFKC").replace(/\s/g, "");
  if (text === "") return { ok: true, value: { years: null, permanent: false } };
  // The detail page says 永年保存 (Kept permanently) and 5年 (5 years); the export writes 永年 and 5年.
  if (/^(永年|永久|常用|無期限)(保存)?$|^(kept)?permanent(ly)?$/i.test(text))
    return { ok: true, value: { years: null, permanent: true } };
  const m = /^(\d{1,3})(年|年間|years?)?$/i.exec(text);
  if (m) return { ok: true, value: { years: Number(m[1]), permanent: false } };
  if (/^1年未満$/.test(text)) return { ok: true, value: { years: 0, permanent: false } };
  return {
    ok: false,
    message: {
      ja: `保存期間「${text}」を読み取れません（例: 5年、10年、永年、1年未満）。`,
      en: `Cannot read the retention "${text}" (e.g. 5年, 10年, 永年, 1年未満).`,
    },
  };
}

export { FIELD_DEFS };
