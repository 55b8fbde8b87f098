import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { defineJob } from "../../../jobs";
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

export const assetStatusJob = defineJob({
  kind: ASSET_STATUS_JOB,
  payload: z.object({
    assetId: z.uuid(),
    status: z.enum(STATUSES as [Status, ...Status[]]),
    date: z.iso.date(),
    via: z.string().default("job"),
    requestId: z.string().nullish(),
    requestKind: z.string().nullish(),
  }),
  run: async (payload, { tx, now }) => {
    const { status, date } = payload;
    await tx.execute(sql`SELECT 1 FROM ${assets} WHERE ${assets.id} = ${payload.assetId} FOR UPDATE`);
    const [before] = await tx.select().from(assets).where(eq(assets.id, payload.assetId));
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
          via: payload.via,
          requestId: payload.requestId ?? null,
          requestKind: payload.requestKind ?? null,
        },
      },
      now,
    );
  },
});
