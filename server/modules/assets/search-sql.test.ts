import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/client";
import { openTestDatabase } from "../../test/db";
import { assets } from "./tables";

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe("search column maintained by trigger", () => {
  it("fills grams on insert and update and finds Japanese partial words", async () => {
    const { db } = database;
    const [row] = await db
      .insert(assets)
      .values({
        assetNumber: "A-1",
        name: "住民基本台帳ファイル",
        kind: "information",
        departmentId: crypto.randomUUID(),
        storagePlace: "ＵＳＢ保管庫",
      })
      .returning();
    expect(row.searchGrams).toContain("住民");
    expect(row.searchText).toContain("usb保管庫");
    const hit = await db.execute(
      sql`select asset_number from assets where search_grams @> array['台帳']::text[]`,
    );
    expect((hit as unknown as { rows: unknown[] }).rows.length).toBe(1);
    await db.update(assets).set({ notes: "税務課から受領" }).where(sql`asset_number = 'A-1'`);
    const r2 = await db.execute(sql`select search_grams from assets where asset_number = 'A-1'`);
    expect(JSON.stringify(r2)).toContain("税務");
  });
});
