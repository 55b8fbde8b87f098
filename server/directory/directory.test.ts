import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/client";
import { loadProfile } from "../profile";
import { openTestDatabase } from "../test/db";
import { assignRole, makeDepartment, makePerson } from "../test/factories";
import {
  type AssignmentFact,
  type DeputyFact,
  departmentUnit,
  holdersOf,
  matchHolders,
  personNames,
  personUnit,
  personUnitsOn,
} from ".";
import { deputies, roleAssignments } from "./tables";

const profile = loadProfile("nishihara");
const HOUR = 3600_000;

describe("matchHolders (pure)", () => {
  const fact = (over: Partial<AssignmentFact>): AssignmentFact => ({
    assignmentId: "a",
    personId: "p",
    name: "名",
    roleKey: "security_system_manager",
    scopeDepartmentId: null,
    personDepartmentId: null,
    personBureauId: null,
    ...over,
  });

  it("a department role covers its explicit scope, else the holder's department; organization roles cover all", () => {
    const facts = [
      fact({ assignmentId: "a1", personId: "own", name: "自課", personDepartmentId: "D1" }),
      fact({ assignmentId: "a2", personId: "other", name: "他課", personDepartmentId: "D2" }),
      fact({
        assignmentId: "a3",
        personId: "scoped",
        name: "指定",
        scopeDepartmentId: "D1",
        personDepartmentId: "D2",
      }),
      fact({ assignmentId: "a4", personId: "ciso", name: "副村長", roleKey: "ciso" }),
    ];
    const unit = { departmentId: "D1", bureauId: "B1" };
    expect(matchHolders(profile, "receive_incident_reports", unit, facts, []).map((h) => h.personId)).toEqual(
      ["scoped", "own", "ciso"],
    );
    expect(matchHolders(profile, "approve_carry_out", unit, facts, []).map((h) => h.personId)).toEqual([
      "scoped",
      "own",
    ]);
    // Organization: only organization-wide roles; anywhere: every holder.
    expect(
      matchHolders(profile, "receive_incident_reports", "organization", facts, []).map((h) => h.personId),
    ).toEqual(["ciso"]);
    expect(matchHolders(profile, "approve_carry_out", "anywhere", facts, []).length).toBe(3);
  });

  it("deputies follow their principal, for all roles or the one assignment named", () => {
    const facts = [fact({ assignmentId: "a1", personId: "head", personDepartmentId: "D1" })];
    const deps: DeputyFact[] = [
      { principalPersonId: "head", deputyPersonId: "dep1", deputyName: "代行1", roleAssignmentId: null },
      { principalPersonId: "head", deputyPersonId: "dep2", deputyName: "代行2", roleAssignmentId: "a1" },
      { principalPersonId: "head", deputyPersonId: "dep3", deputyName: "代行3", roleAssignmentId: "other" },
    ];
    const found = matchHolders(
      profile,
      "approve_carry_out",
      { departmentId: "D1", bureauId: null },
      facts,
      deps,
    );
    expect(found.map((h) => [h.personId, h.deputyFor])).toEqual([
      ["head", null],
      ["dep1", "head"],
      ["dep2", "head"],
    ]);
  });

  it("property: every holder's grant covers the unit, and every covering assignment is listed", () => {
    const units = ["D1", "D2", "B1"];
    const arbFact = fc.record({
      assignmentId: fc.uuid(),
      personId: fc.constantFrom("p1", "p2", "p3", "p4"),
      name: fc.constant("名"),
      roleKey: fc.constantFrom(...profile.roles.map((r) => r.key)),
      scopeDepartmentId: fc.option(fc.constantFrom(...units), { nil: null }),
      personDepartmentId: fc.option(fc.constantFrom("D1", "D2"), { nil: null }),
      personBureauId: fc.option(fc.constant("B1"), { nil: null }),
    });
    fc.assert(
      fc.property(
        fc.array(arbFact, { maxLength: 8 }),
        fc.constantFrom("D1", "D2"),
        fc.constantFrom(...new Set(profile.roles.flatMap((r) => r.duties))),
        (facts, dept, duty) => {
          const unit = { departmentId: dept, bureauId: "B1" };
          const found = matchHolders(profile, duty, unit, facts, []);
          const expected = new Set(
            facts
              .filter((f) => {
                const role = profile.roles.find((r) => r.key === f.roleKey);
                if (!role || !(role.duties as string[]).includes(duty)) return false;
                if (role.scope === "organization") return true;
                const covered =
                  f.scopeDepartmentId ??
                  (role.scope === "bureau"
                    ? (f.personBureauId ?? f.personDepartmentId)
                    : f.personDepartmentId);
                return covered === dept || covered === "B1";
              })
              .map((f) => f.personId),
          );
          expect(new Set(found.map((h) => h.personId))).toEqual(expected);
        },
      ),
    );
  });
});

