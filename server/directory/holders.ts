import { and, eq, gte, inArray, isNull, lte, or } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Scope } from "../../common/duties";
import type { DbOrTx } from "../db/client";
import type { Profile } from "../profile";
import { cachedDirectoryRead } from "./cache";
import { dateOf } from "./dates";
import { defaultScopeUnit } from "./grants";
import { departments, deputies, people, roleAssignments } from "./tables";
import type { Unit } from "./units";

/**
 * Holders of a duty over a unit at an instant — the ONE implementation (assets, requests,
 * incidents and org read it): active people whose role assignment valid on that JST date gives
 * the duty and covers the unit, and the active deputies (代行) whose period runs at that instant,
 * marked with the principal they act for.
 *
 * A role assignment covers: everything when the role is organization-wide; otherwise its scope
 * unit (explicit, or by default the holder's bureau / department), which covers the unit when it
 * is the unit's department or its bureau.
 */
export interface AssignmentFact {
  assignmentId: string;
  personId: string;
  name: string;
  roleKey: string;
  scopeDepartmentId: string | null;
  /** The holder's own department and bureau (a role with no explicit scope covers these). */
  personDepartmentId: string | null;
  personBureauId: string | null;
}

export interface DeputyFact {
  principalPersonId: string;
  deputyPersonId: string;
  deputyName: string;
  /** null = the deputy acts for all of the principal's roles. */
  roleAssignmentId: string | null;
}

/** Over which units: one unit, organization-wide holders only, or any holder of the duty. */
export type Over = Unit | "organization" | "anywhere";

export interface DutyHolder {
  personId: string;
  name: string;
  /** The assignment that gives the duty (the principal's, for a deputy). */
  assignmentId: string;
  roleKey: string;
  roleScope: Scope;
  /** The unit the assignment covers (null for an organization-wide role). */
  unitId: string | null;
  /** Set when the person holds the duty as a deputy of this principal. */
  deputyFor: string | null;
}

/** The unit an assignment covers under its role's scope (null = the whole organization). */
export function coveredUnit(roleScope: string, a: AssignmentFact): string | null {
  if (roleScope === "organization") return null;
  return (
    a.scopeDepartmentId ??
    defaultScopeUnit(roleScope, { departmentId: a.personDepartmentId, bureauId: a.personBureauId })
  );
}

function covers(roleScope: string, a: AssignmentFact, over: Over): boolean {
  if (over === "anywhere") return true;
  if (roleScope === "organization") return true;
  if (over === "organization") return false;
  const unit = coveredUnit(roleScope, a);
  if (!unit) return false;
  return unit === over.departmentId || unit === over.bureauId;
}

/**
 * Pure matching over facts already read (the facts must be of active people, valid at the
 * date/instant). Order: direct holders nearest first (the unit's own, its bureau's, then
 * organization-wide; by name within), then the deputies of each in that order. One entry per
 * person and principal.
 */
