import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkEndOfSupport, warnFrom } from "./end-of-support";

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
