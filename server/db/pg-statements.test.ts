import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../test/db";
import type { Database } from "./client";
import { statementName } from "./pg-statements";
import { rowsOf } from "./sql";

describe("statement names for PostgreSQL (issue #11 item 8)", () => {
  it("a text is named the second time it is seen, always with the same name", () => {
    const text = `select $1::int as n -- ${Math.random()}`;
    expect(statementName(text)).toBeUndefined();
    const name = statementName(text);
    expect(name).toMatch(/^sekimori_[0-9a-f]{20}$/);
    expect(statementName(text)).toBe(name);
  });

  it("a statement given a list is never named: its plan must see the list's length", () => {
    const text = `select * from t where id = any($1) -- ${Math.random()}`;
    for (let i = 0; i < 3; i++) {
      expect(statementName(text, ["{1,2,3}"])).toBeUndefined();
      expect(statementName(text, [[1, 2, 3]])).toBeUndefined();
    }
    const json = `select $1::jsonb -- ${Math.random()}`;
    statementName(json, ['{"a":1}']);
    expect(statementName(json, ['{"a":1}'])).toMatch(/^sekimori_/);
  });

  it("utility statements are never named", () => {
    const text = "create table if not exists t (id int)";
    for (let i = 0; i < 3; i++) expect(statementName(text)).toBeUndefined();
  });
});

// On the suite's database: PostgreSQL when TEST_DATABASE_URL is set (the named path), else PGlite.
describe("queries answer the same when their statement is named", () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
    await database.exec("create table named_probe (id int primary key, v text)");
  });
  afterAll(async () => {
    await database?.close();
  });

  it("reads, writes, a failed write and a transaction, each statement run many times", async () => {
    const { db } = database;
    for (let i = 1; i <= 12; i++)
      await db.execute(sql`insert into named_probe (id, v) values (${i}, ${`v${i}`})`);
    for (let i = 1; i <= 12; i++) {
      const rows = rowsOf<{ v: string }>(await db.execute(sql`select v from named_probe where id = ${i}`));
      expect(rows).toEqual([{ v: `v${i}` }]);
    }
    for (let i = 0; i < 3; i++)
      await expect(
        db.execute(sql`insert into named_probe (id, v) values (${1}, ${"dup"})`),
      ).rejects.toMatchObject({
        cause: { code: "23505" },
      });
    await expect(
      db.transaction(async (tx) => {
        for (let i = 100; i < 106; i++)
          await tx.execute(sql`insert into named_probe (id, v) values (${i}, ${"tx"})`);
        const inside = rowsOf<{ n: number }>(
          await tx.execute(sql`select count(*)::int as n from named_probe where v = ${"tx"}`),
        );
        expect(inside).toEqual([{ n: 6 }]);
        throw new Error("undo");
      }),
    ).rejects.toThrow("undo");
    for (let i = 0; i < 3; i++) {
      const after = rowsOf<{ n: number }>(
        await db.execute(sql`select count(*)::int as n from named_probe where v = ${"tx"}`),
      );
      expect(after).toEqual([{ n: 0 }]);
    }
  });
});
