/**
 * The optional fetch as a job (#19 item 3), against feeds served by a real HTTP server started
 * here (no internet): scheduled only where SEKIMORI_ADVISORY_FEEDS names feeds; a run imports and
 * matches what it downloaded, records every feed's outcome (shown on the imports screen) with an
 * audit event; a server that fails is recorded and retried, and imports nothing; a malformed file
 * imports nothing. The download holds no database connection (PGlite has one: a request during a
 * slow download is answered at once), and the import inside the job's transaction does not
 * deadlock. Runs on PGlite, and on PostgreSQL with TEST_DATABASE_URL.
 */
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "../../db/sql";
import { createWorker, enqueue, jobRegistry, schedulePeriodicJobs, type Worker } from "../../jobs";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment, makeUser } from "../../test/factories";
import { expectDeclaredShape } from "../../test/response-schema";
import { authed, signIn } from "../../test/session";
import { advisoryFetchJob, advisoryFetchRetryJob, FETCH_ATTEMPTS } from "./commands/fetch-feeds";

const FIXTURES = join(import.meta.dirname, "feeds", "fixtures");
const which = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const registry = jobRegistry([advisoryFetchJob, advisoryFetchRetryJob]);
const MINUTE = 60_000;

/** An NVD file whose second entry's CPE does not parse: the first entry must not be imported either. */
function malformedNvd(): Buffer {
  const d = JSON.parse(readFileSync(join(FIXTURES, "nvd-sample.json"), "utf8"));
  d.vulnerabilities = d.vulnerabilities.slice(0, 2);
  d.vulnerabilities[0].cve.id = "CVE-2099-0001";
  d.vulnerabilities[1].cve.id = "CVE-2099-0002";
  d.vulnerabilities[1].cve.configurations[0].nodes[0].cpeMatch[0].criteria = "cpe:2.3:a:broken";
  return Buffer.from(JSON.stringify(d));
}

let t: TestApp;
let server: Server;
let base = "";
let owner = "";
const hits: string[] = [];
/** How the flaky feed answers: a 503 while down. */
const flaky = { down: true };
const savedEnv = process.env.SEKIMORI_ADVISORY_FEEDS;

const rows = async <T>(q: ReturnType<typeof sql>) => rowsOf<T>(await t.database.db.execute(q));
const count = async (q: ReturnType<typeof sql>) => Number((await rows<{ n: number }>(q))[0].n);
const setFeeds = (...paths: string[]) => {
  process.env.SEKIMORI_ADVISORY_FEEDS = paths.map((p) => (p.includes("://") ? p : `${base}${p}`)).join(" ");
};
const worker = (): Worker =>
  createWorker({
    database: t.database,
    registry,
    now: () => t.clock.now,
    profile: t.deps.profile,
    onError: () => {},
  });
type Run = {
  trigger: string;
  attempt: number;
  status: string;
  feeds: Array<{
    feed: string;
    status: string;
    advisories: number;
    importId: string | null;
    error: { location: string; ja: string; en: string } | null;
  }>;
  advisory_count: number;
  match_count: number;
  retry_at: Date | string | null;
};
const lastRun = async () =>
  (await rows<Run>(sql`select * from vuln_fetch_runs order by fetched_at desc, id desc limit 1`))[0];
const queued = (kind: string) =>
  rows<{ run_at: Date | string; payload: { urls?: string[]; attempt?: number } }>(
    sql`select run_at, payload from jobs where kind = ${kind} and status = 'queued' order by run_at`,
  );

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  const db = t.database.db;
  const dept = (await makeDepartment(db, { name: "税務課" })).id;
  owner = (await makeUser(db, { departmentId: dept, roles: [] })).person.id;
  const [asset] = rowsOf<{ id: string }>(
    await db.execute(
      sql`insert into assets (asset_number, name, kind, department_id, custodian_person_id) values ('A-FETCH', '税務サーバ', 'device', ${dept}::uuid, ${owner}::uuid) returning id`,
    ),
  );
  const [product] = rowsOf<{ id: string }>(
    await db.execute(
      sql`insert into software_products (vendor, product, version, cpe) values ('Apache', 'Log4j', '2.14.1', 'cpe:2.3:a:apache:log4j:2.14.1:*:*:*:*:*:*:*') returning id`,
    ),
  );
  await db.execute(
    sql`insert into software_installations (product_id, asset_id, department_id, owner_person_id) values (${product.id}::uuid, ${asset.id}::uuid, ${dept}::uuid, ${owner}::uuid)`,
  );
  const nvd = readFileSync(join(FIXTURES, "nvd-sample.json"));
  const jvn = readFileSync(join(FIXTURES, "jvn-detail.xml"));
  const broken = malformedNvd();
  server = createServer((req, res) => {
    hits.push(req.url ?? "");
    if (req.url === "/feeds/nvd.json") res.writeHead(200, { "content-type": "application/json" }).end(nvd);
    else if (req.url === "/feeds/broken.json") res.writeHead(200).end(broken);
    else if (req.url === "/feeds/down.json") res.writeHead(500).end("internal error");
    else if (req.url === "/feeds/jvn.xml") {
      if (flaky.down) res.writeHead(503).end();
      else res.writeHead(200, { "content-type": "application/xml" }).end(jvn);
    } else if (req.url === "/feeds/slow.xml") setTimeout(() => res.writeHead(200).end(jvn), 1500);
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  if (savedEnv === undefined) delete process.env.SEKIMORI_ADVISORY_FEEDS;
  else process.env.SEKIMORI_ADVISORY_FEEDS = savedEnv;
  await new Promise<void>((r) => server.close(() => r()));
  await t?.close();
});

