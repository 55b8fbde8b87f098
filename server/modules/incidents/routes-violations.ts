/**
 * Violations (違反: recorded, the 課長 and the duties the profile names notified, the measures
 * and the rights action) and the emergency response plan (緊急時対応計画, a document of the
 * documents module read through its face). Split from routes.ts, which keeps the cases.
 */
import { createRoute, z } from "@hono/zod-openapi";
import { desc } from "drizzle-orm";
import type { Context } from "hono";
import { authorize, can, requireActor, serialize } from "../../access";
import type { AppEnv } from "../../http/context";
import { notFound } from "../../http/errors";
import {
  jsonBody as body,
  createRouter,
  requestContext as ctxOf,
  errorResponses,
  jsonContent as json,
  SESSION_ROUTE,
} from "../../http/router";
import { draftEmergencyPlan, emergencyPlanPending, emergencyPlanView } from "../documents";
import { type ViolationRecord, violationVisibilitySql } from "./access";
import {
  changeRights,
  createViolation,
  loadViolation,
  notifyManager,
  recordMeasures,
  type ViolationRow,
  violationPolicy,
} from "./commands/violations";
import { namesOf, unitOf } from "./queries";
import { EmergencyPlan, Violation, ViolationList as ViolationListRes } from "./responses";
import {
  IdParam,
  PlanReq,
  VersionParam,
  ViolationCreateReq,
  ViolationMeasuresReq,
  ViolationRightsReq,
} from "./schema";
import { violations } from "./tables";

type C = Context<AppEnv>;
const TAG = ["incidents"];

function violationRecord(
  v: ViolationRow,
  unit: { departmentId: string | null; bureauId: string | null },
  policy: ReturnType<typeof violationPolicy>,
): ViolationRecord {
  return {
    reportedByPersonId: v.reportedByPersonId,
    unit,
    notifyDuty: policy.notifyDuty,
    rightsDuty: policy.rightsDuty,
    rightsMeasures: policy.rightsMeasures,
  };
}

async function violationView(c: C, v: ViolationRow) {
  const actor = requireActor(c.get("actor"));
  const db = c.get("deps").database.db;
  const policy = violationPolicy(c.get("deps").profile());
  const unit = await unitOf(db, v.departmentId);
  const names = await namesOf(db, [v.personId, v.reportedByPersonId]);
  const record = violationRecord(v, unit, policy);
  return {
    id: v.id,
    person: { id: v.personId, name: names.get(v.personId) ?? null },
    departmentId: v.departmentId,
    description: v.description,
    occurredOn: v.occurredOn,
    incidentId: v.incidentId,
    reportedBy: v.reportedByPersonId
      ? { id: v.reportedByPersonId, name: names.get(v.reportedByPersonId) ?? null }
      : null,
    managerNotifiedAt: v.managerNotifiedAt?.toISOString() ?? null,
    managersNotified: v.managersNotified,
    measures: v.measures,
    rightsAction: v.rightsAction,
    rightsActionAt: v.rightsActionAt?.toISOString() ?? null,
    rightsReason: v.rightsReason,
    createdAt: v.createdAt.toISOString(),
    clause: policy.clause,
    policies: serialize(actor, "violation", record),
  };
}

/** The emergency response plan: a document of the documents module now (its face). */
async function planView(c: C, version?: number) {
  const actor = authorize(c.get("actor"), "read", "emergencyPlan", null);
  const deps = c.get("deps");
  const view = await emergencyPlanView(deps.database.db, version);
  if (!view.found) throw notFound({ ja: "緊急時対応計画の版", en: "That version of the plan" });
  return {
    current: view.current,
    versions: view.versions,
    documentId: view.documentId,
    // The draft waiting for approval is the writers' (CSIRT, CISO) only; staff read what is in force.
    pending: can(actor, "update", "emergencyPlan", null)
      ? await emergencyPlanPending(deps.database.db)
      : null,
    rule: deps.profile().incidents.emergency_plan ?? null,
    policies: serialize(actor, "emergencyPlan", null),
  };
}

/** The shapes these routes answer with, for the web app's typed contract (web/src/contract.ts). */
export type ViolationView = Awaited<ReturnType<typeof violationView>>;
export type EmergencyPlanView = Awaited<ReturnType<typeof planView>>;
type ViolationPolicy = ReturnType<typeof violationPolicy>;
export interface ViolationList {
  items: ViolationView[];
  rightsMeasures: ViolationPolicy["rightsMeasures"];
  clause: ViolationPolicy["clause"];
  policies: ReturnType<typeof serialize>;
}

