import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DutyGrant } from "../../../http/context";
import { checkDecision, grantForStep } from "./sod";

const g = (
  duty: string,
  scope: "organization" | "bureau" | "department",
  dept: string | null,
  deputyFor: string | null = null,
): DutyGrant => ({ duty, scope, scopeDepartmentId: dept, roleKey: "r", deputyFor }) as DutyGrant;
const unit = { departmentId: "dA", bureauId: "bX" };
const step = { duty: "approve_carry_out", scope: "department" };

describe("separation of duties (pure)", () => {
  it("the requester is refused without a reason, allowed with one only where the profile allows it", () => {
    const base = {
      actorPersonId: "p",
      grants: [g("approve_carry_out", "department", "dA")],
      step,
      unit,
      requesterPersonId: "p",
      unlessUnavoidable: true,
      othersWhoCanDecide: [],
    };
    expect(checkDecision({ ...base, overrideReason: null })).toEqual({
      ok: false,
      code: "separation_of_duties",
    });
    expect(checkDecision({ ...base, overrideReason: "短い" })).toEqual({
      ok: false,
      code: "reason_required",
    });
    expect(checkDecision({ ...base, overrideReason: "課内に他の承認者がいないため" })).toMatchObject({
      ok: true,
      override: true,
    });
    expect(
      checkDecision({ ...base, unlessUnavoidable: false, overrideReason: "課内に他の承認者がいないため" }),
    ).toEqual({ ok: false, code: "override_not_allowed" });
  });
  it("a deputy acting for the requester is the requester's hand", () => {
    const r = checkDecision({
      actorPersonId: "d",
      grants: [g("approve_carry_out", "department", "dA", "p")],
      step,
      unit,
      requesterPersonId: "p",
      overrideReason: null,
      unlessUnavoidable: true,
      othersWhoCanDecide: [],
    });
    expect(r).toEqual({ ok: false, code: "separation_of_duties" });
  });
  it("西原村 2.(6)① やむを得ない場合を除き: with anyone else able to decide, an override is refused", () => {
    const r = checkDecision({
      actorPersonId: "p",
      grants: [g("approve_carry_out", "department", "dA")],
      step,
      unit,
      requesterPersonId: "p",
      overrideReason: "課内に他の承認者がいないため",
      unlessUnavoidable: true,
      othersWhoCanDecide: [{ personId: "q" }],
    });
    expect(r).toEqual({ ok: false, code: "others_can_decide" });
  });
  it("scope: department grants cover their department only; organization steps need organization grants", () => {
    expect(grantForStep([g("approve_carry_out", "department", "dB")], step, unit)).toBeNull();
    expect(grantForStep([g("approve_carry_out", "bureau", "bX")], step, unit)).not.toBeNull();
    expect(
      grantForStep(
        [g("manage_network", "department", "dA")],
        { duty: "manage_network", scope: "organization" },
        unit,
      ),
    ).toBeNull();
    expect(
      grantForStep(
        [g("manage_network", "organization", null)],
        { duty: "manage_network", scope: "organization" },
        unit,
      ),
    ).not.toBeNull();
  });
  it("property: a decision by the requester is never ok unless it is a recorded override", () => {
    const grant = fc.record({
      duty: fc.constantFrom("approve_carry_out", "manage_network", "approve_exception"),
      scope: fc.constantFrom("organization" as const, "bureau" as const, "department" as const),
      dept: fc.constantFrom("dA", "dB", "bX", null),
      deputyFor: fc.constantFrom(null, "p", "q"),
    });
    fc.assert(
      fc.property(
        fc.array(grant, { maxLength: 4 }),
        fc.constantFrom("p", "q", "d"),
        fc.option(fc.string({ maxLength: 20 }), { nil: null }),
        fc.boolean(),
        fc.boolean(),
        (gs, actor, reason, unless, othersExist) => {
          const r = checkDecision({
            actorPersonId: actor,
            grants: gs.map((x) => g(x.duty, x.scope, x.dept, x.deputyFor)),
            step,
            unit,
            requesterPersonId: "p",
            overrideReason: reason,
            unlessUnavoidable: unless,
            othersWhoCanDecide: othersExist ? [{ personId: "q" }] : [],
          });
          const actsAsRequester = actor === "p" || (r.ok && r.grant.deputyFor === "p");
          if (r.ok && actsAsRequester) {
            expect(r.override).toBe(true);
            expect(unless).toBe(true);
            expect(othersExist).toBe(false);
            expect((reason ?? "").trim().length).toBeGreaterThanOrEqual(10);
          }
        },
      ),
    );
  });
});
