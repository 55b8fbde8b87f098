/**
 * The only file of this module that reads people, departments and role assignments. Names come
 * from `server/directory`; the as-of-date lookups (a person's 課 on a date through applied
 * transfers, role scopes on a date) still read the org tables by SQL until the directory offers them.
 */
import { sql } from "drizzle-orm";
import type { Duty } from "../../../common/duties";
import type { DbOrTx } from "../../db/client";
import type { Profile } from "../../profile";

const rowsOf = <T>(res: unknown) => (res as { rows: T[] }).rows;

export interface UnitInfo {
  id: string;
  name: string;
  kind: "bureau" | "department";
  parentId: string | null;
}

export async function unitsByIds(db: DbOrTx, ids: string[]): Promise<Map<string, UnitInfo>> {
  if (!ids.length) return new Map();
  const list = sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const rows = rowsOf<{ id: string; name: string; kind: "bureau" | "department"; parent_id: string | null }>(
    await db.execute(sql`select id, name, kind, parent_id from departments where id in (${list})`),
  );
  return new Map(rows.map((r) => [r.id, { id: r.id, name: r.name, kind: r.kind, parentId: r.parent_id }]));
}

/** Active departments (課) with their bureau, and active bureaus. */
export async function activeUnits(db: DbOrTx) {
  const rows = rowsOf<{ id: string; kind: "bureau" | "department"; parent_id: string | null }>(
    await db.execute(sql`select id, kind, parent_id from departments where active order by sort_order, code`),
  );
  const bureaus = new Set(rows.filter((r) => r.kind === "bureau").map((r) => r.id));
  return {
    departments: rows
      .filter((r) => r.kind === "department")
      .map((r) => ({ id: r.id, bureauId: r.parent_id && bureaus.has(r.parent_id) ? r.parent_id : null })),
    bureaus: [...bureaus],
  };
}

/** Active people with their 課 and 局, as a (department_id, bureau_id) SQL source for INSERT … SELECT. */
export function activePeopleSql() {
  return sql`select p.id as person_id, p.department_id, case when d.kind = 'bureau' then d.id else d.parent_id end as bureau_id
    from people p left join departments d on d.id = p.department_id where p.active`;
}

/**
 * A person's 課 on a date: the department they were moved out of by the first transfer applied
 * after that date, or their present department when no later transfer moved them.
 */
export async function personUnitAt(
  db: DbOrTx,
  personId: string,
  date: string,
): Promise<{ departmentId: string | null; bureauId: string | null }> {
  const rows = rowsOf<{ department_id: string | null }>(
    await db.execute(sql`
      select coalesce(
        (select i.from_department_id from transfer_items i join transfer_batches b on b.id = i.batch_id
          where i.person_id = ${personId} and b.status = 'applied' and b.effective_date > ${date}::date
            and i.from_department_id is distinct from i.to_department_id
          order by b.effective_date asc limit 1),
        (select department_id from people where id = ${personId})
      ) as department_id`),
  );
  const departmentId = rows[0]?.department_id ?? null;
  if (!departmentId) return { departmentId: null, bureauId: null };
  const unit = (await unitsByIds(db, [departmentId])).get(departmentId);
  return {
    departmentId,
    bureauId: unit?.kind === "bureau" ? unit.id : (unit?.parentId ?? null),
  };
}

/** The units (null = organization-wide) over which a person held a duty-bearing role on a date. */
export async function roleScopesAt(
  db: DbOrTx,
  profile: Profile,
  personId: string,
  date: string,
  exceptDuties: Duty[] = [],
): Promise<Array<{ roleKey: string; scopeDepartmentId: string | null }>> {
  const rows = rowsOf<{ role_key: string; scope_department_id: string | null }>(
    await db.execute(sql`
      select role_key, scope_department_id from role_assignments
      where person_id = ${personId}
        and (valid_from is null or valid_from <= ${date}::date)
        and (valid_to is null or valid_to >= ${date}::date)`),
  );
  return rows
    .filter((r) => {
      const role = profile.roles.find((x) => x.key === r.role_key);
      return role?.duties.some((d) => !exceptDuties.includes(d));
    })
    .map((r) => ({ roleKey: r.role_key, scopeDepartmentId: r.scope_department_id }));
}

/** Names by person id: the directory layer's own lookup. */
export { personNames } from "../../directory";

/** Does the person exist and is active? (Owners, auditors.) */
export async function activePerson(
  db: DbOrTx,
  id: string,
): Promise<{ id: string; departmentId: string | null } | null> {
  const rows = rowsOf<{ id: string; department_id: string | null }>(
    await db.execute(sql`select id, department_id from people where id = ${id}::uuid and active`),
  );
  return rows[0] ? { id: rows[0].id, departmentId: rows[0].department_id } : null;
}
