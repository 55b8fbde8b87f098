import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareLevels, findLevel, isAtLeast, levelsByRank, maxByRank } from "./classification";
import { loadProfile } from "./index";
import { SCHEME_KEYS, type Scheme } from "./schema";

const SHIPPED = ["mic-guideline", "nishihara", "kamisu", "matsumoto-kouiki", "yamagata-gojokai", "kawasaki"];

/** Every scheme of every shipped profile, including the MIC R6.10 option. */
function allSchemes(): [string, Scheme][] {
  const out: [string, Scheme][] = [];
  for (const id of SHIPPED) {
    const p = loadProfile(id);
    for (const key of SCHEME_KEYS) out.push([`${id}/${key}`, p.classification[key]]);
    for (const option of p.classification.confidentiality_options)
      out.push([
        `${id}/option:${option.key}`,
        { title: option.title, levels: option.levels, clause: option.clause },
      ]);
  }
  return out;
}

describe.each(allSchemes())("levels of %s compare by rank", (_name, scheme) => {
  const keys = scheme.levels.map((l) => l.key);
  const anyKey = fc.constantFrom(...keys);
  const rank = (k: string) => findLevel(scheme, k)?.rank ?? Number.NaN;

  it("comparison is antisymmetric and agrees with rank", () => {
    fc.assert(
      fc.property(anyKey, anyKey, (a, b) => {
        expect(compareLevels(scheme, a, b)).toBe(-compareLevels(scheme, b, a) || 0);
        expect(compareLevels(scheme, a, b)).toBe(Math.sign(rank(a) - rank(b)));
      }),
    );
  });

  it("isAtLeast is transitive", () => {
    fc.assert(
      fc.property(anyKey, anyKey, anyKey, (a, b, c) => {
        if (isAtLeast(scheme, a, b) && isAtLeast(scheme, b, c)) expect(isAtLeast(scheme, a, c)).toBe(true);
      }),
    );
  });

  it("maxByRank is the strictest and is at least every member", () => {
    fc.assert(
      fc.property(fc.array(anyKey, { minLength: 1, maxLength: 6 }), (refs) => {
        const max = maxByRank(scheme, refs);
        for (const r of refs) expect(isAtLeast(scheme, max?.key ?? "", r)).toBe(true);
        expect(refs).toContain(max?.key);
      }),
    );
  });

  it("labels and aliases find the same level as the key", () => {
    for (const level of scheme.levels) {
      expect(findLevel(scheme, level.label)?.key).toBe(level.key);
      for (const alias of level.aliases) expect(findLevel(scheme, alias)?.key).toBe(level.key);
    }
  });
});

describe("spellings", () => {
  it("accepts 機密性2, 区分Ⅱ, 2 and full-width digits", () => {
    const nishihara = loadProfile("nishihara").classification.confidentiality;
    const kawasaki = loadProfile("kawasaki").classification.confidentiality;
    expect(findLevel(nishihara, "機密性2")?.key).toBe("2");
    expect(findLevel(nishihara, "機密性３")?.key).toBe("3");
    expect(findLevel(nishihara, "2")?.key).toBe("2");
    expect(findLevel(kawasaki, "区分Ⅱ")?.key).toBe("II");
    expect(findLevel(kawasaki, "2")?.key).toBe("II");
    expect(findLevel(kawasaki, "区分Ⅰ")?.rank).toBeGreaterThan(findLevel(kawasaki, "区分Ⅲ")?.rank ?? 99);
    expect(levelsByRank(kawasaki).map((l) => l.label)).toEqual(["区分Ⅰ", "区分Ⅱ", "区分Ⅲ"]);
    expect(findLevel(nishihara, "機密性9")).toBeUndefined();
  });
});
