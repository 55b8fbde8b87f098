import { createHash, hash as oneShotHash } from "node:crypto";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { canonicalJson } from "./canonical";

/** What the fast path found in one batch whose every event matched. */
export interface BatchVerdict {
  /** The previous hash the batch's first event names (must be the last hash of the batch before). */
  firstPrev: string;
  lastHash: string;
  lastId: number;
  count: number;
}

/**
 * Checks one fast-path batch (see `fastBatchSql` in verify.ts): every event's stored hash is the
 * SHA-256 of its canonical bytes, each names the hash before it, ids ascend. Null on anything
 * unexpected — the caller then decides on the reference path. Self-contained on purpose (no
 * outer names): workers run it from its source text, with the same `canonical` and `sha256`.
 */
export function checkBatch(
  text: string,
  n: number,
  canonical: (value: unknown) => string,
  sha256: (text: string) => string,
): BatchVerdict | null {
  const US = "\u001f";
  const RS = "\u001e";
  const uuid = (u: string) => (u === "" ? "null" : `"${u}"`);
  const nullable = (v: string) => (v === "" ? "null" : JSON.stringify(v.slice(1)));
  const records = text.split(RS);
  if (records.length !== n) return null;
  let firstPrev = "";
  let prev = "";
  let lastId = 0;
  for (let i = 0; i < records.length; i++) {
    const f = records[i].split(US);
    if (f.length !== 13) return null;
    const ms = Number(f[1]);
    const id = Number(f[0]);
    if (!Number.isFinite(ms) || !(id > lastId)) return null;
    if (i === 0) firstPrev = f[11];
    else if (f[11] !== prev) return null;
    const x = f[10] === "{}" ? "{}" : canonical(JSON.parse(f[10]));
    const at = new Date(ms).toISOString();
    const bytes = `{"a":${uuid(f[3])},"at":"${at}","d":${uuid(f[9])},"f":${uuid(f[5])},"i":${nullable(f[6])},"p":${uuid(f[4])},"prev":"${f[11]}","t":${JSON.stringify(f[2])},"ti":${nullable(f[8])},"tt":${nullable(f[7])},"x":${x}}`;
    if (sha256(bytes) !== f[12]) return null;
    prev = f[12];
    lastId = id;
  }
  return { firstPrev, lastHash: prev, lastId, count: records.length };
}

/** SHA-256 hex; the one-shot `crypto.hash` (Node ≥ 20.12) avoids a Hash object per event. */
export const sha256Hex: (text: string) => string =
  typeof oneShotHash === "function"
    ? (text) => oneShotHash("sha256", text, "hex")
    : (text) => createHash("sha256").update(text).digest("hex");

// __name: what esbuild's keepNames (tsx, the bundle) wraps inner functions in.
const WORKER_SOURCE = `
const __name = (f) => f;
const { parentPort } = require("node:worker_threads");
const { createHash, hash } = require("node:crypto");
const canonical = (${canonicalJson.toString()});
const check = (${checkBatch.toString()});
const sha256 = typeof hash === "function"
  ? (t) => hash("sha256", t, "hex")
  : (t) => createHash("sha256").update(t).digest("hex");
parentPort.on("message", (m) => {
  let verdict = null;
  try { verdict = check(m.text, m.n, canonical, sha256); } catch { verdict = null; }
  parentPort.postMessage({ id: m.id, verdict });
});`;

/**
 * One worker per core, at most four: the reading thread mostly waits on the database or on
 * PGlite's WebAssembly (measured at 250,000 events on 2 cores: inline 84,000 events/s, one
 * worker 135,000, two 148,000).
 */
export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

/**
 * Hashes batches on worker threads while the calling thread fetches the next ones (PGlite runs
 * its queries on the calling thread, so without workers reading and hashing take turns). With
 * no workers, or if a worker cannot start, batches are checked inline: same verdicts.
 */
export class BatchChecker {
  private workers: Worker[] = [];
  private waiting = new Map<number, (v: BatchVerdict | null) => void>();
  private nextId = 0;
  private started = false;

  constructor(private readonly size: number) {}

  /** `inline` checks on this thread (the first batch: a short chain never starts a worker). */
  check(text: string, n: number, inline = false): Promise<BatchVerdict | null> {
    if (!inline && !this.started) this.start();
    if (inline || this.workers.length === 0) {
      try {
        return Promise.resolve(checkBatch(text, n, canonicalJson, sha256Hex));
      } catch {
        return Promise.resolve(null);
      }
    }
    const id = this.nextId++;
    const worker = this.workers[id % this.workers.length];
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      worker.postMessage({ id, text, n });
    });
  }

  private start() {
    this.started = true;
    try {
      for (let i = 0; i < this.size; i++) {
        const worker = new Worker(WORKER_SOURCE, { eval: true });
        worker.on("message", (m: { id: number; verdict: BatchVerdict | null }) => {
          this.waiting.get(m.id)?.(m.verdict);
          this.waiting.delete(m.id);
        });
        // A worker that fails answers "unexpected" for what it held: the reference path decides.
        worker.on("error", () => {
          this.workers = this.workers.filter((w) => w !== worker);
          this.failAll();
        });
        this.workers.push(worker);
      }
    } catch {
      void this.close();
    }
  }

  private failAll() {
    for (const resolve of this.waiting.values()) resolve(null);
    this.waiting.clear();
  }

  async close() {
    const workers = this.workers;
    this.workers = [];
    this.failAll();
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
