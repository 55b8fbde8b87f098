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

  it("keeps supplied grams only in a transaction that declared them (sekimori.search_supplied), computes them otherwise", async () => {
    const { db } = database;
    // search_text deliberately not the trigger's own normalization, so it would recompute.
    const row = (n: string, grams: string[]) => ({
      assetNumber: n,
      name: "介護認定調査票",
      kind: "information" as const,
      departmentId: crypto.randomUUID(),
      searchText: "supplied",
      searchGrams: grams,
    });
    const gramsOf = async (n: string) =>
      (
        (await db.execute(sql`select search_grams from assets where asset_number = ${n}`)) as unknown as {
          rows: Array<{ search_grams: string[] }>;
        }
      ).rows[0].search_grams;
    // Without the declaration, supplied values that do not fit are recomputed by the trigger.
    await db.insert(assets).values(row("S-1", ["x"]));
    expect(await gramsOf("S-1")).toContain("認定");
    await db.transaction(async (tx) => {
      await tx.execute(sql`SELECT set_config('sekimori.search_supplied', 'on', true)`);
      await tx.insert(assets).values(row("S-2", ["marker"]));
      // No grams: the trigger still computes them.
      await tx.insert(assets).values(row("S-3", []));
    });
    expect(await gramsOf("S-2")).toEqual(["marker"]);
    expect(await gramsOf("S-3")).toContain("調査");
    // The declaration ends with its transaction.
    await db.insert(assets).values(row("S-4", ["marker"]));
    expect(await gramsOf("S-4")).toContain("介護");
  });
});
