import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyChain } from "../server/audit/verify";
import type { Database } from "../server/db/client";
import { openTestDatabase } from "../server/test/db";
import { type AuditDataset, generateAudit, generateOrg, type OrgDataset, scaleFor } from "./generate";
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

  beforeAll(async () => {
    a = await openTestDatabase();
    b = await openTestDatabase();
    orgA = await generateOrg(a, scale, "t");
    auditA = await generateAudit(a, orgA, scale.auditEvents, "t", 1000);
    orgB = await generateOrg(b, scale, "t");
    auditB = await generateAudit(b, orgB, scale.auditEvents, "t", 1000);
  }, 120_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  it("is deterministic for a seed", () => {
    expect(orgA.personIds).toEqual(orgB.personIds);
    expect(orgA.departments.map((d) => d.name)).toEqual(orgB.departments.map((d) => d.name));
    expect(auditA.lastHash).toBe(auditB.lastHash);
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