export function violationRoutes() {
  const app = createRouter();

  // ── violations (違反) ───────────────────────────────────────────────────────
  const readableViolation = async (c: C, id: string) => {
    const actor = requireActor(c.get("actor"));
    const deps = c.get("deps");
    const v = await loadViolation(deps.database.db, id);
    const unit = await unitOf(deps.database.db, v.departmentId);
    const record = violationRecord(v, unit, violationPolicy(deps.profile()));
    if (!can(actor, "read", "violation", record)) throw notFound({ ja: "違反", en: "The violation" });
    return { actor, v, record };
  };

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/violations",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "違反の一覧 / Violations",
      responses: { 200: json(ViolationListRes, "List"), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const db = deps.database.db;
      const policy = violationPolicy(deps.profile());
      const where = violationVisibilitySql(actor, policy);
      const rows = await db
        .select()
        .from(violations)
        .where(where)
        .orderBy(desc(violations.createdAt))
        .limit(500);
      const items = [];
      for (const v of rows) items.push(await violationView(c, v));
      return c.json(
        {
          items,
          rightsMeasures: policy.rightsMeasures,
          clause: policy.clause,
          policies: serialize(actor, "violations", policy),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/violations",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "違反の報告 / Report a violation",
      request: body(ViolationCreateReq),
      responses: { 201: json(Violation, "Reported"), ...errorResponses },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const deps = c.get("deps");
      authorize(c.get("actor"), "create", "violations", violationPolicy(deps.profile()));
      const v = await createViolation(deps.database.db, ctxOf(c), input, deps.now());
      return c.json(await violationView(c, v), 201);
    },
  );

  const violationRoute = <B extends z.ZodType>(path: string, summary: string, req: B) =>
    createRoute({
      method: "post",
      path,
      tags: TAG,
      security: SESSION_ROUTE,
      summary,
      request: { params: IdParam, ...body(req) },
      responses: {
        200: json(Violation, "The violation"),
        409: { description: "Conflict" },
        ...errorResponses,
      },
    });

  app.openapi(
    violationRoute(
      "/api/violations/{id}/notify-manager",
      "所属課の管理者へ通知 / Notify the department's manager",
      z.strictObject({}).openapi("Empty"),
    ),
    async (c) => {
      const { id } = c.req.valid("param");
      c.req.valid("json");
      const deps = c.get("deps");
      const { actor, v, record } = await readableViolation(c, id);
      authorize(actor, "update", "violation", record);
      const row = await notifyManager(deps.database.db, ctxOf(c), deps.profile(), v, deps.now());
      return c.json(await violationView(c, row), 200);
    },
  );

  app.openapi(
    violationRoute("/api/violations/{id}/measures", "措置の記録 / Record measures", ViolationMeasuresReq),
    async (c) => {
      const { id } = c.req.valid("param");
      const input = c.req.valid("json");
      const deps = c.get("deps");
      const { actor, v, record } = await readableViolation(c, id);
      authorize(actor, "update", "violation", record);
      const row = await recordMeasures(deps.database.db, ctxOf(c), v, input.measures, deps.now());
      return c.json(await violationView(c, row), 200);
    },
  );

  app.openapi(
    violationRoute(
      "/api/violations/{id}/rights",
      "システム利用権の停止・剥奪・回復 / Suspend, withdraw or restore system rights",
      ViolationRightsReq,
    ),
    async (c) => {
      const { id } = c.req.valid("param");
      const input = c.req.valid("json");
      const deps = c.get("deps");
      const { actor, v, record } = await readableViolation(c, id);
      const action = input.action === "withdraw" ? "withdrawRights" : "suspendRights";
      authorize(actor, action, "violation", record);
      const row = await changeRights(deps.database.db, ctxOf(c), deps.profile(), v, input, deps.now());
      return c.json(await violationView(c, row), 200);
    },
  );

  // ── emergency response plan (緊急時対応計画) ─────────────────────────────────
  // The plan is a document of the documents module now (its face); these routes keep answering.
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/emergency-plan",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "緊急時対応計画（最新版と版の一覧） / Emergency response plan",
      responses: { 200: json(EmergencyPlan, "Plan"), ...errorResponses },
    }),
    async (c) => c.json(await planView(c), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/emergency-plan/versions/{version}",
      tags: TAG,
      security: SESSION_ROUTE,
      request: { params: VersionParam },
      responses: { 200: json(EmergencyPlan, "Plan version"), ...errorResponses },
    }),
    async (c) => c.json(await planView(c, c.req.valid("param").version), 200),
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/api/emergency-plan",
      tags: TAG,
      security: SESSION_ROUTE,
      summary:
        "緊急時対応計画の案を保存（承認と公開は文書の画面で、作成者以外が承認） / Save a draft of the plan (approved by another and published as a document)",
      request: body(PlanReq),
      responses: { 200: json(EmergencyPlan, "Plan"), ...errorResponses },
    }),
    async (c) => {
      const { note, ...content } = c.req.valid("json");
      authorize(c.get("actor"), "update", "emergencyPlan", null);
      const deps = c.get("deps");
      await draftEmergencyPlan(deps.database.db, ctxOf(c), deps.profile(), content, note ?? null, deps.now());
      return c.json(await planView(c), 200);
    },
  );

  return app;
}
