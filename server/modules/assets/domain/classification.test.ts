import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listProfiles, loadProfile, type Profile, type Scheme } from "../../../profile";
import {
  allSchemes,
  assetFlags,
  childrenMap,
  containedClosure,
  copyLevels,
  effectiveLevels,
  handlingRestrictions,
  highestKey,
  initialClassification,
  isTopLevel,
  keysAtLeast,
  type Levels,
  loweredBelowSource,
  type RelationEdge,
  wouldCreateCycle,
} from "./classification";

const profiles: Profile[] = listProfiles().map((p) => loadProfile(p.id));

/** A random forest of containers: node i (i > 0) sits inside a node with a smaller index. */
const forest = (scheme: Scheme) =>
  fc.integer({ min: 1, max: 40 }).chain((n) =>
    fc.record({
      levels: fc.array(fc.option(fc.constantFrom(...scheme.levels.map((l) => l.key)), { nil: null }), {
        minLength: n,
        maxLength: n,
      }),
      parents: fc.array(fc.nat(), { minLength: n, maxLength: n }),
      kinds: fc.array(fc.constantFrom<RelationEdge["type"]>("contains", "stored_in", "runs_on"), {
        minLength: n,
        maxLength: n,
      }),
    }),
  );

function build(levels: (string | null)[], parents: number[], kinds: RelationEdge["type"][]) {
  const ids = levels.map((_, i) => `n${i}`);
  const rels: RelationEdge[] = [];
  for (let i = 1; i < ids.length; i++) {
    const parent = ids[parents[i] % i];
    const type = kinds[i];
    // contains: from (container) → to (child); stored_in / runs_on: from (child) → to (container)
    rels.push(
      type === "contains"
        ? { fromAssetId: parent, toAssetId: ids[i], type }
        : { fromAssetId: ids[i], toAssetId: parent, type },
    );
  }
  return { ids, rels };
}

/** Reference: the highest rank in the subtree, computed by walking parents naively. */
function subtreeMaxRank(scheme: Scheme, levels: (string | null)[], parents: number[], root: number) {
  let best: number | null = null;
  for (let i = 0; i < levels.length; i++) {
    let cur = i;
    let inside = cur === root;
    while (!inside && cur > 0) {
      cur = parents[cur] % cur;
      if (cur === root) inside = true;
    }
    if (!inside || levels[i] == null) continue;
    const rank = scheme.levels.find((l) => l.key === levels[i])?.rank as number;
    if (best == null || rank > best) best = rank;
  }
  return best;
}

describe("effective classification of containers (every scheme of every shipped profile; 西原村 3(2)⑤(ウ), 川崎市 第4章1(5)ウ, 第4章1(7)エ)", () => {
  for (const profile of profiles) {
    allSchemes(profile).forEach((scheme, si) => {
      it(`${profile.id} scheme #${si} (${scheme.title.en}): container = highest by rank of the subtree`, () => {
        const p: Profile = {
          ...profile,
          classification: { ...profile.classification, confidentiality: scheme },
        };
        fc.assert(
          fc.property(forest(scheme), ({ levels, parents, kinds }) => {
            const { ids, rels } = build(levels, parents, kinds);
            const children = childrenMap(rels);
            const own = (id: string): Levels => ({
              confidentiality: levels[Number(id.slice(1))],
              integrity: null,
              availability: null,
            });
            for (let i = 0; i < ids.length; i++) {
              const eff = effectiveLevels(p, own, children, ids[i]).confidentiality;
              const expected = subtreeMaxRank(scheme, levels, parents, i);
              const got = eff == null ? null : (scheme.levels.find((l) => l.key === eff)?.rank ?? null);
              expect(got).toBe(expected);
              // never below its own level
              if (levels[i] != null && got != null) {
                const ownRank = scheme.levels.find((l) => l.key === levels[i])?.rank as number;
                expect(got).toBeGreaterThanOrEqual(ownRank);
              }
            }
            // monotone: a container's effective rank ≥ each direct child's effective rank
            for (const [container, kids] of children) {
              const c = effectiveLevels(p, own, children, container).confidentiality;
              for (const k of kids) {
                const e = effectiveLevels(p, own, children, k).confidentiality;
                if (e == null) continue;
                const rank = (key: string | null) => scheme.levels.find((l) => l.key === key)?.rank ?? -1;
                expect(rank(c)).toBeGreaterThanOrEqual(rank(e));
              }
            }
          }),
          { numRuns: 60 },
        );
      });
    });
  }

  it("compares by rank, not by label or key (川崎市: 区分Ⅰ is the highest)", () => {
    const kawasaki = loadProfile("kawasaki");
    const c = kawasaki.classification.confidentiality;
    expect(highestKey(c, ["III", "I", "II"])).toBe("I");
    expect(highestKey(c, ["III", "II"])).toBe("II");
    expect(isTopLevel(c, "I")).toBe(true);
    expect(isTopLevel(c, "III")).toBe(false);
    expect(keysAtLeast(c, "II").sort()).toEqual(["I", "II"]);
    const nishihara = loadProfile("nishihara").classification.confidentiality;
    expect(highestKey(nishihara, ["1", "3", "2"])).toBe("3");
    expect(isTopLevel(nishihara, "3")).toBe(true);
    expect(isTopLevel(nishihara, "1")).toBe(false);
  });

  it("an unknown stored key fails closed (treated as top)", () => {
    const c = loadProfile("nishihara").classification.confidentiality;
    expect(isTopLevel(c, "zzz")).toBe(true);
  });
});

