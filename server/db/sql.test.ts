import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { departments } from "../directory/tables";
import { openTestDatabase } from "../test/db";
import type { Database } from "./client";
import { jstDateSql, renderedSql, rowsOf, selectRows, textArraySql, uuidArraySql, uuidListSql } from "./sql";

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe("raw SQL helpers on a real database", () => {
  it("rowsOf reads the rows of a raw statement; a value that is no result is refused", async () => {
    const res = await database.db.execute(sql`select 1::int as n union all select 2 order by 1`);
    expect(rowsOf<{ n: number }>(res)).toEqual([{ n: 1 }, { n: 2 }]);
    expect(rowsOf<{ n: number }>([{ n: 3 }])).toEqual([{ n: 3 }]);
    expect(() => rowsOf({ rowCount: 1 })).toThrow(TypeError);
    expect(() => rowsOf(null)).toThrow(TypeError);
  });

  it("uuid arrays and lists hold exactly the ids given, bound as parameters", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.uuid(), { maxLength: 6 }), fc.uuid(), async (ids, probe) => {
        const fromArray = await selectRows<{ id: string }>(
          database.db,
          sql`select id::text from unnest(${uuidArraySql(ids)}) as id`,
        );
        expect(fromArray.map((r) => r.id).sort()).toEqual([...ids].sort());
        const [hit] = await selectRows<{ inList: boolean | null; inArray: boolean }>(
          database.db,
          sql`select ${probe}::uuid in (${uuidListSql(ids)}) as "inList",
                       ${probe}::uuid = any(${uuidArraySql(ids)}) as "inArray"`,
        );
        const member = ids.includes(probe);
        // An empty list is null::uuid: `in` answers null (not true), so a filter keeps nothing.
        expect(hit.inList === true).toBe(member);
        expect(hit.inArray).toBe(member);
      }),
      { numRuns: 30 },
    );
  });

  it("a text array carries quotes and commas as data, never as SQL", async () => {
    const values = ["a'b", "c,d", "); drop table x; --", "正"];
    const rows = await selectRows<{ v: string }>(
      database.db,
      sql`select v from unnest(${textArraySql(values)}) as v`,
    );
    expect(rows.map((r) => r.v).sort()).toEqual([...values].sort());
  });

  it("a timestamp's day is Japan's whatever the session's time zone (15:30 UTC on 3/31 is 4/1 JST, a new 年度)", async () => {
    await database.db.execute(sql`set time zone 'America/Los_Angeles'`);
    try {
      const [r] = await selectRows<{ d: string }>(
        database.db,
        sql`select ${jstDateSql(sql`${"2026-03-31T15:30:00Z"}::timestamptz`)}::text as d`,
      );
      expect(r.d).toBe("2026-04-01");
      const [before] = await selectRows<{ d: string }>(
        database.db,
        sql`select ${jstDateSql(sql`${"2026-03-31T14:59:59Z"}::timestamptz`)}::text as d`,
      );
      expect(before.d).toBe("2026-03-31");
    } finally {
      await database.db.execute(sql`set time zone 'UTC'`);
    }
  });

  it("renderedSql: a fragment without parameters selects as before, decoder kept; one with a parameter is refused", async () => {
    await database.db.insert(departments).values([
      { code: "rs-1", name: "検証課", kind: "department" },
      { code: "rs-2", name: "検証二課", kind: "department" },
    ]);
    const fragment = sql<string>`upper(${departments.code})`.mapWith((v: string) => `code:${v}`);
    const direct = await database.db
      .select({ id: departments.id, c: fragment })
      .from(departments)
      .orderBy(departments.code);
    const viaText = await database.db
      .select({ id: departments.id, c: renderedSql(fragment) })
      .from(departments)
      .orderBy(departments.code);
    expect(viaText.map((r) => r.c)).toEqual(expect.arrayContaining(["code:RS-1", "code:RS-2"]));
    expect(viaText).toEqual(direct);
    expect(() => renderedSql(sql`select ${"x"}`)).toThrow(/parameters/);
  });
});
