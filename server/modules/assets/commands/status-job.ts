import { eq, sql } from "drizzle-orm";
import { registerJobHandler } from "../../../jobs";
import { type Status, statusChangeAllowed } from "../domain/lifecycle";
import { assets } from "../tables";
import { applyStatus } from "./assets";

/**
 * Other modules never write the register (DESIGN.md §4 rule 4): a carry-out, its return or a
 * completed disposal enqueues `assets.status_changed`, and this handler applies it with its
 * audit event, in the job's transaction.
 */
export const ASSET_STATUS_JOB = "assets.status_changed";

const STATUSES: readonly Status[] = ["in_use", "lent", "carried_out", "lost", "disposed"];

registerJobHandler(ASSET_STATUS_JOB, async (payload, { tx, now }) => {
  const status = String(payload.status) as Status;
  if (!STATUSES.includes(status)) throw new Error(`unknown asset status "${payload.status}"`);
  const date = String(payload.date ?? "");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`invalid date "${payload.date}"`);
  await tx.execute(sql`SELECT 1 FROM ${assets} WHERE ${assets.id} = ${String(payload.assetId)} FOR UPDATE`);
  const [before] = await tx
    .select()
    .from(assets)
    .where(eq(assets.id, String(payload.assetId)));
  // A removed asset, one already in that status, or a disposed one: nothing left to apply.
  if (!before || !statusChangeAllowed(before.status as Status, status)) return;
  await applyStatus(
    tx,
    null,
    before,
    {
      status,
      date,
      via: {
        via: String(payload.via ?? "job"),
        requestId: payload.requestId ?? null,
        requestKind: payload.requestKind ?? null,
      },
    },
    now,
  );
});
