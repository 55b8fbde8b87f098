/** Read queries of software and vulnerabilities; every list filters by access.ts's SQL twin. */

import { type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { jstDateSql, rowsOf } from "../../db/sql";
import { bureauOfSql, departmentNameSql, parentUnitSql, personNameSql } from "../../directory";
import type { Actor } from "../../http/context";
import { matchTasksSql, softwareVisibilitySql } from "./access";
import { calendarByFiscalYear, type EndingProduct } from "./domain/end-of-support";
import type { StoredAdvisory } from "./feeds/merge";

const OPEN_STATES = sql`('unconfirmed', 'in_progress', 'workaround')`;

export async function listProducts(db: DbOrTx, q: { q?: string; limit: number; offset: number }) {
  const search = q.q
    ? sql`and (p.vendor ilike ${`%${q.q}%`} or p.product ilike ${`%${q.q}%`} or p.cpe ilike ${`%${q.q}%`})`
    : sql``;
  return rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      select p.id, p.vendor, p.product, p.version, p.edition, p.cpe, p.jvn_product_ids as "jvnProductIds",
             p.end_of_support::text as "endOfSupport",
             (select count(*)::int from software_installations i where i.product_id = p.id and i.removed_at is null) as "installations"
        from software_products p where true ${search}
       order by p.vendor, p.product, p.version limit ${q.limit} offset ${q.offset}`),
  );
}

/** The units (課 and its bureau) where a product is installed now: who may correct it depends on them. */
export async function productUnits(db: DbOrTx, productId: string) {
  return rowsOf<{ departmentId: string; bureauId: string | null }>(
    await db.execute(sql`
      select distinct i.department_id as "departmentId", ${bureauOfSql(sql`i.department_id`)} as "bureauId"
        from software_installations i
       where i.product_id = ${productId}::uuid and i.removed_at is null`),
  );
}

export async function listInstallations(
  db: DbOrTx,
  actor: Actor,
  f: { mine?: string; departmentId?: string; assetId?: string; eos?: string; limit: number; offset: number },
) {
  const conds: SQL[] = [
    sql`i.removed_at is null`,
    softwareVisibilitySql(actor, sql`i.department_id`, sql`i.owner_person_id`),
  ];
  if (f.mine === "true") conds.push(sql`i.owner_person_id = ${actor.personId}::uuid`);
  if (f.departmentId) conds.push(sql`i.department_id = ${f.departmentId}::uuid`);
  if (f.assetId) conds.push(sql`i.asset_id = ${f.assetId}::uuid`);
  if (f.eos) conds.push(sql`i.eos_status = ${f.eos}`);
  return rowsOf<{
    id: string;
    assetId: string;
    departmentId: string;
    bureauId: string | null;
    departmentName: string | null;
    ownerPersonId: string | null;
    ownerName: string | null;
    productId: string;
    vendor: string;
    product: string;
    version: string;
    edition: string;
    cpe: string | null;
    endOfSupport: string | null;
    plannedEndOfUse: string | null;
    eosStatus: string;
    eosClause: string | null;
    openMatches: number;
  }>(
    await db.execute(sql`
      select i.id, i.asset_id as "assetId", i.department_id as "departmentId", ${bureauOfSql(sql`i.department_id`)} as "bureauId", ${departmentNameSql(sql`i.department_id`)} as "departmentName",
             i.owner_person_id as "ownerPersonId", ${personNameSql(sql`i.owner_person_id`)} as "ownerName",
             p.id as "productId", p.vendor, p.product, p.version, p.edition, p.cpe, p.end_of_support::text as "endOfSupport",
             i.planned_end_of_use::text as "plannedEndOfUse", i.eos_status as "eosStatus", i.eos_clause as "eosClause",
             (select count(*)::int from vuln_matches m where m.installation_id = i.id and not m.stale and m.state in ${OPEN_STATES}) as "openMatches"
        from software_installations i
        join software_products p on p.id = i.product_id
       where ${sql.join(conds, sql` and `)}
       order by p.vendor, p.product, i.created_at limit ${f.limit} offset ${f.offset}`),
  );
}

/** Licences with installed vs licensed per product and department (visible departments only). */
export async function listLicences(db: DbOrTx, actor: Actor) {
  return rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      select l.id, l.product_id as "productId", p.vendor, p.product, p.version, l.department_id as "departmentId", ${departmentNameSql(sql`l.department_id`)} as "departmentName",
             l.licence_type as "licenceType", l.seats, l.expires_on::text as "expiresOn", l.note,
             (select sum(x.seats)::int from software_licences x where x.product_id = l.product_id and x.department_id = l.department_id
               and (x.expires_on is null or x.expires_on >= current_date)) as "licensedTotal",
             (select bool_or(x.seats is null) from software_licences x where x.product_id = l.product_id and x.department_id = l.department_id) as "unlimited",
             (select count(*)::int from software_installations i where i.product_id = l.product_id and i.department_id = l.department_id and i.removed_at is null) as "installed"
        from software_licences l join software_products p on p.id = l.product_id
       where ${softwareVisibilitySql(actor, sql`l.department_id`)}
       order by p.vendor, p.product, "departmentName"`),
  );
}

