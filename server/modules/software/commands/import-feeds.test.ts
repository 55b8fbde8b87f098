import { readFileSync } from "node:fs";
import { join } from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../../audit/tables";
import type { Database } from "../../../db/client";
import { openTestDatabase } from "../../../test/db";
import { vulnAdvisories, vulnAdvisoryProducts, vulnImports } from "../tables";
import { importFeedFiles } from "./import-feeds";

const fixture = (name: string) => ({
  name,
  bytes: new Uint8Array(readFileSync(join(import.meta.dirname, "..", "feeds", "fixtures", name))),
});
const now = new Date("2026-04-01T00:00:00Z");
let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

describe("importing feed files", () => {
  it("imports NVD then JVN: JVN entries join the CVE's advisory, JVN-only entries stand alone", async () => {
    const db = database.db;
    const first = await importFeedFiles(db, null, [fixture("nvd-sample.json")], now);
    expect(first.results).toEqual([expect.objectContaining({ status: "imported", advisories: 3 })]);
    const second = await importFeedFiles(db, null, [fixture("jvn-detail.xml")], now);
    expect(second.results[0].status).toBe("imported");
    const rows = await db.select().from(vulnAdvisories);
    expect(rows.map((r) => r.key).sort()).toEqual([
      "CVE-2021-44228",
      "CVE-2023-20198",
      "CVE-2024-21626",
      "CVE-2024-22011",
      "JVNDB-2024-000102",
    ]);
    const runc = rows.find((r) => r.key === "CVE-2024-21626");
    expect(runc?.jvndbIds).toEqual(["JVNDB-2024-000101"]);
    expect(runc?.titleJa).toBe("サイボウズ Garoon における複数の脆弱性");
    // NVD gave no title (only KEV entries have names): the JVN title is shown.
    expect(runc?.title).toBe("サイボウズ Garoon における複数の脆弱性");
    const log4j = rows.find((r) => r.key === "CVE-2021-44228");
    expect(log4j?.severity).toBe("critical");
    expect(log4j?.kev).toMatchObject({ dateAdded: "2021-12-10" });
    const keys = await db
      .select()
      .from(vulnAdvisoryProducts)
      .where(eq(vulnAdvisoryProducts.advisoryId, log4j?.id as string));
    expect(keys).toEqual([expect.objectContaining({ vendor: "apache", product: "log4j", pattern: false })]);
  });

  it("re-importing replaces, never duplicates; the audit log records each file", async () => {
    const db = database.db;
    await importFeedFiles(db, null, [fixture("nvd-sample.json"), fixture("jvn-overview.xml")], now);
    const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(vulnAdvisories);
    expect(n).toBe(6); // + JVNDB-2024-000103 (no CVE)
    const garoon = (
      await db.select().from(vulnAdvisories).where(eq(vulnAdvisories.key, "CVE-2024-22011"))
    )[0];
    expect(garoon.jvndbIds).toEqual(["JVNDB-2024-000101"]);
    const events = await db.select().from(auditEvents).where(eq(auditEvents.type, "vulnerability.imported"));
    expect(events.length).toBe(4);
  });

  it("a JVN-only advisory that later names a CVE becomes that CVE's advisory (same id)", async () => {
    const db = database.db;
    const xml = readFileSync(join(import.meta.dirname, "..", "feeds", "fixtures", "jvn-detail.xml"), "utf8");
    const [before] = await db
      .select()
      .from(vulnAdvisories)
      .where(eq(vulnAdvisories.key, "JVNDB-2024-000102"));
    const withCve = xml.replace(
      '<RelatedItem type="advisory"><Name>JVN</Name><VulinfoID>JVN#00000001</VulinfoID>',
      '<RelatedItem type="advisory"><Name>CVE</Name><VulinfoID>CVE-2024-99999</VulinfoID><URL>https://www.cve.org/</URL></RelatedItem><RelatedItem type="advisory"><Name>JVN</Name><VulinfoID>JVN#00000001</VulinfoID>',
    );
    await importFeedFiles(
      db,
      null,
      [{ name: "jvn-detail-v2.xml", bytes: new TextEncoder().encode(withCve) }],
      now,
    );
    const [after] = await db.select().from(vulnAdvisories).where(eq(vulnAdvisories.id, before.id));
    expect(after.key).toBe("CVE-2024-99999");
    expect(after.cveId).toBe("CVE-2024-99999");
    expect(after.jvndbIds).toEqual(["JVNDB-2024-000102"]);
  });

  it("a failing file imports nothing and keeps its located error", async () => {
    const db = database.db;
    const [{ n: before }] = await db.select({ n: sql<number>`count(*)::int` }).from(vulnAdvisories);
    const text = readFileSync(join(import.meta.dirname, "..", "feeds", "fixtures", "jvn-detail.xml"), "utf8")
      .replace("JVNDB-2024-000101", "JVNDB-2024-000901")
      .replace("<DateLastUpdated>2024-03-05T12:00:00+09:00", "<DateLastUpdated>令和6年3月5日");
    const r = await importFeedFiles(
      db,
      null,
      [{ name: "wareki.xml", bytes: new TextEncoder().encode(text) }],
      now,
    );
    expect(r.results[0]).toMatchObject({ status: "failed", advisories: 0 });
    expect(r.results[0].error?.location).toContain("Vulinfo[2]/VulinfoData/DateLastUpdated");
    const [{ n: after }] = await db.select({ n: sql<number>`count(*)::int` }).from(vulnAdvisories);
    expect(after).toBe(before);
    const failed = await db.select().from(vulnImports).where(eq(vulnImports.status, "failed"));
    expect(failed[0].error).toMatchObject({ ja: expect.stringContaining("和暦") });
  });
});
