/**
 * Reading one cell of an imported register: dates in every form municipal sheets use, yes/no
 * marks, counts, and classification labels of the active profile. Pure: no I/O.
 */
import { jstParts, parseWareki } from "../../../../common/calendar";
import { findLevel, type Scheme } from "../../../profile";

/** What a cell can hold once read from .xlsx or .csv. */
export type CellInput =
  | string
  | number
  | boolean
  | Date
  | null
  | { formula: string; noResult: true }
  | { error: string };

export interface Msg {
  ja: string;
  en: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: Msg };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (ja: string, en: string): Parsed<never> => ({ ok: false, message: { ja, en } });

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (y: number, m: number, d: number) => `${String(y).padStart(4, "0")}-${pad(m)}-${pad(d)}`;

function validYmd(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (y < 1800 || y > 2999 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Excel's day count (1900 system, with its phantom 1900-02-29) → ISO date, or null. */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial + 1e-9);
  if (whole < 1 || whole > 2958465 || whole === 60) return null;
  // Days from 1899-12-30 are right for every serial after the phantom day; before it, one more.
  const days = whole < 60 ? whole + 1 : whole;
  const d = new Date(Date.UTC(1899, 11, 30) + days * 86400000);
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** ISO date → Excel serial (1900 system), for building test files and exports. */
export function isoToExcelSerial(isoDate: string): number {
  const [y, m, d] = isoDate.split("-").map(Number);
  const days = Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
  return days < 61 ? days - 1 : days;
}

const DATE_MSG = {
  ja: "日付として読み取れません（例: 2024/4/1、2024-04-01、2024年4月1日、令和6年4月1日、R6.4.1）。",
  en: "Not a date (e.g. 2024/4/1, 2024-04-01, 2024年4月1日, 令和6年4月1日, R6.4.1).",
};

/**
 * A date cell → "YYYY-MM-DD". Accepts Date cells (exceljs gives the day at UTC midnight), Excel
 * serial numbers, 西暦 ("2024/4/1", "2024-04-01", "2024年4月1日", "20240401", with an optional
 * time "2024/4/1 0:00:00") and 和暦 ("令和6年4月1日", "令和元年5月1日", "R6.4.1", "H31.4.30").
 * null for an empty cell.
 */
export function parseDateCell(value: CellInput): Parsed<string | null> {
  if (value == null) return ok(null);
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return bad(DATE_MSG.ja, DATE_MSG.en);
    // exceljs reads a date cell as that day at 00:00 UTC; a time part (e.g. 23:59:59.999 rounding) is dropped.
    const t = new Date(value.getTime() + 500);
    return ok(iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()));
  }
  if (typeof value === "number") {
    const s = excelSerialToIso(value);
    return s ? ok(s) : bad(DATE_MSG.ja, DATE_MSG.en);
  }
  if (typeof value !== "string") return bad(DATE_MSG.ja, DATE_MSG.en);
  let text = value.normalize("NFKC").trim();
  if (text === "") return ok(null);
  // A time after the day ("2024/4/1 0:00:00", "2024-04-01T00:00:00") is not part of the date.
  text = text.replace(/(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)$/, "").trim();
  let m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return validYmd(y, mo, d) ? ok(iso(y, mo, d)) : bad(DATE_MSG.ja, DATE_MSG.en);
  }
  // A bare serial in a CSV ("45383"); four digits alone are more likely a year, so not those.
  m = /^\d{5}(?:\.\d+)?$/.exec(text);
  if (m) {
    const s = excelSerialToIso(Number(text));
    return s ? ok(s) : bad(DATE_MSG.ja, DATE_MSG.en);
  }
  // 和暦 with a one-letter era may use 元 or a zero-padded year; parseWareki handles the rest.
  const parsed = parseWareki(text);
  if (parsed) {
    const p = jstParts(parsed);
    return ok(iso(p.year, p.month, p.day));
  }
  m = /^(\d{4})[./-](\d{1,2})$/.exec(text);
  if (m) return bad("日まで入力してください（例: 2024/4/1）。", "Give the day too (e.g. 2024/4/1).");
  return bad(DATE_MSG.ja, DATE_MSG.en);
}

const TRUE_WORDS = [
  "有",
  "有り",
  "あり",
  "○",
  "〇",
  "◯",
  "●",
  "はい",
  "yes",
  "y",
  "true",
  "1",
  "✓",
  "✔",
  "該当",
  "する",
];
const FALSE_WORDS = [
  "無",
  "無し",
  "なし",
  "×",
  "✕",
  "x",
  "いいえ",
  "no",
  "n",
  "false",
  "0",
  "-",
  "―",
  "—",
  "非該当",
  "しない",
];
const norm = (s: string) =>
  s
    .normalize("NFKC")
    .replace(/[\s\u3000]/g, "")
    .toLowerCase();
const TRUE_SET = new Set(TRUE_WORDS.map(norm));
const FALSE_SET = new Set(FALSE_WORDS.map(norm));

