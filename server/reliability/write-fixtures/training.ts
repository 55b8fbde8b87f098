/** Write fixtures of 研修 (training): the rules are described in ./index.ts. */

import { sql } from "drizzle-orm";
import { makePerson } from "../../test/factories";
import { ok, person, personOfB, type World } from "../matrix-world";
import { A, ALL, type WriteFixture } from "./shared";

const PLANS_OPEN = {
  open: "training plans, their courses and sessions are organization-wide and read by everyone signed in (training_plan.read)",
};

let trainingYear = 2030;

/** A fiscal year no other training fixture has used (one plan per 年度). */
const nextTrainingYear = () => trainingYear++;

async function trainingPlan(w: World): Promise<string> {
  const plan = await ok<{ id: string }>(
    w.clients.ciso.post("/api/training/plans", { fiscalYear: nextTrainingYear(), title: "行列 研修計画" }),
    "training plan",
  );
  return plan.id;
}

const trainingCourseBody = (planId: string) => ({
  planId,
  title: "行列 研修",
  delivery: "classroom",
  audience: { kind: "everyone" },
});

const courseYears = new Map<string, number>();

const trainingYearOf = (course: string) => courseYears.get(course) ?? 2000;

async function trainingCourse(w: World): Promise<string> {
  const plan = await trainingPlan(w);
  const course = await ok<{ id: string; fiscalYear: number }>(
    w.clients.ciso.post("/api/training/courses", trainingCourseBody(plan)),
    "course",
  );
  courseYears.set(course.id, course.fiscalYear);
  return course.id;
}

const trainingDrillBody = (participant: string) => ({
  fiscalYear: 2025,
  title: "行列 訓練",
  scenario: "行列 ランサムウェア感染",
  organization: "行列 CISO・ネットワーク管理者",
  scope: "行列 本庁舎",
  plannedOn: "2026-03-01",
  participantPersonIds: [participant],
});
/** A planned drill (held on 2026-03-01, before the matrix's today). */
export async function trainingDrill(w: World): Promise<string> {
  const d = await ok<{ id: string }>(
    w.clients.ciso.post("/api/training/drills", trainingDrillBody(await person(w))),
    "drill",
  );
  return d.id;
}

let newHirePlan: World | null = null;
/** The 令和8年度 plan's course for everyone (sessions held on the matrix's today, 2026-04-01). */
let todayCourse = "";

/** A 令和8年度 plan in effect whose new-hire course people who join on 2026-04-01 are given. */
async function trainingNewHirePlan(w: World) {
  if (newHirePlan === w) return;
  const plan = await ok<{ id: string }>(
    w.clients.ciso.post("/api/training/plans", { fiscalYear: 2026, title: "行列 令和8年度 研修計画" }),
    "training plan 2026",
  );
  await ok(
    w.clients.ciso.post("/api/training/courses", { ...trainingCourseBody(plan.id), newHire: true }),
    "new-hire course",
  );
  todayCourse = (
    await ok<{ id: string }>(
      w.clients.ciso.post("/api/training/courses", trainingCourseBody(plan.id)),
      "course",
    )
  ).id;
  await ok(w.clients.ciso.post(`/api/training/plans/${plan.id}/actions`, { action: "submit" }), "submit");
  await ok(
    w.clients.committee.post(`/api/training/plans/${plan.id}/actions`, { action: "approve" }),
    "approve",
  );
  await ok(
    w.clients.ciso.post(`/api/training/plans/${plan.id}/actions`, { action: "put_in_effect" }),
    "in effect",
  );
  newHirePlan = w;
}

/** A 会計年度任用職員 of 住民課 without a login. */
const fiscalYearStaff = async (w: World) =>
  (
    await makePerson(w.t.database.db, {
      name: `行列 会計年度${w.seq()}`,
      departmentId: A(w),
      employmentType: "fiscal_year",
    })
  ).id;

let runningCourse: { world: World; id: string } | null = null;

