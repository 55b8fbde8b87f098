// biome-ignore-all lint/suspicious/noExplicitAny: JSON response bodies in tests
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addBusinessDays } from "../../../common/business-days";
import { addDays } from "../../../common/calendar";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment, makePerson, makeUser } from "../../test/factories";
import { type AuthedClient, authed, signIn } from "../../test/session";
import { remindCourseDeadlines, remindDeadlines } from "./commands/jobs";

/** 西原村: new hires (6.2(2)③), 同意書 (6.1(2)②), the chain of reports (6.2(2)⑤⑥⑦), reminders. */
let t: TestApp;
let ciso: AuthedClient,
  committee: AuthedClient,
  netAdmin: AuthedClient,
  headA: AuthedClient,
  staffA: AuthedClient;
let headAId: string, deptA: string, newcomer: string, regular: string, planId: string;
const json = async (res: Response) => (await res.json()) as { data: any; error?: any };

async function user(roles: Array<[string, string | null]>, departmentId: string) {
  const u = await makeUser(t.database.db, { departmentId, roles });
  return { client: authed(t, await signIn(t, u.user.loginId, u.password)), id: u.person.id };
}

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  const db = t.database.db;
  deptA = (await makeDepartment(db, { name: "総務課" })).id;
  const office = (await makeDepartment(db, { name: "企画商工課" })).id;
  ciso = (await user([["ciso", null]], office)).client;
  committee = (await user([["committee", null]], office)).client;
  netAdmin = (await user([["network_administrator", null]], office)).client;
  const h = await user([["security_system_manager", deptA]], deptA);
  headA = h.client;
  headAId = h.id;
  staffA = (await user([], deptA)).client;
  newcomer = (
    await makePerson(db, {
      name: "新井 採用",
      employeeNumber: "3001",
      departmentId: deptA,
      employmentType: "fiscal_year",
    })
  ).id;
  regular = (await makePerson(db, { name: "正規 職員", employeeNumber: "3002", departmentId: deptA })).id;
  planId = (
    await json(await ciso.post("/api/training/plans", { fiscalYear: 2026, title: "令和8年度 研修計画" }))
  ).data.id;
  await ciso.post("/api/training/courses", {
    planId,
    title: "新規採用職員研修",
    delivery: "classroom",
    audience: { kind: "everyone" },
    newHire: true,
  });
  await ciso.post(`/api/training/plans/${planId}/actions`, { action: "submit" });
  await committee.post(`/api/training/plans/${planId}/actions`, { action: "approve" });
  await ciso.post(`/api/training/plans/${planId}/actions`, { action: "put_in_effect" });
});
afterAll(async () => t.close());

describe("new hires (6.2(2)③, 6.1(2)①): the course with a deadline in business days; the 課長 is told", () => {
  it("assigns the profile's new-hire course, 20 business days from joining", async () => {
    expect(
      (await staffA.post("/api/training/new-hires", { personId: newcomer, joinedOn: "2026-04-01" })).status,
    ).toBe(403);
    const res = await headA.post("/api/training/new-hires", { personId: newcomer, joinedOn: "2026-04-01" });
    expect(res.status).toBe(201);
    expect((await json(res)).data).toMatchObject({
      deadline: addBusinessDays("2026-04-01", 20),
      clause: "nishihara:対策基準/6.2/(2)/③",
    });
    const told = (await t.database.db.execute(
      sql`select kind from notifications where person_id = ${headAId}`,
    )) as any;
    expect(told.rows.map((r: any) => r.kind)).toContain("new_hire_in_unit");
    expect(
      (await headA.post("/api/training/new-hires", { personId: newcomer, joinedOn: "2026-04-01" })).status,
    ).toBe(409);
  });

  it("reminds once before the deadline and once after it, through notify", async () => {
    const deadline = addBusinessDays("2026-04-01", 20);
    const db = t.database.db;
    const at = (day: string) => new Date(`${day}T09:00:00+09:00`);
    expect(
      await db.transaction((tx) => remindDeadlines(tx, t.deps.profile(), at(addDays(deadline, -10)))),
    ).toBe(0);
    expect(
      await db.transaction((tx) => remindDeadlines(tx, t.deps.profile(), at(addDays(deadline, -2)))),
    ).toBe(1);
    expect(
      await db.transaction((tx) => remindDeadlines(tx, t.deps.profile(), at(addDays(deadline, -1)))),
    ).toBe(0);
    expect(
      await db.transaction((tx) => remindDeadlines(tx, t.deps.profile(), at(addDays(deadline, 1)))),
    ).toBe(1);
    const kinds = (
      (await db.execute(sql`select kind from notifications where person_id = ${newcomer}`)) as any
    ).rows.map((r: any) => r.kind);
    expect(kinds).toEqual(expect.arrayContaining(["deadline_near", "deadline_passed"]));
  });
});

