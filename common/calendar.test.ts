import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  atJstTime,
  compactIsoDate,
  DAY_MS,
  daysBetween,
  endOfJstDay,
  eraOf,
  fiscalYear,
  fiscalYearRange,
  formatDateJa,
  formatDateTimeJa,
  formatFiscalYear,
  formatJstDateTime,
  formatMonthJa,
  formatWareki,
  formatWarekiShort,
  fromJstLocalInput,
  isIsoDate,
  jstDate,
  jstLocalInputToInstant,
  jstParts,
  nextJstTime,
  parseIsoDate,
  parseWareki,
  startOfJstDay,
  toIsoDate,
  toJstIsoString,
  toJstLocalInput,
} from "./calendar";

/** An instant given as a JST wall-clock time. */
const jst = (iso: string) => new Date(`${iso}+09:00`);

describe("eraOf at the era boundaries", () => {
  it.each([
    ["1926-12-24", "大正", 15],
    ["1926-12-25", "昭和", 1],
    ["1989-01-07", "昭和", 64],
    ["1989-01-08", "平成", 1],
    ["2019-04-30", "平成", 31],
    ["2019-05-01", "令和", 1],
    ["2026-04-01", "令和", 8],
  ])("%s is %s %i", (day, name, year) => {
    const e = eraOf(day);
    expect(e?.era.name).toBe(name);
    expect(e?.year).toBe(year);
  });

  it("uses the JST day, not the UTC day", () => {
    // 2019-04-30T15:00Z is 2019-05-01 00:00 in Japan.
    expect(eraOf(new Date("2019-04-30T15:00:00Z"))?.era.name).toBe("令和");
    expect(eraOf(new Date("2019-04-30T14:59:59.999Z"))?.era.name).toBe("平成");
    expect(eraOf(new Date("1989-01-07T15:00:00Z"))?.era.name).toBe("平成");
    expect(eraOf(new Date("1989-01-07T14:59:59Z"))?.era.name).toBe("昭和");
  });

  it("has no era before 明治", () => {
    expect(eraOf("1868-10-22")).toBeNull();
    expect(eraOf("1868-10-23")?.era.name).toBe("明治");
  });
});

describe("formatWareki and formatDateJa", () => {
  it("formats the examples of the design", () => {
    expect(formatWareki("2026-04-01")).toBe("令和8年4月1日");
    expect(formatDateJa("2026-04-01")).toBe("令和8年4月1日 (2026年)");
    expect(formatWareki("2019-05-01")).toBe("令和元年5月1日");
    expect(formatDateJa("2019-05-01")).toBe("令和元年5月1日 (2019年)");
  });

  it("names both sides of each boundary", () => {
    expect(formatWareki("1989-01-07")).toBe("昭和64年1月7日");
    expect(formatWareki("1989-01-08")).toBe("平成元年1月8日");
    expect(formatWareki("2019-04-30")).toBe("平成31年4月30日");
    expect(formatWareki(jst("2019-05-01T00:00:00"))).toBe("令和元年5月1日");
  });

  it("short form and time", () => {
    expect(formatWarekiShort("2026-04-01")).toBe("R8.4.1");
    expect(formatWarekiShort("2019-04-30")).toBe("H31.4.30");
    expect(formatDateTimeJa(jst("2026-04-01T09:05:00"))).toBe("令和8年4月1日 (2026年) 09:05");
  });

  it("falls back to 西暦 before 明治", () => {
    expect(formatDateJa("1850-01-01")).toBe("1850年1月1日");
  });

  it("does not depend on the machine time zone", () => {
    // The same instant read as a UTC string and as a Date gives the same JST day.
    const instant = "2026-03-31T15:30:00Z"; // 2026-04-01 00:30 JST
    expect(formatWareki(instant)).toBe("令和8年4月1日");
    expect(toIsoDate(new Date(instant))).toBe("2026-04-01");
    expect(jstParts(instant).hour).toBe(0);
  });

  it("rejects garbage", () => {
    expect(() => formatWareki("not a date")).toThrow(RangeError);
  });
});

