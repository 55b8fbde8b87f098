/**
 * A `subcontracting` request returned for changes and submitted again (from the requests screen):
 * the contract, the subcontractor and the parent level are named as they are now, not as they were
 * when the level was filed; the work, the information and the measures may be corrected by the
 * requester, and the level's own record takes the same corrections, so both always agree.
 */
import { eq } from "drizzle-orm";
import { recordEvent } from "../../../audit/record";
import type { DbOrTx } from "../../../db/client";
import { notFound } from "../../../http/errors";
import type { Refiling } from "../../requests";
import { loadContract, subcontractChain } from "../load";
import { supplierContractors, supplierSubcontracts } from "../tables";
import { ensureNotEnded, requestFields } from "./subcontracts";

const EDITABLE = ["work", "dataHandled", "measures"] as const;

export async function refileSubcontract(tx: DbOrTx, r: Refiling): Promise<Record<string, unknown>> {
  const [level] = await tx
    .select()
    .from(supplierSubcontracts)
    .where(eq(supplierSubcontracts.requestId, r.requestId))
    .for("update");
  if (!level) throw notFound({ ja: "再委託", en: "The subcontract" });
  const { contract } = await loadContract(tx, level.contractId, true);
  ensureNotEnded(contract.state);
  const [sub] = await tx
    .select({ name: supplierContractors.name })
    .from(supplierContractors)
    .where(eq(supplierContractors.id, level.contractorId));
  const [prime] = await tx
    .select({ name: supplierContractors.name })
    .from(supplierContractors)
    .where(eq(supplierContractors.id, contract.contractorId));
  const parent = level.parentId
    ? (await subcontractChain(tx, contract.id)).find((l) => l.id === level.parentId)
    : undefined;
  // What the requester may correct; anything else they sent is the record's to say.
  const given = r.fields ?? {};
  const pick = (k: (typeof EDITABLE)[number]) => (k in given ? given[k] : level[k]);
  const fields = requestFields(
    contract.subject,
    sub?.name ?? "—",
    parent?.contractorName ?? prime?.name,
    level.level,
    { work: pick("work"), dataHandled: pick("dataHandled"), measures: pick("measures") },
  );
  // Not strings: the request's own validation names the field and nothing is written.
  const text = (v: unknown, was: string | null) => (typeof v === "string" ? v : was);
  await tx
    .update(supplierSubcontracts)
    .set({
      work: text(fields.work, level.work) ?? level.work,
      dataHandled: text(fields.dataHandled, level.dataHandled) || null,
      measures: text(fields.measures, level.measures) ?? level.measures,
    })
    .where(eq(supplierSubcontracts.id, level.id));
  const changed = Object.keys(fields).filter(
    (k) => JSON.stringify(fields[k]) !== JSON.stringify(r.previous[k]),
  );
  await recordEvent(
    tx,
    r.ctx,
    {
      type: "supplier.subcontract_refiled",
      targetType: "supplier_contract",
      targetId: contract.id,
      departmentId: contract.departmentId,
      data: { subcontractId: level.id, requestId: r.requestId, changed },
    },
    r.now,
  );
  return fields;
}
