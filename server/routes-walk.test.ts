/**
 * Walks every route of /api/openapi.json:
 *  1. anonymous callers are refused (401) everywhere except an explicit allow-list, and that list
 *     is exactly the set of routes declared public (`security: []`);
 *  2. as an administrator holding every duty of the profile, every state-changing route called
 *     with an invalid body (and nonexistent ids) answers 4xx and writes no audit event;
 *  3. a curated set of valid state changes each writes at least one audit event in the same
 *     request, and the chain stays valid.
 */
import { randomUUID } from "node:crypto";
import { count, eq } from "drizzle-orm";
import { generateSecret } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "./audit/tables";
import { users } from "./auth/tables";
import { createTestApp, type TestApp } from "./test/app";
import { assignRole, makeDepartment, makeUser } from "./test/factories";
import { type AuthedClient, authed, signIn } from "./test/session";

const STATE_CHANGING = ["post", "put", "patch", "delete"] as const;
const METHODS = ["get", ...STATE_CHANGING] as const;

/** Routes anyone may call. Must equal the routes declared `security: []` (plus the doc itself). */
const ANONYMOUS_ALLOWED = new Set([
  "POST /api/auth/login",
  "GET /api/health",
  "GET /api/openapi.json",
  "GET /api/auth/banner",
]);
/** Public routes that later issues add; allowed once they exist. */
const ANONYMOUS_ALLOWED_LATER = new Set(["POST /api/public/reports"]);

/** Routes the invalid-input walk leaves out, with the reason. */
const NOT_WALKED_INVALID: Record<string, string> = {
  "POST /api/auth/logout": "ends the walking session; checked as a valid call below",
};

interface Operation {
  method: (typeof METHODS)[number];
  path: string;
  key: string;
  public: boolean;
  hasBody: boolean;
  hasPathParams: boolean;
}

let t: TestApp;
let operations: Operation[];
let admin: AuthedClient;
let adminDepartmentId: string;

async function auditCount(): Promise<number> {
  const [row] = await t.database.db.select({ n: count() }).from(auditEvents);
  return Number(row.n);
}

/** A concrete URL for an OpenAPI path: every `{param}` becomes a random (nonexistent) UUID. */
const fill = (path: string) => path.replace(/\{[^}]+\}/g, () => randomUUID());

