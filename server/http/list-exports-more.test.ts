/**
 * The lists given an export last (issue 20 item 3): assurance findings, …, documents — each as .xlsx, CSV and
 * PDF through the shared writer (list-export.ts). Every file is marked, keeps the list's filters,
 * holds only what the viewer's list shows (another 課 gets none of it), prints a stored formula
 * as text, and is an audit event with its format.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "../db/sql";
import { createTestApp, type TestApp } from "../test/app";
import { makeDepartment, makePerson, makeUser } from "../test/factories";
import { csv, expectDefused, expectMarked, pdf, xlsx } from "../test/list-export-files";
import { type AuthedClient, authed, signIn } from "../test/session";

const FORMULA = '=HYPERLINK("http://evil.example/","x")';

let t: TestApp;
let deptA: string;
let headA: AuthedClient, staffB: AuthedClient, staffA: AuthedClient;
let staffAId: string;

async function user(roles: Array<[string, string | null]>, departmentId: string | null) {
  const u = await makeUser(t.database.db, { departmentId, roles });
  return { client: authed(t, await signIn(t, u.user.loginId, u.password)), personId: u.person.id };
}

/** The export's audit events of one type: every format, with the filter as given. */
async function events(type: string) {
  return rowsOf<{ data: { format: string; filter: Record<string, unknown>; rows: number } }>(
    await t.database.db.execute(sql`select data from audit_events where type = ${type} order by id`),
  ).map((e) => e.data);
}

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  const db = t.database.db;
  deptA = (await makeDepartment(db, { name: "税務課" })).id;
  const deptB = (await makeDepartment(db, { name: "福祉課" })).id;
  headA = (await user([["security_system_manager", deptA]], deptA)).client;
  staffB = (await user([], deptB)).client;
  const a = await user([], deptA);
  staffA = a.client;
  staffAId = a.personId;
  // A 税務課 finding whose title is a formula (open), and a closed one.
  for (const [title, state] of [
    [FORMULA, "open"],
    ["閉じた指摘", "closed"],
  ])
    await db.execute(sql`
      insert into assurance_findings (profile_id, source, clause_id, department_id, title, severity, due_date, state, created_at, updated_at)
      values ('nishihara', 'answer', 'c-1', ${deptA}::uuid, ${title}, 'high', '2026-06-30', ${state}, now(), now())`);

  // A 税務課 system with a personal ID (staffA's) and a shared one noted with a formula.
  const asset = rowsOf<{ id: string }>(
    await db.execute(
      sql`insert into assets (asset_number, name, kind, department_id) values ('A-9', '税務システム', 'system', ${deptA}::uuid) returning id`,
    ),
  )[0].id;
  const admin = await makePerson(db, { name: "管理 次郎", departmentId: deptA });
  const sys = await headA.post("/api/accounts/systems", { assetId: asset, administratorPersonId: admin.id });
  expect(sys.status).toBe(201);
  const systemId = ((await sys.json()) as { data: { id: string } }).data.id;
  for (const body of [
    { loginName: "staff01", holderKind: "person", personId: staffAId },
    { loginName: "shared01", holderKind: "shared", note: FORMULA },
  ])
    expect((await headA.post("/api/accounts/accounts", { systemId, ...body })).status).toBe(201);

  // Courses: one of 2026 whose title is a formula, one of 2025, and one of another profile's plan.
  for (const [profile, year, title] of [
    ["nishihara", 2026, FORMULA],
    ["nishihara", 2025, "前年度の研修"],
    ["kawasaki", 2026, "他の団体の研修"],
  ] as const) {
    const plan = rowsOf<{ id: string }>(
      await db.execute(sql`insert into training_plans (profile_id, fiscal_year, title, status)
        values (${profile}, ${year}, ${`${year}年度計画`}, 'approved') returning id`),
    )[0].id;
    await db.execute(sql`insert into training_courses (plan_id, fiscal_year, title, delivery, mandatory, audience, due_date)
      values (${plan}::uuid, ${year}, ${title}, 'classroom', true, '{"kind":"everyone"}'::jsonb, ${`${year + 1}-03-31`})`);
  }

  // A 税務課 colleague with a phone and an emergency phone (neither is on the people list).
  await makePerson(db, {
    name: "電話 花子",
    departmentId: deptA,
    employeeNumber: "E-777",
    phone: "090-1111-2222",
    emergencyPhone: "080-3333-4444",
  });
}, 240_000);
afterAll(() => t?.close());

