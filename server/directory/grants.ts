import { type SQL, sql } from "drizzle-orm";
import type { Duty, Scope } from "../../common/duties";
import type { Profile } from "../profile";
import { dateOf } from "./dates";
import type { Unit } from "./units";

/** A duty a person holds now, over a scope, directly or as a deputy (代行). */
export interface DutyGrant {
  duty: Duty;
  scope: Scope;
  /** The bureau or department the grant covers; null for organization scope. */
  scopeDepartmentId: string | null;
  roleKey: string;
  /** Set when held as a deputy for this person. */
  deputyFor: string | null;
  /**
   * Set on a grant that covers the records of a period only (JST days, inclusive): an auditor's
   * read_audited_records during an audit. See server/access/audited.ts.
   */
  period?: { from: string; to: string };
}

/** The profile's role of this key: its duties and scope (null when the profile has no such role). */
export function roleOf(profile: Profile, roleKey: string): { duties: Duty[]; scope: Scope } | null {
  const role = profile.roles.find((r) => r.key === roleKey);
  return role ? { duties: role.duties as Duty[], scope: role.scope as Scope } : null;
}

/**
 * Everything a person's grants need, as one JSON value computed by the database (one round trip
 * instead of one query per table — the per-query cost of the drivers, PGlite above all,
 * dominated the request path):
 * `{u: [name, departmentId, departmentName, parentId, parentKind] | null,
 *   own: [[roleKey, scopeDepartmentId], …],
 *   dep: [[principalPersonId, roleKey, scopeDepartmentId, principalDepartmentId, principalBureauId], …]}`.
 * `own`: role assignments valid on the JST date of `now`; `dep`: for each deputy (代行) period
 * running at `now`, the principal's assignments valid that day (all, or the one the deputy row names).
 * Callers embed it in their own statement (the session lookup joins it to the session row).
 */
export function grantSourcesSql(personId: SQL, now: Date): SQL<unknown> {
  const today = dateOf(now);
  const at = now.toISOString();
  return sql`(SELECT json_build_object(
    'u', (SELECT json_build_array(p.name, p.department_id, dep.name, par.id, par.kind)
          FROM people p
          LEFT JOIN departments dep ON dep.id = p.department_id
          LEFT JOIN departments par ON par.id = dep.parent_id
          WHERE p.id = ${personId}),
    'own', coalesce((SELECT json_agg(json_build_array(ra.role_key, ra.scope_department_id) ORDER BY ra.created_at, ra.id)
          FROM role_assignments ra
          WHERE ra.person_id = ${personId}
            AND (ra.valid_from IS NULL OR ra.valid_from <= ${today}::date)
            AND (ra.valid_to IS NULL OR ra.valid_to >= ${today}::date)), '[]'::json),
    'dep', coalesce((SELECT json_agg(json_build_array(d.principal_person_id, pa.role_key, pa.scope_department_id,
                pp.department_id, CASE WHEN ppar.kind = 'bureau' THEN ppar.id END)
              ORDER BY d.created_at, d.id, pa.created_at, pa.id)
          FROM deputies d
          JOIN role_assignments pa ON pa.person_id = d.principal_person_id
            AND (d.role_assignment_id IS NULL OR pa.id = d.role_assignment_id)
            AND (pa.valid_from IS NULL OR pa.valid_from <= ${today}::date)
            AND (pa.valid_to IS NULL OR pa.valid_to >= ${today}::date)
          LEFT JOIN people pp ON pp.id = d.principal_person_id
          LEFT JOIN departments pdep ON pdep.id = pp.department_id
          LEFT JOIN departments ppar ON ppar.id = pdep.parent_id
          WHERE d.deputy_person_id = ${personId}
            AND d.valid_from <= ${at}::timestamptz AND d.valid_to >= ${at}::timestamptz), '[]'::json)
  )::text)`;
}

export type GrantSources = {
  u: [string, string | null, string | null, string | null, string | null] | null;
  own: Array<[string, string | null]>;
  dep: Array<[string, string, string | null, string | null, string | null]>;
};

export function parseGrantSources(value: unknown): GrantSources {
  return (typeof value === "string" ? JSON.parse(value) : value) as GrantSources;
}

/** The person's own unit as the sources describe it. */
export function unitOfSources(
  s: GrantSources,
): Unit & { name: string | null; departmentName: string | null } {
  const departmentId = s.u?.[1] ?? null;
  const bureauId = s.u?.[4] === "bureau" ? (s.u?.[3] ?? null) : null;
  return { name: s.u?.[0] ?? null, departmentId, departmentName: s.u?.[2] ?? null, bureauId };
}

/** The unit a role without an explicit scope covers: the holder's bureau or department. */
export function defaultScopeUnit(scope: string, unit: Unit): string | null {
  if (scope === "organization") return null;
  if (scope === "bureau") return unit.bureauId ?? unit.departmentId;
  return unit.departmentId;
}

/** The grants the sources give under the profile (a role the profile no longer has grants nothing). */
export function grantsFromSources(profile: Profile, unit: Unit, s: GrantSources): DutyGrant[] {
  const grants: DutyGrant[] = [];
  const add = (roleKey: string, scope: string | null, fallback: Unit, deputyFor: string | null) => {
    const role = roleOf(profile, roleKey);
    if (!role) return;
    const scopeDepartmentId =
      role.scope === "organization" ? null : (scope ?? defaultScopeUnit(role.scope, fallback));
    for (const duty of role.duties)
      grants.push({ duty, scope: role.scope, scopeDepartmentId, roleKey, deputyFor });
  };
  for (const [roleKey, scope] of s.own) add(roleKey, scope, unit, null);
  for (const [principal, roleKey, scope, departmentId, bureauId] of s.dep)
    add(roleKey, scope, { departmentId, bureauId }, principal);
  return grants;
}
