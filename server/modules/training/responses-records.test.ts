/**
 * The training routes that record and count the year's work answer the response schemas they
 * declare (responses-records.ts, which the web's training screens are typed from): each real
 * answer parsed against the route's own declared schema, over one 年度 in 西原村 — a plan with a
 * classroom, an e-learning and a new-hire course, a session with its sheet, QR code, attendance
 * and import, completion and overdue, a drill, a new hire, a 同意書 and the first report. The test clock stands at 2026-04-01 09:00 JST.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment, makePerson, makeUser } from "../../test/factories";
import { expectDeclaredShape } from "../../test/response-schema";
import { type AuthedClient, authed, signIn } from "../../test/session";

let t: TestApp;
let ciso: AuthedClient, committee: AuthedClient, head: AuthedClient, staff: AuthedClient;
let dept: string, staffId: string, newcomer: string, planId: string;
const courses: Record<"classroom" | "elearning" | "newHire", string> = {
  classroom: "",
  elearning: "",
  newHire: "",
};

async function user(roles: Array<[string, string | null]>, departmentId: string) {
  const u = await makeUser(t.database.db, { departmentId, roles });
  return { client: authed(t, await signIn(t, u.user.loginId, u.password)), id: u.person.id };
}

/** The body of an answer that parsed against its route's declared schema. */
async function shaped<T>(res: Response, method: string, path: string, status = 200): Promise<T> {
  return (await expectDeclaredShape(t, res, { method, path, status })) as T;
}
type Id = { data: { id: string } };

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  const db = t.database.db;
  dept = (await makeDepartment(db, { name: "総務課" })).id;
  ciso = (await user([["ciso", null]], dept)).client;
  committee = (await user([["committee", null]], dept)).client;
  head = (await user([["security_system_manager", dept]], dept)).client;
  const s = await user([], dept);
  staff = s.client;
  staffId = s.id;
  newcomer = (
    await makePerson(db, {
      name: "新井 採用",
      employeeNumber: "3001",
      departmentId: dept,
      employmentType: "fiscal_year",
    })
  ).id;
  const plan = await shaped<Id>(
    await ciso.post("/api/training/plans", { fiscalYear: 2026, title: "令和8年度 研修計画" }),
    "POST",
    "/api/training/plans",
    201,
  );
  planId = plan.data.id;
  const course = async (body: Record<string, unknown>) =>
    (
      await shaped<Id>(
        await ciso.post("/api/training/courses", { planId, audience: { kind: "everyone" }, ...body }),
        "POST",
        "/api/training/courses",
        201,
      )
    ).data.id;
  courses.classroom = await course({
    title: "情報セキュリティ研修",
    delivery: "classroom",
    dueDate: "2026-06-30",
  });
  courses.elearning = await course({
    title: "標的型攻撃メール対策",
    delivery: "elearning",
    materialText: "不審なメールは開かずに報告してください。",
    quiz: { passMark: 100, questions: [{ text: "添付は？", choices: ["開く", "報告する"], correct: 1 }] },
  });
  courses.newHire = await course({ title: "新規採用職員研修", delivery: "classroom", newHire: true });
  for (const [who, action] of [
    [ciso, "submit"],
    [committee, "approve"],
    [ciso, "put_in_effect"],
  ] as const)
    expect((await who.post(`/api/training/plans/${planId}/actions`, { action })).status).toBe(200);
});
afterAll(async () => t.close());

