/**
 * Who a document is published to (pure). A person is in the audience when it is everyone, when
 * they hold one of its roles, or when their 課 or the 局 above it is one of its units.
 */
export interface AudienceSpec {
  everyone: boolean;
  roles: string[];
  departments: string[];
}

export interface AudienceMember {
  departmentId: string | null;
  bureauId: string | null;
  roleKeys: readonly string[];
}

export function inAudience(spec: AudienceSpec, m: AudienceMember): boolean {
  if (spec.everyone) return true;
  if (m.roleKeys.some((r) => spec.roles.includes(r))) return true;
  return [m.departmentId, m.bureauId].some((u) => u != null && spec.departments.includes(u));
}

/** One spelling of an audience: no duplicates, sorted; "everyone" needs no list. */
export function normalizeAudience(spec: AudienceSpec): AudienceSpec {
  if (spec.everyone) return { everyone: true, roles: [], departments: [] };
  return {
    everyone: false,
    roles: [...new Set(spec.roles)].sort(),
    departments: [...new Set(spec.departments)].sort(),
  };
}

export function isEmptyAudience(spec: AudienceSpec): boolean {
  return !spec.everyone && spec.roles.length === 0 && spec.departments.length === 0;
}

/** The union of two audiences (a person is in it when they are in either). */
export function unionAudience(a: AudienceSpec, b: AudienceSpec): AudienceSpec {
  return normalizeAudience({
    everyone: a.everyone || b.everyone,
    roles: [...a.roles, ...b.roles],
    departments: [...a.departments, ...b.departments],
  });
}
