/**
 * 和暦 (Japanese era dates) and 年度 (fiscal year, April–March), always in Japan Standard Time
 * (UTC+9, no daylight saving) whatever the machine's time zone. Shared by server and web;
 * imports nothing.
 *
 * A "date input" is a Date, an epoch-millisecond number, an ISO timestamp string
 * ("2026-04-01T00:30:00Z"), or a calendar date string ("2026-04-01", taken as that day in JST).
 */

export type DateInput = Date | number | string;

export interface Era {
  /** 令和, 平成, … */
  name: string;
  /** Latin initial used in short forms: R, H, S, T, M. */
  letter: string;
  en: string;
  /** First day of the era (JST calendar date). */
  start: { year: number; month: number; day: number };
}

/** Newest first. 明治 is counted from the adoption of the solar calendar day the era began (1868-10-23). */
export const ERAS: readonly Era[] = [
  { name: "令和", letter: "R", en: "Reiwa", start: { year: 2019, month: 5, day: 1 } },
  { name: "平成", letter: "H", en: "Heisei", start: { year: 1989, month: 1, day: 8 } },
  { name: "昭和", letter: "S", en: "Showa", start: { year: 1926, month: 12, day: 25 } },
  { name: "大正", letter: "T", en: "Taisho", start: { year: 1912, month: 7, day: 30 } },
  { name: "明治", letter: "M", en: "Meiji", start: { year: 1868, month: 10, day: 23 } },
];

/** Japan is UTC+9 all year (no daylight saving); the only place this offset is written. */
const JST_OFFSET_MS = 9 * 60 * 60 * 1000;
export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;

export interface JstParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday */
  weekday: number;
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The instant of a date input, or null when it cannot be read. */
export function toInstant(input: DateInput): Date | null {
  if (input instanceof Date) return Number.isNaN(input.getTime()) ? null : input;
  if (typeof input === "number") return Number.isFinite(input) ? new Date(input) : null;
  const m = CALENDAR_DATE.exec(input.trim());
  if (m) return jstDate(Number(m[1]), Number(m[2]), Number(m[3]));
  const d = new Date(input);
  return Number.isNaN(d.getTime()) ? null : d;
}

function mustInstant(input: DateInput): Date {
  const d = toInstant(input);
  if (!d) throw new RangeError(`not a date: ${String(input)}`);
  return d;
}

/** Calendar fields of the instant as seen in Japan. */
export function jstParts(input: DateInput): JstParts {
  const shifted = new Date(mustInstant(input).getTime() + JST_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    weekday: shifted.getUTCDay(),
  };
}

/** Midnight JST of the given calendar day (month 1–12). */
export function jstDate(year: number, month: number, day: number): Date {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(0, 0, 0, 0);
  return new Date(d.getTime() - JST_OFFSET_MS);
}

/** "2026-04-01": the JST calendar day of the instant. */
export function toIsoDate(input: DateInput): string {
  const p = jstParts(input);
  return `${String(p.year).padStart(4, "0")}-${pad2(p.month)}-${pad2(p.day)}`;
}

