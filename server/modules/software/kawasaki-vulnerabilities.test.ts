// biome-ignore-all lint/suspicious/noExplicitAny: JSON response bodies in tests
/**
 * 川崎市 基準 第8章8(7) 「セキュリティホールに関する情報を収集し、必要に応じ、関係者間で共有する。また、
 * 当該セキュリティホールの緊急度に応じて、ソフトウェア更新等の対策を実施する」 through the routes: the
 * 情報監理者 imports the advisories, each installed product they name becomes its owner's task, due by
 * urgency as 川崎市's profile states it (critical 7 / high 14 / medium 30 / low 90 / none 180 days;
 * a known-exploited vulnerability (KEV) 7 days whatever its score).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment, makeUser } from "../../test/factories";
import { type AuthedClient, authed, signIn } from "../../test/session";

let t: TestApp;
let supervisor: AuthedClient, manager: AuthedClient, owner: AuthedClient, staff: AuthedClient;
const json = async (res: Response) => (await res.json()) as { data: any; error?: any };
const CPE = "cpe:2.3:a:kawasaki_test:juki_app:1.0:*:*:*:*:*:*:*";

/** One advisory against the product, with this severity (none: no CVSS) and KEV flag. */
function cve(id: string, severity: string | null, score: number, kev = false) {
  return {
    id,
    published: "2026-03-30T00:00:00.000",
    lastModified: "2026-03-31T00:00:00.000",
    vulnStatus: "Analyzed",
    ...(kev ? { cisaExploitAdd: "2026-03-31", cisaActionDue: "2026-04-21" } : {}),
    descriptions: [{ lang: "en", value: `Test advisory ${id}` }],
    metrics: severity
      ? {
          cvssMetricV31: [
            {
              source: "nvd@nist.gov",
              type: "Primary",
              cvssData: {
                version: "3.1",
                vectorString: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
                baseScore: score,
                baseSeverity: severity,
              },
            },
          ],
        }
      : {},
    configurations: [
      { nodes: [{ operator: "OR", negate: false, cpeMatch: [{ vulnerable: true, criteria: CPE }] }] },
    ],
    references: [],
  };
}

beforeAll(async () => {
  t = await createTestApp({ profileId: "kawasaki" });
  const db = t.database.db;
  const dept = (await makeDepartment(db, { name: "住民記録課" })).id;
  const login = async (roles: Array<[string, string | null]>, departmentId: string | null) => {
    const u = await makeUser(db, { departmentId, roles });
    return { client: authed(t, await signIn(t, u.user.loginId, u.password)), personId: u.person.id };
  };
  supervisor = (await login([["information_supervisor", null]], null)).client;
  manager = (await login([["information_manager", dept]], dept)).client;
  const o = await login([], dept);
  owner = o.client;
  staff = (await login([], dept)).client;
  const r = await db.execute(
    sql`insert into assets (asset_number, name, kind, department_id, custodian_person_id)
        values ('K-SRV-1', '住民記録サーバ', 'device', ${dept}::uuid, ${o.personId}::uuid) returning id`,
  );
  const server = (r as unknown as { rows: Array<{ id: string }> }).rows[0].id;
  const product = await manager.post("/api/software/products", {
    vendor: "Kawasaki Test",
    product: "Juki App",
    version: "1.0",
    cpe: CPE,
    endOfSupport: "2031-03-31",
  });
  expect(product.status).toBe(201);
  const installed = await manager.post("/api/software/installations", {
    productId: (await json(product)).data.id,
    assetId: server,
    plannedEndOfUse: "2029-03-31",
  });
  expect(installed.status).toBe(201);
}, 180_000);
afterAll(() => t?.close());

describe("川崎市 基準 第8章8(7) セキュリティホールの緊急度に応じた対策", () => {
  it("the 情報監理者 imports; each advisory is the owner's task due by urgency (7/14/30/90/180 days), a KEV in 7 days", async () => {
    const base = JSON.parse(
      readFileSync(join(import.meta.dirname, "feeds", "fixtures", "nvd-sample.json"), "utf8"),
    );
    const feed = {
      ...base,
      totalResults: 6,
      vulnerabilities: [
        cve("CVE-2026-10001", "CRITICAL", 9.8),
        cve("CVE-2026-10002", "HIGH", 8.1),
        cve("CVE-2026-10003", "MEDIUM", 5.3),
        cve("CVE-2026-10004", "LOW", 3.1),
        cve("CVE-2026-10005", null, 0),
        cve("CVE-2026-10006", "HIGH", 7.5, true),
      ].map((c) => ({ cve: c })),
    };
    const bytes = new TextEncoder().encode(JSON.stringify(feed));
    const upload = (c: AuthedClient) =>
      c.request("POST", "/api/vulnerabilities/imports?name=nvd-kawasaki.json", new Blob([bytes]), {
        "content-type": "application/octet-stream",
      });
    // Collecting is the 情報監理者's: a staff member may not import.
    expect((await upload(staff)).status).toBe(403);
    expect((await upload(supervisor)).status).toBe(201);

    const tasks = (await json(await owner.get("/api/vulnerabilities/tasks"))).data as any[];
    const due = Object.fromEntries(tasks.map((m) => [m.advisoryKey, m.dueOn]));
    // Matched on 2026-04-01 (JST): the due date is that day plus the profile's days for the urgency.
    expect(due).toEqual({
      "CVE-2026-10001": "2026-04-08",
      "CVE-2026-10002": "2026-04-15",
      "CVE-2026-10003": "2026-05-01",
      "CVE-2026-10004": "2026-06-30",
      "CVE-2026-10005": "2026-09-28",
      "CVE-2026-10006": "2026-04-08",
    });
    const kev = tasks.find((m) => m.advisoryKey === "CVE-2026-10006");
    expect(kev).toMatchObject({ severity: "high", kev: true });
  });
});