describe("training records answer the shapes the screens are typed from", () => {
  it("a session: the list, its sheet, its QR code, attendance ticked and imported", async () => {
    const session = await shaped<Id>(
      await ciso.post("/api/training/sessions", {
        courseId: courses.classroom,
        heldOn: "2026-04-01",
        place: "大会議室",
      }),
      "POST",
      "/api/training/sessions",
      201,
    );
    const id = session.data.id;
    const list = await shaped<{ data: { sessions: Array<{ id: string }> } }>(
      await ciso.get("/api/training/sessions?fiscalYear=2026"),
      "GET",
      "/api/training/sessions",
    );
    expect(list.data.sessions.map((x) => x.id)).toEqual([id]);
    const sheet = await shaped<{ data: { people: Array<{ personId: string }> } }>(
      await head.get(`/api/training/sessions/${id}/sheet`),
      "GET",
      "/api/training/sessions/{id}/sheet",
    );
    expect(sheet.data.people.map((p) => p.personId)).toContain(staffId);
    await shaped(await ciso.get(`/api/training/sessions/${id}/qr`), "GET", "/api/training/sessions/{id}/qr");
    const recorded = await shaped<{ data: { recorded: number } }>(
      await head.post("/api/training/attendance", { sessionId: id, personIds: [staffId] }),
      "POST",
      "/api/training/attendance",
    );
    expect(recorded.data.recorded).toBe(1);
    const form = new FormData();
    form.append("file", new File(["職員番号,氏名\r\n9999,誰か\r\n"], "出席簿.csv", { type: "text/csv" }));
    const dry = await shaped<{ data: { errors: unknown[] } }>(
      await head.request("POST", `/api/training/sessions/${id}/attendance/import`, form),
      "POST",
      "/api/training/sessions/{id}/attendance/import",
    );
    expect(dry.data.errors).toHaveLength(1);
  });

  it("e-learning: the course to learn, a failed and a passed quiz", async () => {
    const path = `/api/training/courses/${courses.elearning}`;
    await shaped(await staff.get(`${path}/learn`), "GET", "/api/training/courses/{id}/learn");
    const fail = await shaped<{ data: { passed: boolean } }>(
      await staff.post(`${path}/quiz`, { answers: [0] }),
      "POST",
      "/api/training/courses/{id}/quiz",
    );
    const pass = await shaped<{ data: { passed: boolean } }>(
      await staff.post(`${path}/quiz`, { answers: [1] }),
      "POST",
      "/api/training/courses/{id}/quiz",
    );
    expect([fail.data.passed, pass.data.passed]).toEqual([false, true]);
  });

  it("completion per 課 and per person, and who is overdue", async () => {
    for (const by of ["department", "person", "organization"])
      await shaped(
        await ciso.get(`/api/training/completion?fiscalYear=2026&by=${by}&asOf=2027-03-31`),
        "GET",
        "/api/training/completion",
      );
    const late = await shaped<{ data: { overdue: unknown[] } }>(
      await ciso.get("/api/training/overdue?fiscalYear=2026&asOf=2027-03-31"),
      "GET",
      "/api/training/overdue",
    );
    expect(late.data.overdue.length).toBeGreaterThan(0);
  });

  it("a drill: planned, listed, run, closed with an improvement item, the item done", async () => {
    const drill = await shaped<Id>(
      await ciso.post("/api/training/drills", {
        fiscalYear: 2026,
        title: "ランサムウェア感染を想定した訓練",
        scenario: "端末がランサムウェアに感染した",
        organization: "CISO・各課長",
        scope: "本庁舎",
        plannedOn: "2026-04-01",
        participantPersonIds: [staffId],
      }),
      "POST",
      "/api/training/drills",
      201,
    );
    const id = drill.data.id;
    await shaped(await staff.get("/api/training/drills"), "GET", "/api/training/drills");
    await shaped(
      await ciso.post(`/api/training/drills/${id}/events`, { at: "2026-04-01T08:30:00+09:00", text: "検知" }),
      "POST",
      "/api/training/drills/{id}/events",
    );
    await shaped(
      await ciso.post(`/api/training/drills/${id}/close`, {
        lessons: "連絡網が古かった",
        actions: [{ text: "連絡網を更新する", ownerPersonId: staffId, deadline: "2026-12-28" }],
      }),
      "POST",
      "/api/training/drills/{id}/close",
    );
    const detail = await shaped<{ data: { actions: Array<{ id: string }> } }>(
      await staff.get(`/api/training/drills/${id}`),
      "GET",
      "/api/training/drills/{id}",
    );
    await shaped(
      await staff.post(`/api/training/drill-actions/${detail.data.actions[0]?.id}/done`),
      "POST",
      "/api/training/drill-actions/{id}/done",
    );
  });

  it("a new hire, a 同意書 asked and received on paper, the list per 課, the first report", async () => {
    await shaped(
      await head.post("/api/training/new-hires", { personId: newcomer, joinedOn: "2026-04-01" }),
      "POST",
      "/api/training/new-hires",
      201,
    );
    const asked = await shaped<Id>(
      await head.post("/api/training/consents", { personId: newcomer }),
      "POST",
      "/api/training/consents",
      201,
    );
    await shaped(
      await head.post(`/api/training/consents/${asked.data.id}/sign`, { method: "paper" }),
      "POST",
      "/api/training/consents/{id}/sign",
    );
    const list = await shaped<{ data: { people: Array<{ standing: string }> } }>(
      await head.get("/api/training/consents"),
      "GET",
      "/api/training/consents",
    );
    expect(list.data.people.map((p) => p.standing)).toEqual(["signed"]);
    await shaped(
      await head.post("/api/training/reports", {
        planId,
        stepKey: "department",
        departmentId: dept,
        reportedOn: "2026-12-01",
      }),
      "POST",
      "/api/training/reports",
      201,
    );
    const chain = await shaped<{ data: { reports: unknown[] } }>(
      await committee.get(`/api/training/reports?planId=${planId}`),
      "GET",
      "/api/training/reports",
    );
    expect(chain.data.reports).toHaveLength(1);
  });
});
