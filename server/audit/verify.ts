import { sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { rowsOf } from "../db/sql";
import { canonicalJson, GENESIS_HASH } from "./canonical";
import { BatchChecker, type BatchVerdict, defaultWorkerCount, sha256Hex } from "./verify-pool";

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

interface Progress {
  prev: string;
  afterId: number;
  count: number;
}

/** Batches checked on each path since start (tests and the bench read it). */
export const verifyStats = { fastBatches: 0, referenceBatches: 0 };

type BatchOutcome = { done: true } | { done: false; bad: number | null };

/**
 * The reference check of one batch: every column through json_agg (robust to any content),
 * the bytes built exactly like `encodeEvent`. Names the first bad event. Advances `p`.
 */
async function referenceBatch(db: DbOrTx, p: Progress, batchSize: number): Promise<BatchOutcome> {
  verifyStats.referenceBatches++;
  const s = (v: string | null) => JSON.stringify(v);
  const res = rowsOf<{ b: string | null }>(
    await db.execute(sql`
    SELECT json_agg(json_build_array(id,
      to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), type,
      actor_user_id, actor_person_id, acting_for_person_id, ip, target_type, target_id,
      department_id, data, prev_hash, hash) ORDER BY id)::text AS b
    FROM (SELECT * FROM audit_events WHERE id > ${p.afterId} ORDER BY id LIMIT ${batchSize}) t`),
  );
  const text = res[0]?.b;
  if (!text) return { done: true };
  const rows = JSON.parse(text) as Row[];
  for (const [id, at, type, a, person, f, ip, tt, ti, d, data, prevHash, hash] of rows) {
    const bytes = `{"a":${s(a)},"at":"${at}","d":${s(d)},"f":${s(f)},"i":${s(ip)},"p":${s(person)},"prev":${s(p.prev)},"t":${s(type)},"ti":${s(ti)},"tt":${s(tt)},"x":${canonicalJson(data)}}`;
    if (prevHash !== p.prev || hash !== sha256Hex(bytes)) return { done: false, bad: id };
    p.prev = hash;
    p.count++;
    p.afterId = id;
  }
  return { done: false, bad: null };
}

const US = "\u001f";
const RS = "\u001e";

/**
 * One batch as ONE text value: records separated by RS, fields by US, every column as plain
 * text (the cheapest the database can produce): uuids as text ('' for null), nullable text
 * columns prefixed with "=" ('' for null, so null and any string stay distinct), the time as
 * epoch milliseconds, data as jsonb text. A stored value may contain RS or US: then the text
 * does not split into exactly `n` records of 13 fields (every extra separator breaks that
 * count), and the batch goes to the reference path — so whatever splits cleanly decodes
 * unambiguously. No ORDER BY inside the aggregate (it would sort every batch again): the rows
 * come in id order from the subquery, and a batch whose ids do not ascend is not trusted anyway.
 */
export function fastBatchSql(afterId: number, batchSize: number) {
  return sql`
    SELECT count(*)::int AS n, string_agg(concat_ws(${US}, id::text,
      round(date_part('epoch', occurred_at) * 1000)::int8::text, type,
      coalesce(actor_user_id::text, ''), coalesce(actor_person_id::text, ''),
      coalesce(acting_for_person_id::text, ''), coalesce('=' || ip, ''),
      coalesce('=' || target_type, ''), coalesce('=' || target_id, ''),
      coalesce(department_id::text, ''), data::text, prev_hash, hash), ${RS}) AS b
    FROM (SELECT * FROM audit_events WHERE id > ${afterId} ORDER BY id LIMIT ${batchSize}) t`;
}

export type FastResult = { rows: Array<{ n: number; b: string | null }> };

/** The id after which the batch that follows this one starts (its last record's id), or null. */
export function lastIdOf(text: string): number | null {
  const start = text.lastIndexOf(RS) + 1;
  const id = Number(text.slice(start, text.indexOf(US, start)));
  return Number.isSafeInteger(id) ? id : null;
}

/**
 * Walks the chain in id order, in batches (keyset), recomputing every hash. The first event
 * whose stored hash or previous hash does not match is named.
 *
 * Fast path: each batch comes back as ONE text value (the drivers' per-row, per-column cost,
 * PGlite's above all, would otherwise dominate); up to four batches are fetched ahead while
 * worker threads hash the ones already fetched (`BatchChecker`: PGlite queries run on this
 * thread, so reading and hashing would otherwise take turns); the outer keys of the canonical
 * encoding are written in their fixed order, only `data` going through canonicalJson. The bytes are exactly
 * `encodeEvent`'s (tested). Any batch in which the fast path sees anything unexpected is checked
 * again on the reference path (json_agg of every column, as robust as it is slow), which alone
 * decides that an event is bad and names it — the fast path can only say "all matched".
 */
export async function verifyChain(
  db: DbOrTx,
  batchSize = 10_000,
  options: { workers?: number } = {},
): Promise<VerifyResult> {
  const p: Progress = { prev: GENESIS_HASH, afterId: 0, count: 0 };
  const checker = new BatchChecker(options.workers ?? defaultWorkerCount());
  // Batches fetched ahead and being checked, in id order; at most `ahead` of them.
  const queue: Array<Promise<BatchVerdict | null>> = [];
  const ahead = 4;
  let fetchAfter = 0;
  let fetched = 0;
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && queue.length < ahead) {
        const res = rowsOf<FastResult["rows"][number]>(await db.execute(fastBatchSql(fetchAfter, batchSize)));
        const text = res[0]?.b ?? null;
        const nextAfter = text ? lastIdOf(text) : null;
        if (!text || nextAfter === null) {
          exhausted = true;
          if (text) queue.push(Promise.resolve(null));
          break;
        }
        queue.push(checker.check(text, Number(res[0].n), fetched++ === 0));
        fetchAfter = nextAfter;
      }
      const next = queue.shift();
      const verdict = next ? await next : null;
      if (verdict && verdict.firstPrev === p.prev) {
        verifyStats.fastBatches++;
        p.prev = verdict.lastHash;
        p.afterId = verdict.lastId;
        p.count += verdict.count;
        continue;
      }
      // The end, or something unexpected: the reference path decides, from where this batch began.
      await Promise.all(queue.splice(0));
      const outcome = await referenceBatch(db, p, batchSize);
      if (outcome.done) return { ok: true, count: p.count };
      if (outcome.bad !== null) return { ok: false, count: p.count, firstBadEventId: outcome.bad };
      fetchAfter = p.afterId;
      exhausted = false;
    }
  } finally {
    await checker.close();
  }
}
