import { and, asc, eq, gt, inArray, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { uuidArrayParam } from "../../db/unnest";
import { departments, people, roleAssignments } from "../../directory/tables";
import { transferBatches, transferItems } from "./tables";

/** One applied 人事異動 of a person: when, from where to where, in which batch. */
export interface AppliedTransfer {
  id: string;
  batchId: string;
  personId: string;
  effectiveDate: string;
  fromDepartmentId: string | null;
  toDepartmentId: string | null;
}

/**
 * Applied transfers of these people (all people when `personIds` is omitted), oldest first —
 * for modules that check what a move made unfit (ID reviews). Planned and cancelled batches are
 * not history.
 */
export async function appliedTransfers(
  db: DbOrTx,
  personIds?: readonly string[],
): Promise<AppliedTransfer[]> {
  if (personIds && !personIds.length) return [];
  return db
    .select({
      id: transferItems.id,
      batchId: transferItems.batchId,
      personId: transferItems.personId,
      effectiveDate: transferBatches.effectiveDate,
      fromDepartmentId: transferItems.fromDepartmentId,
      toDepartmentId: transferItems.toDepartmentId,
    })
    .from(transferItems)
    .innerJoin(transferBatches, eq(transferBatches.id, transferItems.batchId))
    .where(
      and(
        eq(transferBatches.status, "applied"),
        personIds ? inArray(transferItems.personId, [...personIds]) : undefined,
      ),
    )
    .orderBy(transferBatches.effectiveDate);
}

/**
 * The 課 each person was in on `day`, for the people a later applied 人事異動 moved out of it: the
 * `from` of their first move that takes effect after `day`. People not moved since `day` are
 * absent (their present 課 in the directory is the day's). Assurance (independence on an audit's
 * start date) and training (membership on a session's day) read the day's 課 this way.
 */
export async function departmentsLeftAfter(
  db: DbOrTx,
  day: string,
  personIds?: readonly string[],
): Promise<Map<string, string | null>> {
  if (personIds && !personIds.length) return new Map();
  const rows = await db
    .selectDistinctOn([transferItems.personId], {
      personId: transferItems.personId,
      fromDepartmentId: transferItems.fromDepartmentId,
    })
    .from(transferItems)
    .innerJoin(transferBatches, eq(transferBatches.id, transferItems.batchId))
    .where(
      and(
        eq(transferBatches.status, "applied"),
        gt(transferBatches.effectiveDate, day),
        sql`${transferItems.fromDepartmentId} is distinct from ${transferItems.toDepartmentId}`,
        personIds ? inArray(transferItems.personId, [...personIds]) : undefined,
      ),
    )
    .orderBy(transferItems.personId, asc(transferBatches.effectiveDate));
  return new Map(rows.map((r) => [r.personId, r.fromDepartmentId]));
}

/**
 * Active people placed in their 課 of `day`, as an SQL relation a module joins its own rows to in
 * one statement: `(person_id, name, name_kana, employee_number, employment_type, department_id,
 * parent_id, bureau_id, role_keys, unit_sort, unit_code)`. The day's 課 is `departmentsLeftAfter`'s (the
 * `from` of the first applied move after the day), else the present one; the 局 is the 課 itself
 * when it is a 局, else its parent when that is a 局; role_keys are the assignments valid that
 * day. `unitIds` keeps the people whose 課 of the day is one of them or lies under one of them;
 * `personIds` keeps those people. Training's completion figures read 20,000 people this way
 * instead of loading the directory into the process. Every table it reads moves the directory's
 * version at the commit of a change (migrations 0026 and 0046; transfers only when applied), so what
 * is derived from it is current while that version is.
 */
export function membersOnDaySql(
  day: string,
  opts: { unitIds?: readonly string[]; personIds?: readonly string[] } = {},
): SQL {
  // The day's 課 is the present one or the `from` of a later move, so a person whose day's 課 lies
  // within the units is now in one of them or was moved out of one later: only those are placed
  // (a 課長's page reads their 課's people, not 20,000), and the day's 課 is then checked exactly.
  const within = (col: SQL) =>
    opts.unitIds
      ? sql`${col} in (select u.id from ${departments} u
              where u.id = any(${uuidArrayParam(opts.unitIds)}) or u.parent_id = any(${uuidArrayParam(opts.unitIds)}))`
      : sql`true`;
  const units = opts.unitIds
    ? sql`and (dd.id = any(${uuidArrayParam(opts.unitIds)}) or dd.parent_id = any(${uuidArrayParam(opts.unitIds)}))
          and (${within(sql`p.department_id`)} or exists (
            select 1 from ${transferItems} ci join ${transferBatches} cb on cb.id = ci.batch_id
             where ci.person_id = p.id and cb.status = 'applied' and cb.effective_date > ${day}::date
               and ${within(sql`ci.from_department_id`)}))`
    : sql``;
  // A join, not `= any(array)`: 20,000 ids (an import) are hashed once instead of scanned per row.
  const only = opts.personIds
    ? sql`join (select distinct unnest(${uuidArrayParam(opts.personIds)}) as id) want on want.id = p.id`
    : sql``;
  return sql`select p.id as person_id, p.name, p.name_kana, p.employee_number, p.employment_type,
      dd.id as department_id, dd.parent_id as parent_id,
      case when dd.kind = 'bureau' then dd.id when dp.kind = 'bureau' then dp.id end as bureau_id,
      coalesce(r.role_keys, '{}') as role_keys, dd.sort_order as unit_sort, dd.code as unit_code
    from ${people} p ${only}
    left join (
      select distinct on (ti.person_id) ti.person_id, ti.from_department_id
        from ${transferItems} ti join ${transferBatches} tb on tb.id = ti.batch_id
       where tb.status = 'applied' and tb.effective_date > ${day}::date
         and ti.from_department_id is distinct from ti.to_department_id
       order by ti.person_id, tb.effective_date) mv on mv.person_id = p.id
    left join ${departments} dd
      on dd.id = case when mv.person_id is null then p.department_id else mv.from_department_id end
    left join ${departments} dp on dp.id = dd.parent_id
    left join (
      select ra.person_id, array_agg(distinct ra.role_key) as role_keys from ${roleAssignments} ra
       where (ra.valid_from is null or ra.valid_from <= ${day}::date)
         and (ra.valid_to is null or ra.valid_to >= ${day}::date)
       group by ra.person_id) r on r.person_id = p.id
   where p.active ${units}`;
}

/**
 * Who may be placed differently by `membersOnDaySql` from which day after `day` on — the people of
 * applied moves on their effective date, and the people of role assignments on their edges
 * (valid_from, the day after valid_to) — as a relation `(d, person_id)`. Between two such days
 * nobody else changes 課 or roles, so training's completion tally re-reads only those people.
 */
export function membershipChangesSql(day: string): SQL {
  return sql`select x.d, x.person_id from (
      select tb.effective_date as d, ti.person_id from ${transferItems} ti
        join ${transferBatches} tb on tb.id = ti.batch_id
       where tb.status = 'applied' and ti.from_department_id is distinct from ti.to_department_id
      union select ra.valid_from, ra.person_id from ${roleAssignments} ra where ra.valid_from is not null
      union select ra.valid_to + 1, ra.person_id from ${roleAssignments} ra where ra.valid_to is not null) x
    where x.d > ${day}::date`;
}