beforeAll(async () => {
  t = await createTestApp();
  const res = await t.app.request("/api/openapi.json");
  const doc = (await res.json()) as {
    security?: unknown[];
    paths: Record<string, Record<string, { security?: unknown[]; requestBody?: unknown }>>;
  };
  operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
    METHODS.filter((m) => ops[m]).map((method) => {
      const op = ops[method];
      const security = op.security ?? doc.security ?? [];
      return {
        method,
        path,
        key: `${method.toUpperCase()} ${path}`,
        public: Array.isArray(security) && security.length === 0,
        hasBody: op.requestBody !== undefined,
        hasPathParams: /\{[^}]+\}/.test(path),
      };
    }),
  );

  // An administrator holding every role of the active profile, with TOTP enrolled.
  const bureau = await makeDepartment(t.database.db, { kind: "bureau" });
  const department = await makeDepartment(t.database.db, { parentId: bureau.id });
  adminDepartmentId = department.id;
  const { person, user, password } = await makeUser(t.database.db, { departmentId: department.id });
  const roles = (t.deps.profile() as unknown as { roles: Array<{ key: string; scope: string }> }).roles;
  for (const role of roles) {
    const scope = role.scope === "organization" ? null : role.scope === "bureau" ? bureau.id : department.id;
    await assignRole(t.database.db, person.id, role.key, scope);
  }
  const secret = generateSecret();
  await t.database.db
    .update(users)
    .set({ totpSecret: secret, totpEnabled: true })
    .where(eq(users.id, user.id));
  const session = await signIn(t, user.loginId, password, secret, { now: t.clock.now });
  admin = authed(t, session);
  const me = await admin.get("/api/auth/me");
  expect(me.status).toBe(200);
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe("anonymous callers", () => {
  it("the allow-list equals exactly the routes declared public (security: [])", () => {
    const declaredPublic = new Set(operations.filter((o) => o.public).map((o) => o.key));
    declaredPublic.add("GET /api/openapi.json"); // served by the doc itself, not by createRoute
    const expected = new Set(ANONYMOUS_ALLOWED);
    for (const later of ANONYMOUS_ALLOWED_LATER) if (declaredPublic.has(later)) expected.add(later);
    expect([...declaredPublic].sort()).toEqual([...expected].sort());
  });

  it("are refused with 401 on every other route and method", async () => {
    expect(operations.length).toBeGreaterThan(10);
    const wrong: string[] = [];
    for (const op of operations) {
      const res = await t.app.request(fill(op.path), {
        method: op.method.toUpperCase(),
        headers: { "content-type": "application/json" },
        body: op.method === "get" ? undefined : "{}",
      });
      const allowed = ANONYMOUS_ALLOWED.has(op.key) || ANONYMOUS_ALLOWED_LATER.has(op.key);
      if (!allowed && res.status !== 401) wrong.push(`${op.key} → ${res.status} (expected 401)`);
      if (allowed && (res.status === 401 || res.status >= 500)) wrong.push(`${op.key} → ${res.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it("a 401 carries the standard error body", async () => {
    const res = await t.app.request("/api/auth/me");
    expect(res.status).toBe(401);
    const body = (await res.json()) as { error: { code: string; message_ja: string; message_en: string } };
    expect(body.error.code).toBe("unauthenticated");
    expect(body.error.message_ja).toBeTruthy();
    expect(body.error.message_en).toBeTruthy();
  });
});

describe("as an administrator holding every duty", () => {
  it("every GET route answers without a server error", async () => {
    const wrong: string[] = [];
    for (const op of operations.filter((o) => o.method === "get")) {
      const res = await admin.get(fill(op.path));
      if (res.status >= 500 || res.status === 401) wrong.push(`${op.key} → ${res.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it("every state-changing route refuses an invalid body with 4xx and writes no audit event", async () => {
    const walked: string[] = [];
    const wrong: string[] = [];
    for (const op of operations.filter((o) => o.method !== "get")) {
      if (NOT_WALKED_INVALID[op.key]) continue;
      // Nothing to make invalid: no body and no id. Such routes must be covered as valid calls.
      if (!op.hasBody && !op.hasPathParams) continue;
      const before = await auditCount();
      const res = await admin.request(op.method.toUpperCase(), fill(op.path), {
        __sekimori_invalid__: "x".repeat(20),
        id: 12,
      });
      const after = await auditCount();
      walked.push(op.key);
      if (res.status < 400 || res.status >= 500 || res.status === 401) {
        wrong.push(`${op.key} → ${res.status} ${await res.text()}`);
      }
      if (after !== before) wrong.push(`${op.key} wrote ${after - before} audit event(s) on invalid input`);
      if (res.status === 400) {
        const body = (await res.json()) as { error: { fields: Record<string, unknown> } };
        if (!body.error || typeof body.error.fields !== "object") wrong.push(`${op.key}: 400 without fields`);
      }
    }
    expect(wrong).toEqual([]);
    expect(walked.length).toBeGreaterThan(5);
  });

  it("routes with nothing to invalidate are each covered by a valid call", () => {
    const uncovered = operations
      .filter((o) => o.method !== "get" && !o.hasBody && !o.hasPathParams && !NOT_WALKED_INVALID[o.key])
      .map((o) => o.key)
      .filter((key) => !VALID_CALL_KEYS.has(key));
    expect(uncovered).toEqual([]);
  });

  it("valid state changes write at least one audit event in the same request", async () => {
    const ctx: Record<string, string> = { departmentId: adminDepartmentId };
    for (const call of VALID_CALLS) {
      const before = await auditCount();
      const res = await admin.request(call.method, call.path(ctx), call.body?.(ctx));
      const text = await res.text();
      expect(res.status, `${call.method} ${call.name}: ${text}`).toBeLessThan(300);
      const after = await auditCount();
      expect(after - before, `${call.name} wrote no audit event`).toBeGreaterThanOrEqual(1);
      call.after?.(text ? JSON.parse(text) : null, ctx);
    }
    const verify = await admin.get("/api/audit/verify");
    expect(verify.status).toBe(200);
    expect(await verify.json()).toMatchObject({ ok: true });
  });

  it("signing out writes an audit event", async () => {
    const before = await auditCount();
    const res = await admin.post("/api/auth/logout");
    expect(res.status).toBeLessThan(300);
    expect(await auditCount()).toBeGreaterThan(before);
    expect((await admin.get("/api/auth/me")).status).toBe(401);
  });
});

interface ValidCall {
  name: string;
  method: "POST" | "PUT" | "PATCH" | "DELETE";
  /** OpenAPI key of the route (for the coverage check). */
  key: string;
  path(ctx: Record<string, string>): string;
  body?(ctx: Record<string, string>): unknown;
  after?(body: unknown, ctx: Record<string, string>): void;
}

const uniq = () => randomUUID().slice(0, 8);

const VALID_CALLS: ValidCall[] = [
  {
    name: "create a department",
    method: "POST",
    key: "POST /api/org/departments",
    path: () => "/api/org/departments",
    body: () => ({ code: `W${uniq()}`, name: `ルート検査課${uniq()}`, kind: "department" }),
    after: (body, ctx) => {
      ctx.newDepartmentId = (body as { id: string }).id;
    },
  },
  {
    name: "create a person",
    method: "POST",
    key: "POST /api/org/people",
    path: () => "/api/org/people",
    body: (ctx) => ({ name: "検査 太郎", employmentType: "regular", departmentId: ctx.newDepartmentId }),
    after: (body, ctx) => {
      ctx.personId = (body as { id: string }).id;
    },
  },
];

const VALID_CALL_KEYS = new Set(VALID_CALLS.map((c) => c.key).concat(["POST /api/auth/logout"]));