describe("fiscalYear (年度 from April 1, JST)", () => {
  it("turns at 3/31–4/1", () => {
    expect(fiscalYear("2026-03-31")).toBe(2025);
    expect(fiscalYear("2026-04-01")).toBe(2026);
    expect(fiscalYear("2027-03-31")).toBe(2026);
    expect(fiscalYear("2027-04-01")).toBe(2027);
    expect(fiscalYear("2026-01-01")).toBe(2025);
    expect(fiscalYear("2026-12-31")).toBe(2026);
  });

  it("turns at midnight JST, not UTC", () => {
    expect(fiscalYear(jst("2026-03-31T23:59:59"))).toBe(2025);
    expect(fiscalYear(jst("2026-04-01T00:00:00"))).toBe(2026);
    // 2026-03-31T20:00Z is already April 1 in Japan.
    expect(fiscalYear(new Date("2026-03-31T20:00:00Z"))).toBe(2026);
    expect(fiscalYear(new Date("2026-03-31T14:59:59Z"))).toBe(2025);
  });

  it("range of a fiscal year", () => {
    expect(fiscalYearRange(2026)).toEqual({ start: "2026-04-01", end: "2027-03-31" });
  });

  it("formats a month in 和暦 with the 西暦 (the era of its first day)", () => {
    expect(formatMonthJa("2027-10")).toBe("令和9年10月 (2027年10月)");
    expect(formatMonthJa("2019-04")).toBe("平成31年4月 (2019年4月)");
    expect(formatMonthJa("2019-05")).toBe("令和元年5月 (2019年5月)");
  });

  it("formats 年度 with the era of its calendar year", () => {
    expect(formatFiscalYear(2026)).toBe("令和8年度 (2026年度)");
    expect(formatFiscalYear(2019)).toBe("令和元年度 (2019年度)");
    expect(formatFiscalYear(2018)).toBe("平成30年度 (2018年度)");
    expect(formatFiscalYear(1989)).toBe("平成元年度 (1989年度)");
    expect(formatFiscalYear(1988)).toBe("昭和63年度 (1988年度)");
  });

  it("property: every day belongs to the 年度 whose range contains it", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1900-01-01"), max: new Date("2200-01-01"), noInvalidDate: true }),
        (d) => {
          const fy = fiscalYear(d);
          const { start, end } = fiscalYearRange(fy);
          const day = toIsoDate(d);
          return day >= start && day <= end;
        },
      ),
    );
  });
});

describe("parseWareki", () => {
  it.each([
    ["令和6年4月1日", "2024-04-01"],
    ["R6.4.1", "2024-04-01"],
    ["r6.4.1", "2024-04-01"],
    ["R06/04/01", "2024-04-01"],
    ["H31.4.30", "2019-04-30"],
    ["令和元年5月1日", "2019-05-01"],
    ["R1.5.1", "2019-05-01"],
    ["平成元年1月8日", "1989-01-08"],
    ["昭和64年1月7日", "1989-01-07"],
    ["S64.1.7", "1989-01-07"],
    ["令和8年4月1日 (2026年)", "2026-04-01"],
    ["令和８年４月１日", "2026-04-01"],
    ["Ｒ８．４．１", "2026-04-01"],
    ["2026-04-01", "2026-04-01"],
    ["2026/4/1", "2026-04-01"],
    ["2026年4月1日", "2026-04-01"],
  ])("%s → %s", (text, iso) => {
    const d = parseWareki(text);
    expect(d).not.toBeNull();
    expect(toIsoDate(d as Date)).toBe(iso);
    expect(d?.getTime()).toBe(jstDate(...(iso.split("-").map(Number) as [number, number, number])).getTime());
  });

  it.each([
    "H31.5.1", // 平成 had ended
    "R1.4.30", // 令和 had not begun
    "平成元年1月7日",
    "昭和64年1月8日",
    "令和6年2月30日",
    "R6.13.1",
    "R0.4.1",
    "令和8年4月1日 (2025年)", // 西暦 does not match
    "2026-02-29",
    "X6.4.1",
    "",
    "令和",
    "tomorrow",
  ])("rejects %s", (text) => {
    expect(parseWareki(text)).toBeNull();
  });

  it("accepts 2/29 in leap years only", () => {
    expect(toIsoDate(parseWareki("R6.2.29") as Date)).toBe("2024-02-29");
    expect(parseWareki("R7.2.29")).toBeNull();
  });

  const days = fc
    .date({
      min: new Date("1868-10-24T00:00:00Z"),
      max: new Date("2199-12-31T00:00:00Z"),
      noInvalidDate: true,
    })
    .map((d) => jstDate(jstParts(d).year, jstParts(d).month, jstParts(d).day));

  it("property: parse(formatWareki(d)) is d", () => {
    fc.assert(fc.property(days, (d) => parseWareki(formatWareki(d))?.getTime() === d.getTime()));
  });

  it("property: parse(formatDateJa(d)) and parse(formatWarekiShort(d)) are d", () => {
    fc.assert(
      fc.property(
        days,
        (d) =>
          parseWareki(formatDateJa(d))?.getTime() === d.getTime() &&
          parseWareki(formatWarekiShort(d))?.getTime() === d.getTime(),
      ),
    );
  });

  it("property: the era year and the 西暦 year agree", () => {
    fc.assert(
      fc.property(days, (d) => {
        const e = eraOf(d);
        return e !== null && e.era.start.year + e.year - 1 === jstParts(d).year && e.year >= 1;
      }),
    );
  });
});

