import { createRoute, type RouteConfig, type RouteHandler } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { ZodType } from "zod";
import { requireActor } from "../../../access";
import type { AppEnv } from "../../../http/context";
import { type createRouter, errorResponses, requestContext, SESSION_ROUTE } from "../../../http/router";

export type C = Context<AppEnv>;
export const TAG = ["suppliers"];

/** A 200 answer with its response schema (the screens read it typed, web/src/contract.ts). */
export const ok = <S extends ZodType>(description: string, schema: S) => ({
  200: { description, content: { "application/json": { schema } } },
  ...errorResponses,
});
export const created = <S extends ZodType>(description: string, schema: S) => ({
  201: { description, content: { "application/json": { schema } } },
  409: { description: "Conflict with the record's state" },
  422: { description: "Refused by the profile's rules (the blockers are named)" },
  ...errorResponses,
});
export const changed = <S extends ZodType>(description: string, schema: S) => ({
  ...ok(description, schema),
  409: { description: "Conflict with the record's state" },
  422: { description: "Refused by the profile's rules (the blockers are named)" },
});
export const body = <T>(schema: T) => ({
  body: { required: true as const, content: { "application/json": { schema } } },
});

export function env(c: C) {
  const deps = c.get("deps");
  return {
    actor: requireActor(c.get("actor")),
    db: deps.database.db,
    profile: deps.profile(),
    now: deps.now(),
    ctx: requestContext(c),
  };
}

type Router = ReturnType<typeof createRouter>;
/** The handler's context, typed by its route (params, query and body as validated). */
export type RouteContext<R extends RouteConfig> = Parameters<RouteHandler<R, AppEnv>>[0];

/**
 * A signed-in JSON route of this module: the route is documented with the module's tag (unless it
 * names its own) and the session, the handler gets the typed context and the request's environment,
 * and what it returns is the body, answered 201 where the route creates (its responses list 201)
 * and 200 otherwise.
 */
export function jsonRoute<const R extends RouteConfig>(
  app: Router,
  spec: R,
  run: (c: RouteContext<R>, e: ReturnType<typeof env>) => Promise<Record<string, unknown>>,
): void {
  const route = createRoute({ tags: TAG, security: SESSION_ROUTE, ...spec });
  const status = 201 in spec.responses ? 201 : 200;
  // The route built here is `spec` with its defaults, so its context is `spec`'s.
  const handler = async (c: C) => c.json(await run(c as unknown as RouteContext<R>, env(c)), status);
  app.openapi(route, handler as unknown as RouteHandler<typeof route, AppEnv>);
}

type Env = ReturnType<typeof env>;
/** The shape most of this module's commands share: the record's id, the body, the access check. */
type IdCommand<I, K, T> = (
  db: Env["db"],
  ctx: Env["ctx"],
  profile: Env["profile"],
  id: string,
  input: I,
  now: Date,
  check: K,
) => Promise<T>;

/** Runs such a command with the request's environment and answers its result as `{ data }`. */
export async function runCommand<I, K, T>(
  command: IdCommand<I, K, T>,
  e: Env,
  id: string,
  input: I,
  check: K,
): Promise<{ data: T }> {
  return { data: await command(e.db, e.ctx, e.profile, id, input, e.now, check) };
}
