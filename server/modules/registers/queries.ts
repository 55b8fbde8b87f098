import { type SQL, sql } from "drizzle-orm";
import { addDays, toJstIsoString } from "../../../common/calendar";
import type { DbOrTx } from "../../db/client";
import { rowsOf } from "../../db/sql";
import { departmentNameSql, departmentUnit, personNameSql } from "../../directory";
import type { Actor } from "../../http/context";
import { carryOutLog } from "../requests";
import { registerVisibilitySql } from "./access";
import type { RegisterKey } from "./tables";

/**
 * `?state=` of a register list:
 * - `open`: an opening entry (lend, in, record) that nothing closes (return, out, confirm) and
 *   nothing corrects — e.g. media lent and not returned;
 * - `overdue`: open media loans past their due time;
 * - `to_confirm`: open work records naming me as the second person (rule `register.confirm`).
 * The dashboard counts with these same conditions (entryStateSql).
 */
export type EntryState = "open" | "overdue" | "to_confirm";

const OPENING_TYPES: Partial<Record<RegisterKey, string>> = {
  media_loan_log: "lend",
  area_access_log: "in",
  work_log: "record",
  data_handover_log: "record",
};

/**
 * The condition of a state over the entry alias `e` of `register`. Closing and correcting entries
 * are in the same register as the entry they name (the append command refuses others), so
 * `register = e.register` is the same rule and keeps each probe within one register.
 */
export function entryStateSql(
  register: RegisterKey,
  state: EntryState,
  actor: Actor,
  now: Date,
): ReturnType<typeof sql> {
  const opening = OPENING_TYPES[register];
  if (!opening) return sql`false`;
  const open = sql`e.register = ${register} and e.entry_type = ${opening}
      and not exists (select 1 from register_entries r where r.closes_id = e.id and r.register = e.register)
      and not exists (select 1 from register_entries x where x.corrects_id = e.id and x.register = e.register)`;
  if (state === "open") return open;
  if (state === "overdue")
    return register === "media_loan_log"
      ? sql`${open} and (e.data->>'dueAt')::timestamptz < ${now.toISOString()}::timestamptz`
      : sql`false`;
  return register === "work_log"
    ? sql`${open} and e.data->>'secondPersonId' = ${actor.personId}`
    : sql`false`;
}

export interface ListFilter {
  state?: EntryState;
  from?: string;
  to?: string;
  departmentId?: string;
  personId?: string;
  assetId?: string;
  limit: number;
}

function filters(f: ListFilter, alias: string) {
  const parts = [];
  const col = (c: string) => sql.raw(`${alias}.${c}`);
  if (f.from) parts.push(sql`${col("occurred_at")} >= ${toJstIsoString(f.from)}::timestamptz`);
  if (f.to) parts.push(sql`${col("occurred_at")} < ${toJstIsoString(addDays(f.to, 1))}::timestamptz`);
  if (f.departmentId) parts.push(sql`${col("department_id")} = ${f.departmentId}::uuid`);
  if (f.personId) parts.push(sql`${col("person_id")} = ${f.personId}::uuid`);
  if (f.assetId) parts.push(sql`${col("asset_id")} = ${f.assetId}::uuid`);
  return parts;
}

export interface EntryRow {
  id: string;
  seq: number;
  register: string;
  entry_type: string;
  occurred_at: string;
  department_id: string;
  department_name: string | null;
  person_id: string | null;
  person_name: string | null;
  asset_id: string | null;
  asset_label: string | null;
  data: Record<string, unknown>;
  /** Names of the people the entry's data names by id (escort, second person). */
  escort_name: string | null;
  second_person_name: string | null;
  corrects_id: string | null;
  closes_id: string | null;
  source_request_id: string | null;
  recorded_by_name: string | null;
  recorded_at: string;
  closed_by: {
    id: string;
    occurred_at: string;
    person_name: string | null;
    data: Record<string, unknown>;
  } | null;
  corrected_by: string | null;
}

/**
 * Entries of a register the actor may see (same predicate as the detail), newest first, with
 * what ends each one (exit, return, confirmation) and whether a later entry corrects it.
 */