/** A row of the advisory list (the columns the select below names). */
export interface AdvisoryListRow {
  id: string;
  key: string;
  cveId: string | null;
  jvndbIds: string[] | null;
  title: string;
  titleJa: string | null;
  severity: string | null;
  score: string | null;
  kev: boolean;
  published: Date | string | null;
  modified: Date | string | null;
  matched: boolean;
}

export async function listAdvisories(
  db: DbOrTx,
  actor: Actor,
  f: { q?: string; severity?: string; kev?: string; matched?: string; limit: number; offset: number },
) {
  const conds: SQL[] = [sql`a.superseded_by is null`];
  if (f.q)
    conds.push(
      sql`(a.key ilike ${`%${f.q}%`} or a.title ilike ${`%${f.q}%`} or a.title_ja ilike ${`%${f.q}%`} or ${f.q.toUpperCase()} = any(a.jvndb_ids))`,
    );
  if (f.severity) conds.push(sql`a.severity = ${f.severity}`);
  if (f.kev === "true") conds.push(sql`a.kev is not null`);
  const visibleMatch = sql`exists (select 1 from vuln_matches m where m.advisory_id = a.id and not m.stale and ${softwareVisibilitySql(actor, sql`m.department_id`, sql`m.owner_person_id`)})`;
  if (f.matched === "true") conds.push(visibleMatch);
  return rowsOf<AdvisoryListRow>(
    await db.execute(sql`
      select a.id, a.key, a.cve_id as "cveId", a.jvndb_ids as "jvndbIds", a.title, a.title_ja as "titleJa", a.severity, a.score,
             a.kev is not null as kev, a.published, a.modified, ${visibleMatch} as matched
        from vuln_advisories a where ${sql.join(conds, sql` and `)}
       order by a.published desc nulls last, a.key limit ${f.limit} offset ${f.offset}`),
  );
}

/** The advisory as stored; published/modified are timestamps as the driver reads them. */
export type AdvisoryRow = Omit<StoredAdvisory, "published" | "modified"> & {
  id: string;
  published: Date | string | null;
  modified: Date | string | null;
  supersededBy: string | null;
};

export async function advisoryById(db: DbOrTx, id: string) {
  return rowsOf<AdvisoryRow>(
    await db.execute(sql`
      select id, key, cve_id as "cveId", jvndb_ids as "jvndbIds", title, title_ja as "titleJa", description, description_ja as "descriptionJa",
             severity, score, cvss, kev, configurations, jvn_affected as "jvnAffected", "references", published, modified, superseded_by as "supersededBy"
        from vuln_advisories where id = ${id}::uuid`),
  )[0];
}

export interface MatchRow {
  id: string;
  advisoryId: string;
  advisoryKey: string;
  title: string;
  titleJa: string | null;
  installationId: string;
  assetId: string;
  departmentId: string;
  bureauId: string | null;
  departmentName: string | null;
  ownerPersonId: string | null;
  ownerName: string | null;
  vendor: string;
  product: string;
  version: string;
  verdict: "affected" | "confirm";
  reason: { ja: string; en: string } | null;
  state: string;
  severity: string | null;
  kev: boolean;
  dueOn: string | null;
  decisionReason: string | null;
  evidence: string | null;
  acceptedUntil: string | null;
  decidedAt: string | null;
  firstMatchedAt: string;
  stale: boolean;
}

const MATCH_SELECT = sql`
  select m.id, m.advisory_id as "advisoryId", a.key as "advisoryKey", a.title, a.title_ja as "titleJa",
         m.installation_id as "installationId", i.asset_id as "assetId", m.department_id as "departmentId", ${parentUnitSql(sql`m.department_id`)} as "bureauId",
         ${departmentNameSql(sql`m.department_id`)} as "departmentName", m.owner_person_id as "ownerPersonId", ${personNameSql(sql`m.owner_person_id`)} as "ownerName",
         p.vendor, p.product, p.version, m.verdict, m.reason, m.state, m.severity, m.kev, m.due_on::text as "dueOn",
         m.decision_reason as "decisionReason", m.evidence, m.accepted_until::text as "acceptedUntil", m.decided_at as "decidedAt",
         m.first_matched_at as "firstMatchedAt", m.stale
    from vuln_matches m
    join vuln_advisories a on a.id = m.advisory_id
    join software_installations i on i.id = m.installation_id
    join software_products p on p.id = i.product_id`;

