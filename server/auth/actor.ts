import { and, eq, gte, inArray, isNull, lte, or } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../db/client";
import type { Actor, DutyGrant } from "../http/context";
import { departments, deputies, people, roleAssignments } from "../modules/org/tables";
import type { Profile } from "../profile";
import { roleOf } from "./policy";

/** The calendar date in Japan (YYYY-MM-DD) of an instant: role assignments are valid by date. */
export function jstDate(at: Date): string {
  return new Date(at.getTime() + 9 * 60 * 60_000).toISOString().slice(0, 10);
}

interface PersonUnit {
  departmentId: string | null;
  bureauId: string | null;
}

/** The person's department and, when the department's parent is a bureau, that bureau (one query). */
export async function unitOfPerson(db: DbOrTx, personId: string) {
  const parent = alias(departments, "parent_department");
  const [row] = await db
    .select({
      name: people.name,
      departmentId: people.departmentId,
      departmentName: departments.name,
      parentId: parent.id,
      parentKind: parent.kind,
    })
    .from(people)
    .leftJoin(departments, eq(departments.id, people.departmentId))
    .leftJoin(parent, eq(parent.id, departments.parentId))
    .where(eq(people.id, personId));
  if (!row) return null;
  const bureauId = row.parentKind === "bureau" ? row.parentId : null;
  return { name: row.name, departmentId: row.departmentId, departmentName: row.departmentName, bureauId };
}

function defaultScopeUnit(scope: string, unit: PersonUnit): string | null {
  if (scope === "organization") return null;
  if (scope === "bureau") return unit.bureauId ?? unit.departmentId;
  return unit.departmentId;
}

/**
 * Duties a person holds now: the duties of each profile role they hold through a role
 * assignment valid today (JST), plus those held as a deputy (代行) of a principal.
 */
export async function grantsOf(
  db: DbOrTx,
  profile: Profile,
  personId: string,
  unit: PersonUnit,
  now: Date,
): Promise<DutyGrant[]> {
  const today = jstDate(now);
  const validToday = and(
    or(isNull(roleAssignments.validFrom), lte(roleAssignments.validFrom, today)),
    or(isNull(roleAssignments.validTo), gte(roleAssignments.validTo, today)),
  );
  const own = await db
    .select()
    .from(roleAssignments)
    .where(and(eq(roleAssignments.personId, personId), validToday));
  const grants: DutyGrant[] = [];
  const add = (
    a: { roleKey: string; scopeDepartmentId: string | null },
    fallback: PersonUnit,
    deputyFor: string | null,
  ) => {
    const role = roleOf(profile, a.roleKey);
    if (!role) return; // a role the active profile no longer has grants nothing
    const scopeDepartmentId =
      role.scope === "organization" ? null : (a.scopeDepartmentId ?? defaultScopeUnit(role.scope, fallback));
    for (const duty of role.duties)
      grants.push({ duty, scope: role.scope, scopeDepartmentId, roleKey: a.roleKey, deputyFor });
  };
  for (const a of own) add(a, unit, null);

  const acting = await db
    .select()
    .from(deputies)
    .where(
      and(eq(deputies.deputyPersonId, personId), lte(deputies.validFrom, now), gte(deputies.validTo, now)),
    );
  if (acting.length) {
    const principalIds = [...new Set(acting.map((d) => d.principalPersonId))];
    const principalAssignments = await db
      .select()
      .from(roleAssignments)
      .where(and(inArray(roleAssignments.personId, principalIds), validToday));
    const principalUnits = new Map<string, PersonUnit>();
    for (const pid of principalIds) {
      const u = await unitOfPerson(db, pid);
      principalUnits.set(pid, { departmentId: u?.departmentId ?? null, bureauId: u?.bureauId ?? null });
    }
    for (const d of acting) {
      const fallback = principalUnits.get(d.principalPersonId) ?? { departmentId: null, bureauId: null };
      for (const a of principalAssignments) {
        if (a.personId !== d.principalPersonId) continue;
        if (d.roleAssignmentId && a.id !== d.roleAssignmentId) continue;
        add(a, fallback, d.principalPersonId);
      }
    }
  }
  return grants;
}

/** Builds the Actor of a user's session. */
export async function resolveActor(
  db: DbOrTx,
  profile: Profile,
  user: { id: string; personId: string; loginId: string },
  sessionId: string,
  now: Date,
): Promise<Actor & { departmentName: string | null }> {
  const unit = await unitOfPerson(db, user.personId);
  const departmentId = unit?.departmentId ?? null;
  const bureauId = unit?.bureauId ?? null;
  const grants = await grantsOf(db, profile, user.personId, { departmentId, bureauId }, now);
  return {
    userId: user.id,
    personId: user.personId,
    loginId: user.loginId,
    name: unit?.name ?? user.loginId,
    departmentId,
    departmentName: unit?.departmentName ?? null,
    bureauId,
    grants,
    sessionId,
  };
}
