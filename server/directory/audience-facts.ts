import { sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { rowsOf, uuidListSql } from "../db/sql";
import { dateOf } from "./dates";

/**
 * Active people with what an audience rule looks at — their 課 and the 局 above it, the role keys
 * of their assignments valid on the JST date of `at`. Optionally only the people of some units
 * (a unit id matches a person's 課 or the 局 above it). Whether a person has a login is auth's
 * fact (server/auth/logins.ts `peopleWithLogin`): the directory sits below auth and never reads
 * its tables, so a caller that needs it asks auth (#11 item 1).
 */
export interface AudienceFacts {
  id: string;
  name: string;
  employeeNumber: string | null;
  employmentType: string;
  departmentId: string | null;
  bureauId: string | null;
  roleKeys: string[];
}

export async function peopleForAudience(
  db: DbOrTx,
  at: Date,
  unitIds?: readonly string[],
): Promise<AudienceFacts[]> {
  const day = dateOf(at);
  const list = uuidListSql(unitIds ?? []);
  const within = !unitIds
    ? sql``
    : unitIds.length
      ? sql`and (p.department_id in (${list}) or parent.id in (${list}))`
      : sql`and false`;
  const r = await db.execute(sql`
    select p.id, p.name, p.employee_number as "employeeNumber", p.employment_type as "employmentType",
           p.department_id as "departmentId",
           case when parent.kind = 'bureau' then parent.id end as "bureauId",
           coalesce((select array_agg(distinct ra.role_key) from role_assignments ra
                      where ra.person_id = p.id
                        and (ra.valid_from is null or ra.valid_from <= ${day}::date)
                        and (ra.valid_to is null or ra.valid_to >= ${day}::date)), '{}') as "roleKeys"
      from people p
      left join departments d on d.id = p.department_id
      left join departments parent on parent.id = d.parent_id
     where p.active ${within}
     order by p.employee_number nulls last, p.name`);
  return rowsOf<AudienceFacts>(r).map((x) => ({
    ...x,
    roleKeys: x.roleKeys ?? [],
  }));
}
