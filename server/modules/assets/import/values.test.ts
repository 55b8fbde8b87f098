import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ERAS } from "../../../../common/calendar";
import { loadProfile } from "../../../profile";
import { csvRecords } from "./csv";
import { csvText, encodeShiftJis } from "./test-helpers";
import {
  excelSerialToIso,
  isoToExcelSerial,
  parseBooleanCell,
  parseCountCell,
  parseDateCell,
  parseLevelCell,
} from "./values";

const PROFILES = ["mic-guideline", "nishihara", "kawasaki", "kamisu", "matsumoto-kouiki", "yamagata-gojokai"];

const day = fc
  .record({
    y: fc.integer({ min: 1900, max: 2099 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 31 }),
  })
  .filter(({ y, m, d }) => d <= new Date(Date.UTC(y, m, 0)).getUTCDate());
const pad = (n: number) => String(n).padStart(2, "0");
const isoOf = ({ y, m, d }: { y: number; m: number; d: number }) => `${y}-${pad(m)}-${pad(d)}`;

function eraOf(y: number, m: number, d: number) {
  const key = y * 10000 + m * 100 + d;
  return ERAS.find((e) => key >= e.start.year * 10000 + e.start.month * 100 + e.start.day);
}

describe("date cells (property)", () => {
  it("西暦 in every spelling, serials and Date cells give the same day", () => {
    fc.assert(
      fc.property(day, (x) => {
        const iso = isoOf(x);
        const forms = [
          `${x.y}/${x.m}/${x.d}`,
          iso,
          `${x.y}年${x.m}月${x.d}日`,
          `${x.y}${pad(x.m)}${pad(x.d)}`,
          `${x.y}/${x.m}/${x.d} 0:00:00`,
          new Date(Date.UTC(x.y, x.m - 1, x.d)),
          isoToExcelSerial(iso),
        ];
        for (const f of forms) expect(parseDateCell(f), String(f)).toEqual({ ok: true, value: iso });
      }),
    );
  });

  it("和暦 long and short forms give the same day", () => {
    fc.assert(
      fc.property(
        day.filter(({ y, m, d }) => y * 10000 + m * 100 + d >= 19121230),
        (x) => {
          const era = eraOf(x.y, x.m, x.d);
          if (!era) return;
          const n = x.y - era.start.year + 1;
          const iso = isoOf(x);
          expect(parseDateCell(`${era.name}${n === 1 ? "元" : n}年${x.m}月${x.d}日`)).toEqual({
            ok: true,
            value: iso,
          });
          expect(parseDateCell(`${era.letter}${n}.${x.m}.${x.d}`)).toEqual({ ok: true, value: iso });
        },
      ),
    );
  });

  it("serials round-trip and never invent a day", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 73050 }), (n) => {
        const iso = excelSerialToIso(n);
        expect(iso).not.toBeNull();
        expect(isoToExcelSerial(iso as string)).toBe(n);
      }),
    );
    expect(excelSerialToIso(60)).toBeNull(); // 1900-02-29 does not exist
    expect(excelSerialToIso(45383)).toBe("2024-04-01");
  });

  it("rejects days that do not exist and text that is not a date", () => {
    for (const bad of ["H31.5.1", "令和6年2月30日", "2024/13/1", "2024/4", "明日", "R0.1.1"])
      expect(parseDateCell(bad).ok, bad).toBe(false);
    expect(parseDateCell("")).toEqual({ ok: true, value: null });
  });
});

describe("levels of every profile (property)", () => {
  for (const id of PROFILES) {
    const profile = loadProfile(id);
    for (const scheme of ["confidentiality", "integrity", "availability"] as const) {
      const s = profile.classification[scheme];
      it(`${id} ${scheme}: key, label, English label and width variants find the level`, () => {
        fc.assert(
          fc.property(fc.constantFrom(...s.levels), fc.boolean(), (level, wide) => {
            const spellings = [level.key, level.label, level.label_en];
            for (const sp of spellings) {
              const text = wide
                ? sp.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
                : sp;
              expect(parseLevelCell(s, text), text).toEqual({ ok: true, value: level.key });
            }
          }),
        );
      });
      it(`${id} ${scheme}: unknown labels are refused, naming the allowed ones`, () => {
        fc.assert(
          fc.property(fc.string({ minLength: 1, maxLength: 8 }), (text) => {
            const r = parseLevelCell(s, `zz${text}`);
            if (r.ok) return;
            for (const l of s.levels) expect(r.message.ja).toContain(l.label);
          }),
        );
      });
    }
  }
});

describe("other cells", () => {
  it("有無 marks", () => {
    for (const v of ["有", "あり", "○", "〇", "はい", "Yes", "TRUE", 1, true])
      expect(parseBooleanCell(v as never)).toEqual({ ok: true, value: true });
    for (const v of ["無", "なし", "×", "いいえ", "no", "FALSE", 0, false])
      expect(parseBooleanCell(v as never)).toEqual({ ok: true, value: false });
    expect(parseBooleanCell("たぶん").ok).toBe(false);
  });
  it("counts", () => {
    expect(parseCountCell("1,234人")).toEqual({ ok: true, value: 1234 });
    expect(parseCountCell("１２件")).toEqual({ ok: true, value: 12 });
    expect(parseCountCell("約100").ok).toBe(false);
  });
});

describe("streaming CSV (property)", () => {
  const field = fc.string({ maxLength: 12 }).map((s) => s.replace(/\r/g, ""));
  it("any table survives CSV → bytes cut in random chunks → records, in UTF-8 and Shift_JIS", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.array(fc.oneof(field, fc.constantFrom("機密性２", "令和6年4月1日", 'a"b', "x,y", "改\n行")), {
            minLength: 2,
            maxLength: 4,
          }),
          {
            minLength: 1,
            maxLength: 6,
          },
        ),
        fc.integer({ min: 1, max: 7 }),
        fc.boolean(),
        async (table, cut, sjis) => {
          const rows = table.map((r) =>
            r.map((c) => c.replace(/[^\u0020-\u007e\n機密性２令和年月日改行]/g, "")),
          );
          const text = csvText(rows);
          const bytes = sjis ? encodeShiftJis(text) : Buffer.from(text);
          async function* chunks() {
            for (let i = 0; i < bytes.length; i += cut) yield bytes.subarray(i, i + cut);
          }
          const got: string[][] = [];
          for await (const r of csvRecords(chunks(), sjis ? { encoding: "shift_jis" } : {}))
            got.push(r.fields);
          expect(got).toEqual(rows.map((r) => (r.length === 1 && r[0] === "" ? [""] : r)));
        },
      ),
      { numRuns: 200 },
    );
  });
});
