/**
 * Deadlines (pure), always in Japan time and aware of the 年度 (April–March).
 */
import { type DayCount, dueAfter } from "../../../../common/business-days";
import {
  daysBetween,
  endOfJstDay,
  fiscalYear,
  jstDate,
  nextJstTime,
  toIsoDate,
} from "../../../../common/calendar";

export { endOfJstDay };

/**
 * The end of the JST day `count` after the day of `at` (事後報告: within N days): calendar days,
 * or business days when the profile states `{ business_days: n }`.
 */
export function dueAfterDays(at: Date, count: DayCount): Date {
  return dueAfter(at, count);
}

/** The last millisecond of 年度 `fy` (March 31 of fy+1, 23:59:59.999 JST). */
export function fiscalYearEnd(fy: number): Date {
  return new Date(jstDate(fy + 1, 4, 1).getTime() - 1);
}

/**
 * When a permission ends: the requested end, cut at the end of the 年度 it starts in when the
 * profile says so, and at `maxDays` after the start. Null when nothing bounds it.
 */
export function validityEnd(
  start: Date,
  requestedEnd: Date | null,
  rule: { until_fiscal_year_end?: boolean; max_days?: DayCount } | null | undefined,
): Date | null {
  const ends: Date[] = [];
  if (requestedEnd) ends.push(requestedEnd);
  if (rule?.until_fiscal_year_end) ends.push(fiscalYearEnd(fiscalYear(start)));
  if (rule?.max_days != null) ends.push(dueAfterDays(start, rule.max_days));
  if (ends.length === 0) return null;
  return new Date(Math.min(...ends.map((e) => e.getTime())));
}

export type DateProblem = "start_in_past" | "end_before_start" | "end_in_past";

/**
 * Checks the dates of a request at submission: the start not before today (JST) unless the act
 * was an emergency taken first; the end after the start and not in the past.
 */
export function checkDates(
  now: Date,
  start: Date | null,
  end: Date | null,
  emergency: boolean,
): DateProblem[] {
  const problems: DateProblem[] = [];
  const today = toIsoDate(now);
  if (start && !emergency && toIsoDate(start) < today) problems.push("start_in_past");
  if (start && end && end.getTime() <= start.getTime()) problems.push("end_before_start");
  if (end && end.getTime() < now.getTime() && !problems.includes("end_before_start"))
    problems.push("end_in_past");
  return problems;
}

/**
 * Overdue follow-up schedule: the day after the due time the requester is reminded; from the
 * second overdue day on, the approvers are told as well (escalation); checks run daily at 09:00 JST.
 */
export function overdueStage(due: Date, now: Date): "not_due" | "remind" | "escalate" {
  if (now.getTime() <= due.getTime()) return "not_due";
  return daysBetween(due, now) <= 1 ? "remind" : "escalate";
}

/** The next 09:00 JST strictly after `now`. */
export function nextMorning(now: Date): Date {
  return nextJstTime(now, 9);
}

/** "2026-04-01" of an instant in JST, for unique keys of daily jobs. */
export const jstDay = (at: Date) => toIsoDate(at);
