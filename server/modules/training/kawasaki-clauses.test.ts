// biome-ignore-all lint/suspicious/noExplicitAny: JSON response bodies in tests
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addBusinessDays } from "../../../common/business-days";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment, makePerson, makeUser } from "../../test/factories";
import { type AuthedClient, authed, signIn } from "../../test/session";

/**
 * 川崎市 基準 第2章5(4)ア and 第5章3(4), read against the training routes (issue #13, per-clause
 * record): a 会計年度任用職員 is assigned the new-hire course when the 情報管理責任者 records the
 * hire (the 同意書 of イ is `kawasaki-consent.test.ts`); every 職員 is in the audience of the 年度's
 * training, and whoever has not attended by the end of the 年度 is listed overdue.
 * 特別職非常勤職員, also named by ア, is not an employment type of the directory (REVIEW.md, open).
 */
let t: TestApp;
let supervisor: AuthedClient, manager: AuthedClient, staff: AuthedClient;
let managerId: string, staffId: string, newcomer: string, session: string;
const json = async (res: Response) => (await res.json()) as { data: any; error?: any };

async function user(roles: Array<[string, string | null]>, departmentId: string) {
  const u = await makeUser(t.database.db, { departmentId, roles });
  return { client: authed(t, await signIn(t, u.user.loginId, u.password)), id: u.person.id };
}

async function planInEffect(fiscalYear: number, title: string, course: Record<string, unknown>) {
  const plan = (await json(await supervisor.post("/api/training/plans", { fiscalYear, title }))).data;
  const c = await supervisor.post("/api/training/courses", { planId: plan.id, ...course });
  expect(c.status).toBe(201);
  await supervisor.post(`/api/training/plans/${plan.id}/actions`, { action: "submit" });
  const eff = await supervisor.post(`/api/training/plans/${plan.id}/actions`, { action: "put_in_effect" });
  expect((await json(eff)).data.status).toBe("in_effect");
  return (await json(c)).data.id as string;
}

beforeAll(async () => {
  t = await createTestApp({ profileId: "kawasaki" });
  const db = t.database.db;
  const dept = (await makeDepartment(db, { name: "市民課" })).id;
  const office = (await makeDepartment(db, { name: "情報管理課" })).id;
  supervisor = (await user([["information_supervisor", null]], office)).client;
  const m = await user([["information_manager", dept]], dept);
  manager = m.client;
  managerId = m.id;
  const s = await user([["information_user", dept]], dept);
  staff = s.client;
  staffId = s.id;
  newcomer = (
    await makePerson(db, {
      name: "会計 年度",
      employeeNumber: "K-3001",
      departmentId: dept,
      employmentType: "fiscal_year",
    })
  ).id;
  const course = await planInEffect(2025, "令和7年度 研修計画", {
    title: "情報セキュリティ研修",
    delivery: "classroom",
    audience: { kind: "everyone" },
  });
  const held = await supervisor.post("/api/training/sessions", {
    courseId: course,
    heldOn: "2025-11-10",
    place: "第3庁舎 会議室",
  });
  expect(held.status).toBe(201);
  session = (await json(held)).data.id;
  await planInEffect(2026, "令和8年度 研修計画", {
    title: "新規採用職員情報セキュリティ研修",
    delivery: "classroom",
    audience: { kind: "everyone" },
    newHire: true,
  });
}, 180_000);
afterAll(async () => t?.close());

describe("川崎市 基準 第2章5(4)ア 会計年度任用職員等に採用時に守るべき内容を理解させる", () => {
  it("the 情報管理責任者 records the hire of a 会計年度任用職員: the new-hire course is assigned with its deadline and they are told; staff may not record it", async () => {
    expect(
      (await staff.post("/api/training/new-hires", { personId: newcomer, joinedOn: "2026-04-01" })).status,
    ).toBe(403);
    const res = await manager.post("/api/training/new-hires", { personId: newcomer, joinedOn: "2026-04-01" });
    expect(res.status).toBe(201);
    expect((await json(res)).data).toMatchObject({
      deadline: addBusinessDays("2026-04-01", 20),
      clause: "kawasaki:基準/第5章/3/(1)",
    });
    const told = (await t.database.db.execute(
      sql`select kind from notifications where person_id = ${managerId}`,
    )) as any;
    expect(told.rows.map((r: any) => r.kind)).toContain("new_hire_in_unit");
  });
});

describe("川崎市 基準 第5章3(4) 職員は毎年度1回以上は情報セキュリティ研修を受講しなければならない", () => {
  it("every 職員 is in the 年度's audience; after the 年度 the one who did not attend is listed overdue, the one who did is not", async () => {
    expect(
      (await staff.post("/api/training/attendance", { sessionId: session, personIds: [staffId] })).status,
    ).toBe(200);
    const overdue = (
      await json(await supervisor.get("/api/training/overdue?fiscalYear=2025&asOf=2026-04-01"))
    ).data.overdue;
    const ids = overdue.map((o: any) => o.personId);
    expect(ids).toContain(managerId);
    expect(ids).not.toContain(staffId);
    expect(overdue.find((o: any) => o.personId === managerId).courseTitle).toBe("情報セキュリティ研修");
  });
});
