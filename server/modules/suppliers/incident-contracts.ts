/**
 * The contracts that recorded an incident (issue #17 item 4, the other side of
 * `commands/incidents.ts`): what the incident screen shows of them. It reveals no more than the
 * contract's own detail view would to the same viewer: a contract the viewer may not open
 * (`contractVisibilitySql`, the SQL twin of canSeeContract) is only counted — its subject,
 * contractor, 課 and the involvement written on it never leave the database.
 */
import { sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { rowsOf } from "../../db/sql";
import { departmentNameSql } from "../../directory";
import type { Actor } from "../../http/context";
import { contractVisibilitySql } from "./access";

/** Shown instead of a contract the viewer may not open (ja / en). */
export const HIDDEN_CONTRACT_LABEL = {
  ja: "閲覧権限のない契約",
  en: "Contract you may not view",
} as const;

export interface IncidentContract {
  contractId: string;
  subject: string;
  contractorName: string;
  departmentName: string | null;
  state: string;
  /** What the contractor had to do with the incident, as the 課長 wrote it on the contract. */
  involvement: string;
  recordedAt: string;
}

export interface IncidentContracts {
  contracts: IncidentContract[];
  /** Contracts that recorded the incident but the viewer may not open: a count, nothing else. */
  hiddenCount: number;
}

export async function contractsRecordingIncident(
  db: DbOrTx,
  viewer: Actor,
  incidentId: string,
): Promise<IncidentContracts> {
  const visible = contractVisibilitySql(viewer, sql`c.department_id`);
  // Both figures in one statement; a hidden row's columns are never selected.
  const rows = rowsOf<{
    contract_id: string;
    subject: string;
    contractor_name: string;
    department_name: string | null;
    state: string;
    involvement: string;
    recorded_at: Date | string;
  }>(
    await db.execute(sql`
    select c.id as contract_id, c.subject, k.name as contractor_name,
           ${departmentNameSql(sql`c.department_id`)} as department_name,
           c.state, i.involvement, i.created_at as recorded_at
      from supplier_contract_incidents i
      join supplier_contracts c on c.id = i.contract_id
      join supplier_contractors k on k.id = c.contractor_id
     where i.incident_id = ${incidentId}::uuid and ${visible}
     order by i.created_at, c.id`),
  );
  const [hidden] = rowsOf<{ n: number }>(
    await db.execute(sql`
    select count(*)::int as n
      from supplier_contract_incidents i
      join supplier_contracts c on c.id = i.contract_id
     where i.incident_id = ${incidentId}::uuid and not ${visible}`),
  );
  return {
    contracts: rows.map((r) => ({
      contractId: r.contract_id,
      subject: r.subject,
      contractorName: r.contractor_name,
      departmentName: r.department_name,
      state: r.state,
      involvement: r.involvement,
      recordedAt: new Date(r.recorded_at).toISOString(),
    })),
    hiddenCount: hidden?.n ?? 0,
  };
}
