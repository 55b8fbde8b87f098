import { createRoute } from "@hono/zod-openapi";
import { and, asc, desc, eq } from "drizzle-orm";
import { authorize, can, serialize } from "../../../access";
import { personNames } from "../../../directory";
import { createRouter, requestContext as ctxOf, jsonBody, SESSION_ROUTE } from "../../../http/router";
import { actOnPlan, addCourse, createPlan, loadPlan } from "../commands/plans";
import { presentCourse, presentPlan } from "../presenter";
import { TrainingCourseList, TrainingPlanDetail, TrainingPlanList, TrainingPlanRes } from "../responses";
import { CourseRes } from "../responses-records";
import { dutiesOf, trainingRules } from "../rules";
import { CourseCreateReq, CoursesQuery, IdParam, PlanActionReq, PlanCreateReq, PlansQuery } from "../schema";
import { trainingCourses, trainingPlans } from "../tables";
import { created, env, ok, TAG } from "./common";
import { courseExportRoutes, listCourses } from "./courses-export";

export function planRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/training/plans",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "研修計画（年度ごと） / Training plans per fiscal year",
      request: { query: PlansQuery },
      responses: ok("Plans and the profile's training rules", TrainingPlanList),
    }),
    async (c) => {
      const { actor, db, profile } = env(c);
      const duties = dutiesOf(profile);
      authorize(actor, "read", "training_plan", { duties });
      const { fiscalYear } = c.req.valid("query");
      const rows = await db
        .select()
        .from(trainingPlans)
        .where(
          and(
            eq(trainingPlans.profileId, profile.id),
            fiscalYear ? eq(trainingPlans.fiscalYear, fiscalYear) : undefined,
          ),
        )
        .orderBy(desc(trainingPlans.fiscalYear));
      return c.json(
        {
          data: { plans: rows.map((p) => presentPlan(p, actor, duties)), rules: trainingRules(profile) },
          policies: serialize(actor, "training_plan", { duties }),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/training/plans",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "研修計画の作成 / Draft a training plan",
      request: jsonBody(PlanCreateReq),
      responses: created("The plan", TrainingPlanRes),
    }),
    async (c) => {
      const { actor, db, profile, now } = env(c);
      const duties = dutiesOf(profile);
      authorize(actor, "manage", "training_plan", { duties });
      const row = await createPlan(db, ctxOf(c), profile, c.req.valid("json"), now);
      return c.json({ data: presentPlan(row, actor, duties) }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/training/plans/{id}",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "研修計画と研修 / A training plan with its courses",
      request: { params: IdParam },
      responses: ok("The plan with its courses", TrainingPlanDetail),
    }),
    async (c) => {
      const { actor, db, profile } = env(c);
      const duties = dutiesOf(profile);
      authorize(actor, "read", "training_plan", { duties });
      const plan = await loadPlan(db, profile.id, c.req.valid("param").id);
      const courses = await db
        .select()
        .from(trainingCourses)
        .where(eq(trainingCourses.planId, plan.id))
        .orderBy(asc(trainingCourses.createdAt));
      const names = await personNames(
        db,
        [plan.createdByPersonId, plan.submittedByPersonId, plan.approvedByPersonId].filter(
          (x): x is string => !!x,
        ),
      );
      return c.json(
        {
          data: {
            ...presentPlan(plan, actor, duties, names),
            courses: courses.map((x) => presentCourse(x, can(actor, "manage", "training_plan", { duties }))),
            rules: trainingRules(profile),
          },
          policies: serialize(actor, "training_plan", { duties }),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/training/plans/{id}/actions",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "研修計画の提出・承認・差戻し・実施 / Submit, approve, return or put a plan in effect",
      request: { params: IdParam, ...jsonBody(PlanActionReq) },
      responses: ok("The plan in its new state", TrainingPlanRes),
    }),
    async (c) => {
      const { actor, db, profile, now } = env(c);
      const duties = dutiesOf(profile);
      const { action, note, overrideReason } = c.req.valid("json");
      // Approving and returning are the approver's; the rest the organizer's (access.ts).
      const { id } = c.req.valid("param");
      await loadPlan(db, profile.id, id);
      authorize(
        actor,
        action === "approve" || (action === "return" && duties.approver) ? "approve" : "manage",
        "training_plan",
        { duties },
      );
      const row = await actOnPlan(db, ctxOf(c), profile, id, action, note, now, overrideReason);
      return c.json({ data: presentPlan(row, actor, duties) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/training/courses",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "研修（科目）の一覧 / Courses",
      request: { query: CoursesQuery },
      responses: ok("Courses of the plans", TrainingCourseList),
    }),
    async (c) => {
      const { actor, db, profile } = env(c);
      authorize(actor, "read", "training_plan", { duties: dutiesOf(profile) });
      const rows = await listCourses(db, profile.id, c.req.valid("query").fiscalYear);
      return c.json({ data: { courses: rows.map((x) => presentCourse(x, false)) } }, 200);
    },
  );
  courseExportRoutes(app);

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/training/courses",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "研修（科目）の追加 / Add a course to a draft plan",
      request: jsonBody(CourseCreateReq),
      responses: created("The course", CourseRes),
    }),
    async (c) => {
      const { actor, db, profile, now } = env(c);
      authorize(actor, "manage", "training_plan", { duties: dutiesOf(profile) });
      const row = await addCourse(db, ctxOf(c), profile, c.req.valid("json"), now);
      return c.json({ data: presentCourse(row, true) }, 201);
    },
  );

  return app;
}
