import { describe, expect, it } from "vitest";
import { markTotpStepUsed, nextTotpStep, unusedTotp } from "./server";

describe("bench TOTP steps (the server accepts each step once per user)", () => {
  it("offers the previous, current and next step in turn, then none", () => {
    expect(nextTotpStep(undefined, 100)).toBe(99);
    expect(nextTotpStep(99, 100)).toBe(100);
    expect(nextTotpStep(100, 100)).toBe(101);
    expect(nextTotpStep(101, 100)).toBeNull();
    // A step used long ago does not hold back the window.
    expect(nextTotpStep(40, 100)).toBe(99);
  });

  it("never hands out the same code twice for one user, nor the step an in-process sign-in used", async () => {
    markTotpStepUsed("bench-user", Date.now() - 30_000);
    const a = await unusedTotp("bench-user");
    const b = await unusedTotp("bench-user");
    expect(a).toMatch(/^\d{6}$/);
    expect(b).not.toBe(a);
  });
});
