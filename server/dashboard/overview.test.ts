// biome-ignore-all lint/suspicious/noExplicitAny: JSON response bodies in tests
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Overview, OverviewFigure } from "../../common/overview";
import {
  accountReviewItems,
  accountReviews,
  accountSystems,
  assets,
  assuranceCampaigns,
  assuranceFindings,
  assuranceSheets,
  softwareInstallations,
  softwareProducts,
  systemAccounts,
  trainingAttendance,
  trainingCourses,
  trainingPlans,
  vulnAdvisories,
  vulnMatches,
} from "../db/schema";
import { createTestApp, type TestApp } from "../test/app";
import { makeDepartment, makeUser } from "../test/factories";
import { type AuthedClient, authed, signIn } from "../test/session";

/**
 * GET /api/reports/dashboard against a real database: for a staff member, a section head, staff
 * of another department, the CSIRT and the CISO, every cell of every figure equals the length of
 * the list it links to, read by the same person (the leak check of the steering overview: a bar
 * never counts a record its list would not show), and the figures hold the seeded numbers.
 */

let t: TestApp;
type U = { client: AuthedClient; personId: string };
let staffA: U, headA: U, staffB: U, csirt: U, ciso: U;
let deptA: string, deptB: string;

async function user(roles: Array<[string, string | null]>, departmentId: string | null): Promise<U> {
  const u = await makeUser(t.database.db, { departmentId, roles });
  const s = await signIn(t, u.user.loginId, u.password);
  return { client: authed(t, s), personId: u.person.id };
}
const body = async (res: Response) => (await res.json()) as any;
let n = 0;
async function asset(values: Partial<typeof assets.$inferInsert> & { departmentId: string }) {
  n++;
  const [row] = await t.database.db
    .insert(assets)
    .values({ assetNumber: `OV-${n}`, name: `資産${n}`, kind: "system", ...values })
    .returning();
  return row;
}

async function overview(u: U): Promise<Overview> {
  const res = await u.client.get("/api/reports/dashboard");
  expect(res.status).toBe(200);
  return body(res);
}

/** The length of a list as the person sees it (the largest page each list allows). */
async function listLength(u: U, list: string): Promise<number> {
  const paged = /^\/api\/(assets|requests|vulnerabilities\/matches)\?/.test(list);
  const limit = list.startsWith("/api/assets?") ? 200 : 500;
  const res = await u.client.get(paged ? `${list}&limit=${limit}` : list);
  expect(res.status, list).toBe(200);
  const b = await body(res);
  if (typeof b.total === "number") return b.total; // incidents
  if (Array.isArray(b.data?.groups)) return b.data.groups.length; // training completion by person
  const rows = b.data ?? b.items;
  expect(Array.isArray(rows), list).toBe(true);
  return rows.length;
}

async function expectFiguresEqualLists(u: U): Promise<Map<string, OverviewFigure>> {
  const o = await overview(u);
  for (const f of o.figures)
    for (const r of f.rows)
      for (const c of r.cells) {
        expect(c.href.startsWith("/") && !c.href.startsWith("/api/"), c.href).toBe(true);
        expect({ figure: f.key, row: r.key, series: c.series, count: c.count }).toEqual({
          figure: f.key,
          row: r.key,
          series: c.series,
          count: await listLength(u, c.list),
        });
      }
  return new Map(o.figures.map((f) => [f.key, f]));
}