describe("cycles", () => {
  it("refuses a relation that would close a cycle, at any depth", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 30 }), fc.nat(), (n, pick) => {
        const rels: RelationEdge[] = [];
        for (let i = 1; i < n; i++)
          rels.push({ fromAssetId: `n${i - 1}`, toAssetId: `n${i}`, type: "contains" });
        const children = childrenMap(rels);
        const deep = `n${1 + (pick % (n - 1))}`;
        expect(wouldCreateCycle(children, deep, "n0")).toBe(true);
        expect(wouldCreateCycle(children, "n0", "n0")).toBe(true);
        expect(wouldCreateCycle(children, "n0", "other")).toBe(false);
        expect(containedClosure(children, "n0").size).toBe(n - 1);
      }),
    );
  });

  it("closure terminates on a cyclic graph", () => {
    const children = childrenMap([
      { fromAssetId: "a", toAssetId: "b", type: "contains" },
      { fromAssetId: "b", toAssetId: "a", type: "contains" },
    ]);
    expect([...containedClosure(children, "a")]).toEqual(["b"]);
  });

  it("copy_of is not containment", () => {
    const children = childrenMap([{ fromAssetId: "a", toAssetId: "b", type: "copy_of" }]);
    expect(containedClosure(children, "a").size).toBe(0);
  });
});

describe("copies and received assets (西原村 3(2)①(イ), 川崎市 第4章1(1)イ)", () => {
  for (const profile of profiles) {
    it(`${profile.id}: a copy inherits its source's levels and can only be raised`, () => {
      const keys = (s: "confidentiality" | "integrity" | "availability") =>
        profile.classification[s].levels.map((l) => l.key);
      const levelsArb = fc.record({
        confidentiality: fc.constantFrom(...keys("confidentiality")),
        integrity: fc.constantFrom(...keys("integrity")),
        availability: fc.constantFrom(...keys("availability")),
      });
      fc.assert(
        fc.property(levelsArb, levelsArb, (source, requested) => {
          const copy = copyLevels(profile, source, requested);
          expect(loweredBelowSource(profile, source, copy)).toEqual([]);
          const viol = loweredBelowSource(profile, source, requested);
          for (const v of viol) {
            const sch = profile.classification[v.scheme];
            const r = (k: string | null) => sch.levels.find((l) => l.key === k)?.rank ?? -1;
            expect(r(v.to)).toBeLessThan(r(v.from));
          }
          const init = initialClassification(profile, { origin: "created", requested: {}, copyOf: source });
          expect(init.levels).toEqual(source);
          expect(init.rule).toBe("copy_inherits");
        }),
        { numRuns: 50 },
      );
    });
  }

  it("received from inside takes the source's classification; unknown → pending", () => {
    const p = loadProfile("nishihara");
    const src = { confidentiality: "3", integrity: "2", availability: "1" };
    const a = initialClassification(p, {
      origin: "received_internal",
      requested: {},
      sourceClassification: src,
    });
    expect(a).toEqual({ levels: src, pending: false, rule: "received_takes_source" });
    const b = initialClassification(p, {
      origin: "received_internal",
      requested: {},
      sourceClassification: { confidentiality: "2" },
    });
    expect(b.pending).toBe(true);
    expect(b.rule).toBe("unknown_classification");
    const c = initialClassification(p, { origin: "received_external", requested: {} });
    expect(c.pending).toBe(true);
    const d = initialClassification(p, { origin: "created", requested: src });
    expect(d).toEqual({ levels: src, pending: false, rule: null });
  });
});

