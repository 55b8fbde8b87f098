import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { canonicalJson, GENESIS_HASH } from "../../server/audit/canonical";
import type { DbOrTx } from "../../server/db/client";

/**
 * A proposal for server/audit/verify.ts (not used by the app): the same check, faster.
 * 1. Each batch comes back as ONE text value (string_agg of the columns, unit/record separators),
 *    so the driver parses one field instead of 13 × 5,000 (PGlite's per-row cost dominates).
 * 2. The event's bytes are built with the outer keys in their canonical order directly; only
 *    `data` goes through canonicalJson. Same bytes as encodeEvent (the bench checks the result).
 */
const NULL = "\u0002";
const US = "\u001f";
const RS = "\u001e";

export async function verifyChainFast(
  db: DbOrTx,
  batchSize = 20_000,
): Promise<{ ok: true; count: number } | { ok: false; count: number; firstBadEventId: number }> {
  let prev = GENESIS_HASH;
  let afterId = 0;
  let count = 0;
  const q = (s: string | null) => (s === NULL ? "null" : JSON.stringify(s));
  for (;;) {
    const res = (await db.execute(sql`
      SELECT string_agg(concat_ws(${US}, id::text,
        to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), type,
        coalesce(actor_user_id::text, ${NULL}), coalesce(actor_person_id::text, ${NULL}),
        coalesce(acting_for_person_id::text, ${NULL}), coalesce(ip, ${NULL}),
        coalesce(target_type, ${NULL}), coalesce(target_id, ${NULL}),
        coalesce(department_id::text, ${NULL}), data::text, prev_hash, hash), ${RS} ORDER BY id) AS b
      FROM (SELECT * FROM audit_events WHERE id > ${afterId} ORDER BY id LIMIT ${batchSize}) t`)) as unknown as {
      rows: Array<{ b: string | null }>;
    };
    const text = res.rows[0]?.b;
    if (!text) return { ok: true, count };
    for (const rec of text.split(RS)) {
      const f = rec.split(US);
      const id = Number(f[0]);
      const data = canonicalJson(JSON.parse(f[10]));
      const bytes = `{"a":${q(f[3])},"at":"${f[1]}","d":${q(f[9])},"f":${q(f[5])},"i":${q(f[6])},"p":${q(f[4])},"prev":${JSON.stringify(prev)},"t":${JSON.stringify(f[2])},"ti":${q(f[8])},"tt":${q(f[7])},"x":${data}}`;
      const expected = createHash("sha256").update(bytes).digest("hex");
      if (f[11] !== prev || f[12] !== expected) return { ok: false, count, firstBadEventId: id };
      prev = f[12];
      count++;
      afterId = id;
    }
  }
}