/** A session on 2026-03-01 of the one course of a 令和7年度 plan that the committee approved and put in effect. */
async function trainingSession(w: World): Promise<string> {
  if (runningCourse?.world !== w) {
    const plan = await ok<{ id: string }>(
      w.clients.ciso.post("/api/training/plans", { fiscalYear: 2025, title: "行列 令和7年度 研修計画" }),
      "training plan 2025",
    );
    const course = await ok<{ id: string }>(
      w.clients.ciso.post("/api/training/courses", trainingCourseBody(plan.id)),
      "course",
    );
    await ok(w.clients.ciso.post(`/api/training/plans/${plan.id}/actions`, { action: "submit" }), "submit");
    await ok(
      w.clients.committee.post(`/api/training/plans/${plan.id}/actions`, { action: "approve" }),
      "approve",
    );
    await ok(
      w.clients.ciso.post(`/api/training/plans/${plan.id}/actions`, { action: "put_in_effect" }),
      "in effect",
    );
    runningCourse = { world: w, id: course.id };
  }
  const session = await ok<{ id: string }>(
    w.clients.ciso.post("/api/training/sessions", {
      courseId: runningCourse.id,
      heldOn: "2026-03-01",
      place: "行列 会議室",
    }),
    "session",
  );
  return session.id;
}

