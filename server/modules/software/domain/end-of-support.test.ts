import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fiscalYear } from "../../../../common/calendar";
import { calendarByFiscalYear, checkEndOfSupport, eosRefusal, warnFrom } from "./end-of-support";

const nishihara = {
  action: "refuse" as const,
  clause: "nishihara:対策基準/7.4/(1)/⑦",
  text: { ja: "…", en: "…" },
  budget_lead_months: 18,
};
const kawasaki = { ...nishihara, action: "flag" as const, clause: "kawasaki:基準/第10章/4/(3)" };
const today = "2026-04-01";

describe("end of support at registration", () => {
  it("refuses (西原村) or flags (川崎市) support that ends before the planned end of use, citing the clause", () => {
    const input = { endOfSupport: "2027-10-14", plannedEndOfUse: "2029-03-31", today };
    expect(checkEndOfSupport(input, nishihara)).toMatchObject({
      status: "ends_during_use",
      action: "refuse",
      clause: "nishihara:対策基準/7.4/(1)/⑦",
    });
    expect(checkEndOfSupport(input, kawasaki)).toMatchObject({
      status: "ends_during_use",
      action: "flag",
      clause: "kawasaki:基準/第10章/4/(3)",
    });
  });
  it("a refusal reads the clause's label and the dates in 和暦 with 西暦, never the raw id", () => {
    const found = checkEndOfSupport(
      { endOfSupport: "2027-10-14", plannedEndOfUse: "2029-03-31", today },
      nishihara,
    );
    if (found.status === "ok") throw new Error("expected a finding");
    expect(eosRefusal(found)).toEqual({
      ja: "登録できません: サポートが利用予定期間中（令和9年10月14日 (2027年)）に終了します（利用終了予定 令和11年3月31日 (2029年)）（根拠: 対策基準 7.4.(1)⑦）",
      en: "Cannot register: support ends (2027-10-14) before the planned end of use (2029-03-31) (clause: 対策基準 7.4.(1)⑦)",
    });
    const kw = checkEndOfSupport({ endOfSupport: "2025-10-14", plannedEndOfUse: null, today }, kawasaki);
    if (kw.status === "ok") throw new Error("expected a finding");
    expect(eosRefusal(kw).ja).toBe(
      "登録できません: 開発元のサポートは 令和7年10月14日 (2025年) に終了しています（根拠: 基準 第10章4.(3)）",
    );
  });
  it("support already ended", () => {
    expect(
      checkEndOfSupport({ endOfSupport: "2025-10-14", plannedEndOfUse: null, today }, nishihara),
    ).toMatchObject({ status: "ended", action: "refuse" });
  });
  it("unknown dates are flagged, never refused and never passed", () => {
    expect(
      checkEndOfSupport({ endOfSupport: null, plannedEndOfUse: "2030-03-31", today }, nishihara),
    ).toMatchObject({ status: "unknown", action: "flag" });
    expect(
      checkEndOfSupport({ endOfSupport: "2031-01-01", plannedEndOfUse: null, today }, nishihara),
    ).toMatchObject({ status: "unknown", action: "flag" });
  });
  it("support to the end of use or beyond is fine (the bound itself included)", () => {
    expect(
      checkEndOfSupport({ endOfSupport: "2030-03-31", plannedEndOfUse: "2030-03-31", today }, nishihara),
    ).toEqual({ status: "ok" });
  });
  it("ok exactly when support outlasts the use (property)", () => {
    const day = fc
      .date({ min: new Date("2026-04-02"), max: new Date("2040-01-01"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (eos, planned) => {
        const r = checkEndOfSupport({ endOfSupport: eos, plannedEndOfUse: planned, today }, nishihara);
        expect(r.status === "ok").toBe(eos >= planned);
      }),
    );
  });
  it("warns the budget lead time ahead", () => {
    expect(warnFrom("2027-10-14", 18)).toBe("2026-04-14");
    expect(warnFrom("2026-03-31", 1)).toBe("2026-02-28");
  });
});

describe("the end-of-support calendar under 年度 headings", () => {
  const ending = (endOfSupport: string, installations = 1) => ({
    productId: endOfSupport,
    vendor: "v",
    product: "p",
    version: "1",
    endOfSupport,
    installations,
    departments: 1,
  });

  it("March belongs to the 年度 before, April opens the next", () => {
    const years = calendarByFiscalYear(
      [ending("2027-03-31", 2), ending("2027-04-01"), ending("2028-02-10", 3), ending("2028-03-31")],
      18,
    );
    expect(
      years.map((y) => ({ fy: y.fiscalYear, months: y.months.map((m) => m.month), n: y.installations })),
    ).toEqual([
      { fy: 2026, months: ["2027-03"], n: 2 },
      { fy: 2027, months: ["2027-04", "2028-02", "2028-03"], n: 5 },
    ]);
    expect(years[1]).toMatchObject({ products: 3, warnFrom: "2025-10-01" });
  });

  it("property: every product once, under the 年度 and month of its end of support, years and months ascending", () => {
    const day = fc
      .date({ min: new Date("2020-01-01"), max: new Date("2040-12-31"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(day, { maxLength: 40 }), fc.integer({ min: 0, max: 36 }), (days, lead) => {
        const rows = days.sort().map((d, i) => ({ ...ending(d), productId: String(i) }));
        const years = calendarByFiscalYear(rows, lead);
        const flat = years.flatMap((y) =>
          y.months.flatMap((m) =>
            m.items.map((i) => {
              expect(fiscalYear(i.endOfSupport)).toBe(y.fiscalYear);
              expect(i.endOfSupport.slice(0, 7)).toBe(m.month);
              expect(i.warnFrom).toBe(warnFrom(i.endOfSupport, lead));
              return i.productId;
            }),
          ),
        );
        expect(flat).toEqual(rows.map((r) => r.productId));
        const fys = years.map((y) => y.fiscalYear);
        expect(new Set(fys).size).toBe(fys.length);
        expect([...fys].sort((a, b) => a - b)).toEqual(fys);
        for (const y of years) {
          const months = y.months.map((m) => m.month);
          expect(new Set(months).size).toBe(months.length);
          expect(y.warnFrom).toBe(y.months.flatMap((m) => m.items.map((i) => i.warnFrom)).sort()[0]);
        }
      }),
    );
  });
});
