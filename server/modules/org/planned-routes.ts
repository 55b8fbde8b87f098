/**
 * The two actions every planned directory event has — 人事異動 (transfers) and 休職・退職
 * (separations): apply it (on or after its date) and cancel it, each `POST {base}/{id}/<action>`.
 * Written once so both follow one rule: reading the kind of record is authorized first (a caller
 * who may not read them learns nothing about an id), then the record is loaded, then — while it
 * is still planned — the action itself is authorized on it; a record no longer planned reaches
 * the command, which answers 409. The answer is the record's detail view after the change.
 */
import { createRoute, type OpenAPIHono, type z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { authorize, requireActor } from "../../access";
import type { AppDeps, AppEnv } from "../../http/context";
import {
  requestContext as ctxOf,
  errorResponses,
  jsonContent as json,
  SESSION_ROUTE,
} from "../../http/router";
import { IdParam } from "./schema";
import type { Ctx } from "./util";

type C = Context<AppEnv>;

interface Action<Row> {
  summary: string;
  run(deps: AppDeps, ctx: Ctx, row: Row): Promise<unknown>;
}

export interface PlannedEventSpec<Row extends { id: string; status: string }> {
  base: "/api/transfers" | "/api/separations";
  tags: string[];
  resource: "transfer" | "separation";
  response: z.ZodType;
  load(deps: AppDeps, id: string): Promise<Row>;
  /** The detail view answered after an action. */
  detail(c: C, id: string): Promise<unknown>;
  apply: Action<Row>;
  cancel: Action<Row>;
}

export function plannedEventActions<Row extends { id: string; status: string }>(
  app: OpenAPIHono<AppEnv>,
  spec: PlannedEventSpec<Row>,
) {
  for (const action of ["apply", "cancel"] as const) {
    const { summary, run } = spec[action];
    app.openapi(
      createRoute({
        method: "post",
        path: `${spec.base}/{id}/${action}`,
        tags: spec.tags,
        security: SESSION_ROUTE,
        summary,
        request: { params: IdParam },
        responses: {
          200: json(spec.response, action === "apply" ? "Applied" : "Cancelled"),
          409: { description: action === "apply" ? "Not planned / not yet effective" : "Not planned" },
          ...errorResponses,
        },
      }),
      async (c) => {
        const { id } = c.req.valid("param");
        const actor = requireActor(c.get("actor"));
        authorize(actor, "read", spec.resource, {});
        const deps = c.get("deps");
        const row = await spec.load(deps, id);
        authorize(actor, "read", spec.resource, row);
        if (row.status === "planned") authorize(actor, action, spec.resource, row);
        await run(deps, ctxOf(c), row);
        return c.json((await spec.detail(c, id)) as never, 200);
      },
    );
  }
}