const cell = (m: Map<string, OverviewFigure>, figure: string, row: string, series = "count") => {
  const f = m.get(figure);
  if (!f) throw new Error(`no figure ${figure}: ${[...m.keys()].join(", ")}`);
  const r = f.rows.find((x) => x.key === row);
  return r?.cells.find((c) => c.series === series)?.count ?? 0;
};
const total = (m: Map<string, OverviewFigure>, figure: string) =>
  (m.get(figure)?.rows ?? []).reduce((s, r) => s + r.cells.reduce((a, c) => a + c.count, 0), 0);

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  const db = t.database.db;
  deptA = (await makeDepartment(db, { name: "総務課" })).id;
  deptB = (await makeDepartment(db, { name: "税務課" })).id;
  staffA = await user([], deptA);
  headA = await user([["security_system_manager", deptA]], deptA);
  staffB = await user([], deptB);
  csirt = await user([["csirt", null]], deptB);
  ciso = await user([["ciso", null]], null);
  const at = (iso: string) => new Date(iso);

  // Assets: A holds two 機密性3 in LGWAN, one 機密性2 without a zone, one unclassified and one
  // disposed (not counted); B one 機密性3 on the internet side.
  await asset({ departmentId: deptA, confidentiality: "3", zone: "lgwan" });
  await asset({ departmentId: deptA, confidentiality: "3", zone: "lgwan" });
  await asset({ departmentId: deptA, confidentiality: "2" });
  await asset({ departmentId: deptA, classificationPending: true });
  await asset({ departmentId: deptA, confidentiality: "2", status: "disposed" });
  const systemB = await asset({ departmentId: deptB, confidentiality: "3", zone: "internet" });

  // Requests: one carry-out submitted, one carried out whose return is overdue.
  const medium = () => asset({ departmentId: deptA, kind: "medium", confidentiality: "2" });
  const fields = {
    purpose: "説明会",
    destination: "公民館",
    startsAt: "2026-04-01T09:10:00+09:00",
    returnDueAt: "2026-04-01T09:20:00+09:00",
    encrypted: true,
  };
  const r1 = await body(
    await staffA.client.post("/api/requests", { kind: "carry_out", assetIds: [(await medium()).id], fields }),
  );
  expect((await staffA.client.post(`/api/requests/${r1.data.id}/submit`, {})).status).toBe(200);
  const r2 = await body(
    await staffA.client.post("/api/requests", { kind: "carry_out", assetIds: [(await medium()).id], fields }),
  );
  await staffA.client.post(`/api/requests/${r2.data.id}/submit`, {});
  expect((await headA.client.post(`/api/requests/${r2.data.id}/approve`, {})).status).toBe(200);
  expect((await staffA.client.post(`/api/requests/${r2.data.id}/start`, {})).status).toBe(200);

  // Incidents: staff A reports one (new, severity not set yet).
  expect(
    (await staffA.client.post("/api/incidents", { summary: "USBメモリを紛失した", details: "会議室" }))
      .status,
  ).toBe(201);

  // Training: the 年度's approved plan with a course for everyone; staff A completed it; a second
  // course whose deadline has passed.
  const [plan] = await db
    .insert(trainingPlans)
    .values({ profileId: "nishihara", fiscalYear: 2026, title: "令和8年度研修計画", status: "approved" })
    .returning();
  const course = async (title: string, dueDate: string) =>
    (
      await db
        .insert(trainingCourses)
        .values({
          planId: plan.id,
          fiscalYear: 2026,
          title,
          delivery: "classroom",
          audience: { kind: "everyone" },
          dueDate,
        })
        .returning()
    )[0];
  const c1 = await course("情報セキュリティ研修", "2027-03-31");
  await course("標的型メール訓練", "2026-03-31");
  await db.insert(trainingAttendance).values({
    courseId: c1.id,
    personId: staffA.personId,
    fiscalYear: 2026,
    completedOn: "2026-04-01",
    method: "organizer",
    departmentId: deptA,
  });

  // Self-inspection: a campaign of the 年度 with A not started, B submitted, staff A's own sheet.
  const [camp] = await db
    .insert(assuranceCampaigns)
    .values({
      profileId: "nishihara",
      fiscalYear: 2026,
      scopeKey: "department",
      title: "令和8年度 自己点検",
      dueDate: "2026-12-28",
      clause: "10.2",
      createdAt: at("2026-04-01T00:00:00+09:00"),
    })
    .returning();
  await db.insert(assuranceSheets).values([
    { campaignId: camp.id, unitKind: "department", departmentId: deptA, itemCount: 10 },
    { campaignId: camp.id, unitKind: "department", departmentId: deptB, itemCount: 10, status: "submitted" },
    {
      campaignId: camp.id,
      unitKind: "person",
      personId: staffA.personId,
      departmentId: deptA,
      itemCount: 5,
      status: "in_progress",
    },
  ]);
  // Findings: A's from yesterday, B's from half a year ago, and a closed one (not counted).
  const finding = (departmentId: string, createdAt: string, state: "open" | "closed" = "open") => ({
    profileId: "nishihara",
    source: "answer" as const,
    clauseId: "nishihara:10.2",
    departmentId,
    title: "指摘",
    severity: "medium" as const,
    dueDate: "2026-06-30",
    state,
    createdAt: at(createdAt),
    updatedAt: at(createdAt),
  });
  await db
    .insert(assuranceFindings)
    .values([
      finding(deptA, "2026-03-31T10:00:00+09:00"),
      finding(deptB, "2025-09-01T10:00:00+09:00"),
      finding(deptA, "2025-09-01T10:00:00+09:00", "closed"),
    ]);

  // ID review: A's system, one ID undecided and one decided for removal, not done yet.
  const [sys] = await db
    .insert(accountSystems)
    .values({ assetId: (await asset({ departmentId: deptA })).id, departmentId: deptA })
    .returning();
  const accounts = await db
    .insert(systemAccounts)
    .values([
      { systemId: sys.id, departmentId: deptA, loginName: "u001", holderKind: "person" as const },
      { systemId: sys.id, departmentId: deptA, loginName: "u002", holderKind: "person" as const },
    ])
    .returning();
  const [review] = await db
    .insert(accountReviews)
    .values({
      title: "令和8年度 ID棚卸し",
      startedOn: "2026-04-01",
      dueOn: "2026-04-30",
      systemIds: [sys.id],
      clause: "7.2",
    })
    .returning();
  await db.insert(accountReviewItems).values(
    accounts.map((a, i) => ({
      reviewId: review.id,
      systemId: sys.id,
      departmentId: deptA,
      accountId: a.id,
      loginName: a.loginName,
      holderKind: a.holderKind,
      privileged: false,
      decision: i === 0 ? null : ("remove" as const),
    })),
  );

  // Vulnerabilities: a high one on A's system matched 10 days ago, a critical one on B's matched
  // 4 months ago, and a stale one (not counted).
  const [product] = await db
    .insert(softwareProducts)
    .values({ vendor: "example", product: "web" })
    .returning();
  const [instA] = await db
    .insert(softwareInstallations)
    .values({ productId: product.id, assetId: sys.assetId, departmentId: deptA })
    .returning();
  const [instB] = await db
    .insert(softwareInstallations)
    .values({ productId: product.id, assetId: systemB.id, departmentId: deptB })
    .returning();
  const advisory = async (key: string, severity: string) =>
    (
      await db
        .insert(vulnAdvisories)
        .values({ key, title: key, severity, importedAt: at("2026-03-01T00:00:00Z") })
        .returning()
    )[0];
  const high = await advisory("CVE-2026-0001", "high");
  const critical = await advisory("CVE-2025-0002", "critical");
  const match = (
    advisoryId: string,
    installationId: string,
    departmentId: string,
    first: string,
    stale = false,
  ) => ({
    advisoryId,
    installationId,
    departmentId,
    verdict: "affected" as const,
    severity: advisoryId === high.id ? "high" : "critical",
    stale,
    firstMatchedAt: at(first),
    lastMatchedAt: at(first),
  });
  await db
    .insert(vulnMatches)
    .values([
      match(high.id, instA.id, deptA, "2026-03-22T10:00:00+09:00"),
      match(critical.id, instB.id, deptB, "2025-12-01T10:00:00+09:00"),
      match(critical.id, instA.id, deptA, "2025-12-01T10:00:00+09:00", true),
    ]);

  // Past the carry-out's return due time.
  t.clock.now = new Date("2026-04-01T09:25:00+09:00");
}, 180_000);
afterAll(async () => t.close());

