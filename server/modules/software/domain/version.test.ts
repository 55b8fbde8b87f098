import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareVersions, inRange, parseVersion } from "./version";

describe("version order", () => {
  it.each([
    ["2.4.58", "2.4.9", 1],
    ["2.0", "2.0.0", 0],
    ["5.0-rc1", "5.0", -1],
    ["5.0-beta2", "5.0-rc1", -1],
    ["1.1.1t", "1.1.1", 1],
    ["1.1.1a", "1.1.1t", -1],
    ["10.0.19041", "10.0.19045", -1],
    ["v2.3", "2.3", 0],
    ["Ver.3.0", "3.0", 0],
    ["1.0.1", "1.0.beta", 1],
  ])("%s vs %s", (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b) as number)).toBe(sign);
  });
  it.each(["v6 R4", "6.0 SP1 以前", "", "（不明）", "1..2", "R4"])("has no order for free text %j", (t) => {
    expect(parseVersion(t)).toBeNull();
  });

  const version = fc
    .array(fc.oneof(fc.integer({ min: 0, max: 30 }).map(String), fc.constantFrom("rc1", "beta", "a", "t")), {
      minLength: 1,
      maxLength: 4,
    })
    .map((parts) => (/^\d/.test(parts[0]) ? parts : ["1", ...parts]).join("."));
  it("is antisymmetric and transitive (property)", () => {
    fc.assert(
      fc.property(version, version, version, (a, b, c) => {
        const ab = compareVersions(a, b) as number;
        expect(Math.sign(compareVersions(b, a) as number)).toBe(-Math.sign(ab) || 0);
        const bc = compareVersions(b, c) as number;
        if (ab <= 0 && bc <= 0) expect(compareVersions(a, c) as number).toBeLessThanOrEqual(0);
      }),
    );
  });
  it("ranges hold at their bounds exactly as the bound's kind says (property)", () => {
    fc.assert(
      fc.property(version, (v) => {
        expect(inRange(v, { startIncluding: v })).toBe(true);
        expect(inRange(v, { startExcluding: v })).toBe(false);
        expect(inRange(v, { endIncluding: v })).toBe(true);
        expect(inRange(v, { endExcluding: v })).toBe(false);
        expect(inRange(v, { startIncluding: v, endIncluding: v })).toBe(true);
      }),
    );
  });
  it("ranges: inside, outside, unknown", () => {
    const log4j = { startIncluding: "2.0.1", endExcluding: "2.3.1" };
    expect(inRange("2.3.0", log4j)).toBe(true);
    expect(inRange("2.3.1", log4j)).toBe(false);
    expect(inRange("2.0", log4j)).toBe(false);
    expect(inRange("2.0.1", log4j)).toBe(true);
    expect(inRange("v6 R4", log4j)).toBeNull();
    // Outside one comparable bound is out even if the other bound cannot be compared.
    expect(inRange("1.0", { startIncluding: "2.0", endIncluding: "R9 (latest)" })).toBe(false);
  });
});
