import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AudienceSpec, inAudience, isEmptyAudience, normalizeAudience, unionAudience } from "./audience";

const unit = fc.constantFrom("d1", "d2", "d3", "b1", "b2");
const role = fc.constantFrom("ciso", "network_administrator", "security_system_manager", "csirt");
const spec: fc.Arbitrary<AudienceSpec> = fc.record({
  everyone: fc.boolean(),
  roles: fc.array(role, { maxLength: 4 }),
  departments: fc.array(unit, { maxLength: 4 }),
});
const member = fc.record({
  departmentId: fc.option(unit, { nil: null }),
  bureauId: fc.option(unit, { nil: null }),
  roleKeys: fc.array(role, { maxLength: 3 }),
});

describe("audience of a published document", () => {
  it("everyone contains every person; an empty audience contains nobody", () => {
    fc.assert(
      fc.property(member, (m) => {
        expect(inAudience({ everyone: true, roles: [], departments: [] }, m)).toBe(true);
        expect(inAudience({ everyone: false, roles: [], departments: [] }, m)).toBe(false);
      }),
    );
  });
  it("membership is by role held, or by the 課 or the 局 above it", () => {
    fc.assert(
      fc.property(spec, member, (s, m) => {
        const expected =
          s.everyone ||
          m.roleKeys.some((r) => s.roles.includes(r)) ||
          (m.departmentId !== null && s.departments.includes(m.departmentId)) ||
          (m.bureauId !== null && s.departments.includes(m.bureauId));
        expect(inAudience(s, m)).toBe(expected);
      }),
    );
  });
  it("the union holds exactly the members of either; adding to an audience never removes anyone", () => {
    fc.assert(
      fc.property(spec, spec, member, (a, b, m) => {
        const u = unionAudience(a, b);
        expect(inAudience(u, m)).toBe(inAudience(a, m) || inAudience(b, m));
        if (inAudience(a, m)) expect(inAudience(u, m)).toBe(true);
      }),
    );
  });
  it("normalizing keeps the same members and is idempotent", () => {
    fc.assert(
      fc.property(spec, member, (s, m) => {
        const n = normalizeAudience(s);
        expect(inAudience(n, m)).toBe(inAudience(s, m));
        expect(normalizeAudience(n)).toEqual(n);
        expect(isEmptyAudience(n)).toBe(isEmptyAudience(s));
      }),
    );
  });
});
