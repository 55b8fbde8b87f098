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
import { generate, generateSecret } from "otplib";
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
  "GET /api/auth/oidc",
  "GET /api/auth/oidc/start",
  "GET /api/auth/oidc/callback",
]);
/** Public routes that later issues add; allowed once they exist. */
const ANONYMOUS_ALLOWED_LATER = new Set(["POST /api/public/reports", "GET /api/public/contact-point"]);

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
let adminPersonId: string;
/** State-changing routes exercised by a valid, audited call. */
const covered = new Set<string>(["POST /api/auth/logout"]);

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
  adminPersonId = person.id;
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

  it("valid state changes write at least one audit event in the same request", async () => {
    const db = t.database.db;
    const ok = async (res: Response, what: string) => {
      const text = await res.text();
      expect(res.status, `${what}: ${text}`).toBeLessThan(300);
      return (text ? JSON.parse(text) : null) as Record<string, unknown> & { id: string };
    };
    /** Runs one valid call and asserts it wrote at least one audit event. */
    const audited = async (key: string, call: () => Promise<Response>) => {
      const before = await auditCount();
      const body = await ok(await call(), key);
      expect((await auditCount()) - before, `${key} wrote no audit event`).toBeGreaterThanOrEqual(1);
      covered.add(key);
      return body;
    };

    const dept = await audited("POST /api/departments", () =>
      admin.post("/api/departments", {
        code: `W${uniq()}`,
        name: `ルート検査課${uniq()}`,
        kind: "department",
      }),
    );
    await audited("PATCH /api/departments/{id}", () =>
      admin.patch(`/api/departments/${dept.id}`, { name: `ルート検査課（改）${uniq()}` }),
    );
    const person = await audited("POST /api/people", () =>
      admin.post("/api/people", { name: "検査 太郎", employmentType: "regular", departmentId: dept.id }),
    );
    await audited("PATCH /api/people/{id}", () => admin.patch(`/api/people/${person.id}`, { title: "主事" }));
    const loginId = `walker${uniq()}`;
    const login = await audited("POST /api/people/{id}/login", () =>
      admin.post(`/api/people/${person.id}/login`, { loginId }),
    );
    const [staffUser] = await db.select().from(users).where(eq(users.loginId, loginId));
    const role = await audited("POST /api/role-assignments", () =>
      admin.post("/api/role-assignments", {
        personId: person.id,
        roleKey: "security_system_manager",
        scopeDepartmentId: dept.id,
      }),
    );
    await audited("POST /api/role-assignments/{id}/end", () =>
      admin.post(`/api/role-assignments/${role.id}/end`, {}),
    );
    const role2 = await audited("POST /api/role-assignments", () =>
      admin.post("/api/role-assignments", { personId: person.id, roleKey: "csirt", scopeDepartmentId: null }),
    );
    await audited("DELETE /api/role-assignments/{id}", () =>
      admin.delete(`/api/role-assignments/${role2.id}`),
    );
    const deputy = await audited("POST /api/deputies", () =>
      admin.post("/api/deputies", {
        principalPersonId: adminPersonId,
        deputyPersonId: person.id,
        validFrom: "2026-04-01",
        validTo: "2026-04-30",
        reason: "出張のため",
      }),
    );
    await audited("POST /api/deputies/{id}/end", () => admin.post(`/api/deputies/${deputy.id}/end`, {}));
    const transfer = await audited("POST /api/transfers", () =>
      admin.post("/api/transfers", {
        title: "令和8年4月1日付け人事異動",
        effectiveDate: "2026-04-01",
        items: [{ personId: person.id, toDepartmentId: adminDepartmentId }],
      }),
    );
    await audited("POST /api/transfers/{id}/apply", () =>
      admin.post(`/api/transfers/${transfer.id}/apply`, {}),
    );
    const transfer2 = await audited("POST /api/transfers", () =>
      admin.post("/api/transfers", {
        title: "取消する異動",
        effectiveDate: "2026-05-01",
        items: [{ personId: person.id, toDepartmentId: dept.id }],
      }),
    );
    await audited("POST /api/transfers/{id}/cancel", () =>
      admin.post(`/api/transfers/${transfer2.id}/cancel`, {}),
    );
    await audited("PUT /api/contact-point", () =>
      admin.put("/api/contact-point", { phone: "096-279-3111", email: "kikaku@example.lg.jp" }),
    );
    await audited("PUT /api/settings/profile", () =>
      admin.put("/api/settings/profile", { profileId: "kamisu" }),
    );
    await audited("PUT /api/settings/profile", () =>
      admin.put("/api/settings/profile", { profileId: "nishihara" }),
    );

    // The new login: temporary password → change → TOTP enrolment (disabling is refused by
    // this profile, which requires MFA for everyone; the invalid walk covers that route).
    const temp = String(login.temporaryPassword);
    const staffSession = await signIn(t, loginId, temp, undefined, { now: t.clock.now, enrollMfa: false });
    const staff = authed(t, staffSession);

    const newPassword = "Shokuin-Walk#2026";
    await audited("POST /api/auth/password", () =>
      staff.post("/api/auth/password", { currentPassword: temp, newPassword }),
    );
    const setup = await audited("POST /api/auth/mfa/setup", () => staff.post("/api/auth/mfa/setup"));
    const code = await generate({
      secret: String(setup.secret),
      epoch: Math.floor(t.clock.now.getTime() / 1000),
    });
    await audited("POST /api/auth/mfa/enable", () => staff.post("/api/auth/mfa/enable", { code }));

    // Administration of that login.
    for (const action of ["disable", "enable", "mfa-reset", "unlock"]) {
      await audited(`POST /api/users/{id}/${action}`, () =>
        admin.post(`/api/users/${staffUser.id}/${action}`),
      );
    }
    await audited("POST /api/users/{id}/reset-password", () =>
      admin.post(`/api/users/${staffUser.id}/reset-password`),
    );

    await audited("POST /api/vulnerabilities/match-runs", () =>
      admin.post("/api/vulnerabilities/match-runs"),
    );
    await audited("POST /api/assurance/items/sync", () => admin.post("/api/assurance/items/sync"));
    await audited("POST /api/audit/head", () => admin.post("/api/audit/head"));

    const verify = await admin.get("/api/audit/verify");
    expect(verify.status).toBe(200);
    expect(await verify.json()).toMatchObject({ ok: true });
  });

  it("routes with nothing to invalidate are each covered by a valid call", () => {
    const uncovered = operations
      .filter((o) => o.method !== "get" && !o.hasBody && !o.hasPathParams && !NOT_WALKED_INVALID[o.key])
      .map((o) => o.key)
      .filter((key) => !covered.has(key));
    expect(uncovered).toEqual([]);
  });

  it("signing out writes an audit event", async () => {
    const before = await auditCount();
    const res = await admin.post("/api/auth/logout");
    expect(res.status).toBeLessThan(300);
    expect(await auditCount()).toBeGreaterThan(before);
    expect((await admin.get("/api/auth/me")).status).toBe(401);
  });
});

const uniq = () => randomUUID().slice(0, 8);
