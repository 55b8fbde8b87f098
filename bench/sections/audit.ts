import { createHash } from "node:crypto";
import { canonicalJson } from "../../server/audit/canonical";
import { type FastResult, fastBatchSql, lastIdOf, verifyChain } from "../../server/audit/verify";
import { checkBatch, sha256Hex } from "../../server/audit/verify-pool";
import type { Db } from "../../server/db/client";
import { describeTop, profiled } from "../profile";
import type { BenchSection, Figure } from "../types";

const TARGET_EVENTS_PER_S = 200_000;

/**
 * Audit chain verification: `verifyChain` over every generated event, against raw SHA-256 over the
 * same canonical bytes (encoded before timing). Two more figures split the gap: fetching the rows
 * through the same query and driver without hashing, and encoding + hashing rows already in memory.
 */
export const auditSection: BenchSection = {
  id: "audit",
  title: "Audit chain verification",
  needs: ["org", "audit"],
  mode: "in-process",
  enabled: () => true,
  async run(ctx) {
    const database = ctx.database;
    const data = ctx.datasets.audit;
    if (!database || !data) throw new Error("audit section needs the database and the audit dataset");
    const db = database.db;
    const n = data.count;

    // Baseline: SHA-256 over the pre-encoded bytes of the same events.
    const shaStart = performance.now();
    let hashed = 0;
    for (let c = 0; c < data.encoded.length; c++) {
      const buf = data.encoded[c];
      const ends = data.ends[c];
      let s = 0;
      for (let i = 0; i < ends.length; i++) {
        createHash("sha256").update(buf.subarray(s, ends[i])).digest("hex");
        s = ends[i];
        hashed++;
      }
    }
    const shaPerS = hashed / ((performance.now() - shaStart) / 1000);

    // The real thing.
    let verifyMs: number;
    let result: Awaited<ReturnType<typeof verifyChain>>;
    let profileNote = "";
    if (ctx.cpuProf) {
      const t = performance.now();
      const p = await profiled("audit-verify", () => verifyChain(db));
      verifyMs = performance.now() - t;
      result = p.result;
      profileNote = ` CPU profile ${p.file.replace(/^.*\/bench\//, "bench/")} — self time by area: ${describeTop(p.areas)}; top functions: ${describeTop(p.top, 5)}`;
    } else {
      const t = performance.now();
      result = await verifyChain(db);
      verifyMs = performance.now() - t;
    }
    const verifyPerS = n / (verifyMs / 1000);

    // Where the time goes, in one more pass: the fetch alone (same query, batch size and driver),
    // and encode + hash of each batch once it is in memory, timed separately.
    const split = await fetchThenHash(db);
    const fetchPerS = split.rows / (split.fetchMs / 1000);
    const encodePerS = split.rows / (split.hashMs / 1000);

    const okNote = result.ok && result.count === n ? "chain ok" : `UNEXPECTED: ${JSON.stringify(result)}`;
    const cause =
      verifyPerS < TARGET_EVENTS_PER_S
        ? ` Below target: fetch alone ${fmt(fetchPerS)}/s, encode+hash alone ${fmt(encodePerS)}/s — ${
            fetchPerS < encodePerS ? "producing the batch texts in the database" : "canonical JSON + SHA-256"
          } dominates.`
        : "";
    const figures: Figure[] = [
      {
        key: "audit.verify_events_per_s",
        label: `verifyChain, ${n.toLocaleString("en")} events`,
        value: verifyPerS,
        unit: "events/s",
        baseline: { label: "raw SHA-256, same bytes", value: shaPerS, unit: "events/s" },
        target: { op: ">=", value: TARGET_EVENTS_PER_S },
        note: `${okNote}; ${(verifyMs / 1000).toFixed(2)} s total.${cause}${profileNote}`,
      },
      {
        key: "audit.fetch_rows_per_s",
        label: "  of which: fetch the batch texts only (same query)",
        value: fetchPerS,
        unit: "rows/s",
        baseline: { label: "raw SHA-256, same bytes", value: shaPerS, unit: "events/s" },
      },
      {
        key: "audit.encode_hash_per_s",
        label: "  of which: canonical JSON + SHA-256 in memory, one thread",
        value: encodePerS,
        unit: "events/s",
        baseline: { label: "raw SHA-256, same bytes", value: shaPerS, unit: "events/s" },
      },
    ];
    return figures;
  },
};

/**
 * verifyChain's two halves timed apart, on its own fast path: the batch texts fetched with its
 * query (nothing else), then every batch checked in memory on this thread (no workers).
 */
async function fetchThenHash(db: Db) {
  const texts: Array<{ text: string; n: number }> = [];
  const t0 = performance.now();
  for (let afterId = 0; ; ) {
    const res = (await db.execute(fastBatchSql(afterId, 10_000))) as unknown as FastResult;
    const text = res.rows[0]?.b;
    const next = text ? lastIdOf(text) : null;
    if (!text || next === null) break;
    texts.push({ text, n: Number(res.rows[0].n) });
    afterId = next;
  }
  const t1 = performance.now();
  let count = 0;
  for (const { text, n } of texts) count += checkBatch(text, n, canonicalJson, sha256Hex)?.count ?? 0;
  return { rows: count, fetchMs: t1 - t0, hashMs: performance.now() - t1 };
}

function fmt(n: number): string {
  return Math.round(n).toLocaleString("en");
}
