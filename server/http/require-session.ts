import type { MiddlewareHandler } from "hono";
import { loadedSession } from "../auth/middleware";
import type { AppEnv } from "./context";
import { unauthenticated } from "./errors";

/** What the middleware needs of the app: its OpenAPI registry (routes declared with createRoute). */
interface Registry {
  openAPIRegistry: {
    definitions: ReadonlyArray<{
      type: string;
      route?: { method: string; path: string; security?: unknown };
    }>;
  };
}

/** Serves the OpenAPI document itself; public. */
export const OPENAPI_PATH = "/api/openapi.json";

/**
 * Refuses anonymous callers with 401 before anything else looks at the request (so a route
 * never answers an anonymous caller 400 or 404 and so reveals its shape), except on routes
 * declared public (`security: []`, see PUBLIC_ROUTE) and the OpenAPI document. A request with a
 * live session that is still owed a step (TOTP, a password change) passes on to the session
 * loader's own allow-list.
 */
export function requireSession(app: Registry): MiddlewareHandler<AppEnv> {
  let publicRoutes: Array<{ method: string; pattern: RegExp }> | null = null;
  const isPublic = (method: string, path: string) => {
    publicRoutes ??= app.openAPIRegistry.definitions
      .filter((d) => d.type === "route" && Array.isArray(d.route?.security) && d.route.security.length === 0)
      .map((d) => ({
        method: (d.route?.method ?? "").toUpperCase(),
        pattern: new RegExp(
          `^${(d.route?.path ?? "").replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+")}/?$`,
        ),
      }));
    if (method === "GET" && path === OPENAPI_PATH) return true;
    const m = method === "HEAD" ? "GET" : method;
    return publicRoutes.some((r) => r.method === m && r.pattern.test(path));
  };
  return async (c, next) => {
    if (c.get("actor") || isPublic(c.req.method, c.req.path)) return next();
    const session = loadedSession(c);
    if (session && !session.expired) return next();
    throw unauthenticated();
  };
}
