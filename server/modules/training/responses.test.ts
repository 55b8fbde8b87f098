/**
 * The training plan, course and "my training" routes answer the shapes of responses.ts (which the
 * web's training screens are typed from): real answers parsed against them, with the plan approved so
 * a staff member's own page lists the course with a consent request beside it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { createTestApp, type TestApp } from "../../test/app";
import { makeDepartment, makeUser } from "../../test/factories";
import { type AuthedClient, authed, signIn } from "../../test/session";
import {
  MyTraining,
  TrainingCourseList,
  TrainingPlanDetail,
  TrainingPlanList,
  TrainingPlanRes,
} from "./responses";

let t: TestApp;
let ciso: AuthedClient, committee: AuthedClient, staff: AuthedClient;

async function user(roles: Array<[string, string | null]>, departmentId: string) {
  const u = await makeUser(t.database.db, { departmentId, roles });
  return authed(t, await signIn(t, u.user.loginId, u.password));
}

/** The answer parsed against its schema: the issues (none expected) and the parsed body. */
async function shaped<S extends z.ZodType>(schema: S, res: Response, status = 200): Promise<z.output<S>> {
  const body: unknown = await res.json();
  expect(res.status, JSON.stringify(body).slice(0, 300)).toBe(status);
  const parsed = schema.safeParse(body);
  expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual(
    [],
  );
  return parsed.data as z.output<S>;
}

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  const dept = (await makeDepartment(t.database.db, { name: "総務課" })).id;
  ciso = await user([["ciso", null]], dept);
  committee = await user([["committee", null]], dept);
  staff = await user([], dept);
});
afterAll(async () => t.close());

describe("training routes answer the shapes the screens are typed from", () => {
  it("plans, a plan with its courses, the courses of the 年度 and a staff member's own page", async () => {
    const plan = await shaped(
      TrainingPlanRes,
      await ciso.post("/api/training/plans", { fiscalYear: 2026, title: "令和8年度 研修計画" }),
      201,
    );
    const quiz = {
      passMark: 80,
      questions: [{ text: "パスワードは？", choices: ["共有", "秘密"], correct: 1 }],
    };
    expect(
      (
        await ciso.post("/api/training/courses", {
          planId: plan.data.id,
          title: "情報セキュリティ研修（eラーニング）",
          delivery: "elearning",
          audience: { kind: "everyone" },
          materialText: "教材",
          quiz,
        })
      ).status,
    ).toBe(201);
    expect(
      (await ciso.post(`/api/training/plans/${plan.data.id}/actions`, { action: "submit" })).status,
    ).toBe(200);
    expect(
      (await committee.post(`/api/training/plans/${plan.data.id}/actions`, { action: "approve" })).status,
    ).toBe(200);
    const list = await shaped(TrainingPlanList, await ciso.get("/api/training/plans"));
    expect(list.data.plans.map((p) => p.status)).toEqual(["approved"]);
    const detail = await shaped(TrainingPlanDetail, await ciso.get(`/api/training/plans/${plan.data.id}`));
    // The organizer sees the quiz's answers; the course list of the 年度 answers the same shape.
    expect(detail.data.courses[0]?.quiz?.questions[0]?.correct).toBe(1);
    await shaped(TrainingCourseList, await staff.get("/api/training/courses?fiscalYear=2026"));
    const mine = await shaped(MyTraining, await staff.get("/api/training/my?fiscalYear=2026"));
    expect(mine.data.courses.map((c) => [c.title, c.hasQuiz])).toEqual([
      ["情報セキュリティ研修（eラーニング）", true],
    ]);
  });
});