describe("daysBetween", () => {
  it("counts JST calendar days", () => {
    expect(daysBetween("2026-03-31", "2026-04-01")).toBe(1);
    expect(daysBetween(jst("2026-03-31T23:59:00"), jst("2026-04-01T00:01:00"))).toBe(1);
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetween("2026-04-01", "2026-03-01")).toBe(-31);
  });
});

describe("JST day and time helpers", () => {
  const instant = fc.date({
    min: new Date("1970-01-01T00:00:00Z"),
    max: new Date("2100-01-01T00:00:00Z"),
    noInvalidDate: true,
  });

  it("start and end of the JST day", () => {
    expect(startOfJstDay("2026-04-01").toISOString()).toBe("2026-03-31T15:00:00.000Z");
    expect(endOfJstDay(new Date("2026-03-31T15:00:00Z")).toISOString()).toBe("2026-04-01T14:59:59.999Z");
    expect(atJstTime("2026-04-01", 9).toISOString()).toBe("2026-04-01T00:00:00.000Z");
  });

  it("addDays crosses months, leap days and years", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2025-02-28", 1)).toBe("2025-03-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-04-01", -1)).toBe("2026-03-31");
    expect(addDays(new Date("2026-03-31T15:30:00Z"), 0)).toBe("2026-04-01");
  });

  it("addMonths keeps the day, or the month's last day", () => {
    expect(addMonths("2026-03-31", -1)).toBe("2026-02-28");
    expect(addMonths("2024-03-31", -1)).toBe("2024-02-29");
    expect(addMonths("2026-01-15", -3)).toBe("2025-10-15");
    expect(addMonths("2026-11-30", 3)).toBe("2027-02-28");
  });

  it("property: addDays and daysBetween agree", () => {
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: -4000, max: 4000 }),
        (d, n) => daysBetween(d, addDays(d, n)) === n,
      ),
    );
  });

  it("property: an instant lies within its JST day", () => {
    fc.assert(
      fc.property(instant, (d) => {
        const t = d.getTime();
        return (
          startOfJstDay(d).getTime() <= t &&
          t <= endOfJstDay(d).getTime() &&
          toIsoDate(startOfJstDay(d)) === toIsoDate(d)
        );
      }),
    );
  });

  it("property: the next hh:mm JST is strictly later, within a day, and at that wall-clock time", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (d, h, m) => {
        const next = nextJstTime(d, h, m);
        const p = jstParts(next);
        const gap = next.getTime() - d.getTime();
        return gap > 0 && gap <= DAY_MS && p.hour === h && p.minute === m && p.second === 0;
      }),
    );
  });

  it("datetime-local values are read and written in JST", () => {
    expect(toJstLocalInput(new Date("2026-03-31T15:05:00Z"))).toBe("2026-04-01T00:05");
    expect(fromJstLocalInput("2026-04-01T00:05")).toBe("2026-04-01T00:05:00+09:00");
    expect(jstLocalInputToInstant("2026-04-01T00:05")?.toISOString()).toBe("2026-03-31T15:05:00.000Z");
    expect(fromJstLocalInput("2026-02-30T10:00")).toBeNull();
    expect(fromJstLocalInput("2026-04-01T24:00")).toBeNull();
    expect(fromJstLocalInput("")).toBeNull();
    expect(toJstIsoString("2026-04-01")).toBe("2026-04-01T00:00:00+09:00");
    expect(formatJstDateTime(new Date("2026-04-01T00:15:00Z"))).toBe("2026-04-01 09:15");
    expect(compactIsoDate(new Date("2026-03-31T15:00:00Z"))).toBe("20260401");
  });

  it("property: datetime-local round trip at minute precision", () => {
    fc.assert(
      fc.property(instant, (d) => {
        const minute = new Date(Math.floor(d.getTime() / 60_000) * 60_000);
        return jstLocalInputToInstant(toJstLocalInput(d))?.getTime() === minute.getTime();
      }),
    );
  });

  it("isIsoDate / parseIsoDate accept only days that exist", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2025-02-29")).toBe(false);
    expect(parseIsoDate("2026-04-01")?.toISOString()).toBe("2026-03-31T15:00:00.000Z");
    expect(parseIsoDate("2026-13-01")).toBeNull();
  });
});

