import { createHash } from "node:crypto";
import { asc, gt } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { encodeEvent, GENESIS_HASH } from "./canonical";
import { auditEvents } from "./tables";

export type VerifyResult =
  | { ok: true; count: number }
  | { ok: false; count: number; firstBadEventId: number };

/**
 * Walks the chain in id order, in batches (keyset), recomputing every hash. The first event
 * whose stored hash or previous hash does not match is named.
 */
export async function verifyChain(db: DbOrTx, batchSize = 5000): Promise<VerifyResult> {
  let prev = GENESIS_HASH;
  let afterId = 0;
  let count = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.id, afterId))
      .orderBy(asc(auditEvents.id))
      .limit(batchSize);
    if (rows.length === 0) return { ok: true, count };
    for (const row of rows) {
      const expected = createHash("sha256")
        .update(encodeEvent({ ...row, prevHash: prev }))
        .digest("hex");
      if (row.prevHash !== prev || row.hash !== expected)
        return { ok: false, count, firstBadEventId: row.id };
      prev = row.hash;
      count++;
    }
    afterId = rows[rows.length - 1].id;
  }
}
