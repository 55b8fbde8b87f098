import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/client";
import { openTestDatabase } from "../../test/db";
import { actorOf, sqlKeeps, type TwinUnit, unitTree } from "../../test/unit-twins";
import { isMyContract, isMyService, myContractsSql, myServicesSql } from "./access";

let database: Database;
let units: TwinUnit[];
beforeAll(async () => {
  database = await openTestDatabase();
  units = await unitTree(database.db);
});
afterAll(async () => {
  await database?.close();
});

const DUTIES = ["manage_department_security", "manage_network", "view_all_departments"] as const;

describe("the suppliers 'mine' views (#11 item 3: decided in access.ts, twinned in SQL)", () => {
  it("a contract is mine when it is my 課's or I keep its unit; not when I only oversee it", () => {
    const [bureau, , kaUnder] = [units[0], units[1], units[2]];
    const base = { userId: "u", personId: randomUUID(), loginId: "x", name: "x", sessionId: "s" };
    const member = {
      ...base,
      personId: randomUUID(),
      departmentId: kaUnder.departmentId,
      bureauId: kaUnder.bureauId,
      grants: [],
    };
    const bureauKeeper = {
      ...base,
      departmentId: null,
      bureauId: null,
      grants: [
        {
          duty: "manage_department_security" as const,
          scope: "bureau" as const,
          scopeDepartmentId: bureau.departmentId,
          roleKey: "r",
          deputyFor: null,
        },
      ],
    };
    const overseer = {
      ...base,
      departmentId: null,
      bureauId: null,
      grants: [
        {
          duty: "manage_network" as const,
          scope: "organization" as const,
          scopeDepartmentId: null,
          roleKey: "r",
          deputyFor: null,
        },
      ],
    };
    expect(isMyContract(member, kaUnder)).toBe(true);
    expect(isMyContract(member, units[5])).toBe(false);
    expect(isMyContract(bureauKeeper, kaUnder)).toBe(true);
    expect(isMyContract(bureauKeeper, units[4])).toBe(false);
    expect(isMyContract(overseer, kaUnder)).toBe(false);
    const service = { ...units[5], managerPersonId: overseer.personId };
    expect(isMyService(overseer, service)).toBe(true);
    expect(isMyService(member, service)).toBe(false);
  });

  it("the SQL twins keep exactly the contracts and services the predicates call mine", async () => {
    await fc.assert(
      fc.asyncProperty(
        actorOf(units, DUTIES),
        fc.constantFrom(...units.slice(2)),
        fc.boolean(),
        async (actor, unit, managed) => {
          const manager = managed ? actor.personId : randomUUID();
          const contractSql = await sqlKeeps(
            database.db,
            "c",
            { department_id: unit.departmentId },
            {},
            myContractsSql(actor, sql`c.department_id`),
          );
          expect(contractSql).toBe(isMyContract(actor, unit));
          const serviceSql = await sqlKeeps(
            database.db,
            "s",
            { department_id: unit.departmentId, manager_person_id: manager },
            {},
            myServicesSql(actor),
          );
          expect(serviceSql).toBe(isMyService(actor, { ...unit, managerPersonId: manager }));
        },
      ),
      { numRuns: 80 },
    );
  });
});
