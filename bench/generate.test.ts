import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyChain } from "../server/audit/verify";
import type { Database } from "../server/db/client";
import { openTestDatabase } from "../server/test/db";
import { benchApp, signInBench } from "./app";
import { type AuditDataset, generateAudit, generateOrg, type OrgDataset, scaleFor } from "./generate";
import { type AssetsDataset, generateAssets } from "./generate-assets";
import { generateIncidents, type IncidentsDataset } from "./generate-incidents";
import { generateRequests, type RequestsDataset } from "./generate-requests";
import { Rng } from "./prng";
import { firstScreenJs, staticImports } from "./sections/web";

describe("bench generator", () => {
  const scale = { ...scaleFor(200), auditEvents: 3000 };
  let a: Database;
  let b: Database;
  let orgA: OrgDataset;
  let orgB: OrgDataset;
  let auditA: AuditDataset;
  let auditB: AuditDataset;
  let assetsA: AssetsDataset;
  let assetsB: AssetsDataset;
  let requestsA: RequestsDataset;
  let incidentsA: IncidentsDataset;

  beforeAll(async () => {
    a = await openTestDatabase();
    b = await openTestDatabase();
    orgA = await generateOrg(a, scale, "t");
    auditA = await generateAudit(a, orgA, scale.auditEvents, "t", 1000);
    assetsA = await generateAssets(a, orgA, 800, "t", 500);
    requestsA = await generateRequests(a, orgA, 600, "t");
    incidentsA = await generateIncidents(a, orgA, 50, "t");
    orgB = await generateOrg(b, scale, "t");
    auditB = await generateAudit(b, orgB, scale.auditEvents, "t", 1000);
    assetsB = await generateAssets(b, orgB, 800, "t", 500);
  }, 120_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  it("is deterministic for a seed", () => {
    expect(orgA.personIds).toEqual(orgB.personIds);
    expect(orgA.departments.map((d) => d.name)).toEqual(orgB.departments.map((d) => d.name));
    expect(auditA.lastHash).toBe(auditB.lastHash);
    expect(assetsA.benchVisibleIds).toEqual(assetsB.benchVisibleIds);
  });

  it("writes the organization it describes", async () => {
    const count = async (table: string) =>
      Number(
        (
          (await a.db.execute(sql.raw(`SELECT count(*)::int AS n FROM ${table}`))) as unknown as {
            rows: Array<{ n: number }>;
          }
        ).rows[0].n,
      );
    expect(await count("people")).toBe(scale.people);
    expect(await count("departments")).toBe(orgA.bureaus.length + orgA.departments.length);
    expect(orgA.bureaus.length).toBe(40);
    expect(await count("users")).toBe(orgA.logins.length);
    expect(await count("role_assignments")).toBe(orgA.roleAssignments);
    const types = (await a.db.execute(sql`SELECT DISTINCT employment_type FROM people`)) as unknown as {
      rows: Array<{ employment_type: string }>;
    };
    expect(types.rows.length).toBeGreaterThanOrEqual(4);
    expect(await count("requests")).toBe(600);
    expect(Object.keys(requestsA.byStatus).length).toBeGreaterThanOrEqual(8);
    expect(await count("request_decisions")).toBe(requestsA.decisions);
    expect(await count("incidents")).toBe(50);
    expect(Object.keys(incidentsA.byStage).length).toBeGreaterThanOrEqual(4);
    expect(new Set(orgA.departments.map((d) => `${d.bureauId}/${d.name}`)).size).toBe(
      orgA.departments.length,
    );
  });

  it("writes a hash chain that verifyChain accepts, and the sequence continues after it", async () => {
    expect(await verifyChain(a.db)).toEqual({ ok: true, count: 3000 });
    const r = (await a.db.execute(
      sql`SELECT nextval(pg_get_serial_sequence('audit_events', 'id'))::int AS n`,
    )) as unknown as {
      rows: Array<{ n: number }>;
    };
    expect(r.rows[0].n).toBe(3001);
  });
});

describe("bench data through the real API", () => {
  // Uses the database of the generator test above through its own describe: rebuilt small here.
  let db: Database;
  let org: OrgDataset;
  let assets: AssetsDataset;
  let requests: RequestsDataset;
  beforeAll(async () => {
    db = await openTestDatabase();
    org = await generateOrg(db, { ...scaleFor(200), auditEvents: 0 }, "api");
    assets = await generateAssets(db, org, 3000, "api", 1000);
    requests = await generateRequests(db, org, 500, "api");
    await generateIncidents(db, org, 40, "api");
  }, 120_000);
  afterAll(async () => {
    await db?.close();
  });

  it("writes every kind and level, derived columns the trigger accepts, and containment", async () => {
    const r = (await db.db.execute(
      sql`SELECT count(DISTINCT kind)::int AS kinds, count(DISTINCT confidentiality)::int AS levels,
                 count(*) FILTER (WHERE search_text = '' OR cardinality(search_grams) = 0)::int AS unsearchable,
                 count(*) FILTER (WHERE effective_confidentiality IS NULL)::int AS no_effective
          FROM assets`,
    )) as unknown as { rows: Array<Record<string, number>> };
    expect(r.rows[0]).toEqual({ kinds: 7, levels: 3, unsearchable: 0, no_effective: 0 });
    expect(assets.relations).toBeGreaterThan(0);
    // The trigger's own normalization agrees with what was supplied.
    const same = (await db.db.execute(
      sql`SELECT count(*)::int AS n FROM assets
          WHERE search_text = sekimori_search_norm(concat_ws(E'\n', asset_number, name, storage_place, notes))`,
    )) as unknown as { rows: Array<{ n: number }> };
    expect(same.rows[0].n).toBe(3000);
  });

  it("the bench staff user's department list and a Japanese search return the generated assets", async () => {
    const app = benchApp(db);
    const s = await signInBench(app, org.benchStaff.loginId);
    const dept = org.benchStaff.departmentId;
    const res = await app.request(`/api/assets?departmentId=${dept}&limit=50`, { headers: s.headers() });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: Array<{ id: string }> };
    expect(assets.benchVisibleIds.length).toBeGreaterThan(0);
    expect(body.items.length).toBe(Math.min(50, assets.benchVisibleIds.length));
    for (const item of body.items) expect(assets.benchVisibleIds).toContain(item.id);
    const q = await app.request(`/api/assets?q=${encodeURIComponent("台帳")}&limit=50`, {
      headers: s.headers(),
    });
    const found = (await q.json()) as { items: Array<{ id: string; name: string }> };
    expect(found.items.length).toBeGreaterThan(0);
    for (const item of found.items) expect(assets.benchVisibleIds).toContain(item.id);
    const detail = await app.request(`/api/assets/${assets.benchVisibleIds[0]}`, { headers: s.headers() });
    expect(detail.status).toBe(200);
  });

  it("my requests and the manager's waiting list show the generated requests", async () => {
    const app = benchApp(db);
    const staff = await signInBench(app, org.benchStaff.loginId);
    const mine = (await (
      await app.request("/api/requests?scope=mine&limit=100", { headers: staff.headers() })
    ).json()) as { data: Array<{ id: string }> };
    expect(requests.benchStaffRequests).toBeGreaterThan(0);
    expect(mine.data.length).toBe(Math.min(100, requests.benchStaffRequests));
    const manager = await signInBench(app, org.benchManager.loginId);
    const waiting = (await (
      await app.request("/api/requests?scope=waiting&limit=100", { headers: manager.headers() })
    ).json()) as { data: Array<{ id: string }> };
    expect(requests.benchManagerWaiting).toBeGreaterThan(0);
    expect(waiting.data.length).toBeGreaterThanOrEqual(requests.benchManagerWaiting);
  });
});

