/**
 * Who a course is for (6.2(2)④: by role; 6.2(2)② and 第5章3(4): everyone). Pure: the person's
 * facts are those of the day asked about (their 課 and 局 then, the roles they held then).
 */
import type { AudienceT } from "./types";

export interface AudiencePerson {
  employmentType: string;
  departmentId: string | null;
  bureauId: string | null;
  roleKeys: readonly string[];
}

export function inAudience(audience: AudienceT, p: AudiencePerson): boolean {
  switch (audience.kind) {
    case "everyone":
      return true;
    case "roles":
      return p.roleKeys.some((r) => audience.roleKeys.includes(r));
    case "employment":
      return (audience.types as readonly string[]).includes(p.employmentType);
    case "departments":
      return audience.unitIds.some((u) => u === p.departmentId || u === p.bureauId);
  }
}

/** Audience described in words for screens and sheets (role titles and unit names given). */
export function describeAudience(
  a: AudienceT,
  names: { role(key: string): string; unit(id: string): string; employment(key: string): string },
): { ja: string; en: string } {
  switch (a.kind) {
    case "everyone":
      return { ja: "全職員等", en: "All staff" };
    case "roles":
      return { ja: a.roleKeys.map(names.role).join("、"), en: `Roles: ${a.roleKeys.length}` };
    case "employment":
      return { ja: a.types.map(names.employment).join("、"), en: `Employment types: ${a.types.length}` };
    case "departments":
      return { ja: a.unitIds.map(names.unit).join("、"), en: `Departments: ${a.unitIds.length}` };
  }
}
