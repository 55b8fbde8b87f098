import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EMPLOYMENT_TYPES } from "../../../../common/employment";
import { type AudiencePerson, inAudience } from "./audience";
import type { AudienceT } from "./types";

const EMPLOYMENT = [...EMPLOYMENT_TYPES];
const units = [
  "00000000-0000-4000-8000-000000000001",
  "00000000-0000-4000-8000-000000000002",
  "00000000-0000-4000-8000-000000000003",
];
const roles = ["ciso", "network_administrator", "security_system_manager", "system_staff"];

const person: fc.Arbitrary<AudiencePerson> = fc.record({
  employmentType: fc.constantFrom(...EMPLOYMENT),
  departmentId: fc.option(fc.constantFrom(...units), { nil: null }),
  bureauId: fc.option(fc.constantFrom(...units), { nil: null }),
  roleKeys: fc.uniqueArray(fc.constantFrom(...roles)),
});
const audience: fc.Arbitrary<AudienceT> = fc.oneof(
  fc.constant({ kind: "everyone" as const }),
  fc.record({
    kind: fc.constant("roles" as const),
    roleKeys: fc.uniqueArray(fc.constantFrom(...roles), { minLength: 1 }),
  }),
  fc.record({
    kind: fc.constant("employment" as const),
    types: fc.uniqueArray(fc.constantFrom(...(EMPLOYMENT as ["regular"])), { minLength: 1 }),
  }),
  fc.record({
    kind: fc.constant("departments" as const),
    unitIds: fc.uniqueArray(fc.constantFrom(...units), { minLength: 1 }),
  }),
);

describe("inAudience (6.2(2)②④)", () => {
  it("everyone includes every person, with or without a 課 or a role", () => {
    fc.assert(fc.property(person, (p) => inAudience({ kind: "everyone" }, p)));
  });

  it("a role audience holds exactly the people holding one of its roles", () => {
    fc.assert(
      fc.property(person, fc.uniqueArray(fc.constantFrom(...roles), { minLength: 1 }), (p, keys) => {
        expect(inAudience({ kind: "roles", roleKeys: keys }, p)).toBe(
          p.roleKeys.some((r) => keys.includes(r)),
        );
      }),
    );
  });

  it("a 局 in a departments audience covers every 課 below it; a person without a unit is never in it", () => {
    fc.assert(
      fc.property(person, fc.uniqueArray(fc.constantFrom(...units), { minLength: 1 }), (p, ids) => {
        const inIt = inAudience({ kind: "departments", unitIds: ids }, p);
        if (p.bureauId && ids.includes(p.bureauId)) expect(inIt).toBe(true);
        if (!p.departmentId && !p.bureauId) expect(inIt).toBe(false);
      }),
    );
  });

  it("widening an audience never drops anyone (monotone in its list)", () => {
    fc.assert(
      fc.property(
        audience,
        person,
        fc.constantFrom(...units),
        fc.constantFrom(...roles),
        (a, p, unit, role) => {
          const wider: AudienceT =
            a.kind === "departments"
              ? { ...a, unitIds: [...a.unitIds, unit] }
              : a.kind === "roles"
                ? { ...a, roleKeys: [...a.roleKeys, role] }
                : a.kind === "employment"
                  ? { ...a, types: [...a.types, "temporary"] }
                  : a;
          if (inAudience(a, p)) expect(inAudience(wider, p)).toBe(true);
        },
      ),
    );
  });

  it("depends only on the facts of the audience's kind", () => {
    fc.assert(
      fc.property(audience, person, person, (a, p, q) => {
        const mixed: AudiencePerson =
          a.kind === "roles"
            ? { ...q, roleKeys: p.roleKeys }
            : a.kind === "employment"
              ? { ...q, employmentType: p.employmentType }
              : a.kind === "departments"
                ? { ...q, departmentId: p.departmentId, bureauId: p.bureauId }
                : q;
        expect(inAudience(a, mixed)).toBe(inAudience(a, p));
      }),
    );
  });
});
