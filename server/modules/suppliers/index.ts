/**
 * The face of contractors and contracts: the only file another module may import. Read
 * functions take the viewer and return only what the viewer may see.
 */

import { sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { rowsOf } from "../../db/sql";
import type { Actor } from "../../http/context";
import { contractVisibilitySql } from "./access";

/** Contracts the viewer sees that are active or ending, by contractor name (for other screens). */
export async function activeContractCount(db: DbOrTx, viewer: Actor): Promise<number> {
  const r = rowsOf<{ n: number }>(
    await db.execute(sql`
    select count(*)::int as n from supplier_contracts c
     where c.state in ('active', 'ending') and ${contractVisibilitySql(viewer, sql`c.department_id`)}`),
  );
  return r[0]?.n ?? 0;
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