describe("more list exports (issue 20 item 3)", () => {
  it("assurance findings: the board's filters and visibility, marked, defused, audited", async () => {
    const open = await xlsx(await headA.get("/api/assurance/findings/export.xlsx?state=not_closed"));
    expectMarked(open, "件名");
    expect(open).toHaveLength(5);
    expectDefused(open, FORMULA);
    expect(open[4]).toContain("税務課");
    const all = await csv(await headA.get("/api/assurance/findings/export.csv"));
    expect(all).toHaveLength(6);
    expect(all.flat()).toContain("閉じた指摘");
    // Another 課 sees neither finding.
    expect(await csv(await staffB.get("/api/assurance/findings/export.csv"))).toHaveLength(4);
    const p = await pdf(await headA.get("/api/assurance/findings/export.pdf?state=closed"));
    expect(p).toContain("機密性2（取扱注意）");
    expect(p).toContain("指摘事項");
    expect(p).toContain("閉じた指摘");
    expect(p).not.toContain("HYPERLINK");
    expect(await pdf(await staffB.get("/api/assurance/findings/export.pdf"))).not.toContain("閉じた指摘");
    expect((await headA.get("/api/assurance/findings/export.csv?state=bogus")).status).toBe(400);
    const ev = await events("assurance.findings_exported");
    expect(ev.map((e) => e.format).sort()).toEqual(["csv", "csv", "pdf", "pdf", "xlsx"]);
    expect(ev[0]).toMatchObject({ format: "xlsx", filter: { state: "not_closed" }, rows: 1 });
  });

  it("the ID register: systems and IDs with the lists' filters and visibility, marked, defused, audited", async () => {
    const systems = await xlsx(await headA.get("/api/accounts/systems/export.xlsx"));
    expectMarked(systems, "システム");
    expect(systems).toHaveLength(5);
    expect(systems[4]).toContain("税務課");
    expect(systems[4]).toContain("管理 次郎");
    expect(await csv(await staffB.get("/api/accounts/systems/export.csv"))).toHaveLength(4);

    const ids = await csv(await headA.get("/api/accounts/accounts/export.csv"));
    expectMarked(ids, "ログイン名");
    expect(ids.slice(4).map((r) => r[0])).toEqual(["shared01", "staff01"]);
    expectDefused(ids, FORMULA);
    // The list's filters: the login name, and mine (staffA holds one ID; it names its system).
    expect((await csv(await headA.get("/api/accounts/accounts/export.csv?q=shared"))).slice(4)).toHaveLength(
      1,
    );
    const mine = await xlsx(await staffA.get("/api/accounts/accounts/export.xlsx?mine=true"));
    expect(mine.slice(4).map((r) => r[0])).toEqual(["staff01"]);
    // Another 課 sees no ID of the system.
    expect(await csv(await staffB.get("/api/accounts/accounts/export.csv"))).toHaveLength(4);
    const p = await pdf(await headA.get("/api/accounts/accounts/export.pdf"));
    expect(p).toContain("機密性2（取扱注意）");
    expect(p).toContain("利用者ID");
    expect(p).toContain("staff01");
    expect(await pdf(await staffB.get("/api/accounts/accounts/export.pdf"))).not.toContain("staff01");
    expect((await headA.get("/api/accounts/accounts/export.csv?mine=maybe")).status).toBe(400);

    const sysEv = await events("accounts.systems_exported");
    expect(sysEv.map((e) => e.format)).toEqual(["xlsx", "csv"]);
    const idEv = await events("accounts.ids_exported");
    expect(idEv.map((e) => e.format)).toEqual(["csv", "csv", "xlsx", "csv", "pdf", "pdf"]);
    expect(idEv[1]).toMatchObject({ filter: { q: "shared" }, rows: 1 });
  });

  it("training courses: the 年度 filter, this profile's plans only, marked, defused, audited", async () => {
    const all = await xlsx(await staffB.get("/api/training/courses/export.xlsx"));
    expectMarked(all, "年度");
    expect(all.slice(4).map((r) => r[1])).toEqual([`'${FORMULA}`, "前年度の研修"]);
    expectDefused(all, FORMULA);
    expect(all.flat()).not.toContain("他の団体の研修");
    const y2025 = await csv(await staffB.get("/api/training/courses/export.csv?fiscalYear=2025"));
    expect(y2025.slice(4).map((r) => r[1])).toEqual(["前年度の研修"]);
    expect(y2025[4]).toContain("全職員等");
    const p = await pdf(await staffB.get("/api/training/courses/export.pdf?fiscalYear=2025"));
    expect(p).toContain("機密性2（取扱注意）");
    expect(p).toContain("前年度の研修");
    expect(p).not.toContain("他の団体の研修");
    expect((await staffB.get("/api/training/courses/export.csv?fiscalYear=abc")).status).toBe(400);
    const ev = await events("training.courses_exported");
    expect(ev.map((e) => e.format)).toEqual(["xlsx", "csv", "pdf"]);
    expect(ev[1]).toMatchObject({ filter: { fiscalYear: 2025 }, rows: 1 });
  });

  it("people: the list's columns only (no phone), its filters and visibility, marked, audited", async () => {
    const mine = await xlsx(await headA.get(`/api/people/export.xlsx?departmentId=${deptA}`));
    expectMarked(mine, "職員番号");
    const flat = mine.flat();
    expect(flat).toContain("電話 花子");
    expect(flat.some((c) => c.includes("090-1111-2222") || c.includes("080-3333-4444"))).toBe(false);
    // Staff of another 課 do not see 税務課's people.
    const other = await csv(await staffB.get("/api/people/export.csv"));
    expect(other.flat()).not.toContain("電話 花子");
    // The search filter.
    const found = await csv(await headA.get(`/api/people/export.csv?q=${encodeURIComponent("電話")}`));
    expect(found.slice(4).map((r) => r[1])).toEqual(["電話 花子"]);
    const p = await pdf(await headA.get("/api/people/export.pdf?q=E-777"));
    expect(p).toContain("機密性2（取扱注意）");
    expect(p).toContain("職員一覧");
    expect(p).toContain("電話 花子");
    expect(p).not.toContain("090-1111-2222");
    expect((await headA.get("/api/people/export.csv?employmentType=boss")).status).toBe(400);
    const ev = await events("org.people_exported");
    expect(ev.map((e) => e.format)).toEqual(["xlsx", "csv", "csv", "pdf"]);
    expect(ev[2]).toMatchObject({ filter: { q: "電話" }, rows: 1 });
  });
  it("documents: what the viewer's list shows (a restricted 実施手順 only to its 課), its view filter, marked, defused, audited", async () => {
    const created = await headA.post("/api/documents", {
      kind: "system_procedure",
      title: FORMULA,
      departmentId: deptA,
      systemName: "住民記録システム",
      audience: { everyone: false, departments: [deptA] },
    });
    expect(created.status).toBe(201);
    const mine = await xlsx(await headA.get("/api/documents/export.xlsx"));
    expectMarked(mine, "種類");
    expectDefused(mine, FORMULA);
    expect(mine.flat()).toContain("非公開");
    expect(mine.flat()).toContain("住民記録システム");
    // Another 課's staff do not see the restricted procedure, not even its title.
    const other = await csv(await staffB.get("/api/documents/export.csv"));
    expect(other.flat().some((c) => c.includes("HYPERLINK") || c.includes("住民記録システム"))).toBe(false);
    // The list's view filter: nothing published, so nothing to acknowledge.
    const toRead = await csv(await headA.get("/api/documents/export.csv?view=to_read"));
    expect(toRead).toHaveLength(4);
    expect((await headA.get("/api/documents/export.csv?view=nope")).status).toBe(400);
    const p = await pdf(await headA.get("/api/documents/export.pdf"));
    expect(p).toContain("機密性2（取扱注意）");
    expect(p).toContain("住民記録システム");
    const ev = await events("document.list_exported");
    expect(ev.map((e) => e.format)).toEqual(["xlsx", "csv", "csv", "pdf"]);
    expect(ev[2]).toMatchObject({ filter: { view: "to_read" }, rows: 0 });
  });
});
