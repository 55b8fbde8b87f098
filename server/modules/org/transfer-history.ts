import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { transferBatches, transferItems } from "./tables";

/** One applied 人事異動 of a person: when, from where to where, in which batch. */
export interface AppliedTransfer {
  id: string;
  batchId: string;
  personId: string;
  effectiveDate: string;
  fromDepartmentId: string | null;
  toDepartmentId: string | null;
}

/**
 * Applied transfers of these people (all people when `personIds` is omitted), oldest first —
 * for modules that check what a move made unfit (ID reviews). Planned and cancelled batches are
 * not history.
 */
export async function appliedTransfers(
  db: DbOrTx,
  personIds?: readonly string[],
): Promise<AppliedTransfer[]> {
  if (personIds && !personIds.length) return [];
  return db
    .select({
      id: transferItems.id,
      batchId: transferItems.batchId,
      personId: transferItems.personId,
      effectiveDate: transferBatches.effectiveDate,
      fromDepartmentId: transferItems.fromDepartmentId,
      toDepartmentId: transferItems.toDepartmentId,
    })
    .from(transferItems)
    .innerJoin(transferBatches, eq(transferBatches.id, transferItems.batchId))
    .where(
      and(
        eq(transferBatches.status, "applied"),
        personIds ? inArray(transferItems.personId, [...personIds]) : undefined,
      ),
    )
    .orderBy(transferBatches.effectiveDate);
}
