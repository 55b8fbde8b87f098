/**
 * An incident the contractor was involved in, named on the contract by the 課長 who keeps it
 * (issue #17 item 4): the contract then lists its incidents for the periodic checks and the audit
 * of the contractor (西原村 9.1(3), 10.1(4)). Only an incident the 課長 may read can be named; the
 * incident itself stays the incidents module's.
 */
import { and, eq } from "drizzle-orm";
import { recordEvent } from "../../../audit/record";
import type { Db, DbOrTx } from "../../../db/client";
import { personNames } from "../../../directory";
import type { Actor, RequestContext } from "../../../http/context";
import { conflict, fieldError } from "../../../http/errors";
import { incidentLabels } from "../../incidents";
import type { ContractUnit } from "../access";
import { loadContract } from "../load";
import { supplierContractIncidents } from "../tables";

export async function nameIncident(
  db: Db,
  ctx: RequestContext,
  actor: Actor,
  contractId: string,
  input: { incidentId: string; involvement: string },
  now: Date,
  check: (unit: ContractUnit) => void,
) {
  return db.transaction(async (tx) => {
    const { contract, unit } = await loadContract(tx, contractId, true);
    check(unit);
    // An incident the 課長 may not read is as good as unknown here.
    const label = (await incidentLabels(tx, actor, [input.incidentId])).get(input.incidentId);
    if (!label || label.hidden)
      throw fieldError("incidentId", "インシデントが見つかりません。", "The incident was not found.");
    const [dupe] = await tx
      .select({ id: supplierContractIncidents.id })
      .from(supplierContractIncidents)
      .where(
        and(
          eq(supplierContractIncidents.contractId, contractId),
          eq(supplierContractIncidents.incidentId, input.incidentId),
        ),
      );
    if (dupe)
      throw conflict(
        "incident_already_named",
        "このインシデントはこの契約に記録済みです。",
        "This incident is already named on the contract.",
        { incidentId: { message_ja: "記録済みです。", message_en: "Already named." } },
      );
    const [row] = await tx
      .insert(supplierContractIncidents)
      .values({
        contractId,
        incidentId: input.incidentId,
        involvement: input.involvement,
        recordedByPersonId: actor.personId,
        createdAt: now,
      })
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "supplier.incident_named",
        targetType: "supplier_contract",
        targetId: contractId,
        departmentId: contract.departmentId,
        data: { incidentId: input.incidentId, receiptNumber: label.receiptNumber },
      },
      now,
    );
    return { ...row, createdAt: row.createdAt.toISOString() };
  });
}

/** The contract's incidents, each labelled as the viewer may see it (a hidden case is counted, not described). */
export async function contractIncidents(db: DbOrTx, actor: Actor, contractId: string) {
  const rows = await db
    .select()
    .from(supplierContractIncidents)
    .where(eq(supplierContractIncidents.contractId, contractId))
    .orderBy(supplierContractIncidents.createdAt);
  const labels = await incidentLabels(
    db,
    actor,
    rows.map((r) => r.incidentId),
  );
  const names = await personNames(
    db,
    rows.map((r) => r.recordedByPersonId),
  );
  return rows.map((r) => ({
    id: r.id,
    incident: labels.get(r.incidentId) ?? { id: r.incidentId, hidden: true as const },
    involvement: r.involvement,
    recordedByName: names.get(r.recordedByPersonId) ?? null,
    createdAt: r.createdAt.toISOString(),
  }));
}
