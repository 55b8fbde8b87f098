// biome-ignore-all lint/suspicious/noExplicitAny: JSON response bodies in tests
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment, makePerson, makeUser } from "../../test/factories";
import { type AuthedClient, authed, signIn } from "../../test/session";

/**
 * 西原村: e-learning with a short quiz (6.2(2)②, a course each person can take in the 年度) and
 * 緊急時対応訓練 planned by the CISO with 体制 and 範囲 (6.2(3)), run, and closed with lessons.
 */
let t: TestApp;
let ciso: AuthedClient, committee: AuthedClient, staff: AuthedClient, outsider: AuthedClient;
let staffId: string, noLogin: string, course: string, deptOnlyCourse: string;
const json = async (res: Response) => (await res.json()) as { data: any; error?: any };

async function user(roles: Array<[string, string | null]>, departmentId: string) {
  const u = await makeUser(t.database.db, { departmentId, roles });
  return { client: authed(t, await signIn(t, u.user.loginId, u.password)), id: u.person.id };
}

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  const db = t.database.db;
  const dept = (await makeDepartment(db, { name: "総務課" })).id;
  const other = (await makeDepartment(db, { name: "住民課" })).id;
  ciso = (await user([["ciso", null]], dept)).client;
  committee = (await user([["committee", null]], dept)).client;
  const s = await user([], dept);
  staff = s.client;
  staffId = s.id;
  outsider = (await user([], other)).client;
  noLogin = (
    await makePerson(db, { name: "会計年度 太郎", departmentId: dept, employmentType: "fiscal_year" })
  ).id;
  const plan = (await json(await ciso.post("/api/training/plans", { fiscalYear: 2026, title: "令和8年度" })))
    .data;
  const quiz = {
    passMark: 60,
    questions: [
      { text: "不審なメールの添付は？", choices: ["開く", "開かずに報告する"], correct: 1 },
      { text: "パスワードの共有は？", choices: ["しない", "する"], correct: 0 },
    ],
  };
  course = (
    await json(
      await ciso.post("/api/training/courses", {
        planId: plan.id,
        title: "標的型攻撃メール対策（eラーニング）",
        delivery: "elearning",
        audience: { kind: "everyone" },
        materialText: "不審なメールは開かずに報告してください。",
        quiz,
      }),
    )
  ).data.id;
  deptOnlyCourse = (
    await json(
      await ciso.post("/api/training/courses", {
        planId: plan.id,
        title: "総務課の研修",
        delivery: "elearning",
        audience: { kind: "departments", unitIds: [dept] },
        quiz,
      }),
    )
  ).data.id;
  await ciso.post(`/api/training/plans/${plan.id}/actions`, { action: "submit" });
  await committee.post(`/api/training/plans/${plan.id}/actions`, { action: "approve" });
});
afterAll(async () => t.close());

describe("e-learning: read the material, answer the quiz, be marked complete", () => {
  it("shows the questions without their answers", async () => {
    const res = await json(await staff.get(`/api/training/courses/${course}/learn`));
    expect(res.data.trainee).toBe(true);
    expect(res.data.completion).toBeNull();
    expect(res.data.course.materialText).toContain("報告");
    expect(res.data.course.quiz.questions[0].correct).toBeUndefined();
  });

  it("a failed attempt stores nothing; a pass records the completion with the day's 課", async () => {
    const fail = await json(await staff.post(`/api/training/courses/${course}/quiz`, { answers: [0, 1] }));
    expect(fail.data).toMatchObject({ score: 0, passed: false, completedOn: null });
    const short = await staff.post(`/api/training/courses/${course}/quiz`, { answers: [1] });
    expect(short.status).toBe(400);
    expect((await json(short)).error.fields.answers.message_ja).toContain("2問");
    const badChoice = await staff.post(`/api/training/courses/${course}/quiz`, { answers: [1, 4] });
    expect((await json(badChoice)).error.fields["answers.1"]).toBeTruthy();
    const pass = await json(await staff.post(`/api/training/courses/${course}/quiz`, { answers: [1, 0] }));
    expect(pass.data).toMatchObject({ score: 100, passed: true, completedOn: "2026-04-01" });
    const rows = (await t.database.db.execute(
      sql`select method, score, department_id from training_attendance where person_id = ${staffId}::uuid`,
    )) as any;
    expect(rows.rows).toEqual([expect.objectContaining({ method: "elearning", score: 100 })]);
    expect(rows.rows[0].department_id).toBeTruthy();
    const again = await staff.post(`/api/training/courses/${course}/quiz`, { answers: [1, 0] });
    expect((await json(again)).error.code).toBe("already_completed");
    const mine = await json(await staff.get("/api/training/my?fiscalYear=2026"));
    expect(mine.data.courses.find((c: any) => c.id === course).methodLabel.ja).toBe("eラーニング修了");
  });

  it("a person outside the course's audience cannot complete it", async () => {
    const res = await outsider.post(`/api/training/courses/${deptOnlyCourse}/quiz`, { answers: [1, 0] });
    expect(res.status).toBe(409);
    expect((await json(res)).error.code).toBe("not_in_audience");
  });
});

