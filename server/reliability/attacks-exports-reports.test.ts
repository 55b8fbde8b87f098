// biome-ignore-all lint/suspicious/noExplicitAny: JSON response bodies in tests
/**
 * Exports cannot carry formulas (issue #12 item 5), the exports the first test left to the static
 * guard: training completion, the assurance exports (campaign results, audit report) and the
 * yearly report. Values beginning with =, +, -, @, tab or CR are stored — a 課's and a person's
 * name, a course title, a check item's wording, a working paper, a finding, the audit report's
 * text, the name of who generated the yearly report — and each downloaded .xlsx is read back with
 * exceljs: no cell is a formula, a payload that fills a cell comes out with its apostrophe, and no
 * text cell begins the way a formula does. (These exports have no CSV form: ?format=csv is refused.)
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../test/app";
import { makeDepartment, makePerson, makeUser } from "../test/factories";
import { expectDefused, expectNoFormulaStart, PAYLOADS, xlsxCells } from "../test/formula-payloads";
import { type AuthedClient, authed, signIn } from "../test/session";

let t: TestApp;
type Client = AuthedClient & { personId: string };
let ciso: Client, committee: Client, office: Client, lead: Client, auditor: Client, chief: Client;
let evilDept: string;
let head: Client;
const people: string[] = [];
const json = async (res: Response) => (await res.json()) as { data: any; error?: any };

async function client(roles: Array<[string, string | null]>, departmentId: string | null, name?: string) {
  const u = await makeUser(t.database.db, { departmentId, roles, name });
  return Object.assign(authed(t, await signIn(t, u.user.loginId, u.password)), { personId: u.person.id });
}

async function ok(res: Response, status = 200) {
  if (res.status !== status) throw new Error(`${res.status} ${await res.text()}`);
  return (await json(res)).data;
}

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  const db = t.database.db;
  // A 課 and a person whose names are formulas (names come from the directory sync or the admin).
  evilDept = (await makeDepartment(db, { name: PAYLOADS[0] })).id;
  const other = (await makeDepartment(db, { name: "住民課" })).id;
  for (const p of PAYLOADS) people.push((await makePerson(db, { name: p, departmentId: evilDept })).id);
  ciso = await client([["ciso", null]], other);
  committee = await client([["committee", null]], other);
  office = await client([["network_administrator", null]], other);
  lead = await client([["audit_lead", null]], other);
  auditor = await client([["auditor", null]], other);
  head = await client([["security_system_manager", evilDept]], evilDept);
  // The yearly report names who generated it: a CISO whose name is a payload.
  chief = await client([["ciso", null]], other, PAYLOADS[1]);
}, 240_000);
afterAll(() => t?.close());

describe("report exports defuse formula-like stored values", () => {
  it("GET /api/training/completion?format=xlsx (course titles, 課 and person names)", async () => {
    const plan = await ok(
      await ciso.post("/api/training/plans", { fiscalYear: 2026, title: "令和8年度 研修計画" }),
      201,
    );
    const courses: string[] = [];
    for (const p of PAYLOADS)
      courses.push(
        (
          await ok(
            await ciso.post("/api/training/courses", {
              planId: plan.id,
              title: p,
              delivery: "classroom",
              audience: { kind: "everyone" },
            }),
            201,
          )
        ).id,
      );
    await ok(await ciso.post(`/api/training/plans/${plan.id}/actions`, { action: "submit" }));
    await ok(await committee.post(`/api/training/plans/${plan.id}/actions`, { action: "approve" }));
    await ok(await ciso.post(`/api/training/plans/${plan.id}/actions`, { action: "put_in_effect" }));
    // Held today and attended by the 課: the yearly report below counts completions by course title.
    for (const courseId of courses) {
      const session = await ok(
        await ciso.post("/api/training/sessions", { courseId, heldOn: "2026-04-01", place: "大会議室" }),
        201,
      );
      await ok(await head.post("/api/training/attendance", { sessionId: session.id, personIds: people }));
    }
    for (const by of ["person", "department"]) {
      const cells = await xlsxCells(
        await ciso.get(`/api/training/completion?fiscalYear=2026&by=${by}&format=xlsx`),
      );
      expectDefused(cells);
      expectNoFormulaStart(cells);
      // The course titles lead their header cells: defused there too (the API trims tab and CR).
      expect(cells).toContain(`'${PAYLOADS[0]} 対象者`);
    }
    expect((await ciso.get("/api/training/completion?fiscalYear=2026&format=csv")).status).toBe(400);
  });

  it("GET /api/assurance/campaigns/{id}/export?format=xlsx (a check item's wording, a 課's name)", async () => {
    await ok(await office.post("/api/assurance/items/sync"));
    const items = (await ok(await office.get("/api/assurance/items"))).items;
    for (const [i, p] of PAYLOADS.entries())
      await ok(await office.patch(`/api/assurance/items/${items[i].id}`, { question: p }));
    const campaign = await ok(
      await office.post("/api/assurance/campaigns", { fiscalYear: 2026, scopeKey: "department" }),
      201,
    );
    const cells = await xlsxCells(
      await office.get(`/api/assurance/campaigns/${campaign.id}/export?format=xlsx`),
    );
    expectDefused(cells);
    expectNoFormulaStart(cells);
    expect(cells).toContain(`'${PAYLOADS[0]}`);
    expect((await office.get(`/api/assurance/campaigns/${campaign.id}/export?format=csv`)).status).toBe(400);
  });

  it("GET /api/assurance/audits/{id}/export?format=xlsx (working paper, finding, report text)", async () => {
    const audit = await ok(
      await lead.post("/api/assurance/audits", {
        kind: "audit",
        fiscalYear: 2026,
        title: "令和8年度 情報セキュリティ監査",
        unitIds: [evilDept],
        periodFrom: "2026-04-01",
        periodTo: "2026-08-31",
        startDate: "2026-09-01",
        endDate: "2026-12-25",
        auditors: [{ personId: auditor.personId }],
      }),
      201,
    );
    await ok(await committee.post(`/api/assurance/audits/${audit.id}/approve`));
    await ok(await lead.post(`/api/assurance/audits/${audit.id}/start`));
    for (const p of PAYLOADS)
      await ok(
        await auditor.post(`/api/assurance/audits/${audit.id}/papers`, {
          title: p,
          description: p,
          departmentId: evilDept,
        }),
        201,
      );
    // Findings come from answers or the audit itself; stored here as the audit's own.
    for (const p of PAYLOADS)
      await t.database.db.execute(sql`
        insert into assurance_findings (profile_id, source, clause_id, department_id, audit_id, title, severity, due_date, state, created_at, updated_at)
        values ('nishihara', 'audit', 'nishihara:対策基準/10.2/(1)/②', ${evilDept}, ${audit.id}, ${p}, 'medium', '2026-12-01', 'open', now(), now())`);
    // Each line of the report text becomes a row of the cover sheet.
    await ok(
      await auditor.post(`/api/assurance/audits/${audit.id}/report`, {
        report: ["監査の結果", ...PAYLOADS.map((p) => `${p}`)].join("\n"),
      }),
    );
    const cells = await xlsxCells(await lead.get(`/api/assurance/audits/${audit.id}/export?format=xlsx`));
    expectDefused(cells);
    expectNoFormulaStart(cells);
    for (const p of PAYLOADS.slice(0, 4)) expect(cells).toContain(`'${p}`);
  });

  it("GET /api/reports/yearly/{id}/xlsx (who generated it; the courses and campaigns it counts)", async () => {
    const report = await ok(
      await chief.post("/api/reports/yearly", { fiscalYear: 2026, asOf: "2026-04-01" }),
      201,
    );
    const cells = await xlsxCells(await chief.get(`/api/reports/yearly/${report.id}/xlsx`));
    // The generator's name and the course titles are written after fixed text: they reach the
    // file, and nothing there starts a formula (a layout that put them first must defuse them).
    const holding = (p: string) => cells.some((c) => typeof c === "string" && c.includes(p));
    expect(holding(PAYLOADS[1])).toBe(true);
    expect(holding(`科目別の修了件数：${PAYLOADS[0]} / `)).toBe(true);
    expectNoFormulaStart(cells);
  });
});