export async function listEntries(
  db: DbOrTx,
  actor: Actor,
  register: RegisterKey,
  f: ListFilter,
  now: Date,
): Promise<EntryRow[]> {
  const seen = registerVisibilitySql(actor, sql`e.department_id`, sql`e.occurred_at`);
  // A data handover to another 課 is seen by the receiving side too: it confirms it (第8章5).
  const received =
    register === "data_handover_log"
      ? sql`(${seen} or ${registerVisibilitySql(actor, uuidOrNull(sql`e.data->>'toDepartmentId'`), sql`e.occurred_at`)})`
      : seen;
  const conds = [sql`e.register = ${register}`, received, ...filters(f, "e")];
  if (f.state) conds.push(entryStateSql(register, f.state, actor, now));
  if (register !== "disposal_log" && register !== "failure_log") conds.push(sql`e.closes_id is null`);
  const res = await db.execute(sql`
    select e.id, e.seq, e.register, e.entry_type, e.occurred_at, e.department_id,
           ${departmentNameSql(sql`e.department_id`)} as department_name,
           e.person_id, ${personNameSql(sql`e.person_id`)} as person_name, e.asset_id,
           e.data->>'assetLabel' as asset_label,
           e.data, ${personNameSql(sql`${uuidOrNull(sql`e.data->>'escortPersonId'`)}`)} as escort_name,
           ${personNameSql(sql`${uuidOrNull(sql`e.data->>'secondPersonId'`)}`)} as second_person_name,
           e.corrects_id, e.closes_id, e.source_request_id,
           ${personNameSql(sql`e.recorded_by_person_id`)} as recorded_by_name, e.recorded_at,
           (select json_build_object('id', c.id, 'occurred_at', c.occurred_at,
                     'person_name', ${personNameSql(sql`c.recorded_by_person_id`)}, 'data', c.data)
              from register_entries c
              where c.closes_id = e.id limit 1) as closed_by,
           (select x.id from register_entries x where x.corrects_id = e.id order by x.seq desc limit 1) as corrected_by
    from register_entries e
    where ${sql.join(conds, sql` and `)}
    order by e.occurred_at desc, e.seq desc
    limit ${f.limit}`);
  return rowsOf<EntryRow>(res);
}

/** Media lent and not returned, oldest due first (the unreturned list). */
export async function unreturnedMedia(db: DbOrTx, actor: Actor, now: Date) {
  const res = await db.execute(sql`
    select e.id, e.occurred_at, e.department_id, e.person_id, ${personNameSql(sql`e.person_id`)} as person_name,
           e.asset_id, coalesce(e.data->>'assetLabel', '') as asset_label, e.data->>'dueAt' as due_at,
           (e.data->>'dueAt')::timestamptz < ${now.toISOString()}::timestamptz as overdue
    from register_entries e
    where ${entryStateSql("media_loan_log", "open", actor, now)}
      and ${registerVisibilitySql(actor, sql`e.department_id`, sql`e.occurred_at`)}
    order by e.data->>'dueAt'`);
  return rowsOf<Record<string, unknown>>(res);
}

/** The carry-out / bring-in register, kept by the requests module and read through its face. */
export async function carryOutEntries(db: DbOrTx, actor: Actor, f: ListFilter & { requestId?: string }) {
  const conds = [registerVisibilitySql(actor, sql`l.department_id`, sql`l.occurred_at`), ...filters(f, "l")];
  if (f.requestId) conds.push(sql`l.request_id = ${f.requestId}::uuid`);
  return carryOutLog(db, actor, conds, f.limit);
}

export async function unitOf(db: DbOrTx, departmentId: string) {
  const unit = await departmentUnit(db, departmentId);
  return unit ? { departmentId: unit.id, bureauId: unit.bureauId } : null;
}

/** A text that should be a person id, as a uuid (null when it is not one: no cast error). */
function uuidOrNull(text: SQL): SQL {
  return sql`(case when ${text} ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then (${text})::uuid end)`;
}
