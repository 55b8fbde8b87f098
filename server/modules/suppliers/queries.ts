/** Read queries of contractors and contracts; every list filters by access.ts's SQL twin. */

import { type SQL, sql } from "drizzle-orm";
import { todayJst } from "../../../common/calendar";
import type { DbOrTx } from "../../db/client";
import { rowsOf } from "../../db/sql";
import { departmentNameSql, parentUnitSql, personNameSql } from "../../directory";
import type { Actor } from "../../http/context";
import type { Profile } from "../../profile";
import { contractVisibilitySql, myContractsSql } from "./access";
import type { Certification, ContractState } from "./tables";

/** The profile's check interval (months); 12 when the profile has no suppliers: section. */
export function checkIntervalMonths(profile: Profile): number {
  return profile.suppliers?.checks.interval_months ?? 12;
}

/** The date the next check of a contract is due: its last check (or its start) plus the interval. */
export function nextCheckSql(profile: Profile, contract: string): SQL {
  return sql.raw(
    `(coalesce((select max(ck.checked_on) from supplier_checks ck where ck.contract_id = ${contract}.id), ${contract}.starts_on) + interval '${checkIntervalMonths(profile)} months')::date`,
  );
}

/** A contractor as the screens read it. */
export interface ContractorRow {
  id: string;
  name: string;
  corporateNumber: string | null;
  certifications: Certification[];
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  address: string | null;
  note: string | null;
}

export async function listContractors(
  db: DbOrTx,
  actor: Actor,
  q: { q?: string; limit: number; offset: number },
) {
  const search = q.q
    ? sql`and (k.name ilike ${`%${q.q}%`} or k.corporate_number = ${q.q.replace(/\D/g, "")})`
    : sql``;
  return rowsOf<ContractorRow & { departments: Array<string | null> }>(
    await db.execute(sql`
      select k.id, k.name, k.corporate_number as "corporateNumber", k.certifications,
             k.contact_name as "contactName", k.contact_phone as "contactPhone", k.contact_email as "contactEmail",
             k.address, k.note,
             coalesce((select array_agg(distinct ${departmentNameSql(sql`c.department_id`)})
                         from supplier_contracts c
                        where c.contractor_id = k.id and c.state <> 'closed'
                          and ${contractVisibilitySql(actor, sql`c.department_id`)}), '{}') as "departments"
        from supplier_contractors k where true ${search}
       order by k.name, k.id limit ${q.limit} offset ${q.offset}`),
  );
}

export async function contractorById(db: DbOrTx, id: string): Promise<ContractorRow | undefined> {
  return rowsOf<ContractorRow>(
    await db.execute(sql`
      select id, name, corporate_number as "corporateNumber", certifications, contact_name as "contactName",
             contact_phone as "contactPhone", contact_email as "contactEmail", address, note
        from supplier_contractors where id = ${id}::uuid`),
  )[0];
}

export interface ContractListRow {
  id: string;
  subject: string;
  state: ContractState;
  contractorId: string;
  contractorName: string;
  departmentId: string;
  bureauId: string | null;
  departmentName: string | null;
  startsOn: string;
  endsOn: string;
  informationLevels: string[];
  personalInformation: boolean;
  specificPersonalInformation: boolean;
  systemWork: boolean;
  designatedManager: boolean;
  maintenance: boolean;
  nextCheckOn: string | null;
  checkOverdue: boolean;
  openLendings: number;
}

