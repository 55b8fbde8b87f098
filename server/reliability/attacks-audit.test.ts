/**
 * Attacks on the audit log (issue #12, item 6) by someone who can write the database directly
 * (the append-only trigger dropped, as a database superuser could): deleting the newest events,
 * rewriting an event and recomputing every later hash, deleting one in the middle, and forging
 * a checkpoint. The chain alone misses the first two; the signatures (a key outside the
 * database) and the signed head catch all four, naming the first affected event.
 */
import { asc, desc, eq, gte, sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { verifyAuditLog } from "../audit/anchor";
import { hashEvent } from "../audit/canonical";
import { recordEvent } from "../audit/record";
import { checkpointSignature } from "../audit/signing";
import { auditCheckpoints, auditEvents, auditHead } from "../audit/tables";
import { verifyChain } from "../audit/verify";
import type { Database } from "../db/client";
import { openTestDatabase } from "../test/db";

let database: Database;
let ids: number[];

beforeEach(async () => {
  database = await openTestDatabase();
  for (let i = 0; i < 10; i++)
    await recordEvent(
      database.db,
      { actor: null, ip: `10.0.0.${i}`, requestId: "r" },
      { type: "test.anchor", data: { i } },
      new Date(Date.UTC(2026, 3, 1, 0, 0, i)),
    );
  ids = (await database.db.select({ id: auditEvents.id }).from(auditEvents).orderBy(asc(auditEvents.id))).map(
    (r) => r.id,
  );
  // What a database superuser can do: the append-only trigger is gone.
  await database.exec("DROP TRIGGER audit_events_no_update_delete ON audit_events");
});
afterEach(() => database?.close());

/** Recomputes hash and prev_hash of every event from `fromId` on, as a careful forger would. */
async function rehashFrom(fromId: number) {
  const db = database.db;
  const [before] = await db
    .select({ hash: auditEvents.hash })
    .from(auditEvents)
    .where(sql`${auditEvents.id} < ${fromId}`)
    .orderBy(desc(auditEvents.id))
    .limit(1);
  let prev = before?.hash ?? "0".repeat(64);
  const rows = await db
    .select()
    .from(auditEvents)
    .where(gte(auditEvents.id, fromId))
    .orderBy(asc(auditEvents.id));
  for (const r of rows) {
    const hash = hashEvent({ ...r, prevHash: prev });
    await db.update(auditEvents).set({ prevHash: prev, hash }).where(eq(auditEvents.id, r.id));
    prev = hash;
  }
  return prev;
}

describe("the audit chain is anchored", () => {
  it("an honest log verifies, with its signed head", async () => {
    const verdict = await verifyAuditLog(database.db);
    expect(verdict).toMatchObject({ ok: true, count: 10, firstBadEventId: null, problems: [] });
    const [head] = await database.db.select().from(auditHead);
    expect(head).toMatchObject({ seq: 10, eventId: ids[9] });
  });

  it("deleting the newest events is detected (the signed head points past the end)", async () => {
    await database.db.delete(auditEvents).where(gte(auditEvents.id, ids[7]));
    expect((await verifyChain(database.db)).ok).toBe(true); // the chain alone cannot tell
    const verdict = await verifyAuditLog(database.db);
    expect(verdict.ok).toBe(false);
    expect(verdict.problems.map((p) => p.kind)).toEqual(["truncated"]);
    expect(verdict.firstBadEventId).toBe(ids[7]);
    expect(verdict.problems[0].message_ja).toContain("削除");
  });

  it("moving the head back to the new end needs the key: a re-pointed head is a forgery", async () => {
    await database.db.delete(auditEvents).where(gte(auditEvents.id, ids[7]));
    const [last] = await database.db.select().from(auditEvents).where(eq(auditEvents.id, ids[6]));
    await database.db
      .update(auditHead)
      .set({ seq: 7, eventId: ids[6], hash: last.hash, sig: "0".repeat(64) })
      .where(eq(auditHead.id, 1));
    const verdict = await verifyAuditLog(database.db);
    expect(verdict.problems.map((p) => p.kind)).toContain("forged_head");
    // Deleting the head as well is no better.
    await database.db.delete(auditHead);
    expect((await verifyAuditLog(database.db)).problems.map((p) => p.kind)).toContain("head_missing");
  });

  it("rewriting an event and recomputing every later hash is detected at that event", async () => {
    await database.db
      .update(auditEvents)
      .set({ data: { i: 4, forged: true } })
      .where(eq(auditEvents.id, ids[4]));
    const newHead = await rehashFrom(ids[4]);
    // A forger would move the head too, but cannot sign it.
    await database.db.update(auditHead).set({ hash: newHead }).where(eq(auditHead.id, 1));
    expect((await verifyChain(database.db)).ok).toBe(true); // the chain alone cannot tell
    const verdict = await verifyAuditLog(database.db);
    expect(verdict.ok).toBe(false);
    expect(verdict.firstBadEventId).toBe(ids[4]);
    expect(verdict.problems[0]).toMatchObject({ kind: "bad_signature", eventId: ids[4] });
  });

  it("a gap (an event deleted in the middle, later hashes recomputed) is detected at the event after it", async () => {
    await database.db.delete(auditEvents).where(eq(auditEvents.id, ids[3]));
    await rehashFrom(ids[4]);
    const verdict = await verifyAuditLog(database.db);
    expect(verdict.ok).toBe(false);
    expect(verdict.problems.map((p) => p.kind)).toContain("sequence_gap");
    expect(verdict.firstBadEventId).toBe(ids[4]);
  });

  it("a forged checkpoint is reported; a genuine one that no longer matches the log too", async () => {
    const [last] = await database.db.select().from(auditEvents).where(eq(auditEvents.id, ids[9]));
    const signedAt = new Date("2026-04-02T00:00:00Z");
    await database.db.insert(auditCheckpoints).values({
      seq: 10,
      eventId: ids[9],
      hash: last.hash,
      signedAt,
      sig: checkpointSignature(10, ids[9], last.hash, signedAt),
    });
    expect((await verifyAuditLog(database.db)).ok).toBe(true);
    await database.db.insert(auditCheckpoints).values({
      seq: 10,
      eventId: ids[9],
      hash: "f".repeat(64),
      signedAt,
      sig: "a".repeat(64),
    });
    const verdict = await verifyAuditLog(database.db);
    expect(verdict.problems.map((p) => p.kind)).toEqual(["forged_checkpoint"]);
  });
});
