import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasAcknowledged, requiredVersion, type VersionFact } from "./acknowledgement";

const history = (material: boolean[], currentIndex: number): VersionFact[] =>
  material.map((m, i) => ({
    number: i + 1,
    materialChange: m,
    everPublished: i <= currentIndex,
    current: i === currentIndex,
  }));

describe("read acknowledgement per version", () => {
  it("nothing is asked before a version is published", () => {
    expect(requiredVersion(history([true, false], -1))).toBeNull();
    expect(hasAcknowledged(null, [])).toBe(true);
  });
  it("the first version is always asked; a minor revision keeps an earlier acknowledgement valid", () => {
    expect(requiredVersion(history([false], 0))).toBe(1);
    expect(requiredVersion(history([true, false, false], 2))).toBe(1);
    expect(hasAcknowledged(1, [1])).toBe(true);
  });
  it("a material change asks again", () => {
    expect(requiredVersion(history([true, false, true, false], 3))).toBe(3);
    expect(hasAcknowledged(3, [1, 2])).toBe(false);
    expect(hasAcknowledged(3, [4])).toBe(true);
  });
  it("the required version is the last material (or first) version up to the current one", () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }), fc.nat(), (material, k) => {
        const cur = k % material.length;
        const req = requiredVersion(history(material, cur)) as number;
        expect(req).toBeGreaterThanOrEqual(1);
        expect(req).toBeLessThanOrEqual(cur + 1);
        // no material change after the required version up to the current one
        for (let n = req + 1; n <= cur + 1; n++) expect(material[n - 1]).toBe(false);
        expect(req === 1 || material[req - 1]).toBe(true);
      }),
    );
  });
});