export async function listMatches(
  db: DbOrTx,
  actor: Actor,
  today: string,
  f: {
    state?: string;
    view: string;
    departmentId?: string;
    advisoryId?: string;
    severity?: string;
    age?: string;
    limit: number;
    offset: number;
  },
) {
  const conds: SQL[] = [softwareVisibilitySql(actor, sql`m.department_id`, sql`m.owner_person_id`)];
  if (f.view !== "all") conds.push(sql`not m.stale`);
  if (f.view === "confirm") conds.push(sql`m.verdict = 'confirm' and m.state = 'unconfirmed'`);
  if (f.view === "open") conds.push(sql`m.state in ${OPEN_STATES}`);
  if (f.view === "overdue") conds.push(sql`m.state in ${OPEN_STATES} and m.due_on < ${today}::date`);
  if (f.state) conds.push(sql`m.state = ${f.state}`);
  if (f.departmentId) conds.push(sql`m.department_id = ${f.departmentId}::uuid`);
  if (f.advisoryId) conds.push(sql`m.advisory_id = ${f.advisoryId}::uuid`);
  if (f.severity) conds.push(sql`coalesce(m.severity, 'none') = ${f.severity}`);
  if (f.age) conds.push(sql`${matchAgeSql(today)} = ${f.age}`);
  return rowsOf<MatchRow>(
    await db.execute(sql`${MATCH_SELECT} where ${sql.join(conds, sql` and `)}
      order by m.due_on nulls last, m.first_matched_at limit ${f.limit} offset ${f.offset}`),
  );
}

export async function matchById(db: DbOrTx, id: string) {
  return rowsOf<MatchRow>(await db.execute(sql`${MATCH_SELECT} where m.id = ${id}::uuid`))[0];
}

/**
 * The owner's tasks: open matches of installations they are the owner of, and — for a
 * department's managers — those of its installations without a named owner (access.ts decides).
 */
export async function listTasks(db: DbOrTx, actor: Actor, limit: number) {
  return rowsOf<MatchRow>(
    await db.execute(sql`${MATCH_SELECT}
      where not m.stale and m.state in ${OPEN_STATES} and ${matchTasksSql(actor)}
      order by m.due_on nulls last, m.first_matched_at limit ${limit}`),
  );
}

/** Age bucket of a match (alias `m`) by JST days since it was first matched. */
export function matchAgeSql(today: string): SQL {
  const days = sql`(${today}::date - ${jstDateSql(sql`m.first_matched_at`)})`;
  return sql`(case when ${days} <= 7 then '0-7' when ${days} <= 30 then '8-30'
    when ${days} <= 90 then '31-90' else '91+' end)`;
}

/** CISO summary: open tasks by severity and by age since the first match; states overall. */
export { OPEN_STATES };

export async function summary(db: DbOrTx, today: string) {
  const bySeverity = rowsOf<{ severity: string | null; age: string; n: number }>(
    await db.execute(sql`
      select coalesce(severity, 'none') as severity,
             case when ${today}::date - ${jstDateSql(sql`first_matched_at`)} <= 7 then '0-7'
                  when ${today}::date - ${jstDateSql(sql`first_matched_at`)} <= 30 then '8-30'
                  when ${today}::date - ${jstDateSql(sql`first_matched_at`)} <= 90 then '31-90'
                  else '91+' end as age,
             count(*)::int as n
        from vuln_matches where not stale and state in ${OPEN_STATES}
       group by 1, 2`),
  );
  const byState = rowsOf<{ state: string; n: number }>(
    await db.execute(sql`select state, count(*)::int as n from vuln_matches where not stale group by state`),
  );
  const [counts] = rowsOf<{ overdue: number; confirm: number; kev: number }>(
    await db.execute(sql`
      select count(*) filter (where state in ${OPEN_STATES} and due_on < ${today}::date)::int as overdue,
             count(*) filter (where verdict = 'confirm' and state = 'unconfirmed')::int as confirm,
             count(*) filter (where kev and state in ${OPEN_STATES})::int as kev
        from vuln_matches where not stale`),
  );
  return { bySeverity, byState, ...counts };
}

/** Ends of support under 年度 headings and by month, of products installed in departments the actor sees. */
export async function endOfSupportCalendar(
  db: DbOrTx,
  actor: Actor,
  from: string,
  to: string,
  leadMonths: number,
) {
  const rows = rowsOf<EndingProduct>(
    await db.execute(sql`
      select p.id as "productId", p.vendor, p.product, p.version, p.end_of_support::text as "endOfSupport",
             count(i.id)::int as installations, count(distinct i.department_id)::int as departments
        from software_products p join software_installations i on i.product_id = p.id and i.removed_at is null
       where p.end_of_support between ${from}::date and ${to}::date
         and ${softwareVisibilitySql(actor, sql`i.department_id`, sql`i.owner_person_id`)}
       group by p.id order by p.end_of_support, p.vendor, p.product`),
  );
  return calendarByFiscalYear(rows, leadMonths);
}
