/**
 * With SEKIMORI_CHECK_RESPONSES=1, every JSON answer a test receives through `t.app.request` is
 * parsed against the schema its route declares for that status (the schemas are the web's typed
 * contract, web/src/contract.ts), and a mismatch fails the request loudly. Opt-in: it runs a
 * module's whole test file as a check of that module's response schemas.
 */
import type { ZodType } from "zod";

interface Definition {
  type: string;
  route?: {
    method: string;
    path: string;
    responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
  };
}

type Requestable = { request: (...args: never[]) => Response | Promise<Response> } & {
  openAPIRegistry: { definitions: unknown[] };
};

export function checkResponses(app: Requestable): void {
  if (process.env.SEKIMORI_CHECK_RESPONSES !== "1") return;
  const routes = (app.openAPIRegistry.definitions as Definition[])
    .flatMap((d) => (d.type === "route" && d.route ? [d.route] : []))
    .map((r) => ({ ...r, pattern: new RegExp(`^${r.path.replace(/\{[^}]+\}/g, "[^/]+")}$`) }))
    // A literal segment wins over a parameter (/reviews/tasks before /reviews/{id}).
    .sort((a, b) => (a.path.match(/\{/g)?.length ?? 0) - (b.path.match(/\{/g)?.length ?? 0));
  const original = app.request.bind(app) as (...args: unknown[]) => Promise<Response>;
  (app as { request: unknown }).request = async (...args: unknown[]) => {
    const res = await original(...args);
    const input = args[0];
    const url = new URL(typeof input === "string" ? input : (input as Request).url, "http://localhost");
    const init = args[1] as RequestInit | undefined;
    const method = (init?.method ?? (input instanceof Request ? input.method : "GET")).toLowerCase();
    if (!(res.headers.get("content-type") ?? "").includes("json")) return res;
    const route = routes.find((r) => r.method === method && r.pattern.test(url.pathname));
    const schema = route?.responses?.[String(res.status)]?.content?.["application/json"]?.schema as
      | ZodType
      | undefined;
    if (!route || !schema || typeof schema.safeParse !== "function") return res;
    const body: unknown = await res.clone().json();
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).slice(0, 10);
      throw new Error(
        `${method.toUpperCase()} ${route.path} ${res.status} answers outside its schema:\n${issues.join("\n")}`,
      );
    }
    return res;
  };
}
