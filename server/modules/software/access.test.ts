import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { can } from "../../access";
import type { Actor, DutyGrant } from "../../http/context";
import "./access";

const D1 = "00000000-0000-0000-0000-000000000001";
const D2 = "00000000-0000-0000-0000-000000000002";
const B1 = "00000000-0000-0000-0000-0000000000b1";
const actor = (
  grants: Partial<DutyGrant>[] = [],
  departmentId: string | null = D1,
  personId = "p1",
): Actor => ({
  userId: "u",
  personId,
  loginId: "l",
  name: "n",
  departmentId,
  bureauId: null,
  sessionId: "s",
  grants: grants.map(
    (g) =>
      ({
        duty: "own_assets",
        scope: "department",
        scopeDepartmentId: null,
        roleKey: "r",
        deputyFor: null,
        ...g,
      }) as DutyGrant,
  ),
});
const unit = { departmentId: D2, bureauId: B1 };
const match = (
  o: Partial<{ ownerPersonId: string | null; acceptDuty: "chief_information_security_officer" | null }> = {},
) => ({
  ...unit,
  ownerPersonId: null,
  acceptDuty: "chief_information_security_officer" as const,
  ...o,
});

describe("software access", () => {
  it("staff see their own department only; the network manager sees all", () => {
    expect(can(actor(), "read", "software", { departmentId: D1, bureauId: null })).toBe(true);
    expect(can(actor(), "read", "software", unit)).toBe(false);
    expect(can(actor([{ duty: "manage_network", scope: "organization" }]), "read", "software", unit)).toBe(
      true,
    );
    expect(
      can(actor([{ duty: "own_assets", scope: "bureau", scopeDepartmentId: B1 }]), "read", "software", unit),
    ).toBe(true);
  });
  it("only keepers write the inventory; membership alone does not", () => {
    expect(can(actor([], D2), "write", "software", unit)).toBe(false);
    expect(can(actor([{ duty: "own_assets", scopeDepartmentId: D2 }]), "write", "software", unit)).toBe(true);
  });
  it("the shared product catalog is kept by any keeper of an inventory, anywhere; not by staff or the CISO", () => {
    expect(can(actor([], D1), "write", "software_product", null)).toBe(false);
    expect(
      can(
        actor([{ duty: "chief_information_security_officer", scope: "organization" }]),
        "write",
        "software_product",
        null,
      ),
    ).toBe(false);
    for (const duty of ["own_assets", "manage_department_security", "manage_network"] as const)
      expect(can(actor([{ duty, scopeDepartmentId: D2 }]), "write", "software_product", null)).toBe(true);
  });
  it("the owner decides their match wherever it is; acceptance needs the profile's duty", () => {
    expect(can(actor([], null, "owner"), "decide", "vuln_match", match({ ownerPersonId: "owner" }))).toBe(
      true,
    );
    expect(can(actor([], D2), "decide", "vuln_match", match())).toBe(false);
    expect(can(actor([], null, "owner"), "accept", "vuln_match", match({ ownerPersonId: "owner" }))).toBe(
      false,
    );
    const ciso = actor([{ duty: "chief_information_security_officer", scope: "organization" }]);
    expect(can(ciso, "accept", "vuln_match", match())).toBe(true);
    expect(can(ciso, "accept", "vuln_match", match({ acceptDuty: null }))).toBe(false);
  });
  it("importing advisories: the network manager (organization) or the administrator", () => {
    expect(can(actor(), "import", "vuln_advisory", null)).toBe(false);
    expect(
      can(actor([{ duty: "manage_network", scope: "organization" }]), "import", "vuln_advisory", null),
    ).toBe(true);
    expect(
      can(actor([{ duty: "administer_system", scope: "organization" }]), "import", "vuln_advisory", null),
    ).toBe(true);
  });
  it("a keeper of a department can always see it (property)", () => {
    const duty = fc.constantFrom(
      "own_assets",
      "manage_department_security",
      "manage_network",
    ) as fc.Arbitrary<"own_assets">;
    const scope = fc.constantFrom<"organization" | "department">("organization", "department");
    fc.assert(
      fc.property(duty, scope, (d, s) => {
        const a = actor([
          { duty: d, scope: s as "department", scopeDepartmentId: s === "organization" ? null : D2 },
        ]);
        if (can(a, "write", "software", unit)) expect(can(a, "read", "software", unit)).toBe(true);
      }),
    );
  });
});