describe("directory reads (database)", () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => database?.close());

  it("holders of a duty at a date: active people only, valid assignments only, deputies marked", async () => {
    const db = database.db;
    const bureau = await makeDepartment(db, { kind: "bureau", name: "総務部" });
    const dept = await makeDepartment(db, { parentId: bureau.id, name: "総務課" });
    const head = await makePerson(db, { name: "課長 一郎", departmentId: dept.id });
    const retired = await makePerson(db, { name: "退職 二郎", departmentId: dept.id, active: false });
    const future = await makePerson(db, { name: "将来 三郎", departmentId: dept.id });
    const deputy = await makePerson(db, { name: "代行 四郎", departmentId: dept.id });
    const inactiveDeputy = await makePerson(db, { name: "代行 五郎", departmentId: dept.id, active: false });
    const a = await assignRole(db, head.id, "security_system_manager");
    await assignRole(db, retired.id, "security_system_manager");
    await db
      .insert(roleAssignments)
      .values({ personId: future.id, roleKey: "security_system_manager", validFrom: "2099-04-01" });
    const now = new Date();
    for (const p of [deputy, inactiveDeputy])
      await db.insert(deputies).values({
        principalPersonId: head.id,
        deputyPersonId: p.id,
        roleAssignmentId: a.id,
        validFrom: new Date(now.getTime() - HOUR),
        validTo: new Date(now.getTime() + HOUR),
      });
    const unit = await departmentUnit(db, dept.id);
    expect(unit?.bureauId).toBe(bureau.id);
    const found = await holdersOf(
      db,
      profile,
      "approve_carry_out",
      { departmentId: dept.id, bureauId: bureau.id },
      now,
    );
    expect(found.map((h) => [h.name, h.deputyFor])).toEqual([
      ["課長 一郎", null],
      ["代行 四郎", head.id],
    ]);
    // After the deputy period, only the holder.
    const later = await holdersOf(
      db,
      profile,
      "approve_carry_out",
      { departmentId: dept.id, bureauId: null },
      new Date(now.getTime() + 2 * HOUR),
    );
    expect(later.map((h) => h.personId)).toEqual([head.id]);
  });

  it("a person's unit, units at a date, and display names", async () => {
    const db = database.db;
    const bureau = await makeDepartment(db, { kind: "bureau" });
    const dept = await makeDepartment(db, { parentId: bureau.id });
    const other = await makeDepartment(db);
    const p = await makePerson(db, { name: "表示 名前", departmentId: dept.id });
    await assignRole(db, p.id, "security_system_manager", other.id);
    await assignRole(db, p.id, "ciso");
    expect(await personUnit(db, p.id)).toMatchObject({
      departmentId: dept.id,
      bureauId: bureau.id,
      name: "表示 名前",
    });
    const units = await personUnitsOn(db, profile, p.id, "2026-04-01");
    expect(units?.home).toEqual({ departmentId: dept.id, bureauId: bureau.id });
    expect(units?.roles).toEqual(
      expect.arrayContaining([
        { roleKey: "security_system_manager", scope: "department", unitId: other.id },
        { roleKey: "ciso", scope: "organization", unitId: null },
      ]),
    );
    expect((await personNames(db, [p.id, p.id])).get(p.id)).toBe("表示 名前");
    expect(await personUnit(db, "00000000-0000-0000-0000-000000000000")).toBeNull();
  });
});
