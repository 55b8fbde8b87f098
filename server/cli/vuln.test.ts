/**
 * `sekimori vuln import` (#19 items 3–4): a file imported on a closed network is matched against
 * the installations at once, as an upload is — the owner's task exists without anyone starting a
 * match run; a broken file imports nothing and matches nothing. `sekimori vuln fetch`, the optional
 * fetch, calls nowhere unless an administrator configured a feed, and then imports through the
 * same path (tested against a local HTTP server).
 */
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { rowsOf } from "../db/sql";
import { configuredFeeds } from "../modules/software/feeds/fetch";
import { createTestApp, type TestApp } from "../test/app";
import { makeDepartment, makeUser } from "../test/factories";
import { vulnFetchCommand, vulnImportCommand } from "./vuln";

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

describe("sekimori vuln fetch (optional; off by default)", () => {
  let server: Server;
  let base = "";
  const hits: string[] = [];
  beforeAll(async () => {
    const jvn = readFileSync(join(FIXTURES, "jvn-detail.xml"));
    server = createServer((req, res) => {
      hits.push(req.url ?? "");
      if (req.url === "/feeds/jvn-detail.xml")
        res.writeHead(200, { "content-type": "application/xml" }).end(jvn);
      else res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const quiet = async (fn: () => Promise<number>) => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const err = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      return await fn();
    } finally {
      log.mockRestore();
      err.mockRestore();
    }
  };
  const advisories = () => count(sql`select count(*)::int as n from vuln_advisories`);

  it("nothing configured: exit 2, no request made, nothing imported", async () => {
    const before = await advisories();
    expect(await quiet(() => vulnFetchCommand(t.deps, { json: true }, {}))).toBe(2);
    expect(hits).toEqual([]);
    expect(await advisories()).toBe(before);
    expect(() => configuredFeeds({ SEKIMORI_ADVISORY_FEEDS: "file:///etc/passwd" })).toThrow(/http\(s\)/);
  });

  it("a configured feed is fetched and imported; one that fails imports nothing of it (exit 1)", async () => {
    const before = await advisories();
    const env = { SEKIMORI_ADVISORY_FEEDS: `${base}/feeds/jvn-detail.xml ${base}/feeds/missing.json` };
    expect(await quiet(() => vulnFetchCommand(t.deps, { json: true }, env))).toBe(1);
    expect(hits).toEqual(["/feeds/jvn-detail.xml", "/feeds/missing.json"]);
    expect(await advisories()).toBeGreaterThan(before);
    const [imp] = rowsOf<{ status: string }>(
      await t.database.db.execute(
        sql`select status from vuln_imports where file_name = ${"jvn-detail.xml"} order by imported_at desc limit 1`,
      ),
    );
    expect(imp.status).toBe("imported");
  });
});