export async function listContracts(
  db: DbOrTx,
  actor: Actor,
  profile: Profile,
  f: {
    q?: string;
    state?: string;
    departmentId?: string;
    contractorId?: string;
    view: "all" | "mine" | "checks_due";
    limit: number;
    offset: number;
  },
  now: Date,
) {
  const today = todayJst(now);
  const next = nextCheckSql(profile, "c");
  const conds: SQL[] = [contractVisibilitySql(actor, sql`c.department_id`)];
  if (f.q) conds.push(sql`(c.subject ilike ${`%${f.q}%`} or k.name ilike ${`%${f.q}%`})`);
  if (f.state) conds.push(sql`c.state = ${f.state}`);
  if (f.departmentId) conds.push(sql`c.department_id = ${f.departmentId}::uuid`);
  if (f.contractorId) conds.push(sql`c.contractor_id = ${f.contractorId}::uuid`);
  if (f.view === "mine") conds.push(myContractsSql(actor, sql`c.department_id`));
  if (f.view === "checks_due") conds.push(sql`c.state = 'active' and ${next} <= ${today}::date`);
  return rowsOf<ContractListRow>(
    await db.execute(sql`
      select c.id, c.subject, c.state, c.contractor_id as "contractorId", k.name as "contractorName",
             c.department_id as "departmentId", ${parentUnitSql(sql`c.department_id`)} as "bureauId", ${departmentNameSql(sql`c.department_id`)} as "departmentName",
             c.starts_on::text as "startsOn", c.ends_on::text as "endsOn", c.information_levels as "informationLevels",
             c.personal_information as "personalInformation", c.specific_personal_information as "specificPersonalInformation",
             c.system_work as "systemWork", c.designated_manager as "designatedManager", c.maintenance,
             case when c.state = 'active' then ${next}::text end as "nextCheckOn",
             (c.state = 'active' and ${next} < ${today}::date) as "checkOverdue",
             (select count(*)::int from supplier_lendings l where l.contract_id = c.id and l.state = 'lent') as "openLendings"
        from supplier_contracts c
        join supplier_contractors k on k.id = c.contractor_id
       where ${sql.join(conds, sql` and `)}
       order by c.ends_on desc, c.id limit ${f.limit} offset ${f.offset}`),
  );
}

export async function listPledges(db: DbOrTx, contractId: string) {
  return rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      select p.id, p.person_id as "personId", ${personNameSql(sql`p.person_id`)} as "personName", cp.role, p.version,
             p.signed_on::text as "signedOn", p.received_on::text as "receivedOn", p.note,
             p.received_by_person_id as "receivedByPersonId", ${personNameSql(sql`p.received_by_person_id`)} as "receivedByName"
        from supplier_pledges p
        left join supplier_contract_people cp on cp.contract_id = p.contract_id and cp.person_id = p.person_id
       where p.contract_id = ${contractId}::uuid
       order by "personName", p.version`),
  );
}

export interface CheckFilter {
  contractId?: string;
  importance?: "normal" | "high";
  result?: "ok" | "issues";
  /** reported_to_me: checks reported to a duty the viewer holds (the CISO's and 管理者's reports). */
  view: "all" | "reported_to_me";
  limit: number;
  offset: number;
}

export async function listChecks(db: DbOrTx, actor: Actor, f: CheckFilter) {
  const conds: SQL[] = [contractVisibilitySql(actor, sql`c.department_id`)];
  if (f.contractId) conds.push(sql`k.contract_id = ${f.contractId}::uuid`);
  if (f.importance) conds.push(sql`k.importance = ${f.importance}`);
  if (f.result) conds.push(sql`k.result = ${f.result}`);
  if (f.view === "reported_to_me") {
    const duties = [...new Set(actor.grants.map((g) => g.duty))];
    conds.push(
      duties.length
        ? sql`k.reported_to && array[${sql.join(
            duties.map((d) => sql`${d}`),
            sql`, `,
          )}]::text[]`
        : sql`false`,
    );
  }
  return rowsOf<{
    id: string;
    contractId: string;
    subject: string;
    contractorName: string;
    departmentId: string;
    departmentName: string | null;
    checkedOn: string;
    result: "ok" | "issues";
    importance: "normal" | "high";
    findings: string | null;
    measures: string | null;
    reportedTo: string[];
    checkedByName: string | null;
  }>(
    await db.execute(sql`
      select k.id, k.contract_id as "contractId", c.subject, s.name as "contractorName",
             c.department_id as "departmentId", ${departmentNameSql(sql`c.department_id`)} as "departmentName",
             k.checked_on::text as "checkedOn", k.result, k.importance,
             k.findings, k.measures, k.reported_to as "reportedTo", ${personNameSql(sql`k.checked_by_person_id`)} as "checkedByName"
        from supplier_checks k
        join supplier_contracts c on c.id = k.contract_id
        join supplier_contractors s on s.id = c.contractor_id
       where ${sql.join(conds, sql` and `)}
       order by k.checked_on desc, k.id limit ${f.limit} offset ${f.offset}`),
  );
}

/** The units of the contracts that name a contractor, as contractor or as subcontractor. */
export async function contractorUnits(db: DbOrTx, contractorId: string) {
  return rowsOf<{ departmentId: string; bureauId: string | null }>(
    await db.execute(sql`
      select distinct c.department_id as "departmentId", ${parentUnitSql(sql`c.department_id`)} as "bureauId"
        from supplier_contracts c
       where c.contractor_id = ${contractorId}::uuid
          or c.id in (select s.contract_id from supplier_subcontracts s where s.contractor_id = ${contractorId}::uuid)`),
  );
}
