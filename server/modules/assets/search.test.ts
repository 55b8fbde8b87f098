import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/client";
import { openTestDatabase } from "../../test/db";
import { queryGrams, searchFields, searchGrams, searchNorm } from "./search";
import { assets } from "./tables";

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

interface SqlAnswer {
  s: string;
  norm: string;
  grams: string[];
  query: string[];
}

/** The database's own answers for many strings in one statement. */
async function sqlAnswers(strings: string[]): Promise<SqlAnswer[]> {
  const res = await database.db.execute(sql`
    SELECT s, sekimori_search_norm(s) AS norm,
           to_jsonb(sekimori_search_grams(sekimori_search_norm(s))) AS grams,
           to_jsonb(coalesce(sekimori_query_grams(s), '{}'::text[])) AS query
    FROM jsonb_array_elements_text(${JSON.stringify(strings)}::jsonb) WITH ORDINALITY AS x(s, n)
    ORDER BY n`);
  return (res as unknown as { rows: SqlAnswer[] }).rows;
}

const sorted = (a: string[]) => [...a].sort();

// Characters a register holds: kanji (incl. a surrogate pair), kana in full and half width
// (ｶﾞ composes under NFKC), full-width Latin and digits, ASCII of both cases, spaces of every width.
const CHARS = [
  ..."住民基本台帳税務課保管庫書庫第号𠮷髙",
  ..."あいうえおがぱゃっー",
  ..."アイウエオガパャッヴ",
  ..."ｱｲｳｶﾞﾊﾟｯｰ",
  ..."ＡＢＣａｂｃ０１２（）－",
  ..."ABCxyz019-_/.()",
  " ",
  "\u3000",
  "\t",
  "\n",
  "①",
  "㈱",
  "ｷﾛ",
];
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 24 }).map((a) => a.join(""));

describe("search grams in JS mirror the SQL functions", () => {
  it("gives identical text, grams and query grams for random register text", async () => {
    const samples = fc.sample(text, 400);
    samples.push("", " ", "Ａ", "ｶﾞ", "USB メモリ　第１号", "𠮷田の台帳");
    const answers = await sqlAnswers(samples);
    let compared = 0;
    for (const a of answers) {
      expect(searchNorm(a.s)).toBe(a.norm);
      expect(sorted(searchGrams(a.norm))).toEqual(sorted(a.grams));
      if (a.norm.length > 0) expect(sorted(queryGrams(a.s))).toEqual(sorted(a.query));
      compared++;
    }
    expect(compared).toBe(samples.length);
  });

  it("leaves to the database what JS cannot be sure of (non-ASCII case, odd spaces)", () => {
    expect(searchFields("A-1", "Éclair", null, null)).toBeNull();
    expect(searchFields("A-1", "ΑΒΓ", null, null)).toBeNull();
    expect(searchFields("A-1", "x\u2028y", null, null)).toBeNull();
    expect(searchFields("A-1", "台帳", null, null)?.searchText).toBe("a-1\n台帳");
  });

  it("the trigger keeps supplied values that match and recomputes wrong ones", async () => {
    const { db } = database;
    const dept = crypto.randomUUID();
    const good = searchFields("S-1", "固定資産税データ", "書庫", null);
    if (!good) throw new Error("expected JS grams");
    const [kept] = await db
      .insert(assets)
      .values({
        assetNumber: "S-1",
        name: "固定資産税データ",
        kind: "information",
        departmentId: dept,
        storagePlace: "書庫",
        ...good,
      })
      .returning();
    expect(kept.searchText).toBe(good.searchText);
    expect(sorted(kept.searchGrams)).toEqual(sorted(good.searchGrams));
    // A stale text (and grams) supplied with another name is not trusted.
    const [fixed] = await db
      .insert(assets)
      .values({
        assetNumber: "S-2",
        name: "介護認定ファイル",
        kind: "information",
        departmentId: dept,
        searchText: "s-2\n別の名前",
        searchGrams: ["別の"],
      })
      .returning();
    expect(fixed.searchText).toBe("s-2\n介護認定ファイル");
    expect(fixed.searchGrams).toContain("認定");
    expect(fixed.searchGrams).not.toContain("別の");
    // An update of the name without new grams recomputes them.
    const [renamed] = await db
      .update(assets)
      .set({ name: "道路台帳" })
      .where(sql`asset_number = 'S-1'`)
      .returning();
    expect(renamed.searchGrams).toContain("道路");
    expect(renamed.searchGrams).not.toContain("資産");
    // Both rows are found by a partial word through the query grams.
    const hits = await db.execute(
      sql`SELECT asset_number FROM assets WHERE search_grams @> sekimori_query_grams('認定ファ') AND position(sekimori_search_norm('認定ファ') in search_text) > 0`,
    );
    expect(
      (hits as unknown as { rows: Array<{ asset_number: string }> }).rows.map((r) => r.asset_number),
    ).toEqual(["S-2"]);
  });
});