describe("handling restrictions and flags", () => {
  it("西原村 3(1), 3(2)⑦: each level shows exactly the restrictions the text gives it, with their clauses", () => {
    const p = loadProfile("nishihara");
    const top = handlingRestrictions(p, { confidentiality: "3", integrity: "1", availability: "1" });
    const mid = handlingRestrictions(p, { confidentiality: "2", integrity: "1", availability: "1" });
    const low = handlingRestrictions(p, { confidentiality: "1", integrity: "1", availability: "1" });
    expect(low).toEqual([]);
    // 機密性2: its row of the 3(1) table, nothing of 機密性3's row.
    expect(mid.map((r) => r.code)).not.toContain("no_unissued_devices");
    expect(mid.every((r) => r.clause === "nishihara:対策基準/3/(1)")).toBe(true);
    // 機密性3: its own row and what the 機密性2以上 clauses give it, each with that clause.
    const byCode = new Map(top.map((r) => [r.code, r.clause]));
    expect(byCode.get("no_unissued_devices")).toBe("nishihara:対策基準/3/(1)");
    expect(byCode.get("encrypt_mail")).toBe("nishihara:対策基準/3/(2)/⑦");
    expect(byCode.get("locked_case_transport")).toBe("nishihara:対策基準/3/(2)/⑧/(ア)");
    expect(byCode.get("encrypt_provision")).toBe("nishihara:対策基準/3/(2)/⑨/(ア)");
    expect(top.every((r) => r.level === "3" && r.scheme === "confidentiality")).toBe(true);
    const codes = top.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("川崎市 第4章1(1)ウ, 第4章1(8): 区分Ⅰ forbids internet mail and does not show 区分Ⅱ's 'encrypt when e-mailing'", () => {
    const k = loadProfile("kawasaki");
    const one = handlingRestrictions(k, { confidentiality: "I", integrity: "III", availability: "III" });
    const codes = one.map((x) => x.code);
    expect(codes).toContain("no_internet_mail");
    expect(codes).toContain("return_when_leaving_seat");
    expect(codes).not.toContain("encrypt_mail");
    expect(codes).not.toContain("hide_when_leaving_seat");
    expect(one.every((x) => x.clause.startsWith("kawasaki:"))).toBe(true);
    const two = handlingRestrictions(k, { confidentiality: "II", integrity: "III", availability: "III" });
    expect(two.map((x) => x.code)).toContain("encrypt_mail");
    expect(two.map((x) => x.code)).not.toContain("no_internet_mail");
  });

  for (const profile of profiles) {
    it(`${profile.id}: 特定個人情報 outside the mynumber zone is flagged unless an exception is recorded`, () => {
      fc.assert(
        fc.property(
          fc.boolean(),
          fc.constantFrom(null, "mynumber", "lgwan", "internet"),
          fc.option(fc.string({ minLength: 1, maxLength: 10 }), { nil: null }),
          (specific, zone, exceptionRef) => {
            const flags = assetFlags(profile, {
              specificPersonalInfo: specific,
              zone,
              exceptionRef,
              classificationPending: false,
            });
            const flagged = flags.some((f) => f.code === "specific_personal_info_outside_mynumber");
            expect(flagged).toBe(specific && zone !== "mynumber" && !exceptionRef?.trim());
            for (const f of flags) expect(f.clause).toContain(":");
          },
        ),
      );
    });
  }
});
