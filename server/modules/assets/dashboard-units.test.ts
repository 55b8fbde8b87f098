import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Duty } from "../../../common/duties";
import { can } from "../../access";
import type { Actor } from "../../http/context";
import { actorOf, type TwinUnit } from "../../test/unit-twins";
import { ASSET_VIEW_DUTIES, dashboardUnits } from "./access";

/** A unit tree without a database: the dashboard's units are decided from the grants alone. */
const B = randomUUID();
const units: TwinUnit[] = [
  { departmentId: B, bureauId: null },
  { departmentId: randomUUID(), bureauId: B },
  { departmentId: randomUUID(), bureauId: B },
  { departmentId: randomUUID(), bureauId: null },
];
const grant = (duty: Duty, scopeDepartmentId: string | null) => ({
  duty,
  scope: scopeDepartmentId ? ("department" as const) : ("organization" as const),
  scopeDepartmentId,
  roleKey: "r",
  deputyFor: null,
});
const person = (departmentId: string | null, grants: Actor["grants"]): Actor => ({
  userId: "u",
  personId: randomUUID(),
  loginId: "x",
  name: "x",
  departmentId,
  bureauId: null,
  sessionId: "s",
  grants,
});

describe("the asset dashboard's units (#11 item 3: decided in assets/access.ts)", () => {
  it("my departments: own 課 and scoped view grants; an organization-wide viewer only their own 課", () => {
    const [, ka1, ka2, loose] = units;
    expect(dashboardUnits(person(ka1.departmentId, [])).mine).toEqual([ka1.departmentId]);
    expect(dashboardUnits(person(ka1.departmentId, [grant("view_all_departments", null)])).mine).toEqual([
      ka1.departmentId,
    ]);
    expect(
      dashboardUnits(person(ka1.departmentId, [grant("own_assets", ka2.departmentId)])).mine.sort(),
    ).toEqual([ka1.departmentId, ka2.departmentId].sort());
    expect(dashboardUnits(person(null, [])).mine).toEqual([]);
    expect(dashboardUnits(person(loose.departmentId, [])).inventory).toEqual([]);
    expect(dashboardUnits(person(null, [grant("own_assets", null)])).inventory).toBe("all");
  });

  it("every inventory unit is one where the rule lets the actor record results; every 'mine' unit one they may view", () => {
    fc.assert(
      fc.property(actorOf(units, [...ASSET_VIEW_DUTIES, "manage_network"]), (actor) => {
        const { mine, inventory } = dashboardUnits(actor);
        const ref = (id: string) => ({
          departmentId: id,
          bureauId: units.find((u) => u.departmentId === id)?.bureauId ?? null,
        });
        for (const id of mine) expect(can(actor, "viewInventory", "asset_department", ref(id))).toBe(true);
        if (inventory === "all")
          expect(actor.grants.some((g) => g.duty === "own_assets" && g.scope === "organization")).toBe(true);
        else
          for (const id of inventory) expect(can(actor, "inventory", "asset_department", ref(id))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