describe("GET /api/reports/dashboard", { timeout: 120_000 }, () => {
  it("needs a session", async () => {
    expect((await t.app.request("/api/reports/dashboard")).status).toBe(401);
  });

  it("refuses a bad 年度 with 400", async () => {
    const res = await ciso.client.get("/api/reports/dashboard?fiscalYear=abc");
    expect(res.status).toBe(400);
  });

  it("the CISO: the whole organization, every figure equal to its list", async () => {
    const m = await expectFiguresEqualLists(ciso);
    expect(cell(m, "assets.by_confidentiality", "3")).toBe(3);
    expect(cell(m, "assets.by_confidentiality", "none")).toBe(2); // pending + the review system
    expect(cell(m, "assets.by_zone", "lgwan")).toBe(2);
    expect(cell(m, "assets.by_zone", "internet")).toBe(1);
    expect(cell(m, "requests.open", "submitted")).toBe(1);
    expect(cell(m, "requests.open", "in_effect")).toBe(1);
    expect(cell(m, "requests.open", "late")).toBe(1);
    // The report is not yet the CISO's to see (incident read rule): counted only where the list shows it.
    expect(cell(m, "incidents.by_stage", "new")).toBe(0);
    expect(m.get("incidents.by_month")?.rows).toHaveLength(12);
    expect(m.get("incidents.by_month")?.rows[0].label.ja).toBe("令和8年4月（2026年4月）");
    expect(total(m, "training.completion")).toBeGreaterThan(0);
    const training = m.get("training.completion");
    const secRow = training?.rows.find((r) => r.label.ja === "情報セキュリティ研修");
    expect(secRow?.cells.find((c) => c.series === "completed")?.count).toBe(1);
    const drillRow = training?.rows.find((r) => r.label.ja === "標的型メール訓練");
    expect(drillRow?.cells.find((c) => c.series === "completed")?.count).toBe(0);
    expect(drillRow?.cells.find((c) => c.series === "overdue")?.count).toBeGreaterThan(0);
    expect(total(m, "assurance.self_inspection")).toBe(3);
    expect(cell(m, "assurance.findings_by_age", "0-30")).toBe(1);
    expect(cell(m, "assurance.findings_by_age", "181+")).toBe(1);
    const review = m.get("accounts.to_review")?.rows[0];
    expect(review?.cells.map((c) => c.count)).toEqual([1, 1]);
    expect(cell(m, "software.vulnerabilities", "high", "8-30")).toBe(1);
    expect(cell(m, "software.vulnerabilities", "critical", "91+")).toBe(1);
    expect(total(m, "software.vulnerabilities")).toBe(2);
  });

  it("the section head of A: A's records only", async () => {
    const m = await expectFiguresEqualLists(headA);
    expect(cell(m, "assets.by_confidentiality", "3")).toBe(2);
    expect(cell(m, "assets.by_zone", "internet")).toBe(0);
    expect(cell(m, "assurance.findings_by_age", "181+")).toBe(0);
    expect(cell(m, "software.vulnerabilities", "critical", "91+")).toBe(0); // B's system
  });

  it("staff of A, staff of B and the CSIRT: each figure equals the list they see", async () => {
    const a = await expectFiguresEqualLists(staffA);
    expect(cell(a, "requests.open", "late")).toBe(1); // their own request
    const b = await expectFiguresEqualLists(staffB);
    expect(cell(b, "assets.by_confidentiality", "3")).toBeLessThanOrEqual(1);
    expect(cell(b, "requests.open", "late")).toBe(0);
    expect(cell(b, "incidents.by_stage", "new")).toBe(0);
    expect(total(b, "accounts.to_review")).toBe(0);
    const c = await expectFiguresEqualLists(csirt);
    expect(cell(c, "incidents.by_stage", "new")).toBe(1);
    expect(cell(c, "incidents.by_severity", "none")).toBe(1);
    expect(cell(c, "incidents.by_month", "2026-04")).toBe(1);
    expect(cell(c, "incidents.by_month", "2026-05")).toBe(0);
  });

  it("labels in Japanese and English, never a raw code", async () => {
    const o = await overview(ciso);
    for (const f of o.figures) {
      expect(f.title.ja && f.title.en, f.key).toBeTruthy();
      for (const s of f.series) expect(s.label.ja, `${f.key} ${s.key}`).not.toBe(s.key);
      for (const r of f.rows) {
        expect(r.label.ja, `${f.key} ${r.key}`).not.toMatch(/^[a-z_0-9+-]+$/);
        expect(r.label.ja).not.toMatch(/不明/);
      }
    }
  });

  it("a figure moves with its records: deciding the review's ID takes it off", async () => {
    const before = await overview(ciso);
    const f = before.figures.find((x) => x.key === "accounts.to_review");
    expect(f?.rows[0].cells[0].count).toBe(1);
    await t.database.db.update(accountReviewItems).set({ decision: "keep" });
    const after = await expectFiguresEqualLists(ciso);
    expect(after.get("accounts.to_review")?.rows[0]?.cells[0].count ?? 0).toBe(0);
  });
  it("an asset seen only as its custodian counts for that person, equal to their list (#20)", async () => {
    const before = cell(await expectFiguresEqualLists(staffB), "assets.by_zone", "mynumber");
    await asset({
      departmentId: deptA,
      confidentiality: "2",
      effectiveConfidentiality: "2",
      zone: "mynumber",
      custodianPersonId: staffB.personId,
    });
    const after = await expectFiguresEqualLists(staffB);
    expect(cell(after, "assets.by_zone", "mynumber")).toBe(before + 1);
  });
});
