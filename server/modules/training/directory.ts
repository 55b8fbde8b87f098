/**
 * The people of the directory as training needs them: every person with or without a login,
 * with their 課 and 局 on a given day. The directory keeps only the present 課; the day's 課 is
 * the one a later applied 人事異動 moved them out of (as server/modules/assurance does), so an
 * April transfer moves the person from that day on and leaves earlier figures where they were.
 */
import { sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";

const rowsOf = <T>(res: unknown) => (res as { rows: T[] }).rows;
const uuidList = (ids: readonly string[]) =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );

export interface MemberOnDay {
  personId: string;
  name: string;
  employeeNumber: string | null;
  employmentType: string;
  departmentId: string | null;
  bureauId: string | null;
  hasLogin: boolean;
}

/** SQL source of (person_id, department_id) on a day, for every active person (one statement). */
export function departmentOnDaySql(day: string) {
  return sql`select p.id as person_id, coalesce(
      (select i.from_department_id from transfer_items i join transfer_batches b on b.id = i.batch_id
        where i.person_id = p.id and b.status = 'applied' and b.effective_date > ${day}::date
          and i.from_department_id is distinct from i.to_department_id
        order by b.effective_date asc limit 1),
      p.department_id) as department_id
    from people p where p.active`;
}

const memberColumns = sql`p.id as "personId", p.name, p.employee_number as "employeeNumber",
  p.employment_type as "employmentType", m.department_id as "departmentId",
  case when d.kind = 'bureau' then d.id when pd.kind = 'bureau' then pd.id else null end as "bureauId",
  exists (select 1 from users u where u.person_id = p.id) as "hasLogin"`;

/** Every active person with their 課 and 局 on the day; optionally only within some units. */
export async function membersOn(
  db: DbOrTx,
  day: string,
  unitIds?: readonly string[],
): Promise<MemberOnDay[]> {
  const within =
    unitIds === undefined
      ? sql`true`
      : unitIds.length === 0
        ? sql`false`
        : sql`(m.department_id in (${uuidList(unitIds)}) or d.parent_id in (${uuidList(unitIds)}))`;
  return rowsOf<MemberOnDay>(
    await db.execute(sql`
      select ${memberColumns}
        from (${departmentOnDaySql(day)}) m join people p on p.id = m.person_id
        left join departments d on d.id = m.department_id left join departments pd on pd.id = d.parent_id
       where ${within}
       order by d.sort_order nulls last, d.code nulls last, p.employee_number nulls last, p.name_kana nulls last, p.name`),
  );
}

/** One person on a day (any person, active or not), or null. */
export async function memberOn(db: DbOrTx, personId: string, day: string): Promise<MemberOnDay | null> {
  const rows = rowsOf<MemberOnDay>(
    await db.execute(sql`
      select ${memberColumns}
        from (select p.id as person_id, coalesce(
                (select i.from_department_id from transfer_items i join transfer_batches b on b.id = i.batch_id
                  where i.person_id = p.id and b.status = 'applied' and b.effective_date > ${day}::date
                    and i.from_department_id is distinct from i.to_department_id
                  order by b.effective_date asc limit 1), p.department_id) as department_id
                from people p where p.id = ${personId}::uuid) m
        join people p on p.id = m.person_id
        left join departments d on d.id = m.department_id left join departments pd on pd.id = d.parent_id`),
  );
  return rows[0] ?? null;
}

/** Active people by 職員番号 (for imports). */
export async function peopleByEmployeeNumber(
  db: DbOrTx,
  numbers: readonly string[],
): Promise<Map<string, string>> {
  if (!numbers.length) return new Map();
  const rows = rowsOf<{ id: string; employee_number: string }>(
    await db.execute(
      sql`select id, employee_number from people where active and employee_number in (${sql.join(
        numbers.map((n) => sql`${n}`),
        sql`, `,
      )})`,
    ),
  );
  return new Map(rows.map((r) => [r.employee_number, r.id]));
}

/** Role keys each person held on the day (for role audiences). */
export async function roleKeysOn(
  db: DbOrTx,
  day: string,
  personIds?: readonly string[],
): Promise<Map<string, string[]>> {
  const only = personIds
    ? personIds.length
      ? sql`and person_id in (${uuidList(personIds)})`
      : sql`and false`
    : sql``;
  const rows = rowsOf<{ person_id: string; role_key: string }>(
    await db.execute(sql`
      select person_id, role_key from role_assignments
       where (valid_from is null or valid_from <= ${day}::date) and (valid_to is null or valid_to >= ${day}::date) ${only}`),
  );
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.person_id, [...(out.get(r.person_id) ?? []), r.role_key]);
  return out;
}

/** Units (課 and 局) with their names, for reports. */
export async function unitList(db: DbOrTx) {
  return rowsOf<{
    id: string;
    name: string;
    code: string;
    kind: "bureau" | "department";
    parentId: string | null;
  }>(
    await db.execute(
      sql`select id, name, code, kind, parent_id as "parentId" from departments where active order by sort_order, code`,
    ),
  );
}
