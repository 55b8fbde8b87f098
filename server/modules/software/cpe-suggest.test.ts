import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cpeWord, trigramSimilarity } from "./cpe-suggest";

describe("trigram similarity (as pg_trgm ranks CPE suggestions)", () => {
  it("is 1 for the same words, 0 for nothing in common, symmetric and within [0, 1]", () => {
    expect(trigramSimilarity("log4j", "log4j")).toBe(1);
    expect(trigramSimilarity("ios_xe", "IOS XE")).toBe(1);
    expect(trigramSimilarity("garoon", "zzzz")).toBe(0);
    expect(trigramSimilarity("", "x")).toBe(0);
    // pg_trgm: similarity('word', 'two words') = 0.36363637 (4 shared of 11)
    expect(trigramSimilarity("word", "two words")).toBeCloseTo(4 / 11, 6);
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const s = trigramSimilarity(a, b);
        expect(s).toBe(trigramSimilarity(b, a));
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
      }),
    );
  });
  it("spells typed names the CPE way", () => {
    expect(cpeWord(" Apache  Software Foundation ")).toBe("apache_software_foundation");
    expect(cpeWord("ＩＯＳ　ＸＥ")).toBe("ios_xe");
  });
});
