/**
 * 休職・退職 routes (#13 item 3): plan a leave or a retirement, see what applying it ends and what
 * the person leaves to reassign, apply it on or after its effective date, or cancel it (a planned
 * one whose date has come is applied by the daily job, commands/separation-job.ts).
 * Same people as 人事異動 (manage_organization).
 */
import { createRoute } from "@hono/zod-openapi";
import { desc, eq } from "drizzle-orm";
import { authorize, requireActor, serialize } from "../../access";
import { people } from "../../directory/tables";
import {
  jsonBody as body,
  createRouter,
  requestContext as ctxOf,
  errorResponses,
  jsonContent as json,
  SESSION_ROUTE,
} from "../../http/router";
import { applySeparation, cancelSeparation, createSeparation, loadSeparation } from "./commands/separations";
import { plannedEventActions } from "./planned-routes";
import { IdParam, SeparationCreateReq, SeparationList, SeparationRes } from "./schema";
import { KIND_LABEL, separationDetail } from "./separation-detail";
import { separations } from "./tables";

const TAG = ["org"];

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
      return c.json(await separationDetail(c, row), 201);
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
      return c.json(await separationDetail(c, row), 200);
    },
  );

  plannedEventActions(app, {
    base: "/api/separations",
    tags: TAG,
    resource: "separation",
    response: SeparationRes,
    load: (deps, id) => loadSeparation(deps.database.db, id),
    detail: async (c, id) => separationDetail(c, await loadSeparation(c.get("deps").database.db, id)),
    apply: {
      summary: "休職・退職の反映（アクセス終了）/ Apply: access ends (on or after the effective date)",
      run: (deps, ctx, row) => applySeparation(deps.database.db, ctx, deps.profile(), row, deps.now()),
    },
    cancel: {
      summary: "休職・退職の取消 / Cancel a planned leave or retirement",
      run: (deps, ctx, row) => cancelSeparation(deps.database.db, ctx, row, deps.now()),
    },
  });

  return app;
}
