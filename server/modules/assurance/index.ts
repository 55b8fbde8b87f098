/**
 * The face of the assurance module: the only file another module may import.
 * - clausesInActiveCampaigns: which clauses are asked in an open self-inspection (the coverage
 *   screen counts a `checklist` obligation as met only then);
 * - auditReadGrants: what an auditor may read while an audit runs (units and period).
 */
import { sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import "./access";

export async function clausesInActiveCampaigns(db: DbOrTx, profileId: string): Promise<Set<string>> {
  const res = (await db.execute(sql`
    select distinct ci.clause_id from assurance_campaign_items ci
    join assurance_campaigns c on c.id = ci.campaign_id
    where c.profile_id = ${profileId} and c.status = 'open'`)) as unknown as {
    rows: Array<{ clause_id: string }>;
  };
  return new Set(res.rows.map((r) => r.clause_id));
}
