import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/client";
import { openTestDatabase } from "../test/db";
import { recordEvent } from "./record";
import { auditEvents } from "./tables";
import { verifyChain, verifyStats } from "./verify";

/**
 * verifyChain's fast path (one text value per batch, split on control characters) must agree
 * with the reference path on honest rows, and must never accept a row the reference path would
 * refuse: the changes below target exactly what a text split could confuse (separators inside
 * values, null against a string, a forged record appended to a stored value).
 */
let database: Database;
let ids: number[] = [];

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.db;
  for (let i = 0; i < 12; i++)
    await recordEvent(
      db,
      { actor: null, ip: i % 3 === 0 ? "" : `10.0.0.${i}`, requestId: "r" },
      {
        type: "test.fast",
        targetType: i % 2 ? "thing" : undefined,
        targetId: i % 4 ? `id-${i}` : undefined,
        data: i % 5 ? { i, text: "改行\nと\u2028", nested: { b: [1, 2.5], a: null } } : {},
      },
      new Date(Date.UTC(2026, 3, 1, 0, 0, i)),
    );
  ids = (await db.select({ id: auditEvents.id }).from(auditEvents).orderBy(auditEvents.id)).map((r) => r.id);
  await database.exec("DROP TRIGGER audit_events_no_update_delete ON audit_events");
});
afterAll(() => database?.close());

async function expectNamed(id: number, batchSize?: number) {
  expect(await verifyChain(database.db, batchSize)).toMatchObject({ ok: false, firstBadEventId: id });
}

async function restore(id: number, column: string, value: string | null) {
  await database.db.execute(sql`UPDATE audit_events SET ${sql.raw(column)} = ${value} WHERE id = ${id}`);
  expect(await verifyChain(database.db)).toEqual({ ok: true, count: ids.length });
}

describe("verifyChain fast path", () => {
  it("checks honest batches on the fast path alone, at any batch size", async () => {
    for (const size of [1, 5, 10_000]) {
      const before = { ...verifyStats };
      expect(await verifyChain(database.db, size)).toEqual({ ok: true, count: ids.length });
      expect(verifyStats.fastBatches - before.fastBatches).toBe(Math.ceil(ids.length / size));
      // Only the final empty batch is confirmed on the reference path.
      expect(verifyStats.referenceBatches - before.referenceBatches).toBe(1);
    }
  });

  it("gives the same verdicts inline and on 1 or 2 worker threads, at any batch size", async () => {
    const id = ids[7];
    for (const workers of [0, 1, 2]) {
      for (const size of [1, 5, 10_000]) {
        const before = verifyStats.fastBatches;
        expect(await verifyChain(database.db, size, { workers })).toEqual({ ok: true, count: ids.length });
        // Every batch passed on the fast path: the workers really ran the check.
        expect(verifyStats.fastBatches - before).toBe(Math.ceil(ids.length / size));
      }
    }
    await database.db.execute(sql`UPDATE audit_events SET type = 'test.forged' WHERE id = ${id}`);
    for (const workers of [0, 1, 2]) {
      for (const size of [1, 5, 10_000]) {
        expect(await verifyChain(database.db, size, { workers })).toMatchObject({
          ok: false,
          firstBadEventId: id,
        });
      }
    }
    await restore(id, "type", "test.fast");
  });

  it("a null changed to the empty string or to the null marker is named", async () => {
    const id = ids[2]; // target_type is null (even i)
    for (const value of ["", "="]) {
      await database.db.execute(sql`UPDATE audit_events SET target_type = ${value} WHERE id = ${id}`);
      await expectNamed(id);
    }
    await restore(id, "target_type", null);
  });

  it("separators inside a value, and a forged record appended to a stored hash, are named", async () => {
    const id = ids[6];
    const res = (await database.db.execute(
      sql`SELECT hash, target_id FROM audit_events WHERE id = ${id}`,
    )) as unknown as { rows: Array<{ hash: string; target_id: string }> };
    const row = res.rows[0];
    await database.db.execute(
      sql`UPDATE audit_events SET target_id = ${`${row.target_id}\u001f\u001e`} WHERE id = ${id}`,
    );
    await expectNamed(id);
    await expectNamed(id, 3);
    await restore(id, "target_id", row.target_id);

    // hash = the real hash + RS + a whole fake record: the real part still matches, so only the
    // record count can tell; the reference path then names this row (its stored hash is wrong).
    const forged = `${row.hash}\u001e999\u001f0\u001ftype\u001f\u001f\u001f\u001f\u001f\u001f\u001f\u001f{}\u001f${row.hash}\u001f${row.hash}`;
    await database.db.execute(sql`UPDATE audit_events SET hash = ${forged} WHERE id = ${id}`);
    await expectNamed(id);
    await restore(id, "hash", row.hash);
  });
});