describe("年度 and era boundaries, exhaustively", () => {
  it("every day 1990–2060 is in 年度 y (April–March) and its range", () => {
    for (let d = "1990-01-01"; d <= "2060-12-31"; d = addDays(d, 1)) {
      const [y, m] = d.split("-").map(Number);
      const fy = fiscalYear(d);
      expect(fy).toBe(m >= 4 ? y : y - 1);
      const { start, end } = fiscalYearRange(fy);
      expect(d >= start && d <= end).toBe(true);
    }
  });

  it("平成→令和: every day of 2019 belongs to the right era, and formats and parses back", () => {
    for (let d = "2019-01-01"; d <= "2019-12-31"; d = addDays(d, 1)) {
      const e = eraOf(d);
      expect(e?.era.name).toBe(d < "2019-05-01" ? "平成" : "令和");
      expect(e?.year).toBe(d < "2019-05-01" ? 31 : 1);
      expect(toIsoDate(parseWareki(formatWareki(d)) as Date)).toBe(d);
      expect(toIsoDate(parseWareki(formatWarekiShort(d)) as Date)).toBe(d);
    }
    expect(formatWareki("2019-05-01")).toBe("令和元年5月1日");
    expect(formatWareki("2019-04-30")).toBe("平成31年4月30日");
  });
});

describe("parseWareki: more forms", () => {
  const days = fc.integer({ min: 0, max: 200 * 366 }).map((n) => addDays("1868-10-23", n));

  it.each([
    ["R元.5.1", "2019-05-01"],
    ["令和元年5月1日", "2019-05-01"],
    ["R8.4.1", "2026-04-01"],
    ["令和8年4月1日", "2026-04-01"],
    ["2026/04/01", "2026-04-01"],
    [" 2026/4/1 ", "2026-04-01"],
    ["２０２６／４／１", "2026-04-01"],
  ])("%s → %s", (text, iso) => {
    expect(toIsoDate(parseWareki(text) as Date)).toBe(iso);
  });

  it("property: 西暦 written as YYYY-MM-DD, YYYY/M/D and YYYY年M月D日 parses back", () => {
    fc.assert(
      fc.property(days, (d) => {
        const [y, m, dd] = d.split("-").map(Number);
        return [d, `${y}/${m}/${dd}`, `${y}年${m}月${dd}日`].every(
          (t) => toIsoDate(parseWareki(t) as Date) === d,
        );
      }),
    );
  });

  it("property: arbitrary text never throws, and whatever parses is midnight JST of a real day", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (t) => {
        const d = parseWareki(t);
        return d === null || (startOfJstDay(d).getTime() === d.getTime() && isIsoDate(toIsoDate(d)));
      }),
    );
  });
});
