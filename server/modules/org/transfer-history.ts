import { and, asc, eq, gt, inArray, sql } from "drizzle-orm";
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

/**
 * The 課 each person was in on `day`, for the people a later applied 人事異動 moved out of it: the
 * `from` of their first move that takes effect after `day`. People not moved since `day` are
 * absent (their present 課 in the directory is the day's). Assurance (independence on an audit's
 * start date) and training (membership on a session's day) read the day's 課 this way.
 */
export async function departmentsLeftAfter(
  db: DbOrTx,
  day: string,
  personIds?: readonly string[],
): Promise<Map<string, string | null>> {
  if (personIds && !personIds.length) return new Map();
  const rows = await db
    .selectDistinctOn([transferItems.personId], {
      personId: transferItems.personId,
      fromDepartmentId: transferItems.fromDepartmentId,
    })
    .from(transferItems)
    .innerJoin(transferBatches, eq(transferBatches.id, transferItems.batchId))
    .where(
      and(
        eq(transferBatches.status, "applied"),
        gt(transferBatches.effectiveDate, day),
        sql`${transferItems.fromDepartmentId} is distinct from ${transferItems.toDepartmentId}`,
        personIds ? inArray(transferItems.personId, [...personIds]) : undefined,
      ),
    )
    .orderBy(transferItems.personId, asc(transferBatches.effectiveDate));
  return new Map(rows.map((r) => [r.personId, r.fromDepartmentId]));
}
