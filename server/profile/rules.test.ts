import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadProfile } from "./index";
import { type AssetFacts, evaluateApproval, evaluatePredicate } from "./rules";
import { ASSET_KINDS, ZONE_KEYS } from "./schema";

const nishihara = loadProfile("nishihara");
const kawasaki = loadProfile("kawasaki");

describe("evaluateApproval (table)", () => {
  it.each([
    [nishihara, "external_provision", [{ confidentiality: "3" }], true],
    [nishihara, "external_provision", [{ confidentiality: "機密性2" }], true],
    [nishihara, "external_provision", [{ confidentiality: "1" }], false],
    [nishihara, "external_provision", [{ confidentiality: "1" }, { confidentiality: "2" }], true],
    [nishihara, "disposal", [], true],
    [nishihara, "system_change", [{ confidentiality: "3" }], false],
    [kawasaki, "external_provision", [{ confidentiality: "I" }], true],
    [kawasaki, "external_provision", [{ confidentiality: "区分Ⅱ" }], true],
    [kawasaki, "external_provision", [{ confidentiality: "III" }], false],
    [kawasaki, "carry_out", [{ confidentiality: "III", kind: "document" }], false],
    [kawasaki, "carry_out", [{ confidentiality: "III", kind: "medium" }], true],
  ] as const)("%#: %s %s → %s", (profile, kind, assets, required) => {
    const decision = evaluateApproval(profile, kind, assets as unknown as AssetFacts[]);
    expect(decision.required).toBe(required);
    expect(decision.basis[0].clause).toMatch(/^(nishihara|kawasaki):/);
    expect(decision.approvers.length > 0).toBe(required);
  });

  it("names a multi-step approver chain in order", () => {
    const decision = evaluateApproval(nishihara, "software_install", []);
    expect(decision.approvers).toEqual([
      { step: 1, duty: "approve_software_install", scope: "department" },
      { step: 2, duty: "manage_network", scope: "organization" },
    ]);
  });
});

describe("evaluatePredicate (properties)", () => {
  const asset = fc.record({
    confidentiality: fc.constantFrom("I", "II", "III"),
    integrity: fc.constantFrom("I", "II", "III"),
    availability: fc.constantFrom("I", "II", "III"),
    zone: fc.constantFrom(...ZONE_KEYS),
    kind: fc.constantFrom(...ASSET_KINDS),
  });

  it("not inverts, any/all follow their members, and stricter assets never need less approval", () => {
    fc.assert(
      fc.property(asset, fc.constantFrom("I", "II", "III"), (a, threshold) => {
        const p = { confidentiality_at_least: threshold };
        const v = evaluatePredicate(kawasaki, p, a);
        expect(evaluatePredicate(kawasaki, { not: p }, a)).toBe(!v);
        expect(evaluatePredicate(kawasaki, { any: [p, { never: true }] }, a)).toBe(v);
        expect(evaluatePredicate(kawasaki, { all: [p, { always: true }] }, a)).toBe(v);
        if (v) expect(evaluatePredicate(kawasaki, p, { ...a, confidentiality: "I" })).toBe(true);
      }),
    );
  });

  it("approval over several assets is required iff some asset alone requires it", () => {
    fc.assert(
      fc.property(fc.array(asset, { minLength: 1, maxLength: 5 }), (assets) => {
        const together = evaluateApproval(kawasaki, "carry_out", assets).required;
        const alone = assets.some((a) => evaluateApproval(kawasaki, "carry_out", [a]).required);
        expect(together).toBe(alone);
      }),
    );
  });
});