describe("bench helpers", () => {
  it("Rng is reproducible and uniform enough", () => {
    const x = new Rng("s");
    const y = new Rng("s");
    const xs = Array.from({ length: 1000 }, () => x.next());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => y.next()));
    const mean = xs.reduce((s, v) => s + v, 0) / xs.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
    expect(new Rng("s").uuid()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it("finds static imports of a minified chunk but not dynamic ones", () => {
    const code = `import{a as b}from"./common-1.js";import"./side.js";export{c}from"./re.js";const l=()=>import("./lazy.js");`;
    expect(staticImports(code).sort()).toEqual(["./common-1.js", "./re.js", "./side.js"]);
  });

  it("sums the first screen's JS from index.html", async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const dir = mkdtempSync(join(tmpdir(), "bench-web-"));
    mkdirSync(join(dir, "assets"));
    writeFileSync(
      join(dir, "index.html"),
      `<script type="module" crossorigin src="/assets/index.js"></script>`,
    );
    writeFileSync(join(dir, "assets/index.js"), `import{x}from"./dep.js";import("./lazy.js");`);
    writeFileSync(join(dir, "assets/dep.js"), "export const x=1;");
    writeFileSync(join(dir, "assets/lazy.js"), "export const y=2;".repeat(100));
    const r = firstScreenJs(dir);
    expect(r.files.sort()).toEqual(["assets/dep.js", "assets/index.js"]);
    expect(r.gzipBytes).toBeGreaterThan(0);
  });
});
