/**
 * Who a course is for (6.2(2)④: by role; 6.2(2)② and 第5章3(4): everyone). Pure: the person's
 * facts are those of the day asked about (their 課 and 局 then, the roles they held then).
 */
import { type SQL, type SQLWrapper, sql } from "drizzle-orm";
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

/** The columns of a person's facts of the day, for `audienceSql`. */
export interface AudienceColumns {
  employmentType: SQLWrapper;
  departmentId: SQLWrapper;
  bureauId: SQLWrapper;
  /** text[] */
  roleKeys: SQLWrapper;
}

/**
 * `inAudience` as an SQL predicate over a jsonb audience column and a person's columns, so the
 * completion figures count 20,000 people in the database (the property test in audience.test.ts
 * holds the two to the same answer). Never null: an unknown kind is nobody.
 */
export function audienceSql(audience: SQLWrapper, p: AudienceColumns): SQL<boolean> {
  return sql<boolean>`coalesce(case ${audience}->>'kind'
    when 'everyone' then true
    when 'roles' then ${p.roleKeys} && array(select jsonb_array_elements_text(${audience}->'roleKeys'))
    when 'employment' then jsonb_exists(${audience}->'types', ${p.employmentType})
    when 'departments' then jsonb_exists(${audience}->'unitIds', ${p.departmentId}::text)
                         or jsonb_exists(${audience}->'unitIds', ${p.bureauId}::text)
    end, false)`;
}