/** Today's JST calendar day as "YYYY-MM-DD". */
export function todayJst(now: Date = new Date()): string {
  return toIsoDate(now);
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

function ymdKey(y: number, m: number, d: number): number {
  return y * 10000 + m * 100 + d;
}

function eraForYmd(y: number, m: number, d: number): Era | null {
  const key = ymdKey(y, m, d);
  for (const era of ERAS) {
    if (key >= ymdKey(era.start.year, era.start.month, era.start.day)) return era;
  }
  return null;
}

export interface EraDate {
  era: Era;
  /** Year within the era, 1 = 元年. */
  year: number;
}

/** The era and era year of the day (JST), or null before 明治. */
export function eraOf(input: DateInput): EraDate | null {
  const p = jstParts(input);
  const era = eraForYmd(p.year, p.month, p.day);
  return era ? { era, year: p.year - era.start.year + 1 } : null;
}

function eraYearLabel(year: number): string {
  return year === 1 ? "元" : String(year);
}

/** "令和8年4月1日" ("令和元年5月1日" in the first year). Before 明治: "1850年1月1日". */
export function formatWareki(input: DateInput): string {
  const p = jstParts(input);
  const e = eraOf(input);
  if (!e) return `${p.year}年${p.month}月${p.day}日`;
  return `${e.era.name}${eraYearLabel(e.year)}年${p.month}月${p.day}日`;
}

/** "令和8年4月1日 (2026年)": 和暦 with the 西暦 year. */
export function formatDateJa(input: DateInput): string {
  const p = jstParts(input);
  if (!eraOf(input)) return formatWareki(input);
  return `${formatWareki(input)} (${p.year}年)`;
}

/** "令和8年4月1日 (2026年) 09:05": date as formatDateJa plus the JST time. */
export function formatDateTimeJa(input: DateInput): string {
  const p = jstParts(input);
  return `${formatDateJa(input)} ${pad2(p.hour)}:${pad2(p.minute)}`;
}

/** "R8.4.1": the short form used in forms and tables. */
export function formatWarekiShort(input: DateInput): string {
  const p = jstParts(input);
  const e = eraOf(input);
  if (!e) return `${p.year}.${p.month}.${p.day}`;
  return `${e.era.letter}${e.year}.${p.month}.${p.day}`;
}

/** The 年度 of the day: April 1 of year N to March 31 of N+1 is 年度 N (JST). */
export function fiscalYear(input: DateInput): number {
  const p = jstParts(input);
  return p.month >= 4 ? p.year : p.year - 1;
}

/** "令和9年10月 (2027年10月)": a month (YYYY-MM) in 和暦 — the era of its first day — with the 西暦. */
export function formatMonthJa(month: string): string {
  const day = `${month}-01`;
  const [y, m] = month.split("-").map(Number);
  const wareki = formatWareki(day).replace(/\d+日$/, "");
  return eraOf(day) ? `${wareki} (${y}年${m}月)` : wareki;
}

/** First and last day of 年度 `fy` as JST calendar dates ("2026-04-01", "2027-03-31"). */
export function fiscalYearRange(fy: number): { start: string; end: string } {
  return { start: `${fy}-04-01`, end: `${fy + 1}-03-31` };
}

/**
 * "令和8年度 (2026年度)". The era is the one of the calendar year `fy` (in force on its
 * December 31), as the government names them: 2019年度 = 令和元年度, 1988年度 = 昭和63年度.
 */
export function formatFiscalYear(fy: number): string {
  const era = eraForYmd(fy, 12, 31);
  if (!era) return `${fy}年度`;
  return `${era.name}${eraYearLabel(fy - era.start.year + 1)}年度 (${fy}年度)`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function normalizeDigits(s: string): string {
  return s
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, ".")
    .replace(/[／]/g, "/")
    .replace(/[－ー―]/g, "-")
    .replace(/[\s\u3000]+/g, " ")
    .trim();
}

function eraByToken(token: string): Era | undefined {
  const t = token.toUpperCase();
  return ERAS.find((e) => e.name === token || e.letter === t);
}

function validDay(y: number, m: number, d: number): boolean {
  return (
    Number.isInteger(y) &&
    Number.isInteger(m) &&
    Number.isInteger(d) &&
    m >= 1 &&
    m <= 12 &&
    d >= 1 &&
    d <= daysInMonth(y, m)
  );
}

function fromEra(era: Era, eraYear: number, m: number, d: number): Date | null {
  if (!Number.isInteger(eraYear) || eraYear < 1) return null;
  const y = era.start.year + eraYear - 1;
  if (!validDay(y, m, d)) return null;
  // The day must fall inside that era (H31.5.1 does not exist; R1.4.30 neither).
  if (eraForYmd(y, m, d) !== era) return null;
  return jstDate(y, m, d);
}

const LONG = /^(令和|平成|昭和|大正|明治)(元|\d{1,3})年(\d{1,2})月(\d{1,2})日(?: ?\((\d{4})年\))?$/;
const SHORT = /^([RHSTM])(元|\d{1,3})[./-](\d{1,2})[./-](\d{1,2})$/i;
const WESTERN = /^(\d{4})(?:[./-](\d{1,2})[./-](\d{1,2})|年(\d{1,2})月(\d{1,2})日)$/;

/**
 * Reads a date written in 和暦 ("令和6年4月1日", "令和元年5月1日", "令和6年4月1日 (2024年)",
 * "R6.4.1", "H31.4.30", "R06/04/01") or in 西暦 ("2024-04-01", "2024/4/1", "2024年4月1日").
 * Full-width digits are accepted. Returns midnight JST of that day, or null when the text is not
 * a date or names a day that does not exist (e.g. "H31.5.1", "令和6年2月30日").
 */
export function parseWareki(text: string): Date | null {
  const s = normalizeDigits(text);
  let m = LONG.exec(s);
  if (m) {
    const era = eraByToken(m[1]);
    if (!era) return null;
    const eraYear = m[2] === "元" ? 1 : Number(m[2]);
    const date = fromEra(era, eraYear, Number(m[3]), Number(m[4]));
    if (date && m[5] && jstParts(date).year !== Number(m[5])) return null;
    return date;
  }
  m = SHORT.exec(s);
  if (m) {
    const era = eraByToken(m[1]);
    if (!era) return null;
    return fromEra(era, m[2] === "元" ? 1 : Number(m[2]), Number(m[3]), Number(m[4]));
  }
  m = WESTERN.exec(s);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2] ?? m[4]);
    const d = Number(m[3] ?? m[5]);
    return validDay(y, mo, d) ? jstDate(y, mo, d) : null;
  }
  return null;
}

