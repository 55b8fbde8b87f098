/**
 * 休職・退職 routes (#13 item 3): plan a leave or a retirement, see what applying it ends and what
 * the person leaves to reassign, apply it on or after its effective date, or cancel it.
 * Same people as 人事異動 (manage_organization). Assets, requests and incident tasks come through
 * their modules' faces with the viewer's rights: a hidden one is counted, never described.
 */
import { createRoute, z } from "@hono/zod-openapi";
import { desc, eq } from "drizzle-orm";
import type { Context } from "hono";
import { authorize, requireActor, serialize } from "../../access";
import { people } from "../../directory/tables";
import type { AppEnv } from "../../http/context";
import {
  jsonBody as body,
  createRouter,
  requestContext as ctxOf,
  errorResponses,
  jsonContent as json,
  SESSION_ROUTE,
} from "../../http/router";
import { assetsHeldOutside } from "../assets";
import { openTasksOf } from "../incidents";
import { openRequestsOf } from "../requests";
import {
  applySeparation,
  cancelSeparation,
  createSeparation,
  loadSeparation,
  type Separation,
  separationHandover,
} from "./commands/separations";
import type { HandoverEntryT } from "./commands/transfers";
import { HandoverEntry, IdParam, Policies } from "./schema";
import { separations } from "./tables";

type C = Context<AppEnv>;
const TAG = ["org"];
const IsoDate = z.iso.date();

export const SeparationCreateReq = z
  .strictObject({
    personId: z.uuid(),
    kind: z.enum(["leave", "retirement"]),
    effectiveDate: IsoDate,
    expectedReturn: IsoDate.nullable().optional(),
    note: z.string().trim().max(1000).nullable().optional(),
  })
  .openapi("SeparationCreateReq");

const Label = z.object({ ja: z.string(), en: z.string() });

export const SeparationRes = z
  .object({
    id: z.string(),
    personId: z.string(),
    personName: z.string().nullable(),
    kind: z.enum(["leave", "retirement"]),
    kindLabel: Label,
    effectiveDate: z.string(),
    expectedReturn: z.string().nullable(),
    note: z.string().nullable(),
    status: z.enum(["planned", "applied", "cancelled"]),
    fromDepartmentId: z.string().nullable(),
    createdAt: z.string(),
    appliedAt: z.string().nullable(),
    cancelledAt: z.string().nullable(),
    /** Planned: what applying will end; applied: what it ended. */
    handover: z.array(HandoverEntry),
    handoverIsPreview: z.boolean(),
    assetsToReassign: z.array(
      z.object({
        assetId: z.string(),
        as: z.enum(["custodian", "named"]),
        hidden: z.boolean(),
        assetNumber: z.string().nullable(),
        name: z.string().nullable(),
      }),
    ),
    openRequests: z.array(
      z.object({
        requestId: z.string(),
        hidden: z.boolean(),
        number: z.number().nullable(),
        kind: z.string().nullable(),
      }),
    ),
    openTasks: z.array(
      z.object({
        taskId: z.string(),
        title: z.string().nullable(),
        incidentId: z.string(),
        hidden: z.boolean(),
        receiptNumber: z.string().nullable(),
      }),
    ),
    /** Who the profile tells when it is applied, and the clause. */
    notice: z.object({ duty: z.string(), clause: z.string() }).nullable(),
    policies: Policies,
  })
  .openapi("Separation");

const SeparationList = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        personId: z.string(),
        personName: z.string().nullable(),
        kind: z.enum(["leave", "retirement"]),
        kindLabel: Label,
        effectiveDate: z.string(),
        status: z.enum(["planned", "applied", "cancelled"]),
        policies: Policies,
      }),
    ),
  })
  .openapi("SeparationList");

const KIND_LABEL = {
  leave: { ja: "休職", en: "Leave" },
  retirement: { ja: "退職", en: "Retirement" },
} as const;

