import { describe, expect, it } from "vitest";
import {
  checkDates,
  dueAfterDays,
  endOfJstDay,
  fiscalYearEnd,
  nextMorning,
  overdueStage,
  validityEnd,
} from "./deadlines";

const d = (s: string) => new Date(s);

describe("deadlines in JST across 3/31–4/1 and year ends", () => {
  it.each([
    ["2026-03-31T23:30:00+09:00", 1, "2026-04-01T23:59:59.999+09:00"],
    ["2026-03-31T14:59:59Z", 1, "2026-04-01T23:59:59.999+09:00"], // 23:59:59 JST on 3/31
    ["2026-03-31T15:00:00Z", 1, "2026-04-02T23:59:59.999+09:00"], // already 4/1 in Japan
    ["2026-12-31T22:00:00+09:00", 1, "2027-01-01T23:59:59.999+09:00"],
    ["2026-12-31T15:30:00Z", 0, "2027-01-01T23:59:59.999+09:00"],
    ["2028-02-28T10:00:00+09:00", 1, "2028-02-29T23:59:59.999+09:00"],
  ])("事後報告 due: act at %s + %i day(s) → %s", (at, days, due) => {
    expect(dueAfterDays(d(at), days).getTime()).toBe(d(due).getTime());
  });

  it("end of the 年度 is 3/31 23:59:59.999 JST", () => {
    expect(fiscalYearEnd(2025).toISOString()).toBe("2026-03-31T14:59:59.999Z");
    expect(endOfJstDay(d("2026-03-31T15:00:00Z")).toISOString()).toBe("2026-04-01T14:59:59.999Z");
  });

  it("a permission that lasts to the 年度 end stops at 3/31 even if asked longer", () => {
    const rule = { until_fiscal_year_end: true };
    expect(
      validityEnd(d("2026-03-20T09:00:00+09:00"), d("2026-04-10T00:00:00+09:00"), rule)?.toISOString(),
    ).toBe("2026-03-31T14:59:59.999Z");
    // Starting on 4/1 it belongs to the new 年度.
    expect(
      validityEnd(d("2026-04-01T00:00:00+09:00"), d("2026-04-10T00:00:00+09:00"), rule)?.toISOString(),
    ).toBe("2026-04-09T15:00:00.000Z");
    expect(validityEnd(d("2026-04-01T00:00:00+09:00"), null, rule)?.toISOString()).toBe(
      "2027-03-31T14:59:59.999Z",
    );
    expect(validityEnd(d("2026-04-01T00:00:00+09:00"), null, { max_days: 30 })?.toISOString()).toBe(
      "2026-05-01T14:59:59.999Z",
    );
    expect(validityEnd(d("2026-04-01T00:00:00+09:00"), null, null)).toBeNull();
  });

  it("dates: start before today (JST) is refused unless an emergency; end must follow start", () => {
    const now = d("2026-04-01T00:10:00+09:00"); // still 3/31 in UTC
    expect(checkDates(now, d("2026-04-01T00:00:00+09:00"), null, false)).toEqual([]);
    expect(checkDates(now, d("2026-03-31T23:59:00+09:00"), null, false)).toEqual(["start_in_past"]);
    expect(checkDates(now, d("2026-03-31T23:59:00+09:00"), null, true)).toEqual([]);
    expect(checkDates(now, d("2026-04-02T09:00:00+09:00"), d("2026-04-02T09:00:00+09:00"), false)).toEqual([
      "end_before_start",
    ]);
    expect(checkDates(now, null, d("2026-03-31T23:00:00+09:00"), false)).toEqual(["end_in_past"]);
  });

  it("overdue: reminder on the first day after the due day, escalation from the second", () => {
    const due = d("2026-03-31T17:00:00+09:00");
    expect(overdueStage(due, d("2026-03-31T16:59:00+09:00"))).toBe("not_due");
    expect(overdueStage(due, d("2026-03-31T17:01:00+09:00"))).toBe("remind");
    expect(overdueStage(due, d("2026-04-01T09:00:00+09:00"))).toBe("remind");
    expect(overdueStage(due, d("2026-04-02T09:00:00+09:00"))).toBe("escalate");
    expect(overdueStage(d("2026-12-31T17:00:00+09:00"), d("2027-01-02T09:00:00+09:00"))).toBe("escalate");
  });

  it("checks run at 09:00 JST the next morning", () => {
    expect(nextMorning(d("2026-03-31T17:00:00+09:00")).toISOString()).toBe("2026-04-01T00:00:00.000Z");
    expect(nextMorning(d("2026-04-01T08:59:00+09:00")).toISOString()).toBe("2026-04-01T00:00:00.000Z");
    expect(nextMorning(d("2026-12-31T09:00:00+09:00")).toISOString()).toBe("2027-01-01T00:00:00.000Z");
  });
});
