import type { MiddlewareHandler } from "hono";
import { loadedSession } from "../auth/middleware";
import type { AppEnv } from "./context";
import { unauthenticated } from "./errors";
import { type RouteRegistry, routeMatcher } from "./route-match";

/** Serves the OpenAPI document itself; public. */
export const OPENAPI_PATH = "/api/openapi.json";

/**
 * Refuses anonymous callers with 401 before anything else looks at the request (so a route
 * never answers an anonymous caller 400 or 404 and so reveals its shape), except on routes
 * declared public (`security: []`, see PUBLIC_ROUTE) and the OpenAPI document. A request with a
 * live session that is still owed a step (TOTP, a password change) passes on to the session
 * loader's own allow-list.
 */
export function requireSession(app: RouteRegistry): MiddlewareHandler<AppEnv> {
  // Only the public routes are matched here, on every request: a handful of patterns, not all.
  const matchPublic = routeMatcher(app, (r) => r.public);
  const isPublic = (method: string, path: string) =>
    (method === "GET" && path === OPENAPI_PATH) || matchPublic(method, path) !== undefined;
  return async (c, next) => {
    if (c.get("actor") || isPublic(c.req.method, c.req.path)) return next();
    const session = loadedSession(c);
    if (session && !session.expired) return next();
    throw unauthenticated();
  };
}