describe("mandatory courses: each pending person and their 課長 are reminded before and after the due date", () => {
  it("counts the people of the audience who have not completed it, tells them and each 課長 once per course", async () => {
    const db = t.database.db;
    const course = (
      (await db.execute(sql`
        insert into training_courses (plan_id, fiscal_year, title, delivery, mandatory, audience, due_date)
        values (${planId}, 2026, '情報セキュリティ研修（全職員）', 'classroom', true, '{"kind":"everyone"}'::jsonb, '2026-10-30')
        returning id`)) as any
    ).rows[0].id;
    const days = t.deps.profile().training?.remind_days_before ?? 5;
    const at = (day: string) => new Date(`${day}T09:00:00+09:00`);
    const run = (day: string) => db.transaction((tx) => remindCourseDeadlines(tx, t.deps.profile(), at(day)));
    const everyone = Number(
      ((await db.execute(sql`select count(*)::int as n from people where active`)) as any).rows[0].n,
    );
    expect(await run(addDays("2026-10-30", -days - 1))).toBe(0);
    expect(await run(addDays("2026-10-30", -days))).toBe(everyone);
    expect(await run("2026-10-30")).toBe(0);
    // One completed in the meantime is no longer reminded after the due date.
    await db.execute(sql`
      insert into training_attendance (course_id, person_id, fiscal_year, completed_on, method)
      values (${course}, ${regular}, 2026, '2026-10-01', 'sheet')`);
    expect(await run("2026-10-31")).toBe(everyone - 1);
    const told = async (personId: string) =>
      (
        (await db.execute(sql`
        select kind, message_ja from notifications where person_id = ${personId} and record_id = ${course}
        order by created_at`)) as any
      ).rows;
    // Without a login too: the record is kept, and their 課長 is told how many of the 課 are pending.
    expect((await told(newcomer)).map((r: any) => r.kind)).toEqual(["deadline_near", "deadline_passed"]);
    expect((await told(regular)).map((r: any) => r.kind)).toEqual(["deadline_near"]);
    const head = (await told(headAId)).filter((r: any) => r.kind === "unit_pending");
    expect(head).toHaveLength(2);
    const inA = Number(
      (
        (await db.execute(
          sql`select count(*)::int as n from people where active and department_id = ${deptA}`,
        )) as any
      ).rows[0].n,
    );
    expect(head[0].message_ja).toContain(`所属の${inA}名`);
    expect(head[1].message_ja).toContain(`所属の${inA - 1}名`);
  });
});

describe("同意書 (6.1(2)②): asked where needed by the 課長, signed in the app or received on paper", () => {
  it("only for the employment types the policy names; the paper form is recorded once, with its text version", async () => {
    const wrong = await headA.post("/api/training/consents", { personId: regular });
    expect(wrong.status).toBe(400);
    expect((await json(wrong)).error.fields.personId.message_ja).toContain("nishihara:対策基準/6.1/(2)/②");
    expect((await staffA.post("/api/training/consents", { personId: newcomer })).status).toBe(403);
    const asked = await headA.post("/api/training/consents", { personId: newcomer });
    expect(asked.status).toBe(201);
    const consent = (await json(asked)).data;
    expect(consent.text).toContain("遵守することに同意します");
    expect(consent.textVersion).toMatch(/^nishihara:[0-9a-f]{12}$/);
    expect((await staffA.post(`/api/training/consents/${consent.id}/sign`, { method: "app" })).status).toBe(
      403,
    );
    const paper = await headA.post(`/api/training/consents/${consent.id}/sign`, { method: "paper" });
    expect((await json(paper)).data).toMatchObject({ signedMethod: "paper" });
    expect((await headA.post(`/api/training/consents/${consent.id}/sign`, { method: "paper" })).status).toBe(
      409,
    );
  });
});

describe("the chain of reports (6.2(2)⑤⑥⑦): 課長 → ネットワーク管理者 → CISO → 委員会", () => {
  it("each step needs the one before; each is a record with its date; the last marks the plan reported", async () => {
    expect(
      (
        await staffA.post("/api/training/reports", {
          planId,
          stepKey: "department",
          departmentId: deptA,
          reportedOn: "2026-04-01",
        })
      ).status,
    ).toBe(403);
    const early = await ciso.post("/api/training/reports", {
      planId,
      stepKey: "committee",
      reportedOn: "2026-04-01",
    });
    expect((await json(early)).error.code).toBe("previous_step_missing");
    expect(
      (
        await headA.post("/api/training/reports", {
          planId,
          stepKey: "department",
          departmentId: deptA,
          reportedOn: "2026-04-01",
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await netAdmin.post("/api/training/reports", {
          planId,
          stepKey: "analysis",
          reportedOn: "2026-04-01",
        })
      ).status,
    ).toBe(201);
    expect(
      (await ciso.post("/api/training/reports", { planId, stepKey: "committee", reportedOn: "2026-04-01" }))
        .status,
    ).toBe(201);
    const chain = (await json(await committee.get(`/api/training/reports?planId=${planId}`))).data;
    expect(chain.reports.map((r: any) => [r.stepKey, r.reportedOn, r.clause])).toEqual([
      ["department", "2026-04-01", "nishihara:対策基準/6.2/(2)/⑤"],
      ["analysis", "2026-04-01", "nishihara:対策基準/6.2/(2)/⑥"],
      ["committee", "2026-04-01", "nishihara:対策基準/6.2/(2)/⑦"],
    ]);
    expect((await json(await ciso.get(`/api/training/plans/${planId}`))).data.status).toBe("reported");
  });
});
