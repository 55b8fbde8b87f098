import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inventoryDeadline, lifecycleOnStatus, retentionEnd, statusChangeAllowed } from "./lifecycle";

describe("lifecycle", () => {
  it("retention ends on 3/31 of the 年度 after the counted years", () => {
    expect(retentionEnd("2026-05-01", 5)).toBe("2032-03-31");
    expect(retentionEnd("2027-03-31", 5)).toBe("2032-03-31");
    expect(retentionEnd("2027-04-01", 1)).toBe("2029-03-31");
    expect(retentionEnd("2025-03-31", 0)).toBe("2025-03-31");
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }),
        fc.integer({ min: 0, max: 50 }),
        (d, y) => {
          const iso = d.toISOString().slice(0, 10);
          const end = retentionEnd(iso, y);
          // 0 years ends with the creation's own 年度: on 3/31 that is the same day.
          expect(y === 0 ? end >= iso : end > iso).toBe(true);
          expect(end.endsWith("-03-31")).toBe(true);
        },
      ),
    );
  });
  it("inventory deadline from the profile's MM-DD within the 年度", () => {
    expect(inventoryDeadline(2026, "08-31")).toBe("2026-08-31");
    expect(inventoryDeadline(2026, "03-31")).toBe("2027-03-31");
    expect(inventoryDeadline(2026, undefined)).toBeNull();
  });
  it("status changes set lifecycle dates and disposal is final", () => {
    expect(lifecycleOnStatus({ inUseSince: null, disposedOn: null }, "in_use", "2026-04-02")).toEqual({
      statusChangedOn: "2026-04-02",
      inUseSince: "2026-04-02",
    });
    expect(
      lifecycleOnStatus({ inUseSince: "2020-01-01", disposedOn: null }, "disposed", "2026-04-02"),
    ).toEqual({
      statusChangedOn: "2026-04-02",
      disposedOn: "2026-04-02",
    });
    expect(statusChangeAllowed("disposed", "in_use")).toBe(false);
    expect(statusChangeAllowed("lent", "in_use")).toBe(true);
    expect(statusChangeAllowed("lent", "lent")).toBe(false);
  });
});