/** Whole JST calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: DateInput, to: DateInput): number {
  const a = toInstant(toIsoDate(from));
  const b = toInstant(toIsoDate(to));
  if (!a || !b) throw new RangeError("not a date");
  return Math.round((b.getTime() - a.getTime()) / DAY_MS);
}

/** Midnight JST at the start of the JST calendar day of the input. */
export function startOfJstDay(input: DateInput): Date {
  const p = jstParts(input);
  return jstDate(p.year, p.month, p.day);
}

/** The last millisecond of the JST calendar day of the input (a deadline "by that day"). */
export function endOfJstDay(input: DateInput): Date {
  return new Date(startOfJstDay(input).getTime() + DAY_MS - 1);
}

/** The instant of a JST wall-clock time on the JST calendar day of the input. */
export function atJstTime(day: DateInput, hour: number, minute = 0): Date {
  return new Date(startOfJstDay(day).getTime() + hour * HOUR_MS + minute * 60_000);
}

/** The next hour:minute JST strictly after `now` (daily jobs, morning reminders). */
export function nextJstTime(now: Date, hour: number, minute = 0): Date {
  const today = atJstTime(now, hour, minute);
  return today.getTime() > now.getTime() ? today : atJstTime(addDays(toIsoDate(now), 1), hour, minute);
}

/** The calendar date `days` after "YYYY-MM-DD" (negative: before); the day of an instant in JST. */
export function addDays(day: DateInput, days: number): string {
  const p = jstParts(day);
  const d = new Date(0);
  d.setUTCFullYear(p.year, p.month - 1, p.day + days);
  return `${String(d.getUTCFullYear()).padStart(4, "0")}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/** "20260401": the JST day in compact form, for file names. */
export function compactIsoDate(input: DateInput): string {
  return toIsoDate(input).replace(/-/g, "");
}

/** "2026-04-01 09:15": the JST date and time without the era, for log-like texts. */
export function formatJstDateTime(input: DateInput): string {
  const p = jstParts(input);
  return `${toIsoDate(input)} ${pad2(p.hour)}:${pad2(p.minute)}`;
}

/** "2026-04-01T09:15": the JST wall-clock value of an `<input type="datetime-local">`. */
export function toJstLocalInput(input: DateInput): string {
  return formatJstDateTime(input).replace(" ", "T");
}

const LOCAL_INPUT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * "2026-04-01T09:15" (a datetime-local value, read as JST) → "2026-04-01T09:15:00+09:00", or null
 * when it is not such a value or names a time that does not exist.
 */
export function fromJstLocalInput(value: string): string | null {
  const m = LOCAL_INPUT.exec(value.trim());
  if (!m) return null;
  const [y, mo, d] = m[1].split("-").map(Number);
  const [h, mi, se] = [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)];
  if (!validDay(y, mo, d) || h > 23 || mi > 59 || se > 59) return null;
  return `${m[1]}T${m[2]}:${m[3]}:${pad2(se)}+09:00`;
}

/** "2026-04-01T09:15:00+09:00": the instant written as Japan wall-clock time with its offset. */
export function toJstIsoString(input: DateInput): string {
  const p = jstParts(input);
  return `${toIsoDate(input)}T${pad2(p.hour)}:${pad2(p.minute)}:${pad2(p.second)}+09:00`;
}

/** Is the text a "YYYY-MM-DD" calendar day that exists (no 2026-02-30)? */
export function isIsoDate(text: string): boolean {
  const m = CALENDAR_DATE.exec(text);
  return m != null && validDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Midnight JST of a "YYYY-MM-DD" day that exists, or null. */
export function parseIsoDate(text: string): Date | null {
  return isIsoDate(text) ? startOfJstDay(text) : null;
}

/** The instant of a datetime-local value read as JST ("2026-04-01T09:15"), or null. */
export function jstLocalInputToInstant(value: string): Date | null {
  const iso = fromJstLocalInput(value);
  return iso ? new Date(iso) : null;
}

/** The same day `months` later (earlier when negative), at most the month's last day (3/31 − 1 month = 2/28 or 2/29). */
export function addMonths(day: DateInput, months: number): string {
  const p = jstParts(day);
  const total = p.year * 12 + (p.month - 1) + months;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return `${String(y).padStart(4, "0")}-${pad2(m)}-${pad2(Math.min(p.day, daysInMonth(y, m)))}`;
}
