import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PlanStatus } from "../tables";
import { nextStatus, type PlanAction } from "./plan";

const STATUSES: PlanStatus[] = ["draft", "submitted", "approved", "in_effect", "reported"];
const ACTIONS: PlanAction[] = ["submit", "approve", "return", "put_in_effect", "report"];

describe("plan states", () => {
  it("西原村 (approval by the committee, 6.2(2)①): no plan takes effect unless approved", () => {
    expect(nextStatus("submitted", "put_in_effect", true)).toBeNull();
    expect(nextStatus("submitted", "approve", true)).toBe("approved");
    expect(nextStatus("approved", "put_in_effect", true)).toBe("in_effect");
  });

  it("川崎市 (no approval named, 第5章3): a submitted plan takes effect; approval does not exist", () => {
    expect(nextStatus("submitted", "approve", false)).toBeNull();
    expect(nextStatus("submitted", "put_in_effect", false)).toBe("in_effect");
  });

  it("every path moves forward only (except return to draft) and never reaches approved without approval", () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.array(fc.constantFrom(...ACTIONS), { maxLength: 12 }),
        (required, actions) => {
          let s: PlanStatus = "draft";
          for (const a of actions) {
            const n = nextStatus(s, a, required);
            if (!n) continue;
            if (a !== "return") expect(STATUSES.indexOf(n)).toBeGreaterThan(STATUSES.indexOf(s));
            if (!required) expect(n).not.toBe("approved");
            s = n;
          }
        },
      ),
    );
  });
});
