import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ChainLevel, fileRefusal, settled, unsettledLevels } from "./subcontracting";

/** A random chain: each level's parent is an earlier level (or none). */
const chainArb = fc
  .array(
    fc.record({
      parent: fc.nat(),
      top: fc.boolean(),
      decision: fc.constantFrom("approved", "refused", "open") as fc.Arbitrary<ChainLevel["decision"]>,
      consented: fc.boolean(),
    }),
    { maxLength: 12 },
  )
  .map((specs) => {
    const out: ChainLevel[] = [];
    specs.forEach((s, i) => {
      const parent = i === 0 || s.top ? null : out[s.parent % i];
      out.push({
        id: `L${i}`,
        parentId: parent?.id ?? null,
        level: parent ? parent.level + 1 : 1,
        contractorName: `事業者${i}`,
        decision: s.decision,
        consentOn: s.consented ? "2026-04-01" : null,
      });
    });
    return out;
  });

function ancestors(chain: readonly ChainLevel[], l: ChainLevel): ChainLevel[] {
  const out: ChainLevel[] = [];
  let p = chain.find((x) => x.id === l.parentId);
  while (p) {
    out.push(p);
    p = chain.find((x) => x.id === p?.parentId);
  }
  return out;
}

describe("subcontracting chain (川崎市 第2章9(1)イ 再々委託以降も同様; 西原村 9.1(2)⑧)", () => {
  it("blocks exactly the live levels that are not settled", () => {
    fc.assert(
      fc.property(chainArb, fc.boolean(), (chain, consent) => {
        const open = new Set(unsettledLevels(chain, consent).map((l) => l.id));
        for (const l of chain) {
          const gone = l.decision === "refused" || ancestors(chain, l).some((a) => a.decision === "refused");
          expect(open.has(l.id)).toBe(!gone && !settled(l, consent));
        }
      }),
    );
  });

  it("files a deeper level only under a settled one; the first level always", () => {
    fc.assert(
      fc.property(chainArb, fc.boolean(), (chain, consent) => {
        expect(fileRefusal(chain, null, consent)).toBeNull();
        for (const l of chain) expect(fileRefusal(chain, l.id, consent) === null).toBe(settled(l, consent));
        expect(fileRefusal(chain, "unknown", consent)).not.toBeNull();
      }),
    );
  });

  it("written consent counts only where the profile asks for it", () => {
    const l: ChainLevel = {
      id: "a",
      parentId: null,
      level: 1,
      contractorName: "x",
      decision: "approved",
      consentOn: null,
    };
    expect(settled(l, false)).toBe(true);
    expect(settled(l, true)).toBe(false);
    expect(settled({ ...l, consentOn: "2026-04-01" }, true)).toBe(true);
    expect(settled({ ...l, decision: "open", consentOn: "2026-04-01" }, true)).toBe(false);
  });
});