describe("緊急時対応訓練 (6.2(3)): plan, run, lessons, improvement items", () => {
  let drill: string;
  it("only the CISO plans; the plan names 体制, 範囲 and participants of the directory", async () => {
    const body = {
      fiscalYear: 2025,
      title: "ランサムウェア感染を想定した訓練",
      scenario: "庁内LANの端末がランサムウェアに感染した",
      organization: "CISO・ネットワーク管理者・各課長",
      scope: "本庁舎の全課",
      plannedOn: "2026-03-10",
      participantPersonIds: [staffId, noLogin],
    };
    expect((await staff.post("/api/training/drills", body)).status).toBe(403);
    const unknown = await ciso.post("/api/training/drills", {
      ...body,
      participantPersonIds: [staffId, "00000000-0000-4000-8000-000000000000"],
    });
    expect((await json(unknown)).error.fields["participantPersonIds.1"]).toBeTruthy();
    const outOfYear = await ciso.post("/api/training/drills", { ...body, plannedOn: "2026-04-10" });
    expect((await json(outOfYear)).error.fields.plannedOn).toBeTruthy();
    const res = await ciso.post("/api/training/drills", body);
    expect(res.status).toBe(201);
    drill = (await json(res)).data.id;
  });

  it("participants read it; others do not see it", async () => {
    expect((await staff.get(`/api/training/drills/${drill}`)).status).toBe(200);
    expect((await outsider.get(`/api/training/drills/${drill}`)).status).toBe(403);
    expect((await json(await outsider.get("/api/training/drills"))).data.drills).toEqual([]);
    expect((await json(await staff.get("/api/training/drills"))).data.drills).toHaveLength(1);
  });

  it("the run is a timeline; closing records lessons and items with owner and deadline", async () => {
    const future = await ciso.post(`/api/training/drills/${drill}/events`, {
      at: "2026-05-01T10:00:00+09:00",
      text: "x",
    });
    expect((await json(future)).error.fields.at).toBeTruthy();
    await ciso.post(`/api/training/drills/${drill}/events`, {
      at: "2026-03-10T10:05:00+09:00",
      text: "ネットワーク管理者がLANから切り離した",
    });
    await ciso.post(`/api/training/drills/${drill}/events`, {
      at: "2026-03-10T10:00:00+09:00",
      text: "感染の報告を受けた",
    });
    const badOwner = await ciso.post(`/api/training/drills/${drill}/close`, {
      lessons: "連絡網が古かった",
      actions: [
        {
          text: "連絡網の更新",
          ownerPersonId: "00000000-0000-4000-8000-000000000000",
          deadline: "2026-05-31",
        },
      ],
    });
    expect((await json(badOwner)).error.fields["actions.0.ownerPersonId"]).toBeTruthy();
    const closed = await ciso.post(`/api/training/drills/${drill}/close`, {
      lessons: "連絡網が古かった",
      actions: [{ text: "連絡網の更新", ownerPersonId: staffId, deadline: "2026-05-31" }],
    });
    expect(closed.status).toBe(200);
    const d = (await json(await staff.get(`/api/training/drills/${drill}`))).data;
    expect(d.status).toBe("held");
    expect(d.timeline.map((e: any) => e.text)).toEqual([
      "感染の報告を受けた",
      "ネットワーク管理者がLANから切り離した",
    ]);
    expect(d.actions).toEqual([expect.objectContaining({ text: "連絡網の更新", mayComplete: true })]);
    expect((await ciso.post(`/api/training/drills/${drill}/close`, { lessons: "x" })).status).toBe(409);
    expect((await outsider.post(`/api/training/drill-actions/${d.actions[0].id}/done`)).status).toBe(403);
    expect((await staff.post(`/api/training/drill-actions/${d.actions[0].id}/done`)).status).toBe(200);
    expect((await staff.post(`/api/training/drill-actions/${d.actions[0].id}/done`)).status).toBe(409);
  });
});

describe("QR check-in: the session's code, on its day, for the person themself", () => {
  it("refuses a wrong token and another day; records the person with method qr", async () => {
    // A 令和7年度 plan with a session on 2026-03-31, the day before the test clock's today.
    const p25 = (await json(await ciso.post("/api/training/plans", { fiscalYear: 2025, title: "令和7年度" })))
      .data;
    const c25 = (
      await json(
        await ciso.post("/api/training/courses", {
          planId: p25.id,
          title: "集合研修",
          delivery: "classroom",
          audience: { kind: "everyone" },
        }),
      )
    ).data.id;
    await ciso.post(`/api/training/plans/${p25.id}/actions`, { action: "submit" });
    await committee.post(`/api/training/plans/${p25.id}/actions`, { action: "approve" });
    const s = (
      await json(
        await ciso.post("/api/training/sessions", { courseId: c25, heldOn: "2026-03-31", place: "会議室" }),
      )
    ).data.id;
    expect((await staff.get(`/api/training/sessions/${s}/qr`)).status).toBe(403);
    const qr = (await json(await ciso.get(`/api/training/sessions/${s}/qr`))).data;
    expect(qr.qr).toMatch(/^data:image\/png;base64,/);
    const token = new URL(qr.url).searchParams.get("t");
    const wrong = await staff.post(`/api/training/sessions/${s}/checkin`, { token: "0".repeat(32) });
    expect((await json(wrong)).error.fields.token).toBeTruthy();
    const late = await staff.post(`/api/training/sessions/${s}/checkin`, { token });
    expect((await json(late)).error.code).toBe("checkin_not_today");
    t.clock.advance(-24 * 3600_000);
    const res = await staff.post(`/api/training/sessions/${s}/checkin`, { token });
    t.clock.advance(24 * 3600_000);
    expect((await json(res)).data.recorded).toBe(1);
    const rows = (await t.database.db.execute(
      sql`select method, recorded_by_person_id from training_attendance where course_id = ${c25}::uuid`,
    )) as any;
    expect(rows.rows).toEqual([{ method: "qr", recorded_by_person_id: staffId }]);
  });
});
