import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/client";
import type { Actor } from "../../http/context";
import { openTestDatabase } from "../../test/db";
import { actorOf, sqlKeeps, type TwinUnit, unitTree } from "../../test/unit-twins";
import { isMatchTask, matchTasksSql } from "./access";

let database: Database;
let units: TwinUnit[];
beforeAll(async () => {
  database = await openTestDatabase();
  units = await unitTree(database.db);
});
afterAll(async () => {
  await database?.close();
});

const person = (grants: Actor["grants"], departmentId: string | null = null): Actor => ({
  userId: "u",
  personId: randomUUID(),
  loginId: "x",
  name: "x",
  departmentId,
  bureauId: null,
  sessionId: "s",
  grants,
});
const grant = (duty: "own_assets" | "manage_network", scopeDepartmentId: string | null) => ({
  duty,
  scope: scopeDepartmentId ? ("department" as const) : ("organization" as const),
  scopeDepartmentId,
  roleKey: "r",
  deputyFor: null,
});

describe("a vulnerability match among one's tasks (#11 item 3: decided in access.ts, twinned in SQL)", () => {
  it("the owner's own match; an unowned match of a 課 whose assets one keeps; never by being a member or the network manager", () => {
    const ka = units[2];
    const owner = person([]);
    expect(isMatchTask(owner, { ...ka, ownerPersonId: owner.personId })).toBe(true);
    expect(isMatchTask(owner, { ...ka, ownerPersonId: null })).toBe(false);
    const keeper = person([grant("own_assets", ka.departmentId)]);
    expect(isMatchTask(keeper, { ...ka, ownerPersonId: null })).toBe(true);
    expect(isMatchTask(keeper, { ...ka, ownerPersonId: owner.personId })).toBe(false);
    expect(isMatchTask(keeper, { ...units[5], ownerPersonId: null })).toBe(false);
    expect(isMatchTask(person([], ka.departmentId), { ...ka, ownerPersonId: null })).toBe(false);
    expect(isMatchTask(person([grant("manage_network", null)]), { ...ka, ownerPersonId: null })).toBe(false);
  });

  it("the SQL twin keeps exactly the matches the predicate calls tasks", async () => {
    await fc.assert(
      fc.asyncProperty(
        actorOf(units, ["own_assets", "manage_department_security", "manage_network"]),
        fc.constantFrom(...units.slice(2)),
        fc.constantFrom("self", "other", "none"),
        async (actor, unit, owned) => {
          const ownerPersonId = owned === "self" ? actor.personId : owned === "other" ? randomUUID() : null;
          const kept = await sqlKeeps(
            database.db,
            "m",
            { department_id: unit.departmentId, owner_person_id: ownerPersonId },
            {},
            matchTasksSql(actor),
          );
          expect(kept).toBe(isMatchTask(actor, { ...unit, ownerPersonId }));
        },
      ),
      { numRuns: 80 },
    );
  });
});
