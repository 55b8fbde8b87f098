import { OpenAPIHono, type z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppEnv, RequestContext } from "./context";
import { invalid } from "./errors";
import { fieldErrorsFromZod } from "./validation";

/**
 * A router whose request validation failures become 400s with field errors in Japanese and
 * English (never the library's default shape).
 */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw invalid(fieldErrorsFromZod(result.error));
    },
  });
}

/** OpenAPI `security` value for routes anyone may call (login, health, public forms). */
export const PUBLIC_ROUTE = [] as const;
/** OpenAPI `security` value for routes that need a signed-in session. */
export const SESSION_ROUTE = [{ session: [] }];

/** Standard error responses to list on a route, so openapi.json documents them. */
export const errorResponses = {
  400: { description: "Invalid input (field errors in Japanese and English)" },
  401: { description: "Not signed in" },
  403: { description: "Not allowed" },
  404: { description: "Not found" },
} as const;

/** The audit context of a request: who acts, from where, under which request id. */
export function requestContext(c: Context<AppEnv>): RequestContext {
  return { actor: c.get("actor"), ip: c.get("ip"), requestId: c.get("requestId") };
}

/** An OpenAPI JSON response with its schema. */
export const jsonContent = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

/** A required JSON request body with its schema. */
export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  body: { required: true as const, content: { "application/json": { schema } } },
});