async function detail(c: C, row: Separation) {
  const actor = requireActor(c.get("actor"));
  const deps = c.get("deps");
  const db = deps.database.db;
  const profile = deps.profile();
  const viewer = { actor, profile };
  const [person] = await db.select({ name: people.name }).from(people).where(eq(people.id, row.personId));
  const preview = row.status === "planned" ? await separationHandover(db, profile, row, deps.now()) : null;
  const live = row.status !== "cancelled";
  const held = live
    ? await assetsHeldOutside(db, viewer, [{ personId: row.personId, departmentId: null }])
    : [];
  const requests = live ? await openRequestsOf(db, actor, [row.personId]) : [];
  const tasks = live ? await openTasksOf(db, actor, [row.personId]) : [];
  const rule = profile.personnel?.leaving;
  return {
    id: row.id,
    personId: row.personId,
    personName: person?.name ?? null,
    kind: row.kind,
    kindLabel: KIND_LABEL[row.kind],
    effectiveDate: row.effectiveDate,
    expectedReturn: row.expectedReturn,
    note: row.note,
    status: row.status,
    fromDepartmentId: row.fromDepartmentId,
    createdAt: row.createdAt.toISOString(),
    appliedAt: row.appliedAt?.toISOString() ?? null,
    cancelledAt: row.cancelledAt?.toISOString() ?? null,
    handover: preview ?? (row.handover as HandoverEntryT[]),
    handoverIsPreview: preview != null,
    assetsToReassign: held.map((h) =>
      h.label.hidden
        ? { assetId: h.label.id, as: h.as, hidden: true, assetNumber: null, name: null }
        : {
            assetId: h.label.id,
            as: h.as,
            hidden: false,
            assetNumber: h.label.assetNumber,
            name: h.label.name,
          },
    ),
    openRequests: requests.map((r) =>
      r.label.hidden
        ? { requestId: r.label.id, hidden: true, number: null, kind: null }
        : { requestId: r.label.id, hidden: false, number: r.label.number, kind: r.label.kind },
    ),
    openTasks: tasks.map((t) => ({
      taskId: t.taskId,
      title: t.title,
      incidentId: t.incident.id,
      hidden: t.incident.hidden,
      receiptNumber: t.incident.hidden ? null : t.incident.receiptNumber,
    })),
    notice: rule ? { duty: rule.notify_duty, clause: rule.clause } : null,
    policies: serialize(actor, "separation", { status: row.status }),
  };
}

export function separationRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/separations",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "休職・退職の一覧 / Leaves and retirements",
      responses: { 200: json(SeparationList, "List"), ...errorResponses },
    }),
    async (c) => {
      const actor = authorize(c.get("actor"), "read", "separation", {});
      const db = c.get("deps").database.db;
      const rows = await db
        .select({ row: separations, personName: people.name })
        .from(separations)
        .leftJoin(people, eq(people.id, separations.personId))
        .orderBy(desc(separations.effectiveDate), desc(separations.createdAt))
        .limit(500);
      return c.json(
        {
          items: rows.map(({ row, personName }) => ({
            id: row.id,
            personId: row.personId,
            personName,
            kind: row.kind,
            kindLabel: KIND_LABEL[row.kind],
            effectiveDate: row.effectiveDate,
            status: row.status,
            policies: serialize(actor, "separation", { status: row.status }),
          })),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/separations",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "休職・退職の登録 / Plan a leave or a retirement",
      request: body(SeparationCreateReq),
      responses: {
        201: json(SeparationRes, "Planned"),
        409: { description: "Already planned" },
        ...errorResponses,
      },
    }),
    async (c) => {
      authorize(c.get("actor"), "create", "separation", {});
      const deps = c.get("deps");
      const row = await createSeparation(deps.database.db, ctxOf(c), c.req.valid("json"), deps.now());
      return c.json(await detail(c, row), 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/separations/{id}",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "休職・退職の引き継ぎ / What a leave or retirement ends and leaves to reassign",
      request: { params: IdParam },
      responses: { 200: json(SeparationRes, "Detail"), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      authorize(actor, "read", "separation", {});
      const row = await loadSeparation(c.get("deps").database.db, c.req.valid("param").id);
      authorize(actor, "read", "separation", row);
      return c.json(await detail(c, row), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/separations/{id}/apply",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "休職・退職の反映（アクセス終了）/ Apply: access ends (on or after the effective date)",
      request: { params: IdParam },
      responses: {
        200: json(SeparationRes, "Applied"),
        409: { description: "Not planned / not yet effective" },
        ...errorResponses,
      },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      authorize(actor, "read", "separation", {});
      const deps = c.get("deps");
      const row = await loadSeparation(deps.database.db, c.req.valid("param").id);
      if (row.status === "planned") authorize(actor, "apply", "separation", row);
      const done = await applySeparation(deps.database.db, ctxOf(c), deps.profile(), row, deps.now());
      return c.json(await detail(c, done), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/separations/{id}/cancel",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "休職・退職の取消 / Cancel a planned leave or retirement",
      request: { params: IdParam },
      responses: {
        200: json(SeparationRes, "Cancelled"),
        409: { description: "Not planned" },
        ...errorResponses,
      },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      authorize(actor, "read", "separation", {});
      const deps = c.get("deps");
      const row = await loadSeparation(deps.database.db, c.req.valid("param").id);
      if (row.status === "planned") authorize(actor, "cancel", "separation", row);
      const done = await cancelSeparation(deps.database.db, ctxOf(c), row, deps.now());
      return c.json(await detail(c, done), 200);
    },
  );

  return app;
}
