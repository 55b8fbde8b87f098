/**
 * Property tests of reading typed dates (parseWareki, used by the web app's date fields) at the
 * places clerks get wrong: era changes (平成31年4月30日 → 令和元年5月1日) and 年度 changes
 * (3月31日 → 4月1日). Every day written in 和暦 long form, short form (R8.4.1) or 西暦 reads back
 * to the same day; a day outside its era's span is refused.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ERAS,
  fiscalYear,
  formatDateJa,
  formatWareki,
  formatWarekiShort,
  jstDate,
  parseWareki,
  toIsoDate,
} from "./calendar";

const DAY = 86_400_000;

/** Days within ±400 days of every era's first day and of every 4月1日 from 1990 to 2040. */
const boundaries = [
  ...ERAS.map((e) => jstDate(e.start.year, e.start.month, e.start.day).getTime()),
  ...Array.from({ length: 51 }, (_, i) => jstDate(1990 + i, 4, 1).getTime()),
];
const nearBoundary = fc
  .tuple(fc.constantFrom(...boundaries), fc.integer({ min: -400, max: 400 }))
  .map(([t, offset]) => new Date(t + offset * DAY));

describe("parseWareki near era and 年度 boundaries", () => {
  it("reads back every written form of a day", () => {
    fc.assert(
      fc.property(nearBoundary, (d) => {
        const iso = toIsoDate(d);
        for (const text of [
          formatWareki(d),
          formatWarekiShort(d),
          formatDateJa(d),
          iso,
          iso.replaceAll("-", "/"),
        ])
          expect(toIsoDate(parseWareki(text) as Date), text).toBe(iso);
      }),
      { numRuns: 300 },
    );
  });

  it("refuses a day written in an era that had not begun or had ended", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: ERAS.length - 2 }),
        fc.integer({ min: 1, max: 30 }),
        (i, back) => {
          const newer = ERAS[i];
          const start = jstDate(newer.start.year, newer.start.month, newer.start.day);
          const before = new Date(start.getTime() - back * DAY);
          const p = before.getTime();
          const y = newer.start.year;
          const [m, d] = toIsoDate(p).slice(5).split("-").map(Number);
          // The same calendar day named in the newer era (e.g. R1.4.30) does not exist.
          const yearInNewer = Number(toIsoDate(p).slice(0, 4)) - y + 1;
          if (yearInNewer >= 1) expect(parseWareki(`${newer.letter}${yearInNewer}.${m}.${d}`)).toBeNull();
          // And the older era's name for the new era's first day is refused too (H31.5.1).
          const older = ERAS[i + 1];
          const sy = newer.start.year - older.start.year + 1;
          expect(parseWareki(`${older.letter}${sy}.${newer.start.month}.${newer.start.day}`)).toBeNull();
        },
      ),
    );
  });

  it("puts 3月31日 and 4月1日 in consecutive 年度 whatever the era", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2040 }), (y) => {
        const march = parseWareki(formatWareki(jstDate(y, 3, 31))) as Date;
        const april = parseWareki(formatWarekiShort(jstDate(y, 4, 1))) as Date;
        expect(fiscalYear(march)).toBe(y - 1);
        expect(fiscalYear(april)).toBe(y);
      }),
    );
  });

  it("reads the examples a clerk types", () => {
    for (const text of ["令和8年4月1日", "R8.4.1", "2026-04-01", "r8.4.1", "令和８年４月１日", "2026/4/1"])
      expect(toIsoDate(parseWareki(text) as Date), text).toBe("2026-04-01");
    expect(toIsoDate(parseWareki("令和元年5月1日") as Date)).toBe("2019-05-01");
    expect(parseWareki("平成31年5月1日")).toBeNull();
  });
});
