import { and, asc, eq, gte, inArray, isNull, lte, or, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { jstDateSql } from "../db/sql";
import { departments, type EmploymentType, people, roleAssignments } from "./tables";

/**
 * Dated and bulk reads of the directory for modules that report "as of a day" (assurance's
 * auditor independence on the audit's start date, training's membership on a session's day):
 * role assignments valid on a JST date, units by id, active people. Modules call these instead
 * of naming the directory's tables in their own SQL.
 */

export interface RoleAssignmentOnDay {
  personId: string;
  roleKey: string;
  /** null = no explicit scope (organization-wide, or the holder's own unit by the role's scope). */
  scopeDepartmentId: string | null;
}

/** Role assignments valid on `day` (inclusive bounds), of these people or of everyone. */
export async function roleAssignmentsOn(
  db: DbOrTx,
  day: string,
  personIds?: readonly string[],
): Promise<RoleAssignmentOnDay[]> {
  if (personIds && !personIds.length) return [];
  return db
    .select({
      personId: roleAssignments.personId,
      roleKey: roleAssignments.roleKey,
      scopeDepartmentId: roleAssignments.scopeDepartmentId,
    })
    .from(roleAssignments)
    .where(
      and(
        or(isNull(roleAssignments.validFrom), lte(roleAssignments.validFrom, day)),
        or(isNull(roleAssignments.validTo), gte(roleAssignments.validTo, day)),
        personIds ? inArray(roleAssignments.personId, [...personIds]) : undefined,
      ),
    );
}

export interface UnitInfo {
  id: string;
  code: string;
  name: string;
  kind: "bureau" | "department";
  parentId: string | null;
  sortOrder: number;
  active: boolean;
}

const unitInfo = {
  id: departments.id,
  code: departments.code,
  name: departments.name,
  kind: departments.kind,
  parentId: departments.parentId,
  sortOrder: departments.sortOrder,
  active: departments.active,
};

/** These units (bureaus and departments) by id; unknown ids are absent. */
export async function unitsByIds(db: DbOrTx, ids: readonly string[]): Promise<Map<string, UnitInfo>> {
  const unique = [...new Set(ids.filter(Boolean))];
  if (!unique.length) return new Map();
  const rows = await db.select(unitInfo).from(departments).where(inArray(departments.id, unique));
  return new Map(rows.map((r) => [r.id, r]));
}

/** Active units in the tree's order (sort order, then code). */
export async function activeUnitList(db: DbOrTx): Promise<UnitInfo[]> {
  return db
    .select(unitInfo)
    .from(departments)
    .where(eq(departments.active, true))
    .orderBy(asc(departments.sortOrder), asc(departments.code));
}

export interface MemberFacts {
  id: string;
  name: string;
  nameKana: string | null;
  employeeNumber: string | null;
  employmentType: EmploymentType;
  departmentId: string | null;
  active: boolean;
  /** The JST date the person entered the directory (a new hire's first day as recorded). */
  joinedOn: string;
}

const memberFacts = {
  id: people.id,
  name: people.name,
  nameKana: people.nameKana,
  employeeNumber: people.employeeNumber,
  employmentType: people.employmentType,
  departmentId: people.departmentId,
  active: people.active,
  joinedOn: sql<string>`${jstDateSql(people.createdAt)}::text`,
};

/** Active people (or these people, active or not) with what member lists show and sort by. */
export async function memberFactsOf(db: DbOrTx, personIds?: readonly string[]): Promise<MemberFacts[]> {
  if (personIds && !personIds.length) return [];
  return db
    .select(memberFacts)
    .from(people)
    .where(personIds ? inArray(people.id, [...personIds]) : eq(people.active, true));
}

/** Active people by 職員番号 (imports). */
export async function activePeopleByEmployeeNumber(
  db: DbOrTx,
  numbers: readonly string[],
): Promise<Map<string, string>> {
  if (!numbers.length) return new Map();
  // One jsonb parameter, not one bind per number: an import of 20,000 rows is one hashed lookup.
  const rows = await db
    .select({ id: people.id, employeeNumber: people.employeeNumber })
    .from(people)
    .where(
      and(
        eq(people.active, true),
        sql`${people.employeeNumber} in (select jsonb_array_elements_text(${JSON.stringify([...new Set(numbers)])}::jsonb))`,
      ),
    );
  return new Map(rows.map((r) => [r.employeeNumber as string, r.id]));
}

/**
 * Active people with their 課 and 局 as an SQL relation `(person_id, department_id, bureau_id)`,
 * for a module's INSERT … SELECT that creates one row per person in one statement.
 */
export function activePeopleUnitsSql(): SQL {
  return sql`select dir_p.id as person_id, dir_p.department_id,
      case when dir_d.kind = 'bureau' then dir_d.id else dir_d.parent_id end as bureau_id
    from ${people} dir_p left join ${departments} dir_d on dir_d.id = dir_p.department_id where dir_p.active`;
}

/**
 * Active people who entered the directory on or after `day` (JST), as an SQL relation
 * `(id, joined)` — a module filters it against its own rows in one statement (new-hire courses).
 */
export function activePeopleJoinedSinceSql(day: string): SQL {
  return sql`select dir_p.id, ${jstDateSql(sql`dir_p.created_at`)}::text as joined
    from ${people} dir_p
   where dir_p.active and ${jstDateSql(sql`dir_p.created_at`)} >= ${day}::date`;
}
