/**
 * The people of the directory as training needs them: every person with or without a login,
 * with their 課 and 局 on a given day. The directory keeps only the present 課; the day's 課 is
 * the one a later applied 人事異動 moved them out of (org's face, as server/modules/assurance
 * does), so an April transfer moves the person from that day on and leaves earlier figures where
 * they were. Everything is read through `server/directory`, org's face and auth's login lookup.
 */
import { peopleWithLogin } from "../../auth/logins";
import type { DbOrTx } from "../../db/client";
import {
  activePeopleByEmployeeNumber,
  activeUnitList,
  type MemberFacts,
  memberFactsOf,
  roleAssignmentsOn,
  type UnitInfo,
  unitsByIds,
} from "../../directory";
import { departmentsLeftAfter } from "../org";

export interface MemberOnDay {
  personId: string;
  name: string;
  employeeNumber: string | null;
  employmentType: string;
  departmentId: string | null;
  bureauId: string | null;
  hasLogin: boolean;
}

interface Placed {
  person: MemberFacts;
  departmentId: string | null;
  unit: UnitInfo | undefined;
  parent: UnitInfo | undefined;
}

/** These people (or every active person) placed in their 課 of the day, with the units around it. */
async function placeOnDay(db: DbOrTx, day: string, personIds?: readonly string[]): Promise<Placed[]> {
  // Sequential reads: inside a transaction PGlite has one connection.
  const people = await memberFactsOf(db, personIds);
  const left = await departmentsLeftAfter(db, day, personIds);
  const placed = people.map((person) => ({
    person,
    departmentId: left.has(person.id) ? (left.get(person.id) ?? null) : person.departmentId,
  }));
  const units = await unitsByIds(
    db,
    placed.map((p) => p.departmentId).filter((d): d is string => !!d),
  );
  const parents = await unitsByIds(
    db,
    [...units.values()].map((u) => u.parentId).filter((d): d is string => !!d),
  );
  return placed.map((p) => {
    const unit = p.departmentId ? units.get(p.departmentId) : undefined;
    return { ...p, unit, parent: unit?.parentId ? parents.get(unit.parentId) : undefined };
  });
}

function toMember(p: Placed, logins: Set<string>): MemberOnDay {
  const bureauId = p.unit?.kind === "bureau" ? p.unit.id : p.parent?.kind === "bureau" ? p.parent.id : null;
  return {
    personId: p.person.id,
    name: p.person.name,
    employeeNumber: p.person.employeeNumber,
    employmentType: p.person.employmentType,
    departmentId: p.departmentId,
    bureauId,
    hasLogin: logins.has(p.person.id),
  };
}

/** One person on a day (any person, active or not), or null. */
export async function memberOn(db: DbOrTx, personId: string, day: string): Promise<MemberOnDay | null> {
  const [placed] = await placeOnDay(db, day, [personId]);
  if (!placed) return null;
  return toMember(placed, await peopleWithLogin(db, [personId]));
}

/** Active people by 職員番号 (for imports). */
export const peopleByEmployeeNumber = activePeopleByEmployeeNumber;

/** Role keys each person held on the day (for role audiences). */
export async function roleKeysOn(
  db: DbOrTx,
  day: string,
  personIds?: readonly string[],
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const r of await roleAssignmentsOn(db, day, personIds))
    out.set(r.personId, [...(out.get(r.personId) ?? []), r.roleKey]);
  return out;
}

/** Units (課 and 局) with their names, for reports. */
export async function unitList(db: DbOrTx) {
  return (await activeUnitList(db)).map(({ id, name, code, kind, parentId }) => ({
    id,
    name,
    code,
    kind,
    parentId,
  }));
}

/** Which of the ids are active people of the directory. */
export async function activePersonIds(db: DbOrTx, ids: readonly string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const facts = await memberFactsOf(db, [...new Set(ids)]);
  return new Set(facts.filter((f) => f.active).map((f) => f.id));
}
