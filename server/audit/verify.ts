import { createHash, hash as oneShotHash } from "node:crypto";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { canonicalJson, GENESIS_HASH } from "./canonical";

export type VerifyResult =
  | { ok: true; count: number }
  | { ok: false; count: number; firstBadEventId: number };

/** SHA-256 hex; the one-shot `crypto.hash` (Node ≥ 20.12) avoids a Hash object per event. */
const sha256Hex: (text: string) => string =
  typeof oneShotHash === "function"
    ? (text) => oneShotHash("sha256", text, "hex")
    : (text) => createHash("sha256").update(text).digest("hex");

/** Canonical text of an event's `data`, from jsonb's text output. */
function canonicalData(text: string): string {
  return text === "{}" ? "{}" : canonicalJson(JSON.parse(text));
}

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
  const res = (await db.execute(sql`
    SELECT json_agg(json_build_array(id,
      to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), type,
      actor_user_id, actor_person_id, acting_for_person_id, ip, target_type, target_id,
      department_id, data, prev_hash, hash) ORDER BY id)::text AS b
    FROM (SELECT * FROM audit_events WHERE id > ${p.afterId} ORDER BY id LIMIT ${batchSize}) t`)) as unknown as {
    rows: Array<{ b: string | null }>;
  };
  const text = res.rows[0]?.b;
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
const FIELDS = 13;

/**
 * One batch as ONE text value: records separated by RS, fields by US, every column as plain
 * text (the cheapest the database can produce): uuids as text ('' for null), nullable text
 * columns prefixed with "=" ('' for null, so null and any string stay distinct), the time as
 * epoch milliseconds, data as jsonb text. A stored value may contain RS or US: then the text
 * does not split into exactly `n` records of FIELDS fields (every extra separator breaks that
 * count), and the batch goes to the reference path — so whatever splits cleanly decodes
 * unambiguously.
 */
function fastBatchSql(afterId: number, batchSize: number) {
  return sql`
    SELECT count(*)::int AS n, string_agg(concat_ws(${US}, id::text,
      round(date_part('epoch', occurred_at) * 1000)::int8::text, type,
      coalesce(actor_user_id::text, ''), coalesce(actor_person_id::text, ''),
      coalesce(acting_for_person_id::text, ''), coalesce('=' || ip, ''),
      coalesce('=' || target_type, ''), coalesce('=' || target_id, ''),
      coalesce(department_id::text, ''), data::text, prev_hash, hash), ${RS} ORDER BY id) AS b
    FROM (SELECT * FROM audit_events WHERE id > ${afterId} ORDER BY id LIMIT ${batchSize}) t`;
}

type FastResult = { rows: Array<{ n: number; b: string | null }> };

const uuidJson = (u: string) => (u === "" ? "null" : `"${u}"`);
const textJson = (v: string) => (v === "" ? "null" : JSON.stringify(v.slice(1)));

/** The id after which the batch that follows this one starts (its last record's id), or null. */
function lastIdOf(text: string): number | null {
  const start = text.lastIndexOf(RS) + 1;
  const id = Number(text.slice(start, text.indexOf(US, start)));
  return Number.isSafeInteger(id) ? id : null;
}

/**
 * Checks a fetched batch on the fast path. True when every event matched; false on anything
 * unexpected (a mismatch, or text that does not split as it must): the caller then re-checks
 * the batch on the reference path, which alone decides and names a bad event. `p` is advanced
 * only when the whole batch matched.
 */
function fastBatch(text: string, n: number, p: Progress): boolean {
  const records = text.split(RS);
  if (records.length !== n) return false;
  let prev = p.prev;
  let lastId = p.afterId;
  for (const rec of records) {
    const f = rec.split(US);
    if (f.length !== FIELDS) return false;
    const ms = Number(f[1]);
    if (!Number.isFinite(ms) || f[11] !== prev) return false;
    const at = new Date(ms).toISOString();
    const bytes = `{"a":${uuidJson(f[3])},"at":"${at}","d":${uuidJson(f[9])},"f":${uuidJson(f[5])},"i":${textJson(f[6])},"p":${uuidJson(f[4])},"prev":"${prev}","t":${JSON.stringify(f[2])},"ti":${textJson(f[8])},"tt":${textJson(f[7])},"x":${canonicalData(f[10])}}`;
    const expected = sha256Hex(bytes);
    if (f[12] !== expected) return false;
    prev = expected;
    lastId = Number(f[0]);
  }
  verifyStats.fastBatches++;
  p.prev = prev;
  p.afterId = lastId;
  p.count += records.length;
  return true;
}

/**
 * Walks the chain in id order, in batches (keyset), recomputing every hash. The first event
 * whose stored hash or previous hash does not match is named.
 *
 * Fast path: each batch comes back as ONE text value (the drivers' per-row, per-column cost,
 * PGlite's above all, would otherwise dominate), the next batch is requested before this one is
 * hashed (PostgreSQL works while we hash), and the outer keys of the canonical encoding are
 * written in their fixed order, only `data` going through canonicalJson. The bytes are exactly
 * `encodeEvent`'s (tested). Any batch in which the fast path sees anything unexpected is checked
 * again on the reference path (json_agg of every column, as robust as it is slow), which alone
 * decides that an event is bad and names it — the fast path can only say "all matched".
 */
export async function verifyChain(db: DbOrTx, batchSize = 10_000): Promise<VerifyResult> {
  const p: Progress = { prev: GENESIS_HASH, afterId: 0, count: 0 };
  let pending = db.execute(fastBatchSql(p.afterId, batchSize)) as unknown as Promise<FastResult>;
  for (;;) {
    const res = await pending;
    const text = res.rows[0]?.b ?? null;
    if (!text) {
      // Nothing after afterId (or an empty batch): make sure on the reference path.
      const outcome = await referenceBatch(db, p, batchSize);
      if (outcome.done) return { ok: true, count: p.count };
      if (outcome.bad !== null) return { ok: false, count: p.count, firstBadEventId: outcome.bad };
      pending = db.execute(fastBatchSql(p.afterId, batchSize)) as unknown as Promise<FastResult>;
      continue;
    }
    const nextAfter = lastIdOf(text);
    if (nextAfter !== null)
      pending = db.execute(fastBatchSql(nextAfter, batchSize)) as unknown as Promise<FastResult>;
    const start = { ...p };
    if (nextAfter !== null && fastBatch(text, Number(res.rows[0].n), p) && p.afterId === nextAfter) continue;
    // Something unexpected: the reference path decides, from where this batch started.
    Object.assign(p, start);
    if (nextAfter !== null) await pending.catch(() => undefined);
    const outcome = await referenceBatch(db, p, batchSize);
    if (outcome.done) return { ok: true, count: p.count };
    if (outcome.bad !== null) return { ok: false, count: p.count, firstBadEventId: outcome.bad };
    pending = db.execute(fastBatchSql(p.afterId, batchSize)) as unknown as Promise<FastResult>;
  }
}
