/**
 * The face of contractors and contracts: the only file another module may import. Read
 * functions take the viewer and return only what the viewer may see.
 */

import { inArray, sql } from "drizzle-orm";
import { can } from "../../access";
import type { DbOrTx } from "../../db/client";
import { rowsOf } from "../../db/sql";
import type { Actor } from "../../http/context";
import { contractVisibilitySql } from "./access";
import { supplierContractors } from "./tables";

/** Contracts the viewer sees that are active or ending, by contractor name (for other screens). */
export async function activeContractCount(db: DbOrTx, viewer: Actor): Promise<number> {
  const r = rowsOf<{ n: number }>(
    await db.execute(sql`
    select count(*)::int as n from supplier_contracts c
     where c.state in ('active', 'ending') and ${contractVisibilitySql(viewer, sql`c.department_id`)}`),
  );
  return r[0]?.n ?? 0;
}

/**
 * Names of these contractors (委託事業者), by id, for a viewer who may read contractors (the
 * register of contractors is open to everyone signed in: their contracts are what is restricted).
 * An unknown id is absent; another module names an audited contractor with it (西原村 10.1(4)).
 */
export async function contractorNames(
  db: DbOrTx,
  viewer: Actor,
  ids: readonly string[],
): Promise<Map<string, { id: string; name: string; corporateNumber: string | null }>> {
  const unique = [...new Set(ids)];
  if (!unique.length || !can(viewer, "read", "contractor", null)) return new Map();
  const rows = await db
    .select({
      id: supplierContractors.id,
      name: supplierContractors.name,
      corporateNumber: supplierContractors.corporateNumber,
    })
    .from(supplierContractors)
    .where(inArray(supplierContractors.id, unique));
  return new Map(rows.map((r) => [r.id, r]));
}

/** The contracts that recorded an incident, as the viewer may see them (the incident screen). */
export {
  contractsRecordingIncident,
  HIDDEN_CONTRACT_LABEL,
  type IncidentContract,
  type IncidentContracts,
} from "./incident-contracts";
/** The yearly report (年次報告): this module's section and the records behind its figures. */
export { supplierYearlyRecords, supplierYearlySection } from "./yearly";