describe(`the advisory fetch job (${which})`, () => {
  it("is not scheduled without SEKIMORI_ADVISORY_FEEDS, and a run left queued fetches nothing", async () => {
    delete process.env.SEKIMORI_ADVISORY_FEEDS;
    await schedulePeriodicJobs(t.database.db, registry, t.clock.now);
    expect(await queued("software.fetch_advisories")).toEqual([]);
    // Queued while it was configured, run after it was switched off: nothing, and no next run.
    await enqueue(t.database.db, { kind: "software.fetch_advisories", runAt: t.clock.now });
    expect(await worker().runOnce()).toBe(1);
    expect(hits).toEqual([]);
    expect(await count(sql`select count(*)::int as n from vuln_fetch_runs`)).toBe(0);
    expect(await queued("software.fetch_advisories")).toEqual([]);
  });

  it("runs daily at 05:00 JST where configured: imports and matches, records each feed, queues a retry of the one that failed", async () => {
    setFeeds("/feeds/nvd.json", "/feeds/jvn.xml", "/feeds/broken.json");
    await schedulePeriodicJobs(t.database.db, registry, t.clock.now);
    const [daily] = await queued("software.fetch_advisories");
    expect(new Date(daily.run_at).toISOString()).toBe("2026-04-01T20:00:00.000Z"); // 04-02 05:00 JST
    t.clock.now = new Date("2026-04-02T05:00:00+09:00");
    expect(await worker().runOnce()).toBe(1);
    expect(hits).toEqual(["/feeds/nvd.json", "/feeds/jvn.xml", "/feeds/broken.json"]);

    const run = await lastRun();
    expect(run).toMatchObject({ trigger: "schedule", attempt: 1, status: "partial", advisory_count: 3 });
    expect(run.feeds.map((f) => [f.feed, f.status, f.advisories])).toEqual([
      [`${base}/feeds/nvd.json`, "imported", 3],
      [`${base}/feeds/jvn.xml`, "not_fetched", 0],
      [`${base}/feeds/broken.json`, "failed", 0],
    ]);
    // The server that failed: its reason recorded, nothing of it imported (no JVNDB advisory).
    expect(run.feeds[1].error?.en).toContain("HTTP 503");
    expect(await count(sql`select count(*)::int as n from vuln_advisories where key like 'JVNDB-%'`)).toBe(0);
    // The malformed file: a located error on its import record, not even its good first entry.
    expect(run.feeds[2].error?.location).toMatch(/^vulnerabilities\[1\]\.cve\.configurations/);
    expect(await count(sql`select count(*)::int as n from vuln_advisories where key like 'CVE-2099-%'`)).toBe(
      0,
    );
    expect(
      await rows(
        sql`select status, advisory_count from vuln_imports where id = ${run.feeds[2].importId}::uuid`,
      ),
    ).toEqual([{ status: "failed", advisory_count: 0 }]);
    // What was imported reached its owner as tasks, in the same run.
    expect(run.match_count).toBeGreaterThan(0);
    expect(
      await count(
        sql`select count(*)::int as n from vuln_matches where owner_person_id = ${owner}::uuid and not stale`,
      ),
    ).toBe(run.match_count);
    // Audited in the same transaction; the import records carry their own events.
    const [event] = await rows<{ data: { status: string; feeds: unknown[]; via: string } }>(
      sql`select data from audit_events where type = 'vulnerability.fetched'`,
    );
    expect(event.data).toMatchObject({ status: "partial", via: "job" });
    expect(event.data.feeds).toHaveLength(3);
    // The unreachable feed only is tried again in 15 minutes; the next daily run is queued.
    expect(new Date(run.retry_at as string).getTime()).toBe(t.clock.now.getTime() + 15 * MINUTE);
    const [retry] = await queued("software.fetch_advisories_retry");
    expect(retry.payload).toEqual({ urls: [`${base}/feeds/jvn.xml`], attempt: 2 });
    const next = await queued("software.fetch_advisories");
    expect(next.map((j) => new Date(j.run_at).toISOString())).toEqual(["2026-04-02T20:00:00.000Z"]);
  });

  it("the retry fetches the feed that failed once it answers, and imports it", async () => {
    flaky.down = false;
    hits.length = 0;
    t.clock.advance(15 * MINUTE);
    expect(await worker().runOnce()).toBe(1);
    expect(hits).toEqual(["/feeds/jvn.xml"]);
    const run = await lastRun();
    expect(run).toMatchObject({ trigger: "retry", attempt: 2, status: "imported", retry_at: null });
    expect(run.feeds[0].advisories).toBeGreaterThan(0);
    expect(
      await count(sql`select count(*)::int as n from vuln_advisories where cardinality(jvndb_ids) > 0`),
    ).toBeGreaterThan(0);
    expect(await queued("software.fetch_advisories_retry")).toEqual([]);
  });

  it("a server that keeps failing is tried FETCH_ATTEMPTS times, each recorded, and imports nothing", async () => {
    setFeeds("/feeds/down.json");
    t.clock.advance(MINUTE);
    const before = await count(sql`select count(*)::int as n from vuln_advisories`);
    await enqueue(t.database.db, { kind: "software.fetch_advisories", runAt: t.clock.now, uniqueKey: "now" });
    hits.length = 0;
    for (let i = 1; i <= FETCH_ATTEMPTS; i++) {
      expect(await worker().runOnce()).toBe(1);
      const run = await lastRun();
      expect(run).toMatchObject({ attempt: i, status: "failed", advisory_count: 0, match_count: 0 });
      expect(run.feeds[0].error?.ja).toContain("HTTP 500");
      if (i < FETCH_ATTEMPTS) {
        expect(run.retry_at).not.toBeNull();
        t.clock.now = new Date(run.retry_at as string);
      } else expect(run.retry_at).toBeNull();
    }
    expect(hits).toHaveLength(FETCH_ATTEMPTS);
    expect(await queued("software.fetch_advisories_retry")).toEqual([]);
    expect(await count(sql`select count(*)::int as n from vuln_advisories`)).toBe(before);
    // The jobs themselves succeeded: the failure is the feed's, recorded, not the job's.
    expect(
      await count(
        sql`select count(*)::int as n from jobs where kind like 'software.fetch%' and status = 'failed'`,
      ),
    ).toBe(0);
  });

  it("a refused connection and a setting entry that is not a URL are recorded; the entry by position only", async () => {
    process.env.SEKIMORI_ADVISORY_FEEDS = `ftp://user:secret@mirror/x.json http://127.0.0.1:1/feeds/none.json`;
    t.clock.advance(MINUTE); // each run its own time: the latest run is the last one recorded
    await enqueue(t.database.db, {
      kind: "software.fetch_advisories",
      runAt: t.clock.now,
      uniqueKey: "refused",
    });
    expect(await worker().runOnce()).toBe(1);
    const run = await lastRun();
    expect(run.status).toBe("failed");
    expect(run.feeds.map((f) => [f.feed, f.status])).toEqual([
      ["SEKIMORI_ADVISORY_FEEDS #1", "not_fetched"],
      ["http://127.0.0.1:1/feeds/none.json", "not_fetched"],
    ]);
    expect(run.feeds[1].error?.en).toMatch(/could not connect/);
    expect(JSON.stringify(run)).not.toContain("secret");
  });

  it("the download holds no database connection: a request during a slow feed is answered at once", async () => {
    setFeeds("/feeds/slow.xml");
    t.clock.advance(MINUTE);
    await enqueue(t.database.db, {
      kind: "software.fetch_advisories",
      runAt: t.clock.now,
      uniqueKey: "slow",
    });
    hits.length = 0;
    const running = worker().runOnce();
    while (!hits.length) await new Promise((r) => setTimeout(r, 20));
    const started = performance.now();
    await t.database.db.execute(sql`select 1`);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(await running).toBe(1);
    expect((await lastRun()).status).toBe("imported");
  });

  it("the imports screen shows the ネットワーク管理者 the fetch: configured, next run, last runs with counts and errors", async () => {
    const net = await makeUser(t.database.db, {
      departmentId: null,
      roles: [["network_administrator", null]],
    });
    const client = authed(t, await signIn(t, net.user.loginId, net.password));
    const res = await client.get("/api/vulnerabilities/imports");
    const body = (await expectDeclaredShape(t, res, {
      method: "get",
      path: "/api/vulnerabilities/imports",
    })) as {
      fetch: { configured: boolean; nextAt: string | null; runs: Run[] & Array<{ advisoryCount: number }> };
    };
    expect(body.fetch.configured).toBe(true);
    expect(body.fetch.nextAt).not.toBeNull();
    expect(body.fetch.runs.length).toBeGreaterThanOrEqual(FETCH_ATTEMPTS + 3);
    expect(body.fetch.runs.some((r) => r.feeds.some((f) => f.error?.en.includes("HTTP 503")))).toBe(true);
    const staff = await makeUser(t.database.db, { departmentId: null, roles: [] });
    const refused = await authed(t, await signIn(t, staff.user.loginId, staff.password)).get(
      "/api/vulnerabilities/imports",
    );
    expect(refused.status).toBe(403);
  });
});
