import { PGlite } from "@electric-sql/pglite";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withStatementCache } from "./pglite-statements";
import { GENERIC_PLAN_MARK } from "./statement-rules";

// The wrapper is the embedded database's own: it is tested on PGlite whatever the suite's database.
let pg: PGlite;
let client: PGlite;
let stats: { prepared: number; reused: number; closed: number };

beforeAll(async () => {
  pg = await PGlite.create("memory://");
  const wrapped = withStatementCache(pg);
  client = wrapped.client;
  stats = wrapped.cache.stats;
  await pg.exec(`
    create table items (id int primary key, name text not null, tags text[], born date, at timestamptz, n numeric);
    insert into items select g, 'item ' || g, array['t' || g], date '2026-04-01' + g, timestamptz '2026-04-01 09:00+09' + g * interval '1 hour', g * 1.5
      from generate_series(1, 50) g;
  `);
}, 60_000);
afterAll(async () => {
  await pg?.close();
});

const SELECT = "select id, name, tags, born, at, n from items where id = $1 or name = $2 order by id";

describe("named statements on PGlite (issue #11 item 8)", () => {
  it("answers exactly as PGlite's own query, from the first call on, in every row mode", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: -5, max: 60 }), fc.string({ maxLength: 8 }), async (id, name) => {
        for (const rowMode of ["object", "array"] as const) {
          const mine = await client.query(SELECT, [id, name], { rowMode });
          const theirs = await pg.query(SELECT, [id, name], { rowMode });
          expect(mine.rows).toEqual(theirs.rows);
          expect(mine.fields).toEqual(theirs.fields);
        }
      }),
      { numRuns: 40 },
    );
  });

  it("names a text the second time it is seen and reuses it afterwards", async () => {
    const text = "select count(*)::int as c from items where id > $1";
    const before = { ...stats };
    await client.query(text, [10]);
    expect(stats.prepared).toBe(before.prepared); // the first time: PGlite's unnamed statement
    await client.query(text, [20]);
    expect(stats.prepared).toBe(before.prepared + 1);
    const third = await client.query<{ c: number }>(text, [40]);
    expect(stats.reused).toBe(before.reused + 1);
    expect(third.rows).toEqual([{ c: 10 }]);
  });

  it("a statement given a list stays unnamed however often it runs (its plan must see the list)", async () => {
    const text = "select count(*)::int as c from items where id = any($1::int[])";
    const before = { ...stats };
    for (let i = 1; i <= 4; i++)
      expect(
        (await client.query<{ c: number }>(text, [`{${[1, 2, 3, 4].slice(0, i).join(",")}}`])).rows,
      ).toEqual([{ c: i }]);
    expect(stats.prepared).toBe(before.prepared);
  });

  it("honours the caller's parsers and serializers (drizzle keeps dates as text)", async () => {
    const text = "select born, at from items where born = $1";
    const options = { parsers: { 1082: (v: string) => `date:${v}`, 1184: (v: string) => `ts:${v}` } };
    for (let i = 0; i < 3; i++) {
      const res = await client.query<{ born: string; at: string }>(text, ["2026-04-03"], options);
      expect(res.rows).toEqual([{ born: "date:2026-04-03", at: "ts:2026-04-01 02:00:00+00" }]);
    }
  });

  it("a failing statement reports PostgreSQL's code and leaves the connection usable", async () => {
    const insert = "insert into items (id, name) values ($1, $2)";
    await client.query(insert, [1001, "a"]);
    await client.query(insert, [1002, "b"]);
    await expect(client.query(insert, [1001, "again"])).rejects.toMatchObject({
      code: "23505",
      query: insert,
    });
    const after = await client.query<{ c: number }>(
      "select count(*)::int as c from items where id > $1",
      [1000],
    );
    expect(after.rows).toEqual([{ c: 2 }]);
  });

  it("a text that fails to parse, and a notice raised while a statement runs, leave the connection usable", async () => {
    await expect(client.query("select from nowhere_at_all where", [])).rejects.toMatchObject({
      code: "42601",
    });
    await pg.exec(`create function noisy(n int) returns int language plpgsql as
      $$ begin raise notice 'n is %', n; return n * 2; end $$`);
    for (let i = 0; i < 3; i++)
      expect((await client.query<{ v: number }>("select noisy($1) as v", [i])).rows).toEqual([{ v: i * 2 }]);
  });

  it("a reply larger than the backend's output chunks is read whole (several chunks joined)", async () => {
    const text = "select g as id, repeat('漢字', 200) as body from generate_series(1, $1::int) g";
    for (let i = 0; i < 3; i++) {
      const mine = await client.query<{ id: number; body: string }>(text, [3000]);
      expect(mine.rows).toHaveLength(3000);
      expect(mine.rows[2999]).toEqual({ id: 3000, body: "漢字".repeat(200) });
    }
    expect((await client.query(text, [3000])).rows).toEqual((await pg.query(text, [3000])).rows);
  });

  it("inside a transaction: named statements see its writes, and a rollback undoes them", async () => {
    const count = "select count(*)::int as c from items where name like $1";
    await expect(
      client.transaction(async (tx) => {
        for (let i = 0; i < 3; i++)
          await tx.query("insert into items (id, name) values ($1, $2)", [2000 + i, "tx"]);
        const seen = await tx.query<{ c: number }>(count, ["tx"]);
        expect(seen.rows).toEqual([{ c: 3 }]);
        throw new Error("undo");
      }),
    ).rejects.toThrow("undo");
    for (let i = 0; i < 2; i++)
      expect((await client.query<{ c: number }>(count, ["tx"])).rows).toEqual([{ c: 0 }]);
  });

  it("a statement whose result type changed is prepared again, not failed", async () => {
    await pg.exec("create table shifting (id int, v int)");
    await pg.exec("insert into shifting values (1, 7)");
    const text = "select * from shifting where id = $1";
    for (let i = 0; i < 3; i++) expect((await client.query(text, [1])).rows).toEqual([{ id: 1, v: 7 }]);
    await pg.exec("alter table shifting alter column v type text");
    expect((await client.query(text, [1])).rows).toEqual([{ id: 1, v: "7" }]);
  });

  it("keeps at most its limit of statements, closing the least recently used", async () => {
    const before = { ...stats };
    for (let i = 0; i < 420; i++) {
      const text = `select $1::int + ${i} as v`;
      await client.query(text, [1]);
      expect((await client.query<{ v: number }>(text, [2])).rows).toEqual([{ v: 2 + i }]);
    }
    expect(stats.prepared - before.prepared).toBe(420);
    expect(stats.closed).toBeGreaterThan(before.closed);
    const open = await pg.query<{ n: number }>("select count(*)::int as n from pg_prepared_statements");
    expect(open.rows[0].n).toBeLessThanOrEqual(400);
  });
  it("a statement marked for a generic plan runs with one, answers and counts as before, and leaves the mode as it was", async () => {
    const plans = async (text: string) =>
      (
        await pg.query<{ generic: number; custom: number }>(
          "select generic_plans::int as generic, custom_plans::int as custom from pg_prepared_statements where statement = $1",
          [text],
        )
      ).rows[0];
    const marked = `select id, name from items where ${GENERIC_PLAN_MARK} true and id <= $1 order by id`;
    const plain = "select id, name from items where id <= $1 order by id";
    for (let i = 1; i <= 4; i++) {
      const mine = await client.query<{ id: number }>(marked, [i]);
      expect(mine.rows).toEqual((await pg.query(plain, [i])).rows);
      expect(mine).toMatchObject({ command: "SELECT", rowCount: i, affectedRows: 0 });
      await client.query(plain, [i]);
    }
    // Named from the second call: three executions each, generic for the marked one only.
    expect(await plans(marked)).toEqual({ generic: 3, custom: 0 });
    expect(await plans(plain)).toEqual({ generic: 0, custom: 3 });
    expect((await pg.query<{ m: string }>("select current_setting('plan_cache_mode') as m")).rows).toEqual([
      { m: "auto" },
    ]);
    const update = `update items set n = n where ${GENERIC_PLAN_MARK} true and id <= $1`;
    for (let i = 0; i < 3; i++)
      expect(await client.query(update, [5])).toMatchObject({ command: "UPDATE", affectedRows: 5 });
  });

  it("a marked statement failing inside a transaction: the rollback leaves the mode as it was", async () => {
    const text = `select 10 / $1::int as v where ${GENERIC_PLAN_MARK} true`;
    for (let i = 1; i <= 3; i++) expect((await client.query<{ v: number }>(text, [i])).rows).toHaveLength(1);
    await expect(
      client.transaction(async (tx) => {
        await tx.query(text, [0]);
      }),
    ).rejects.toMatchObject({ code: "22012" });
    expect((await pg.query<{ m: string }>("select current_setting('plan_cache_mode') as m")).rows).toEqual([
      { m: "auto" },
    ]);
    expect((await client.query<{ v: number }>(text, [5])).rows).toEqual([{ v: 2 }]);
  });
});
