/**
 * The response schema a route declares in its OpenAPI definition (createRoute's `responses`), so
 * a test can check that what the server really answers parses against it — the schemas are the
 * web app's typed contract (web/src/contract.ts), and a schema that drifted from the handler
 * would type the screens wrongly.
 */
import { expect } from "vitest";
import type { ZodType } from "zod";
import type { TestApp } from "./app";

interface RouteDefinition {
  type: string;
  route?: {
    method: string;
    path: string;
    responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
  };
}

/** The JSON schema declared for `status` of `METHOD /openapi/{path}`; throws when there is none. */
export function declaredSchema(t: TestApp, method: string, path: string, status: number): ZodType {
  const definitions = t.app.openAPIRegistry.definitions as RouteDefinition[];
  const route = definitions.find(
    (d) => d.type === "route" && d.route?.method === method.toLowerCase() && d.route.path === path,
  )?.route;
  const schema = route?.responses?.[String(status)]?.content?.["application/json"]?.schema;
  if (!schema || typeof (schema as ZodType).safeParse !== "function")
    throw new Error(`${method} ${path} declares no JSON schema for ${status}`);
  return schema as ZodType;
}

/**
 * Asserts the response's status and that its body parses against the route's declared schema
 * (every issue listed with its path on failure). Answers the body.
 */
export async function expectDeclaredShape(
  t: TestApp,
  res: Response,
  route: { method: string; path: string; status?: number },
): Promise<unknown> {
  const status = route.status ?? 200;
  const body: unknown = await res.json();
  expect(res.status, JSON.stringify(body).slice(0, 500)).toBe(status);
  const parsed = declaredSchema(t, route.method, route.path, status).safeParse(body);
  const issues = parsed.success
    ? []
    : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).slice(0, 20);
  expect(issues, `${route.method} ${route.path}`).toEqual([]);
  return body;
}
