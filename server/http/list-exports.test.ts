/**
 * The lists exported through the shared writer (list-export.ts, issue 20 item 3): requests,
 * incidents, the software register, vulnerability matches and tasks, contractor checks and the
 * audit log, each as .xlsx, CSV and PDF. Every file is marked, holds exactly the rows the viewer's list
 * shows (another 課 gets none of them), keeps the list's filters, turns a stored value beginning
 * with =, +, -, @ into text, and is an audit event.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "../db/sql";
import { makeAsset } from "../modules/requests/test-support";
import { createTestApp, type TestApp } from "../test/app";
import { makeDepartment, makeUser } from "../test/factories";
import { csv, expectDefused, expectMarked, expectPdfMarked, pdf, xlsx } from "../test/list-export-files";
import { type AuthedClient, authed, signIn } from "../test/session";

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
const json = async (res: Response) => (await res.json()) as { data: any };
type U = { client: AuthedClient; personId: string };

const PAYLOAD = {
  name: '=HYPERLINK("http://evil.example/","x")',
  incident: "+1+cmd|' /C calc'!A0",
  contract: "-2+3 委託",
  vendor: "@SUM(1,1)",
};

let t: TestApp;
let staffA: U, headA: U, staffB: U, net: U, admin: U;

async function user(roles: Array<[string, string | null]>, departmentId: string | null, name?: string) {
  const u = await makeUser(t.database.db, { departmentId, roles, ...(name ? { name } : {}) });
  return { client: authed(t, await signIn(t, u.user.loginId, u.password)), personId: u.person.id };
}

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  const db = t.database.db;
  const deptA = (await makeDepartment(db, { name: "税務課" })).id;
  const deptB = (await makeDepartment(db, { name: "福祉課" })).id;
  staffA = await user([], deptA, PAYLOAD.name);
  headA = await user([["security_system_manager", deptA]], deptA);
  staffB = await user([], deptB);
  net = await user([["network_administrator", null]], null);
  admin = await user([["system_staff", null]], null);

  // A request filed by a colleague whose name is a formula.
  const usb = await makeAsset(db, { departmentId: deptA, kind: "medium", confidentiality: "2" });
  const req = await staffA.client.post("/api/requests", {
    kind: "carry_out",
    assetIds: [usb.id],
    fields: {
      purpose: "説明資料",
      destination: "県庁",
      startsAt: "2026-04-01T09:30:00+09:00",
      returnDueAt: "2026-04-01T17:00:00+09:00",
      encrypted: true,
    },
  });
  expect(req.status).toBe(201);
  // An incident whose summary is a formula.
  const inc = await staffA.client.post("/api/incidents", {
    summary: PAYLOAD.incident,
    details: "庁舎内",
    personalInfo: false,
  });
  expect(inc.status).toBe(201);
  // A product whose vendor is a formula, installed on a 税務課 device, matched by an NVD advisory.
  const device = rowsOf<{ id: string }>(
    await db.execute(
      sql`insert into assets (asset_number, name, kind, department_id, custodian_person_id) values ('A-1', '税務サーバ', 'device', ${deptA}::uuid, ${staffA.personId}::uuid) returning id`,
    ),
  )[0].id;
  const nvd = readFileSync(join(import.meta.dirname, "../modules/software/feeds/fixtures/nvd-sample.json"));
  const imp = await net.client.request(
    "POST",
    "/api/vulnerabilities/imports?name=nvd.json",
    new Blob([new Uint8Array(nvd)]),
    { "content-type": "application/octet-stream" },
  );
  expect(imp.status).toBe(201);
  const product = await headA.client.post("/api/software/products", {
    vendor: PAYLOAD.vendor,
    product: "Log4j",
    version: "2.14.1",
    cpe: "cpe:2.3:a:apache:log4j:2.14.1:*:*:*:*:*:*:*",
    endOfSupport: "2030-12-31",
  });
  expect(product.status).toBe(201);
  const inst = await headA.client.post("/api/software/installations", {
    productId: (await json(product)).data.id,
    assetId: device,
    plannedEndOfUse: "2029-03-31",
  });
  expect(inst.status).toBe(201);
  // A contractor check on a contract whose subject is a formula (機密性3 information).
  const k = await headA.client.post("/api/suppliers/contractors", { name: "株式会社税務システム" });
  const c = await headA.client.post("/api/suppliers/contracts", {
    contractorId: (await json(k)).data.id,
    departmentId: deptA,
    subject: PAYLOAD.contract,
    startsOn: "2026-04-01",
    endsOn: "2027-03-31",
    systemWork: true,
    informationLevels: ["3"],
  });
  expect(c.status).toBe(201);
  const id = (await json(c)).data.id as string;
  const d = (await json(await headA.client.get(`/api/suppliers/contracts/${id}`))).data;
  if (d.checklist.length)
    await headA.client.put(`/api/suppliers/contracts/${id}/clauses`, {
      confirmations: d.checklist.map((x: { key: string }) => ({
        clauseKey: x.key,
        included: true,
        location: "第3条",
      })),
    });
  for (const state of ["checked", "active"])
    expect((await headA.client.post(`/api/suppliers/contracts/${id}/transition`, { state })).status).toBe(
      200,
    );
  const check = await headA.client.post("/api/suppliers/checks", {
    contractId: id,
    checkedOn: "2026-04-01",
    result: "issues",
    importance: "normal",
    findings: PAYLOAD.name,
  });
  expect(check.status).toBe(201);
}, 240_000);
afterAll(() => t?.close());

describe("list exports (issue 20 item 3)", () => {
  it("requests: the list's rows in both formats, the requester's formula defused; another 課 gets none", async () => {
    for (const f of ["xlsx", "csv"] as const) {
      const read = f === "xlsx" ? xlsx : csv;
      const cells = await read(await headA.client.get(`/api/requests/export.${f}?scope=all`));
      expectMarked(cells, "申請番号");
      expect(cells).toHaveLength(5);
      expectDefused(cells, PAYLOAD.name);
      expect(cells[4]).toContain("税務課");
    }
    expect(await xlsx(await staffB.client.get("/api/requests/export.xlsx?scope=all"))).toHaveLength(4);
    // The list's filters apply: no request is completed yet.
    expect(
      await csv(await headA.client.get("/api/requests/export.csv?scope=all&status=completed")),
    ).toHaveLength(4);
    expect((await headA.client.get("/api/requests/export.csv?scope=everyone")).status).toBe(400);
  });

  it("incidents: the reporter sees their case, the summary defused; another 課 sees none", async () => {
    const cells = await xlsx(await staffA.client.get("/api/incidents/export.xlsx"));
    expectMarked(cells, "受付番号");
    expect(cells).toHaveLength(5);
    expectDefused(cells, PAYLOAD.incident);
    expectDefused(
      await csv(await staffA.client.get("/api/incidents/export.csv?stage=open")),
      PAYLOAD.incident,
    );
    expect(await csv(await staffB.client.get("/api/incidents/export.csv"))).toHaveLength(4);
    expect(await csv(await staffA.client.get("/api/incidents/export.csv?stage=closed"))).toHaveLength(4);
  });

  it("software register, matches and my tasks: the vendor's formula defused; the owner's tasks, not another's", async () => {
    const reg = await xlsx(await headA.client.get("/api/software/installations/export.xlsx"));
    expectMarked(reg, "ベンダー");
    expect(reg).toHaveLength(5);
    expectDefused(reg, PAYLOAD.vendor);
    expect(reg[4]).toContain("A-1 税務サーバ");
    expect(await csv(await staffB.client.get("/api/software/installations/export.csv"))).toHaveLength(4);

    const matches = await csv(await net.client.get("/api/vulnerabilities/matches/export.csv?view=all"));
    expectMarked(matches, "脆弱性識別番号");
    expect(matches.length).toBeGreaterThan(4);
    expectDefused(matches, PAYLOAD.vendor);
    expect(matches.slice(4).every((r) => r.includes("未確認"))).toBe(true);
    expect(
      await csv(await staffB.client.get("/api/vulnerabilities/matches/export.csv?view=all")),
    ).toHaveLength(4);

    const tasks = await xlsx(await staffA.client.get("/api/vulnerabilities/tasks/export.xlsx"));
    expect(tasks.length).toBe(matches.length);
    expect(await xlsx(await staffB.client.get("/api/vulnerabilities/tasks/export.xlsx"))).toHaveLength(4);
  });

  it("contractor checks: marked at the contract's class (機密性3), the findings defused; another 課 gets none, at the floor", async () => {
    const cells = await xlsx(await headA.client.get("/api/suppliers/checks/export.xlsx"));
    expect(cells[0][0]).toBe("機密性3（取扱注意）");
    expectMarked(cells, "確認日");
    expect(cells).toHaveLength(5);
    expectDefused(cells, PAYLOAD.name);
    expectDefused(cells, PAYLOAD.contract);
    expect(cells[4]).toContain("要措置");
    const other = await csv(await staffB.client.get("/api/suppliers/checks/export.csv"));
    expect(other[0][0]).toBe("機密性2（取扱注意）");
    expect(other).toHaveLength(4);
    expect(await csv(await headA.client.get("/api/suppliers/checks/export.csv?result=ok"))).toHaveLength(4);
  });

  it("audit log in .xlsx too, for those who search the log only; names defused", async () => {
    expect((await staffA.client.get("/api/audit/events.xlsx")).status).toBe(403);
    const cells = await xlsx(await admin.client.get("/api/audit/events.xlsx?type=request."));
    expectMarked(cells, "ID");
    expect(cells.length).toBeGreaterThan(4);
    expectDefused(cells, PAYLOAD.name);
    expect(cells.slice(4).every((r) => r[2].startsWith("request."))).toBe(true);
  });

  it("every list as PDF: the list's rows and filters, marked on every page, formulas printed defused; another 課 gets none", async () => {
    const req = await pdf(await headA.client.get("/api/requests/export.pdf?scope=all"));
    expectPdfMarked(req, "申請一覧");
    expect(req).toContain("税務課");
    expect(req).toContain("1件");
    expect(req).toContain("'=HYPERLINK");
    expect(req).not.toMatch(/(^|[^'])=HYPERLINK/m);
    const reqB = await pdf(await staffB.client.get("/api/requests/export.pdf?scope=all"));
    expect(reqB).toContain("該当する記録はありません");
    expect(reqB).not.toContain("税務課");
    expect(
      await pdf(await headA.client.get("/api/requests/export.pdf?scope=all&status=completed")),
    ).toContain("該当する記録はありません");

    const inc = await pdf(await staffA.client.get("/api/incidents/export.pdf"));
    expectPdfMarked(inc, "インシデント一覧");
    expect(inc).toContain("'+1+cmd");
    expect(await pdf(await staffB.client.get("/api/incidents/export.pdf"))).not.toContain("+1+cmd");

    const reg = await pdf(await headA.client.get("/api/software/installations/export.pdf"));
    expectPdfMarked(reg, "ソフトウェア台帳");
    expect(reg).toContain("'@SUM(1,1)");
    expect(reg).toContain("Log4j");
    expect(await pdf(await staffB.client.get("/api/software/installations/export.pdf"))).not.toContain(
      "Log4j",
    );
    const matches = await pdf(await net.client.get("/api/vulnerabilities/matches/export.pdf?view=all"));
    expectPdfMarked(matches, "脆弱性の照合結果");
    expect(matches).toContain("Log4j");
    expect(await pdf(await staffB.client.get("/api/vulnerabilities/tasks/export.pdf"))).not.toContain(
      "Log4j",
    );

    // Marked at the checked contract's class, as the .xlsx is.
    const checks = await pdf(await headA.client.get("/api/suppliers/checks/export.pdf"));
    expectPdfMarked(checks, "委託事業者の確認", "機密性3");
    expect(checks).toContain("'-2+3");
    expect(checks).toContain("要措置");
    const checksB = await pdf(await staffB.client.get("/api/suppliers/checks/export.pdf"));
    expectPdfMarked(checksB, "委託事業者の確認");
    expect(checksB).not.toContain("-2+3");

    expect((await staffA.client.get("/api/audit/events.pdf")).status).toBe(403);
    const log = await pdf(await admin.client.get("/api/audit/events.pdf?type=request."));
    expectPdfMarked(log, "監査ログ");
    expect(log).toContain("request.");
    expect(log).not.toContain("incident.created");
  });

  it("every export is an audit event with its format, filters and row count", async () => {
    const events = rowsOf<{ type: string; data: { format: string; filter: unknown; rows?: number } }>(
      await t.database.db.execute(
        sql`select type, data from audit_events where type like '%exported' order by id`,
      ),
    );
    const types = new Set(events.map((e) => e.type));
    for (const type of [
      "request.list_exported",
      "incident.list_exported",
      "software.installations_exported",
      "vulnerability.matches_exported",
      "vulnerability.tasks_exported",
      "supplier.checks_exported",
      "audit.exported",
    ]) {
      expect(types).toContain(type);
      expect(
        events.some((e) => e.type === type && e.data.format === "pdf"),
        type,
      ).toBe(true);
    }
    expect(
      events.find((e) => e.type === "request.list_exported" && e.data.format === "pdf")?.data,
    ).toMatchObject({ filter: { scope: "all" }, rows: 1 });
    const filtered = events.find((e) => e.type === "supplier.checks_exported" && e.data.format === "csv");
    expect(filtered?.data).toMatchObject({ format: "csv", rows: 0 });
    const bad = events.filter(
      (e) => e.type === "request.list_exported" && JSON.stringify(e.data).includes("everyone"),
    );
    expect(bad).toEqual([]);
  });
});