export const TRAINING_FIXTURES: Record<string, WriteFixture> = {
  "POST /api/training/plans": {
    allow: ["ciso"],
    rule: "the organizer duty of the profile (西原村: the CISO, 対策基準 6.2(2)①) drafts the plan",
    async prepare() {
      return {
        url: "/api/training/plans",
        body: { fiscalYear: nextTrainingYear(), title: "行列 研修計画" },
        watch: [["training_plans"]],
      };
    },
  },
  "POST /api/training/courses": {
    allow: ["ciso"],
    bodyIds: { planId: PLANS_OPEN },
    rule: "courses are added to a draft plan by the organizer (6.2(2)①④)",
    async prepare(w) {
      const plan = await trainingPlan(w);
      return { url: "/api/training/courses", body: trainingCourseBody(plan), watch: [["training_courses"]] };
    },
  },
  "POST /api/training/courses/{id}/material": {
    allow: ["ciso"],
    rule: "an e-learning course's PDF material is the organizer's, with the draft plan (6.2(2)①)",
    async prepare(w) {
      const plan = await trainingPlan(w);
      const course = await ok<{ id: string }>(
        w.clients.ciso.post("/api/training/courses", {
          ...trainingCourseBody(plan),
          delivery: "elearning",
        }),
        "e-learning course",
      );
      const form = () => {
        const f = new FormData();
        f.set("file", new File([Buffer.from("%PDF-1.4\n%%EOF\n", "latin1")], "教材.pdf"));
        return f;
      };
      return {
        url: `/api/training/courses/${course.id}/material`,
        form,
        watch: [["training_courses", course.id]],
      };
    },
  },
  "POST /api/training/sessions": {
    allow: ["ciso"],
    bodyIds: { courseId: PLANS_OPEN },
    rule: "sessions of a course are set by the organizer (6.2(1): the CISO holds training)",
    async prepare(w) {
      const course = await trainingCourse(w);
      return {
        url: "/api/training/sessions",
        body: { courseId: course, heldOn: `${trainingYearOf(course)}-06-01`, place: "行列 会議室" },
        watch: [["training_sessions"]],
      };
    },
  },
  "POST /api/training/attendance": {
    allow: ["managerA", "ciso"],
    bodyIds: { sessionId: PLANS_OPEN, "personIds[]": { hidden: personOfB } },
    rule: "a person of 住民課 is recorded by their 課長 (6.2(2)⑤) or the organizer; not by others",
    refusal: {
      statuses: [400],
      why: "a sign-in sheet is checked entry by entry: a person one may not record is a located error (personIds.n), nothing is written",
    },
    async prepare(w) {
      const session = await trainingSession(w);
      const personId = (
        await makePerson(w.t.database.db, { name: `行列 受講者${w.seq()}`, departmentId: A(w) })
      ).id;
      return {
        url: "/api/training/attendance",
        body: { sessionId: session, personIds: [personId] },
        watch: [["training_attendance"]],
      };
    },
  },
  "POST /api/training/sessions/{id}/attendance/import": {
    allow: ["managerA", "ciso"],
    rule: "imports are the organizer's or a 課長's (each row checked against their 課); a real run here",
    async prepare(w) {
      const session = await trainingSession(w);
      const number = `M${w.seq()}`;
      await makePerson(w.t.database.db, {
        name: `行列 取込${number}`,
        employeeNumber: number,
        departmentId: A(w),
      });
      return {
        url: `/api/training/sessions/${session}/attendance/import`,
        form: () => {
          const f = new FormData();
          f.append("file", new File([`職員番号\r\n${number}\r\n`], "出席簿.csv", { type: "text/csv" }));
          f.append("dryRun", "false");
          return f;
        },
        watch: [["training_attendance"]],
      };
    },
  },
  "POST /api/training/new-hires": {
    allow: ["managerA", "ciso"],
    bodyIds: { personId: { hidden: personOfB } },
    rule: "a person who joined 住民課 is given the new-hire course by their 課長 or the organizer (6.2(2)③)",
    async prepare(w) {
      await trainingNewHirePlan(w);
      return {
        url: "/api/training/new-hires",
        body: { personId: await fiscalYearStaff(w), joinedOn: "2026-04-01" },
        watch: [["training_assignments"]],
      };
    },
  },
  "POST /api/training/consents": {
    allow: ["managerA"],
    bodyIds: { personId: { hidden: personOfB } },
    rule: "the 課長 of the person's 課 asks for the 同意書 where needed (6.1(2)②)",
    async prepare(w) {
      return {
        url: "/api/training/consents",
        body: { personId: await fiscalYearStaff(w) },
        watch: [["training_consents"]],
      };
    },
  },
  "POST /api/training/consents/{id}/sign": {
    allow: ["managerA"],
    rule: "a paper 同意書 is recorded as received by the 課長 who asks for it (6.1(2)②); the person signs in the app",
    async prepare(w) {
      const consent = await ok<{ id: string }>(
        w.clients.managerA.post("/api/training/consents", { personId: await fiscalYearStaff(w) }),
        "consent",
      );
      return {
        url: `/api/training/consents/${consent.id}/sign`,
        body: { method: "paper" },
        watch: [["training_consents", consent.id]],
      };
    },
  },
  "POST /api/training/reports": {
    allow: ["managerA"],
    bodyIds: {
      planId: PLANS_OPEN,
      departmentId: {
        open: "the organization chart is read by everyone signed in (department.read); acting in another department is the route's own rule, tested by the matrix",
      },
    },
    rule: "the 課長 reports their 課's training to the ネットワーク管理者 (6.2(2)⑤)",
    async prepare(w) {
      await trainingSession(w);
      const [plan] = (
        (await w.t.database.db.execute(
          sql`select id from training_plans where fiscal_year = 2025`,
        )) as unknown as { rows: Array<{ id: string }> }
      ).rows;
      return {
        url: "/api/training/reports",
        body: { planId: plan.id, stepKey: "department", departmentId: A(w), reportedOn: "2026-03-31" },
        watch: [["training_reports"]],
      };
    },
  },
  "POST /api/training/plans/{id}/actions": {
    allow: [],
    witness: "committee",
    rule: "only the committee approves the plan (6.2(2)①); nobody of the matrix holds approve_training_plan",
    async prepare(w) {
      const plan = await trainingPlan(w);
      await ok(w.clients.ciso.post("/api/training/courses", trainingCourseBody(plan)), "course");
      await ok(w.clients.ciso.post(`/api/training/plans/${plan}/actions`, { action: "submit" }), "submit");
      return {
        url: `/api/training/plans/${plan}/actions`,
        body: { action: "approve" },
        watch: [["training_plans", plan]],
      };
    },
  },
  "POST /api/training/courses/{id}/quiz": {
    allow: ["staffA", "managerA"],
    rule: "an e-learning course is completed by a person of its audience (here 住民課) who passes its quiz",
    refusal: {
      statuses: [409],
      why: "a person outside the course's audience is told so (not_in_audience); nothing is written",
    },
    async prepare(w) {
      const plan = await trainingPlan(w);
      const course = await ok<{ id: string }>(
        w.clients.ciso.post("/api/training/courses", {
          ...trainingCourseBody(plan),
          delivery: "elearning",
          audience: { kind: "departments", unitIds: [A(w)] },
          quiz: { passMark: 50, questions: [{ text: "行列 設問", choices: ["はい", "いいえ"], correct: 0 }] },
        }),
        "e-learning course",
      );
      await ok(w.clients.ciso.post(`/api/training/plans/${plan}/actions`, { action: "submit" }), "submit");
      await ok(
        w.clients.committee.post(`/api/training/plans/${plan}/actions`, { action: "approve" }),
        "approve",
      );
      return {
        url: `/api/training/courses/${course.id}/quiz`,
        body: { answers: [0] },
        watch: [["training_attendance"]],
      };
    },
  },
  "POST /api/training/drills": {
    allow: ["ciso"],
    rule: "the CISO (the organizer duty) plans 緊急時対応訓練 with 体制 and 範囲 (6.2(3))",
    bodyIds: {
      "participantPersonIds[]": {
        open: "the organizer duty is organization-wide: the CISO names any person of the directory",
      },
    },
    async prepare(w) {
      return {
        url: "/api/training/drills",
        body: trainingDrillBody(await person(w)),
        watch: [["training_drills"]],
      };
    },
  },
  "POST /api/training/drills/{id}/events": {
    allow: ["ciso"],
    rule: "the organizer records the run of a drill (6.2(3))",
    async prepare(w) {
      const id = await trainingDrill(w);
      return {
        url: `/api/training/drills/${id}/events`,
        body: { at: "2026-03-01T10:00:00+09:00", text: "行列 初動" },
        watch: [["training_drills", id]],
      };
    },
  },
  "POST /api/training/drills/{id}/close": {
    allow: ["ciso"],
    rule: "the organizer closes a drill with its lessons and improvement items (6.2(3))",
    bodyIds: {
      "actions[].ownerPersonId": {
        open: "the organizer duty is organization-wide: the CISO names any person of the directory",
      },
    },
    async prepare(w) {
      const id = await trainingDrill(w);
      return {
        url: `/api/training/drills/${id}/close`,
        body: {
          lessons: "行列 教訓",
          actions: [{ text: "行列 改善", ownerPersonId: await person(w), deadline: "2026-06-30" }],
        },
        watch: [["training_drills", id], ["training_drill_actions"]],
      };
    },
  },
  "POST /api/training/drill-actions/{id}/done": {
    allow: ["staffA", "ciso"],
    rule: "an improvement item is marked done by its owner (here staffA) or the organizer",
    async prepare(w) {
      const id = await trainingDrill(w);
      await ok(
        w.clients.ciso.post(`/api/training/drills/${id}/close`, {
          lessons: "行列 教訓",
          actions: [{ text: "行列 改善", ownerPersonId: w.members.staffA.personId, deadline: "2026-06-30" }],
        }),
        "close drill",
      );
      const [action] = (
        (await w.t.database.db.execute(
          sql`select id from training_drill_actions where drill_id = ${id}::uuid`,
        )) as unknown as { rows: Array<{ id: string }> }
      ).rows;
      return {
        url: `/api/training/drill-actions/${action.id}/done`,
        watch: [["training_drill_actions", action.id]],
      };
    },
  },
  "POST /api/training/sessions/{id}/checkin": {
    allow: ALL,
    rule: "a person of the course's audience (here everyone) checks in on the day with the session's QR token",
    async prepare(w) {
      await trainingNewHirePlan(w);
      const session = await ok<{ id: string }>(
        w.clients.ciso.post("/api/training/sessions", {
          courseId: todayCourse,
          heldOn: "2026-04-01",
          place: "行列 会議室",
        }),
        "session today",
      );
      const qr = await ok<{ url: string }>(
        w.clients.ciso.get(`/api/training/sessions/${session.id}/qr`),
        "qr",
      );
      return {
        url: `/api/training/sessions/${session.id}/checkin`,
        body: { token: new URL(qr.url).searchParams.get("t") },
        watch: [["training_attendance"]],
      };
    },
  },
};
