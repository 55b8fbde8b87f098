/**
 * What assurance reads of people, units and role assignments, all through `server/directory`
 * (and, for the 課 a person was in on a past date, the 人事異動 history through org's face).
 * Auditor independence is judged as of the audit's start date: the auditor's 課 that day and the
 * roles valid that day.
 */
import type { Duty } from "../../../common/duties";
import type { DbOrTx } from "../../db/client";
import {
  activePeopleUnitsSql,
  activeUnitList,
  findPerson,
  roleAssignmentsOn,
  unitsByIds,
} from "../../directory";
import type { Profile } from "../../profile";
import { departmentsLeftAfter } from "../org";

export type { UnitInfo } from "../../directory";
export { unitsByIds };

/** Active departments (課) with their bureau, and active bureaus. */
export async function activeUnits(db: DbOrTx) {
  const rows = await activeUnitList(db);
  const bureaus = new Set(rows.filter((r) => r.kind === "bureau").map((r) => r.id));
  return {
    departments: rows
      .filter((r) => r.kind === "department")
      .map((r) => ({ id: r.id, bureauId: r.parentId && bureaus.has(r.parentId) ? r.parentId : null })),
    bureaus: [...bureaus],
  };
}

/** Active people with their 課 and 局, as a (person_id, department_id, bureau_id) SQL source for INSERT … SELECT. */
export const activePeopleSql = activePeopleUnitsSql;

/**
 * A person's 課 on a date: the department they were moved out of by the first transfer applied
 * after that date, or their present department when no later transfer moved them.
 */
export async function personUnitAt(
  db: DbOrTx,
  personId: string,
  date: string,
): Promise<{ departmentId: string | null; bureauId: string | null }> {
  // One after the other: inside a transaction (PGlite has one connection) reads do not overlap.
  const person = await findPerson(db, personId);
  const left = await departmentsLeftAfter(db, date, [personId]);
  const departmentId = left.has(personId) ? (left.get(personId) ?? null) : (person?.departmentId ?? null);
  if (!departmentId) return { departmentId: null, bureauId: null };
  const unit = (await unitsByIds(db, [departmentId])).get(departmentId);
  return {
    departmentId,
    bureauId: unit?.kind === "bureau" ? unit.id : (unit?.parentId ?? null),
  };
}

/**
 * The units (null = organization-wide) of the roles a person held on a date whose duties `counts`
 * (the caller's rule, e.g. independence's roleOwnsWork) accepts.
 */
export async function roleScopesAt(
  db: DbOrTx,
  profile: Profile,
  personId: string,
  date: string,
  counts: (duties: readonly Duty[]) => boolean,
): Promise<Array<{ roleKey: string; scopeDepartmentId: string | null }>> {
  const rows = await roleAssignmentsOn(db, date, [personId]);
  return rows
    .filter((r) => {
      const role = profile.roles.find((x) => x.key === r.roleKey);
      return role !== undefined && counts(role.duties as Duty[]);
    })
    .map((r) => ({ roleKey: r.roleKey, scopeDepartmentId: r.scopeDepartmentId }));
}

/** Names by person id: the directory layer's own lookup. */
export { departmentNameSql, personNameSql, personNames } from "../../directory";

/** Does the person exist and is active? (Owners, auditors.) */
export async function activePerson(
  db: DbOrTx,
  id: string,
): Promise<{ id: string; departmentId: string | null } | null> {
  const person = await findPerson(db, id);
  return person?.active ? { id: person.id, departmentId: person.departmentId } : null;
}