/** 有/無, ○/×, はい/いいえ, yes/no, TRUE/FALSE, 1/0 → boolean; empty → null. */
export function parseBooleanCell(value: CellInput): Parsed<boolean | null> {
  if (value == null) return ok(null);
  if (typeof value === "boolean") return ok(value);
  if (typeof value === "number") {
    if (value === 1) return ok(true);
    if (value === 0) return ok(false);
  }
  if (typeof value === "string" || typeof value === "number") {
    const s = norm(String(value));
    if (s === "") return ok(null);
    if (TRUE_SET.has(s)) return ok(true);
    if (FALSE_SET.has(s)) return ok(false);
  }
  const shown = typeof value === "string" || typeof value === "number" ? `「${String(value).trim()}」: ` : "";
  return bad(
    `${shown}有無を読み取れません（有／無、あり／なし、○／×、はい／いいえ のいずれか）。`,
    `${shown.replace(/[「」]/g, '"')}Not a yes/no value (use 有/無, あり/なし, ○/×, はい/いいえ, yes/no).`,
  );
}

/** A count of people ("1,234", "1234人", "100件") → integer ≥ 0; empty → null. */
export function parseCountCell(value: CellInput): Parsed<number | null> {
  if (value == null) return ok(null);
  if (typeof value === "number") {
    return Number.isInteger(value) && value >= 0 && value <= 2_000_000_000
      ? ok(value)
      : bad("0以上の整数を入力してください。", "Give a whole number of 0 or more.");
  }
  if (typeof value !== "string")
    return bad("0以上の整数を入力してください。", "Give a whole number of 0 or more.");
  const s = value
    .normalize("NFKC")
    .trim()
    .replace(/[,，]/g, "")
    .replace(/(人|名|件)$/, "");
  if (s === "") return ok(null);
  if (!/^\d{1,10}$/.test(s) || Number(s) > 2_000_000_000)
    return bad(
      "0以上の整数を入力してください（例: 1,200人）。",
      "Give a whole number of 0 or more (e.g. 1,200).",
    );
  return ok(Number(s));
}

/** Plain text of a cell, trimmed; numbers as written (no exponent for whole numbers). */
export function textOf(value: CellInput): string {
  if (value == null) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) {
    const r = parseDateCell(value);
    return r.ok && r.value ? r.value : "";
  }
  return "";
}

/**
 * A classification level of the active profile by key or label ("機密性2", "区分Ⅱ", "2",
 * "Confidentiality 2"); the error names every allowed label.
 */
/** Level keys by cell text, per scheme: a register repeats a handful of spellings on every row. */
const levelByText = new WeakMap<Scheme, Map<string, string>>();
const LEVEL_CACHE_MAX = 256;

export function parseLevelCell(scheme: Scheme, value: CellInput): Parsed<string | null> {
  const text = textOf(value);
  if (text === "") return ok(null);
  let cache = levelByText.get(scheme);
  if (!cache) {
    cache = new Map();
    levelByText.set(scheme, cache);
  }
  const known = cache.get(text);
  if (known !== undefined) return ok(known);
  const level = findLevel(scheme, text);
  if (level) {
    if (cache.size < LEVEL_CACHE_MAX) cache.set(text, level.key);
    return ok(level.key);
  }
  const allowed = scheme.levels.map((l) => l.label);
  return bad(
    `「${text}」は${scheme.title.ja}の区分にありません。使えるのは ${allowed.join("、")} です。`,
    `"${text}" is not a ${scheme.title.en.toLowerCase()} level; allowed: ${scheme.levels
      .map((l) => `${l.label} (${l.key})`)
      .join(", ")}.`,
  );
}

export interface Choice {
  key: string;
  ja: string;
  en: string;
  /** Other spellings accepted on import. */
  aliases?: readonly string[];
}

const choiceNorm = (s: string) =>
  s
    .normalize("NFKC")
    .replace(/[\s\u3000・･_-]/g, "")
    .toLowerCase();

const choiceIndexes = new WeakMap<readonly Choice[], Map<string, string>>();

/** Every spelling of a list's choices (normalized) → its key; the first choice wins a shared spelling. */
function choiceIndex(choices: readonly Choice[]): Map<string, string> {
  let index = choiceIndexes.get(choices);
  if (!index) {
    index = new Map();
    for (const c of choices)
      for (const s of [c.key, c.ja, c.en, ...(c.aliases ?? [])]) {
        const k = choiceNorm(s);
        if (!index.has(k)) index.set(k, c.key);
      }
    choiceIndexes.set(choices, index);
  }
  return index;
}

/** One of a closed list (kind, zone, status, origin) by key, Japanese or English name or alias. */
export function parseChoiceCell(
  choices: readonly Choice[],
  value: CellInput,
  what: Msg,
): Parsed<string | null> {
  const text = textOf(value);
  if (text === "") return ok(null);
  const index = choiceIndex(choices);
  // The screens' labels carry a gloss in brackets (情報（データ）): the name before it counts too.
  const found =
    index.get(choiceNorm(text)) ?? index.get(choiceNorm(text.replace(/[（(][^）)]*[）)]\s*$/, "")));
  if (found !== undefined) return ok(found);
  return bad(
    `「${text}」は${what.ja}にありません。使えるのは ${choices.map((c) => c.ja).join("、")} です。`,
    `"${text}" is not a valid ${what.en}; allowed: ${choices.map((c) => `${c.en} (${c.key})`).join(", ")}.`,
  );
}
