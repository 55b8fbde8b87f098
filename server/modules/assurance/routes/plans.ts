import { createRoute } from "@hono/zod-openapi";
import { desc, eq } from "drizzle-orm";
import { can, serialize } from "../../../access";
import { notFound } from "../../../http/errors";
import { createRouter, requestContext as ctxOf, jsonBody, SESSION_ROUTE } from "../../../http/router";
import { createPlan, decidePlan, loadPlan, planRef, submitPlan } from "../commands/plans";
import { personNames, unitsByIds } from "../directory";
import { IdParam, PlanCreateReq, PlanDecisionReq } from "../schema";
import { assuranceFindings, assurancePlans } from "../tables";
import { PlanDetailRes, PlanRes, PlansRes } from "../views";
import { type C, created, env, ok, TAG } from "./common";

type PlanRow = typeof assurancePlans.$inferSelect;

function present(p: PlanRow) {
  return {
    id: p.id,
    title: p.title,
    description: p.body,
    departmentId: p.departmentId,
    bureauId: p.bureauId,
    status: p.status,
    approverDuty: p.approverDuty,
    decidedByPersonId: p.decidedByPersonId,
    decidedAt: p.decidedAt?.toISOString() ?? null,
    decisionNote: p.decisionNote,
    createdByPersonId: p.createdByPersonId,
    createdAt: p.createdAt.toISOString(),
  };
}

/** A plan the viewer may not read answers 404, like one that does not exist. */
async function readable(c: C, id: string) {
  const { actor, db, profile } = env(c);
  const plan = await loadPlan(db, profile.id, id);
  const ref = planRef(profile, plan);
  if (!can(actor, "read", "assurance_plan", ref))
    throw notFound({ ja: "改善計画", en: "The improvement plan" });
  return { plan, ref };
}

export function planRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/assurance/improvement-plans",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "改善計画 / Improvement plans",
      responses: ok("Plans the viewer may read, with the profile's approval rule", PlansRes),
    }),
    async (c) => {
      const { actor, db, profile } = env(c);
      const rows = await db
        .select()
        .from(assurancePlans)
        .where(eq(assurancePlans.profileId, profile.id))
        .orderBy(desc(assurancePlans.createdAt))
        .limit(500);
      const visible = rows.filter((p) => can(actor, "read", "assurance_plan", planRef(profile, p)));
      const units = await unitsByIds(
        db,
        visible.map((p) => p.departmentId).filter((x): x is string => !!x),
      );
      const rule = profile.assurance?.improvement_plan ?? null;
      return c.json(
        {
          data: {
            plans: visible.map((p) => ({
              ...present(p),
              unitName: units.get(p.departmentId ?? "")?.name ?? null,
            })),
            rule,
          },
          policies: {
            create:
              can(actor, "create", "assurance_plan", { departmentId: null, bureauId: null }) ||
              (actor.departmentId != null &&
                can(actor, "create", "assurance_plan", { departmentId: actor.departmentId, bureauId: null })),
          },
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/assurance/improvement-plans",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "改善計画の作成（指摘事項をまとめる） / Group findings into an improvement plan",
      request: jsonBody(PlanCreateReq),
      responses: created("The plan (draft)", PlanRes),
    }),
    async (c) => {
      const { db, profile, now } = env(c);
      return c.json(
        { data: present(await createPlan(db, ctxOf(c), profile, c.req.valid("json"), now)) },
        201,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/assurance/improvement-plans/{id}",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "改善計画（指摘事項・承認） / An improvement plan with its findings",
      request: { params: IdParam },
      responses: ok("The plan", PlanDetailRes),
    }),
    async (c) => {
      const { actor, db, profile } = env(c);
      const { plan, ref } = await readable(c, c.req.valid("param").id);
      const findings = await db
        .select({
          id: assuranceFindings.id,
          title: assuranceFindings.title,
          severity: assuranceFindings.severity,
          state: assuranceFindings.state,
          dueDate: assuranceFindings.dueDate,
          clauseId: assuranceFindings.clauseId,
        })
        .from(assuranceFindings)
        .where(eq(assuranceFindings.planId, plan.id));
      const names = await personNames(
        db,
        [plan.createdByPersonId, plan.decidedByPersonId].filter((x): x is string => !!x),
      );
      const unit = plan.departmentId
        ? (await unitsByIds(db, [plan.departmentId])).get(plan.departmentId)
        : null;
      return c.json(
        {
          data: {
            ...present(plan),
            unitName: unit?.name ?? null,
            createdByName: names.get(plan.createdByPersonId ?? "") ?? null,
            decidedByName: names.get(plan.decidedByPersonId ?? "") ?? null,
            findings,
            rule: profile.assurance?.improvement_plan ?? null,
          },
          policies: serialize(actor, "assurance_plan", ref),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/assurance/improvement-plans/{id}/submit",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "改善計画の承認依頼 / Submit a plan for approval",
      request: { params: IdParam },
      responses: ok("The plan", PlanRes),
    }),
    async (c) => {
      const { db, profile, now } = env(c);
      const { id } = c.req.valid("param");
      await readable(c, id);
      return c.json({ data: present(await submitPlan(db, ctxOf(c), profile, id, now)) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/assurance/improvement-plans/{id}/decision",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "改善計画の承認・差し戻し（プロファイルが定める職） / Approve or return a plan",
      request: { params: IdParam, ...jsonBody(PlanDecisionReq) },
      responses: ok("The plan", PlanRes),
    }),
    async (c) => {
      const { db, profile, now } = env(c);
      const { id } = c.req.valid("param");
      await readable(c, id);
      return c.json(
        { data: present(await decidePlan(db, ctxOf(c), profile, id, c.req.valid("json"), now)) },
        200,
      );
    },
  );

  return app;
}
