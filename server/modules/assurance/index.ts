/**
 * The face of the assurance module: the only file another module may import.
 * - clausesInActiveCampaigns: which clauses are asked in an open self-inspection (the coverage
 *   screen counts a `checklist` obligation as met only then);
 * - auditReadGrants: what an auditor may read while an audit runs (units and period).
 */

import { sql } from "drizzle-orm";
import { registerGrantSource } from "../../auth/grant-sources";
import type { DbOrTx } from "../../db/client";
import { rowsOf } from "../../db/sql";
import { NAMED_AUDITOR } from "./access";

export async function clausesInActiveCampaigns(db: DbOrTx, profileId: string): Promise<Set<string>> {
  const res = rowsOf<{ clause_id: string }>(
    await db.execute(sql`
    select distinct ci.clause_id from assurance_campaign_items ci
    join assurance_campaigns c on c.id = ci.campaign_id
    where c.profile_id = ${profileId} and c.status = 'open'`),
  );
  return new Set(res.map((r) => r.clause_id));
}

export interface AuditReadGrant {
  auditId: string;
  unitIds: string[];
  periodFrom: string;
  periodTo: string;
}

/**
 * What an auditor may read because an audit they perform is running (fieldwork or reported, not
 * closed): the audited units' records of the audit period. Other modules' access may consult it;
 * it ends when the audit closes (the grant's start and end are audit events).
 */
export async function auditReadGrants(db: DbOrTx, personId: string): Promise<AuditReadGrant[]> {
  const res = rowsOf<{ id: string; unit_ids: string[]; period_from: string; period_to: string }>(
    await db.execute(sql`
    select a.id, a.unit_ids, a.period_from::text as period_from, a.period_to::text as period_to
    from assurance_audits a join assurance_auditors x on x.audit_id = a.id
    where x.person_id = ${personId}::uuid and a.status in ('fieldwork', 'reported')`),
  );
  return res.map((r) => ({
    auditId: r.id,
    unitIds: r.unit_ids,
    periodFrom: r.period_from,
    periodTo: r.period_to,
  }));
}

/**
 * While an audit runs, each of its auditors holds read_audited_records over each audited unit for
 * the audit's period: the assets, requests, registers, incidents and audit-log events of those
 * units and that period open to them read-only (each module asks `auditedOver` / `auditedSql` of
 * server/access with the record's dates), and nothing of any other unit or time. The grant is a
 * fact of the audit's state, so it ends the moment the audit closes. Being named on any audit of
 * the profile, in any state, lets the person open it (assurance_audit.read), so it shows the
 * audits screen too. One query for both.
 */
registerGrantSource("assurance.audit", async (db, { personId, profileId }) => {
  const rows = rowsOf<{
    id: string;
    running: boolean;
    unit_ids: string[];
    period_from: string;
    period_to: string;
  }>(
    await db.execute(sql`
    select a.id, a.status in ('fieldwork', 'reported') as running, a.unit_ids,
      a.period_from::text as period_from, a.period_to::text as period_to
    from assurance_audits a join assurance_auditors x on x.audit_id = a.id
    where x.person_id = ${personId}::uuid and a.profile_id = ${profileId}`),
  );
  return {
    namedOn: rows.length ? [NAMED_AUDITOR] : [],
    grants: rows
      .filter((r) => r.running)
      .flatMap((r) =>
        r.unit_ids.map((unitId) => ({
          duty: "read_audited_records" as const,
          scope: "department" as const,
          scopeDepartmentId: unitId,
          roleKey: `audit:${r.id}`,
          deputyFor: null,
          period: { from: r.period_from, to: r.period_to },
        })),
      ),
  };
});

export { overviewFigures } from "./dashboard";

/** The yearly report (年次報告): this module's section and the records behind its figures. */
export { assuranceYearlyRecords, assuranceYearlySection } from "./yearly";
