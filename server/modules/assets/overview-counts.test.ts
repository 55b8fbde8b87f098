import { randomUUID } from "node:crypto";
import { inArray, sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/client";
import { openTestDatabase } from "../../test/db";
import { assetOverviewCounts, assets } from "./tables";

/**
 * The counts the steering overview reads (asset_overview_counts, kept by statement triggers)
 * equal a GROUP BY over `assets` after any sequence of inserts, updates (of counted columns or
 * not) and deletes, in single and multi-row statements, and a failed statement leaves them as
 * they were.
 */

let database: Database;
const depts = [randomUUID(), randomUUID()];

beforeAll(async () => {
  database = await openTestDatabase();
}, 120_000);
afterAll(async () => {
  await database?.close();
});

type Row = { d: string; e: string | null; c: string | null; z: string | null; s: string; n: number };
const key = (r: Row) => [r.d, r.e, r.c, r.z, r.s].join("|");

async function truth(): Promise<Map<string, number>> {
  const res = (await database.db.execute(sql`select department_id as d, effective_confidentiality as e,
    confidentiality as c, zone as z, status as s, count(*)::int as n from assets group by 1, 2, 3, 4, 5`)) as unknown as {
    rows: Row[];
  };
  return new Map(res.rows.map((r) => [key(r), r.n]));
}
async function kept(): Promise<Map<string, number>> {
  const rows = await database.db.select().from(assetOverviewCounts);
  return new Map(
    rows
      .filter((r) => r.n !== 0)
      .map((r) => [
        key({
          d: r.departmentId,
          e: r.effectiveConfidentiality,
          c: r.confidentiality,
          z: r.zone,
          s: r.status,
          n: r.n,
        }),
        r.n,
      ]),
  );
}

const level = fc.constantFrom(null, "1", "2", "3");
const zone = fc.constantFrom(null, "lgwan", "internet", "individual");
const status = fc.constantFrom("in_use", "lent", "disposed");
const op = fc.oneof(
  fc.record({
    t: fc.constant("insert" as const),
    rows: fc.array(fc.record({ d: fc.nat(1), e: level, c: level, z: zone, s: status }), {
      minLength: 1,
      maxLength: 5,
    }),
  }),
  fc.record({ t: fc.constant("update" as const), pick: fc.nat(20), z: zone, s: status, e: level }),
  fc.record({ t: fc.constant("rename" as const), pick: fc.nat(20) }),
  fc.record({ t: fc.constant("delete" as const), pick: fc.nat(20) }),
  fc.record({ t: fc.constant("failing" as const) }),
);

let serial = 0;
describe("asset_overview_counts", () => {
  it("equals the GROUP BY of assets after any sequence of writes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 8 }), async (ops) => {
        const db = database.db;
        for (const o of ops) {
          const ids = (await db.select({ id: assets.id }).from(assets)).map((r) => r.id);
          const some = (pick: number) => ids.filter((_, i) => i % (1 + (pick % 3)) === pick % 2);
          if (o.t === "insert")
            await db.insert(assets).values(
              o.rows.map((r) => ({
                assetNumber: `T-${++serial}`,
                name: "テスト資産",
                kind: "medium" as const,
                departmentId: depts[r.d],
                effectiveConfidentiality: r.e,
                confidentiality: r.c,
                zone: r.z as never,
                status: r.s as never,
              })),
            );
          else if (o.t === "update" && ids.length)
            await db
              .update(assets)
              .set({ zone: o.z as never, status: o.s as never, effectiveConfidentiality: o.e })
              .where(inArray(assets.id, some(o.pick)));
          else if (o.t === "rename" && ids.length)
            await db
              .update(assets)
              .set({ name: "改名" })
              .where(inArray(assets.id, some(o.pick)));
          else if (o.t === "delete" && ids.length)
            await db.delete(assets).where(inArray(assets.id, some(o.pick)));
          else if (o.t === "failing")
            // the second row breaks the unique asset number: the statement, and its counts, roll back
            await expect(
              db.insert(assets).values([
                { assetNumber: "DUP", name: "a", kind: "medium", departmentId: depts[0], status: "in_use" },
                { assetNumber: "DUP", name: "b", kind: "medium", departmentId: depts[0], status: "in_use" },
              ]),
            ).rejects.toThrow();
        }
        expect(await kept()).toEqual(await truth());
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
