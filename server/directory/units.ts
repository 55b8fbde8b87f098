import { and, eq, inArray, isNull, lte, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../db/client";
import type { Profile } from "../profile";
import { defaultScopeUnit, roleOf } from "./grants";
import { departments, people, roleAssignments } from "./tables";

/** A place in the tree: a department (課, or a bureau treated as one) and the bureau above it. */
export interface Unit {
  departmentId: string | null;
  bureauId: string | null;
}

export interface DepartmentUnit {
  id: string;
  code: string;
  name: string;
  nameEn: string | null;
  kind: "bureau" | "department";
  active: boolean;
  parentId: string | null;
  parentKind: "bureau" | "department" | null;
  /** The bureau above (the parent when it is a bureau), else null. */
  bureauId: string | null;
}

const parentUnit = alias(departments, "dir_parent_unit");

/** A unit of the tree with the bureau above it, or null when there is no such unit. */
export async function departmentUnit(db: DbOrTx, departmentId: string): Promise<DepartmentUnit | null> {
  const [row] = await db
    .select({
      id: departments.id,
      code: departments.code,
      name: departments.name,
      nameEn: departments.nameEn,
      kind: departments.kind,
      active: departments.active,
      parentId: departments.parentId,
      parentKind: parentUnit.kind,
    })
    .from(departments)
    .leftJoin(parentUnit, eq(parentUnit.id, departments.parentId))
    .where(eq(departments.id, departmentId));
  if (!row) return null;
  return {
    ...row,
    parentKind: row.parentKind ?? null,
    bureauId: row.parentKind === "bureau" ? row.parentId : null,
  };
}

export interface PersonUnit extends Unit {
  name: string;
  departmentName: string | null;
  active: boolean;
}

/** The person's department and, when the department's parent is a bureau, that bureau (one query). */
export async function personUnit(db: DbOrTx, personId: string): Promise<PersonUnit | null> {
  const [row] = await db
    .select({
      name: people.name,
      active: people.active,
      departmentId: people.departmentId,
      departmentName: departments.name,
      parentId: parentUnit.id,
      parentKind: parentUnit.kind,
    })
    .from(people)
    .leftJoin(departments, eq(departments.id, people.departmentId))
    .leftJoin(parentUnit, eq(parentUnit.id, departments.parentId))
    .where(eq(people.id, personId));
  if (!row) return null;
  const bureauId = row.parentKind === "bureau" ? row.parentId : null;
  return {
    name: row.name,
    active: row.active,
    departmentId: row.departmentId,
    departmentName: row.departmentName,
    bureauId,
  };
}

/**
 * A person's units on a JST date: the unit they belong to (`home`) and the units their role
 * assignments valid that day cover (`roles`: each with the role's key and scope; an
 * organization-wide role covers no single unit and has `unitId` null).
 */
export async function personUnitsOn(
  db: DbOrTx,
  profile: Profile,
  personId: string,
  day: string,
): Promise<{ home: Unit; roles: Array<{ roleKey: string; scope: string; unitId: string | null }> } | null> {
  const home = await personUnit(db, personId);
  if (!home) return null;
  const rows = await db
    .select({ roleKey: roleAssignments.roleKey, scopeDepartmentId: roleAssignments.scopeDepartmentId })
    .from(roleAssignments)
    .where(
      and(
        eq(roleAssignments.personId, personId),
        or(isNull(roleAssignments.validFrom), lte(roleAssignments.validFrom, day)),
        or(isNull(roleAssignments.validTo), sql`${roleAssignments.validTo} >= ${day}`),
      ),
    );
  const unit = { departmentId: home.departmentId, bureauId: home.bureauId };
  const roles = rows.flatMap((r) => {
    const role = roleOf(profile, r.roleKey);
    if (!role) return [];
    const unitId =
      role.scope === "organization" ? null : (r.scopeDepartmentId ?? defaultScopeUnit(role.scope, unit));
    return [{ roleKey: r.roleKey, scope: role.scope as string, unitId }];
  });
  return { home: unit, roles };
}

/** Units with their parent, for lookups by code or name (imports) and for a unit's children. */
export async function allUnits(db: DbOrTx) {
  return db
    .select({
      id: departments.id,
      code: departments.code,
      name: departments.name,
      kind: departments.kind,
      parentId: departments.parentId,
      active: departments.active,
    })
    .from(departments);
}

/** The given units and the units directly below them (a bureau's 課), each with its parent. */
export async function unitsWithChildren(
  db: DbOrTx,
  unitIds: readonly string[],
): Promise<Array<{ id: string; parentId: string | null }>> {
  if (unitIds.length === 0) return [];
  return db
    .select({ id: departments.id, parentId: departments.parentId })
    .from(departments)
    .where(or(inArray(departments.id, [...unitIds]), inArray(departments.parentId, [...unitIds])));
}
