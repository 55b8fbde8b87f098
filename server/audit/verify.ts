import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { canonicalJson, GENESIS_HASH } from "./canonical";

export type VerifyResult =
  | { ok: true; count: number }
  | { ok: false; count: number; firstBadEventId: number };

type Row = [
  id: number,
  at: string,
  type: string,
  actorUserId: string | null,
  actorPersonId: string | null,
  actingForPersonId: string | null,
  ip: string | null,
  targetType: string | null,
  targetId: string | null,
  departmentId: string | null,
  data: unknown,
  prevHash: string,
  hash: string,
];

/**
 * Walks the chain in id order, in batches (keyset), recomputing every hash. The first event
 * whose stored hash or previous hash does not match is named.
 *
 * Each batch comes back from the database as ONE JSON text (json_agg of a row array), parsed
 * once: the per-row, per-column cost of the drivers (PGlite above all) would otherwise dominate.
 * The bytes hashed are exactly `encodeEvent`'s: the outer keys are written in their canonical
 * (sorted) order and only `data` goes through canonicalJson (tested against encodeEvent).
 */
export async function verifyChain(db: DbOrTx, batchSize = 10_000): Promise<VerifyResult> {
  let prev = GENESIS_HASH;
  let afterId = 0;
  let count = 0;
  const s = (v: string | null) => JSON.stringify(v);
  for (;;) {
    const res = (await db.execute(sql`
      SELECT json_agg(json_build_array(id,
        to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), type,
        actor_user_id, actor_person_id, acting_for_person_id, ip, target_type, target_id,
        department_id, data, prev_hash, hash) ORDER BY id)::text AS b
      FROM (SELECT * FROM audit_events WHERE id > ${afterId} ORDER BY id LIMIT ${batchSize}) t`)) as unknown as {
      rows: Array<{ b: string | null }>;
    };
    const text = res.rows[0]?.b;
    if (!text) return { ok: true, count };
    const rows = JSON.parse(text) as Row[];
    for (const [id, at, type, a, p, f, ip, tt, ti, d, data, prevHash, hash] of rows) {
      const bytes = `{"a":${s(a)},"at":"${at}","d":${s(d)},"f":${s(f)},"i":${s(ip)},"p":${s(p)},"prev":${s(prev)},"t":${s(type)},"ti":${s(ti)},"tt":${s(tt)},"x":${canonicalJson(data)}}`;
      const expected = createHash("sha256").update(bytes).digest("hex");
      if (prevHash !== prev || hash !== expected) return { ok: false, count, firstBadEventId: id };
      prev = hash;
      count++;
      afterId = id;
    }
  }
}
