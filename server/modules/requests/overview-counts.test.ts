import { randomUUID } from "node:crypto";
import { inArray, sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/client";
import { openTestDatabase } from "../../test/db";
import { requestOverviewCounts, requests } from "./tables";

/**
 * The counts the CISO's steering overview reads (request_overview_counts, kept by statement
 * triggers, migration 0035) equal a GROUP BY over `requests` after any sequence of inserts,
 * status changes, other updates and deletes, in single and multi-row statements; a failed
 * statement leaves them as they were.
 */

let database: Database;
const depts = [randomUUID(), randomUUID()];
const person = randomUUID();

beforeAll(async () => {
  database = await openTestDatabase();
}, 120_000);
afterAll(async () => {
  await database?.close();
});

const key = (d: string, s: string) => `${d}|${s}`;
async function truth(): Promise<Map<string, number>> {
  const res = (await database.db.execute(
    sql`select department_id as d, status as s, count(*)::int as n from requests group by 1, 2`,
  )) as unknown as { rows: Array<{ d: string; s: string; n: number }> };
  return new Map(res.rows.map((r) => [key(r.d, r.s), r.n]));
}
async function kept(): Promise<Map<string, number>> {
  const rows = await database.db.select().from(requestOverviewCounts);
  return new Map(rows.filter((r) => r.n !== 0).map((r) => [key(r.departmentId, r.status), r.n]));
}

const status = fc.constantFrom("draft", "submitted", "approved", "in_effect", "completed");
const op = fc.oneof(
  fc.record({
    t: fc.constant("insert" as const),
    rows: fc.array(fc.record({ d: fc.nat(1), s: status }), { minLength: 1, maxLength: 5 }),
  }),
  fc.record({ t: fc.constant("status" as const), pick: fc.nat(20), s: status }),
  fc.record({ t: fc.constant("move" as const), pick: fc.nat(20), d: fc.nat(1) }),
  fc.record({ t: fc.constant("other" as const), pick: fc.nat(20) }),
  fc.record({ t: fc.constant("delete" as const), pick: fc.nat(20) }),
  fc.record({ t: fc.constant("failing" as const) }),
);

describe("request_overview_counts", () => {
  it("equals the GROUP BY of requests after any sequence of writes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 8 }), async (ops) => {
        const db = database.db;
        for (const o of ops) {
          const ids = (await db.select({ id: requests.id }).from(requests)).map((r) => r.id);
          const some = (pick: number) => ids.filter((_, i) => i % (1 + (pick % 3)) === pick % 2);
          const row = (d: number, s: string) => ({
            kind: "carry_out",
            status: s as never,
            requesterPersonId: person,
            departmentId: depts[d],
            approvalRequired: true,
          });
          if (o.t === "insert") await db.insert(requests).values(o.rows.map((r) => row(r.d, r.s)));
          else if (o.t === "status" && ids.length)
            await db
              .update(requests)
              .set({ status: o.s as never })
              .where(inArray(requests.id, some(o.pick)));
          else if (o.t === "move" && ids.length)
            await db
              .update(requests)
              .set({ departmentId: depts[o.d] })
              .where(inArray(requests.id, some(o.pick)));
          else if (o.t === "other" && ids.length)
            await db
              .update(requests)
              .set({ fields: { note: "変更" } })
              .where(inArray(requests.id, some(o.pick)));
          else if (o.t === "delete" && ids.length)
            await db.delete(requests).where(inArray(requests.id, some(o.pick)));
          else if (o.t === "failing") {
            // the second row has no kind: the statement, and its counts, roll back
            await expect(
              db
                .insert(requests)
                .values([row(0, "submitted"), { ...row(1, "submitted"), kind: null as never }]),
            ).rejects.toThrow();
          }
        }
        expect(await kept()).toEqual(await truth());
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
