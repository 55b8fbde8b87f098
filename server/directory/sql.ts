import { type SQL, type SQLWrapper, sql } from "drizzle-orm";
import { uuidListSql } from "../db/sql";
import { departments, people } from "./tables";

/**
 * SQL fragments over the directory, for modules whose lists show a name or filter by a unit
 * inside one statement (a join per row would otherwise need the directory's tables). Each is a
 * scalar subquery: evaluated for the rows a list returns, never for the rows it discards.
 */

/** The name of the person whose id is `personId` (null when none). */
export function personNameSql(personId: SQLWrapper): SQL<string | null> {
  return sql<string | null>`(select dir_p.name from ${people} dir_p where dir_p.id = ${personId})`;
}

/**
 * Every person of the register as an SQL relation `(person_id, active, department_id)`, for a
 * module that judges its own rows against the register in one statement (the ID reconciliation).
 */
export function peopleStateSql(): SQL {
  return sql`select dir_p.id as person_id, dir_p.active, dir_p.department_id from ${people} dir_p`;
}

/** The department of the person whose id is `personId`. */
export function personDepartmentSql(personId: SQLWrapper): SQL<string | null> {
  return sql<string | null>`(select dir_p.department_id from ${people} dir_p where dir_p.id = ${personId})`;
}

/**
 * The people (active or not) whose 職員番号 is `value`, or whose e-mail is `value` ignoring case:
 * a subquery of ids for `person_id in (…)` (sign-in through an identity provider matches on them).
 */
export function peopleByKeySql(key: "employee_number" | "email", value: string): SQL {
  return key === "employee_number"
    ? sql`(select dir_p.id from ${people} dir_p where dir_p.employee_number = ${value})`
    : sql`(select dir_p.id from ${people} dir_p where lower(dir_p.email) = ${value.toLowerCase()})`;
}

/** The name of the unit (bureau or department) whose id is `departmentId`. */
export function departmentNameSql(departmentId: SQLWrapper): SQL<string | null> {
  return sql<string | null>`(select dir_d.name from ${departments} dir_d where dir_d.id = ${departmentId})`;
}

/** The code of the unit whose id is `departmentId`. */
export function departmentCodeSql(departmentId: SQLWrapper): SQL<string | null> {
  return sql<string | null>`(select dir_d.code from ${departments} dir_d where dir_d.id = ${departmentId})`;
}

/** The parent unit of the unit whose id is `departmentId`. */
export function parentUnitSql(departmentId: SQLWrapper): SQL<string | null> {
  return sql<
    string | null
  >`(select dir_d.parent_id from ${departments} dir_d where dir_d.id = ${departmentId})`;
}

/** The bureau (局/部) above the department whose id is `departmentId`: its parent when that is a bureau. */
export function bureauOfSql(departmentId: SQLWrapper): SQL<string | null> {
  return sql<
    string | null
  >`(select dir_b.id from ${departments} dir_d join ${departments} dir_b on dir_b.id = dir_d.parent_id and dir_b.kind = 'bureau' where dir_d.id = ${departmentId})`;
}

/**
 * `column` is one of `unitIds`, or a 課 directly below a bureau among `expandIds` (default: all of
 * `unitIds`). Only a bureau covers its children, exactly as `hasDutyOver` reads `unit.bureauId`
 * (the parent when it is a bureau): a 課 nested under another 課 is not covered by the upper 課,
 * and a person's own unit (passed in `unitIds` but not in `expandIds`) covers only itself.
 */
export function withinUnitsSql(
  column: SQLWrapper,
  unitIds: readonly string[],
  expandIds: readonly string[] = unitIds,
): SQL {
  if (unitIds.length === 0) return expandIds.length ? childOfUnitsSql(column, expandIds) : sql`false`;
  return sql`(${column} in (${uuidListSql(unitIds)}) or ${childOfUnitsSql(column, expandIds)})`;
}

/**
 * The ids of the 課 directly below these units when the unit is a bureau, as an array computed by
 * the statement (an init plan run once per statement: `col = any(childUnitsArraySql(ids))` stays
 * index-friendly).
 */
export function childUnitsArraySql(unitIds: readonly string[]): SQL {
  if (unitIds.length === 0) return sql`array[]::uuid[]`;
  return sql`array(select dir_c.id from ${departments} dir_c join ${departments} dir_b on dir_b.id = dir_c.parent_id and dir_b.kind = 'bureau' where dir_c.parent_id in (${uuidListSql(unitIds)}))`;
}

/** `column` is a 課 directly below one of these units that is a bureau. */
export function childOfUnitsSql(column: SQLWrapper, unitIds: readonly string[]): SQL {
  if (unitIds.length === 0) return sql`false`;
  return sql`${column} in (select dir_c.id from ${departments} dir_c join ${departments} dir_b on dir_b.id = dir_c.parent_id and dir_b.kind = 'bureau' where dir_c.parent_id in (${uuidListSql(unitIds)}))`;
}
