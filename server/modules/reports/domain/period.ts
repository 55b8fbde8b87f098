/**
 * The period of a yearly report (pure): the 年度 from 4/1 to the snapshot date, both JST days.
 * The snapshot date defaults to the profile's MM-DD of the 年度's closing (3/31), and must lie
 * within the 年度 — a report "as of" a day outside its year would count another year's records.
 */
import {
  endOfJstDay,
  fiscalYear,
  fiscalYearRange,
  isIsoDate,
  startOfJstDay,
} from "../../../../common/calendar";
import type { ReportPeriod } from "../../../../common/yearly-report";

/** The default snapshot date of 年度 `fy` for a profile's `MM-DD` (e.g. "03-31" → 2027-03-31 for 2026). */
export function defaultSnapshotDate(fy: number, monthDay: string): string {
  const month = Number(monthDay.slice(0, 2));
  return `${month >= 4 ? fy : fy + 1}-${monthDay}`;
}

export type PeriodCheck =
  | { ok: true; period: ReportPeriod }
  | { ok: false; code: "not_a_date" | "outside_year" };

export function reportPeriod(fy: number, asOf: string): PeriodCheck {
  if (!isIsoDate(asOf)) return { ok: false, code: "not_a_date" };
  if (fiscalYear(asOf) !== fy) return { ok: false, code: "outside_year" };
  const { start } = fiscalYearRange(fy);
  return {
    ok: true,
    period: {
      fiscalYear: fy,
      from: start,
      asOf,
      fromAt: startOfJstDay(start),
      cutoff: endOfJstDay(asOf),
    },
  };
}
