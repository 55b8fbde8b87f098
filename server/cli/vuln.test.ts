/**
 * `sekimori vuln import` (#19 items 3–4): a file imported on a closed network is matched against
 * the installations at once, as an upload is — the owner's task exists without anyone starting a
 * match run; a broken file imports nothing and matches nothing.
 */
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { rowsOf } from "../db/sql";
import { createTestApp, type TestApp } from "../test/app";
import { makeDepartment, makeUser } from "../test/factories";
import { vulnImportCommand } from "./vuln";

const FIXTURES = join(import.meta.dirname, "../modules/software/feeds/fixtures");
let t: TestApp;
let owner = "";

const count = async (q: ReturnType<typeof sql>) => rowsOf<{ n: number }>(await t.database.db.execute(q))[0].n;

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  const db = t.database.db;
  const dept = (await makeDepartment(db, { name: "税務課" })).id;
  owner = (await makeUser(db, { departmentId: dept, roles: [] })).person.id;
  const asset = rowsOf<{ id: string }>(
    await db.execute(
      sql`insert into assets (asset_number, name, kind, department_id, custodian_person_id) values ('A-CLI', '税務サーバ', 'device', ${dept}::uuid, ${owner}::uuid) returning id`,
    ),
  )[0].id;
  const product = rowsOf<{ id: string }>(
    await db.execute(
      sql`insert into software_products (vendor, product, version, cpe) values ('Apache', 'Log4j', '2.14.1', 'cpe:2.3:a:apache:log4j:2.14.1:*:*:*:*:*:*:*') returning id`,
    ),
  )[0].id;
  await db.execute(
    sql`insert into software_installations (product_id, asset_id, department_id, owner_person_id) values (${product}::uuid, ${asset}::uuid, ${dept}::uuid, ${owner}::uuid)`,
  );
});
afterAll(() => t?.close());

describe("sekimori vuln import", () => {
  it("a broken file imports nothing and matches nothing (exit 1)", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const code = await vulnImportCommand(t.deps, [join(FIXTURES, "../advisory.ts")], { json: true });
    log.mockRestore();
    expect(code).toBe(1);
    expect(await count(sql`select count(*)::int as n from vuln_advisories`)).toBe(0);
    expect(await count(sql`select count(*)::int as n from vuln_matches`)).toBe(0);
  });

  it("an NVD file: imported, and the installation it concerns is matched — an unconfirmed task for its owner", async () => {
    const lines: string[] = [];
    const log = vi.spyOn(console, "log").mockImplementation((l: string) => void lines.push(l));
    const code = await vulnImportCommand(t.deps, [join(FIXTURES, "nvd-sample.json")], { json: true });
    log.mockRestore();
    expect(code).toBe(0);
    const out = JSON.parse(lines.join("\n")) as { matches: number; results: Array<{ status: string }> };
    expect(out.results.map((r) => r.status)).toEqual(["imported"]);
    expect(out.matches).toBeGreaterThan(0);
    expect(
      await count(
        sql`select count(*)::int as n from vuln_matches where owner_person_id = ${owner}::uuid and state = 'unconfirmed' and not stale`,
      ),
    ).toBe(out.matches);
  });
});
