/**
 * Business days (開庁日) of a Japanese local government: not Saturday or Sunday, not a national
 * holiday (国民の祝日・振替休日・国民の休日, from @holiday-jp/holiday_jp, which has data 1970–2050),
 * and not 年末年始 (December 29 – January 3, 行政機関の休日に関する法律 第1条).
 *
 * Part of the calendar (common/calendar.ts), kept in its own file so that the holiday table
 * (≈ 200 KB) is bundled only where business days are counted. Days are "YYYY-MM-DD" in JST; an
 * instant is read as its JST calendar day.
 */
import holidayJp from "@holiday-jp/holiday_jp";
import { addDays, type DateInput, endOfJstDay, jstParts, toIsoDate } from "./calendar";

interface HolidayEntry {
  name: string;
  name_en: string;
}

// The package's own isHoliday() scans every key per call and formats Dates in the machine's zone;
// looking the JST day up in its table is exact and constant-time.
const HOLIDAYS = holidayJp.holidays as unknown as Record<string, HolidayEntry | undefined>;

export interface DayOff {
  ja: string;
  en: string;
}

/** The national holiday of the day ({ja: "元日", en: "New Year's Day"}), or null. */
export function holidayOf(day: DateInput): DayOff | null {
  const h = HOLIDAYS[toIsoDate(day)];
  return h ? { ja: h.name, en: h.name_en } : null;
}

/** December 29 – January 3: the offices are closed (年末年始). */
export function isYearEndClosure(day: DateInput): boolean {
  const { month, day: d } = jstParts(day);
  return (month === 12 && d >= 29) || (month === 1 && d <= 3);
}

/** Why the offices are closed on the day (weekend, holiday, 年末年始), or null on a business day. */
export function dayOffReason(day: DateInput): DayOff | null {
  const holiday = holidayOf(day);
  if (holiday) return holiday;
  if (isYearEndClosure(day)) return { ja: "年末年始", en: "Year-end holidays" };
  const { weekday } = jstParts(day);
  if (weekday === 0) return { ja: "日曜日", en: "Sunday" };
  if (weekday === 6) return { ja: "土曜日", en: "Saturday" };
  return null;
}

export function isBusinessDay(day: DateInput): boolean {
  return dayOffReason(day) === null;
}

/** The first business day strictly after the day. */
export function nextBusinessDay(day: DateInput): string {
  let d = addDays(day, 1);
  // At most 年末年始 + a weekend + holidays in a row: a short walk.
  while (!isBusinessDay(d)) d = addDays(d, 1);
  return d;
}

/** The day itself when it is a business day, else the next one (a due day that falls on a day off). */
export function businessDayOnOrAfter(day: DateInput): string {
  const d = toIsoDate(day);
  return isBusinessDay(d) ? d : nextBusinessDay(d);
}

/**
 * The `n`-th business day after the day (n ≥ 1); with n = 0 the day itself or, on a day off, the
 * next business day.
 */
export function addBusinessDays(day: DateInput, n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`business days must be a whole number ≥ 0: ${n}`);
  if (n === 0) return businessDayOnOrAfter(day);
  let d = toIsoDate(day);
  for (let i = 0; i < n; i++) d = nextBusinessDay(d);
  return d;
}

/** Business days in (from, to]: how many business days after `from` the day `to` is (0 when to ≤ from). */
export function businessDaysBetween(from: DateInput, to: DateInput): number {
  const end = toIsoDate(to);
  let d = toIsoDate(from);
  let n = 0;
  while (d < end) {
    d = addDays(d, 1);
    if (isBusinessDay(d)) n++;
  }
  return n;
}

/**
 * A period stated in a profile: a number is calendar days (as before); `{ business_days: n }`
 * counts business days only.
 */
export type DayCount = number | { business_days: number };

/** The due day `count` after the JST day of `at`. */
export function addDayCount(at: DateInput, count: DayCount): string {
  return typeof count === "number" ? addDays(at, count) : addBusinessDays(at, count.business_days);
}

/** The end (last millisecond, JST) of the due day `count` after the JST day of `at`. */
export function dueAfter(at: DateInput, count: DayCount): Date {
  return endOfJstDay(addDayCount(at, count));
}

/** "3日" / "3営業日" — and the English — for showing a period. */
export function formatDayCount(count: DayCount): { ja: string; en: string } {
  return typeof count === "number"
    ? { ja: `${count}日`, en: `${count} day${count === 1 ? "" : "s"}` }
    : {
        ja: `${count.business_days}営業日`,
        en: `${count.business_days} business day${count.business_days === 1 ? "" : "s"}`,
      };
}
