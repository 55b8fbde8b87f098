/** Reads of ID管理, filtered in SQL by the access rules' twins (access.ts). */

import { sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { rowsOf, uuidListSql } from "../../db/sql";
import { bureauOfSql } from "../../directory";
import type { Actor } from "../../http/context";
import { accountVisibilitySql, cardVisibilitySql, systemVisibilitySql } from "./access";

export interface SystemListRow {
  id: string;
  assetId: string;
  departmentId: string;
  bureauId: string | null;
  administratorPersonId: string | null;
  userScope: "organization" | "departments";
  userDepartmentIds: string[];
  note: string | null;
  accounts: number;
  privileged: number;
}

/** Systems the actor sees ("all": every system, for the daily job). */
export async function listSystems(
  db: DbOrTx,
  actor: Actor | "all",
  ids?: string[],
): Promise<SystemListRow[]> {
  const only = ids?.length ? sql`and s.id in (${uuidListSql(ids)})` : sql``;
  const r = await db.execute(sql`
    select s.id, s.asset_id as "assetId", s.department_id as "departmentId",
           ${bureauOfSql(sql`s.department_id`)} as "bureauId",
           s.administrator_person_id as "administratorPersonId", s.user_scope as "userScope",
           s.user_department_ids::text[] as "userDepartmentIds", s.note,
           (select count(*)::int from system_accounts a where a.system_id = s.id and a.state <> 'removed') as accounts,
           (select count(*)::int from system_accounts a where a.system_id = s.id and a.state <> 'removed' and a.privileged) as privileged
      from account_systems s
     where ${actor === "all" ? sql`true` : systemVisibilitySql(actor, sql`s.department_id`, sql`s.administrator_person_id`)} ${only}
     order by s.created_at`);
  return rowsOf<SystemListRow>(r);
}

export interface AccountListRow {
  id: string;
  systemId: string;
  assetId: string;
  departmentId: string;
  bureauId: string | null;
  administratorPersonId: string | null;
  loginName: string;
  holderKind: string;
  personId: string | null;
  privileged: boolean;
  role: string | null;
  createdOn: string | null;
  lastUsedOn: string | null;
  state: string;
  approvalRef: string | null;
  renamedFrom: string | null;
  renamedOn: string | null;
  connectionLimitMinutes: number | null;
  purpose: "operation" | "development";
  developmentEndsOn: string | null;
  note: string | null;
  source: string;
  deletionRequestedAt: string | null;
  deletionReason: string | null;
  deletionOutcome: "removed" | "suspended" | "declined" | null;
  deletionDecidedAt: string | null;
  deletionDecidedBy: string | null;
  deletionNote: string | null;
}

export async function listAccounts(
  db: DbOrTx,
  actor: Actor,
  q: {
    systemId?: string;
    personId?: string;
    mine?: string;
    q?: string;
    /** Privileged or development IDs not removed: the privileged-ID register. */
    privileged?: boolean;
    /** open: IDs whose holder asked for their deletion and nobody has answered yet (7.2(1)②(イ)). */
    deletion?: "open";
    limit: number;
    offset: number;
  },
): Promise<AccountListRow[]> {
  const filters = [
    accountVisibilitySql(actor, sql`s.department_id`, sql`s.administrator_person_id`, sql`a.person_id`),
  ];
  if (q.systemId) filters.push(sql`a.system_id = ${q.systemId}::uuid`);
  if (q.personId) filters.push(sql`a.person_id = ${q.personId}::uuid`);
  if (q.privileged) filters.push(sql`(a.privileged or a.purpose = 'development') and a.state <> 'removed'`);
  if (q.deletion === "open")
    filters.push(sql`a.deletion_requested_at is not null and a.deletion_decided_at is null`);
  if (q.mine === "true") filters.push(sql`a.person_id = ${actor.personId}::uuid`);
  if (q.q) filters.push(sql`a.login_name ilike ${`%${q.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`}`);
  const r = await db.execute(sql`
    select a.id, a.system_id as "systemId", s.asset_id as "assetId", s.department_id as "departmentId",
           ${bureauOfSql(sql`s.department_id`)} as "bureauId",
           s.administrator_person_id as "administratorPersonId",
           a.login_name as "loginName", a.holder_kind as "holderKind", a.person_id as "personId",
           a.privileged, a.role, a.created_on::text as "createdOn", a.last_used_on::text as "lastUsedOn",
           a.state, a.approval_ref as "approvalRef", a.renamed_from as "renamedFrom",
           a.renamed_on::text as "renamedOn", a.connection_limit_minutes as "connectionLimitMinutes",
           a.purpose, a.development_ends_on::text as "developmentEndsOn", a.note, a.source,
           a.deletion_requested_at as "deletionRequestedAt", a.deletion_reason as "deletionReason",
           a.deletion_outcome as "deletionOutcome", a.deletion_decided_at as "deletionDecidedAt",
           a.deletion_decided_by as "deletionDecidedBy", a.deletion_note as "deletionNote"
      from system_accounts a
      join account_systems s on s.id = a.system_id
     where ${sql.join(filters, sql` and `)}
     order by a.login_name
     limit ${q.limit} offset ${q.offset}`);
  return rowsOf<AccountListRow>(r);
}

export interface CardListRow {
  id: string;
  cardNumber: string;
  personId: string | null;
  departmentId: string;
  bureauId: string | null;
  issuedOn: string;
  state: string;
  lostAt: string | null;
  incidentId: string | null;
  replacedById: string | null;
  destroyedAt: string | null;
  destroyMethod: string | null;
  returnedAt: string | null;
  note: string | null;
}

export async function listCards(
  db: DbOrTx,
  actor: Actor,
  q: { mine?: string; limit: number; offset: number },
) {
  const mine = q.mine === "true" ? sql`and c.person_id = ${actor.personId}::uuid` : sql``;
  const r = await db.execute(sql`
    select c.id, c.card_number as "cardNumber", c.person_id as "personId", c.department_id as "departmentId",
           ${bureauOfSql(sql`c.department_id`)} as "bureauId", c.issued_on::text as "issuedOn", c.state,
           c.lost_at as "lostAt", c.incident_id as "incidentId", c.replaced_by_id as "replacedById",
           c.destroyed_at as "destroyedAt", c.destroy_method as "destroyMethod", c.returned_at as "returnedAt", c.note
      from ic_cards c
     where ${cardVisibilitySql(actor, sql`c.department_id`, sql`c.person_id`)} ${mine}
     order by c.issued_on desc, c.card_number
     limit ${q.limit} offset ${q.offset}`);
  return rowsOf<CardListRow>(r);
}
