import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addBusinessDays,
  addDayCount,
  businessDayOnOrAfter,
  businessDaysBetween,
  dayOffReason,
  dueAfter,
  formatDayCount,
  holidayOf,
  isBusinessDay,
  isYearEndClosure,
  nextBusinessDay,
} from "./business-days";
import { addDays, daysBetween, jstParts } from "./calendar";

/** Any calendar day 1970–2049 (the holiday data covers 1970–2050). */
const day = fc.integer({ min: 0, max: 80 * 365 }).map((n) => addDays("1970-01-01", n));
const count = fc.integer({ min: 0, max: 40 });

describe("holidays and 年末年始", () => {
  it.each([
    ["2026-01-01", "元日"],
    ["2026-01-12", "成人の日"],
    ["2026-05-06", "こどもの日 振替休日"],
    ["2026-09-22", "休日"], // 国民の休日 between 敬老の日 and 秋分の日
    ["2019-05-01", "休日（祝日扱い）"], // the day 令和 began
  ])("%s is %s", (d, name) => {
    expect(holidayOf(d)?.ja).toBe(name);
    expect(isBusinessDay(d)).toBe(false);
  });

  it("reads an instant as its JST day (2026-05-05T15:00Z is 5/6 00:00 in Japan)", () => {
    expect(isBusinessDay(new Date("2026-05-05T15:00:00Z"))).toBe(false);
    expect(isBusinessDay(new Date("2026-05-06T15:00:00Z"))).toBe(true); // Thursday 5/7
    expect(isBusinessDay(new Date("2026-05-06T14:59:59Z"))).toBe(false);
  });

  it("12/29–1/3 is closed every year; 12/28 and 1/4 are open on a weekday that is no holiday", () => {
    for (let y = 1970; y <= 2049; y++) {
      for (const d of [
        `${y}-12-29`,
        `${y}-12-30`,
        `${y}-12-31`,
        `${y + 1}-01-01`,
        `${y + 1}-01-02`,
        `${y + 1}-01-03`,
      ]) {
        expect(isYearEndClosure(d)).toBe(true);
        expect(isBusinessDay(d)).toBe(false);
      }
      for (const d of [`${y}-12-28`, `${y + 1}-01-04`]) {
        expect(isYearEndClosure(d)).toBe(false);
        const weekday = jstParts(d).weekday;
        expect(isBusinessDay(d)).toBe(weekday !== 0 && weekday !== 6 && holidayOf(d) === null);
      }
    }
  });

  it("names the reason a day is off", () => {
    expect(dayOffReason("2026-12-30")).toEqual({ ja: "年末年始", en: "Year-end holidays" });
    expect(dayOffReason("2026-04-04")?.ja).toBe("土曜日");
    expect(dayOffReason("2026-04-05")?.ja).toBe("日曜日");
    expect(dayOffReason("2026-04-01")).toBeNull();
  });

  it("property: a business day is a weekday, no holiday and not 年末年始 — and conversely", () => {
    fc.assert(
      fc.property(day, (d) => {
        const { weekday } = jstParts(d);
        const open = weekday >= 1 && weekday <= 5 && holidayOf(d) === null && !isYearEndClosure(d);
        return isBusinessDay(d) === open;
      }),
      { numRuns: 2000 },
    );
  });
});

describe("business-day arithmetic", () => {
  it("the next business day after the year end and Golden Week", () => {
    expect(nextBusinessDay("2026-12-28")).toBe("2027-01-04"); // Monday
    expect(nextBusinessDay("2025-12-26")).toBe("2026-01-05"); // Friday → 1/5 Monday
    expect(nextBusinessDay("2026-05-01")).toBe("2026-05-07");
    expect(addBusinessDays("2026-04-30", 3)).toBe("2026-05-08"); // 5/1, (GW), 5/7, 5/8
    expect(addBusinessDays("2026-05-03", 0)).toBe("2026-05-07");
    expect(addBusinessDays("2026-04-01", 0)).toBe("2026-04-01");
    expect(businessDaysBetween("2026-04-30", "2026-05-11")).toBe(4);
    expect(() => addBusinessDays("2026-04-01", -1)).toThrow(RangeError);
  });

  it("property: the next business day is one, and no day before it is", () => {
    fc.assert(
      fc.property(day, (d) => {
        const next = nextBusinessDay(d);
        if (!(next > d && isBusinessDay(next))) return false;
        for (let x = addDays(d, 1); x < next; x = addDays(x, 1)) if (isBusinessDay(x)) return false;
        // never more than 年末年始 + a weekend + a holiday away
        return daysBetween(d, next) <= 10;
      }),
      { numRuns: 1000 },
    );
  });

  it("property: n business days after d is a business day exactly n business days after d", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 40 }), (d, n) => {
        const due = addBusinessDays(d, n);
        return isBusinessDay(due) && due > d && businessDaysBetween(d, due) === n;
      }),
      { numRuns: 500 },
    );
  });

  it("property: adding business days composes (a + b = (a then b)) and 0 lands on or after", () => {
    fc.assert(
      fc.property(day, count, count, (d, a, b) => {
        const start = businessDayOnOrAfter(d);
        return (
          addBusinessDays(addBusinessDays(start, a), b) === addBusinessDays(start, a + b) &&
          addBusinessDays(d, 0) === start &&
          start >= d &&
          isBusinessDay(start)
        );
      }),
      { numRuns: 300 },
    );
  });

  it("property: businessDaysBetween is additive and never exceeds the calendar days", () => {
    fc.assert(
      fc.property(day, fc.nat(60), fc.nat(60), (a, x, y) => {
        const b = addDays(a, x);
        const c = addDays(b, y);
        const ab = businessDaysBetween(a, b);
        return (
          ab + businessDaysBetween(b, c) === businessDaysBetween(a, c) &&
          ab <= x &&
          businessDaysBetween(c, a) === 0
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe("periods stated in a profile (calendar or business days)", () => {
  it("a number is calendar days; { business_days } skips days off; due at the end of the JST day", () => {
    expect(addDayCount("2026-12-28", 3)).toBe("2026-12-31");
    expect(addDayCount("2026-12-28", { business_days: 3 })).toBe("2027-01-06");
    // 2026-04-30 23:30 JST is still 4/30: three business days later is 5/8 (5/1, then 5/7 and 5/8 after Golden Week).
    expect(dueAfter(new Date("2026-04-30T14:30:00Z"), { business_days: 3 }).toISOString()).toBe(
      "2026-05-08T14:59:59.999Z",
    );
    expect(dueAfter(new Date("2026-04-30T14:30:00Z"), 1).toISOString()).toBe("2026-05-01T14:59:59.999Z");
  });

  it("formats a period", () => {
    expect(formatDayCount(5)).toEqual({ ja: "5日", en: "5 days" });
    expect(formatDayCount({ business_days: 1 })).toEqual({ ja: "1営業日", en: "1 business day" });
  });
});