export function matchHolders(
  profile: Profile,
  duty: string,
  over: Over,
  assignments: readonly AssignmentFact[],
  deputyFacts: readonly DeputyFact[],
): DutyHolder[] {
  const roles = profile.roles.filter((r) => (r.duties as string[]).includes(duty));
  const rank = (unitId: string | null) =>
    typeof over === "string" ? 0 : unitId === over.departmentId ? 0 : unitId === over.bureauId ? 1 : 2;
  const direct: DutyHolder[] = [];
  for (const a of assignments) {
    const role = roles.find((r) => r.key === a.roleKey);
    if (!role || !covers(role.scope, a, over)) continue;
    direct.push({
      personId: a.personId,
      name: a.name,
      assignmentId: a.assignmentId,
      roleKey: a.roleKey,
      roleScope: role.scope as Scope,
      unitId: coveredUnit(role.scope, a),
      deputyFor: null,
    });
  }
  direct.sort((x, y) => rank(x.unitId) - rank(y.unitId) || x.name.localeCompare(y.name, "ja"));
  const out: DutyHolder[] = [];
  const seen = new Set<string>();
  const push = (h: DutyHolder) => {
    const key = `${h.personId}/${h.deputyFor ?? ""}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(h);
  };
  for (const h of direct) push(h);
  for (const h of direct)
    for (const d of deputyFacts)
      if (
        d.principalPersonId === h.personId &&
        (!d.roleAssignmentId || d.roleAssignmentId === h.assignmentId)
      )
        push({ ...h, personId: d.deputyPersonId, name: d.deputyName, deputyFor: h.personId });
  return out;
}

/**
 * The facts `matchHolders` needs for these duties at `at`: role assignments valid on its JST
 * date held by active people, and the deputy periods running at `at` of those holders (active
 * deputies only).
 */
export async function holderFacts(
  db: DbOrTx,
  profile: Profile,
  duties: readonly string[],
  at: Date,
): Promise<{ assignments: AssignmentFact[]; deputies: DeputyFact[] }> {
  const roleKeys = profile.roles.filter((r) => r.duties.some((d) => duties.includes(d))).map((r) => r.key);
  if (!roleKeys.length) return { assignments: [], deputies: [] };
  const today = dateOf(at);
  const key = `holders:${today}:${[...roleKeys].sort().join(",")}`;
  const facts = await cachedDirectoryRead(db, key, () => holderFactsOfDay(db, roleKeys, today));
  const instant = at.getTime();
  return {
    assignments: facts.assignments,
    deputies: facts.deputies
      .filter((d) => d.validFrom <= instant && d.validTo >= instant)
      .map(({ validFrom: _f, validTo: _t, ...d }) => d),
  };
}

type DeputyPeriod = DeputyFact & { validFrom: number; validTo: number };

/**
 * The facts of a whole JST day (cached by the directory's version): role assignments of these
 * roles valid that day held by active people, and every deputy period of those holders that
 * overlaps the day (active deputies only) — the caller keeps the periods running at its instant.
 */
async function holderFactsOfDay(
  db: DbOrTx,
  roleKeys: readonly string[],
  today: string,
): Promise<{ assignments: AssignmentFact[]; deputies: DeputyPeriod[] }> {
  const parent = alias(departments, "holder_parent");
  const rows = await db
    .select({
      assignmentId: roleAssignments.id,
      personId: roleAssignments.personId,
      name: people.name,
      roleKey: roleAssignments.roleKey,
      scopeDepartmentId: roleAssignments.scopeDepartmentId,
      personDepartmentId: people.departmentId,
      parentId: parent.id,
      parentKind: parent.kind,
    })
    .from(roleAssignments)
    .innerJoin(people, eq(people.id, roleAssignments.personId))
    .leftJoin(departments, eq(departments.id, people.departmentId))
    .leftJoin(parent, eq(parent.id, departments.parentId))
    .where(
      and(
        inArray(roleAssignments.roleKey, [...roleKeys]),
        eq(people.active, true),
        or(isNull(roleAssignments.validFrom), lte(roleAssignments.validFrom, today)),
        or(isNull(roleAssignments.validTo), gte(roleAssignments.validTo, today)),
      ),
    );
  const assignments: AssignmentFact[] = rows.map((r) => ({
    assignmentId: r.assignmentId,
    personId: r.personId,
    name: r.name,
    roleKey: r.roleKey,
    scopeDepartmentId: r.scopeDepartmentId,
    personDepartmentId: r.personDepartmentId,
    personBureauId: r.parentKind === "bureau" ? r.parentId : null,
  }));
  const principalIds = [...new Set(assignments.map((a) => a.personId))];
  if (!principalIds.length) return { assignments, deputies: [] };
  const dayStart = new Date(`${today}T00:00:00+09:00`);
  const dayEnd = new Date(dayStart.getTime() + 24 * 60 * 60 * 1000);
  const deputyPerson = alias(people, "deputy_person");
  const periods = await db
    .select({
      principalPersonId: deputies.principalPersonId,
      deputyPersonId: deputies.deputyPersonId,
      deputyName: deputyPerson.name,
      roleAssignmentId: deputies.roleAssignmentId,
      validFrom: deputies.validFrom,
      validTo: deputies.validTo,
    })
    .from(deputies)
    .innerJoin(deputyPerson, and(eq(deputyPerson.id, deputies.deputyPersonId), eq(deputyPerson.active, true)))
    .where(
      and(
        inArray(deputies.principalPersonId, principalIds),
        lte(deputies.validFrom, dayEnd),
        gte(deputies.validTo, dayStart),
      ),
    )
    .orderBy(deputies.createdAt, deputies.id);
  return {
    assignments,
    deputies: periods.map((p) => ({ ...p, validFrom: p.validFrom.getTime(), validTo: p.validTo.getTime() })),
  };
}

/** Holders of `duty` over `over` at `at` (see `matchHolders` for the order), deputies included. */
export async function holdersOf(
  db: DbOrTx,
  profile: Profile,
  duty: string,
  over: Over,
  at: Date,
): Promise<DutyHolder[]> {
  const facts = await holderFacts(db, profile, [duty], at);
  return matchHolders(profile, duty, over, facts.assignments, facts.deputies);
}
