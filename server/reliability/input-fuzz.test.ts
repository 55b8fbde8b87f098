/**
 * Input fuzz: property-based invalid bodies (fast-check, fixed seed) on every state-changing
 * route of /api/openapi.json, as an administrator holding every role of the profile.
 * Every answer must be a 4xx with the standard error body, and nothing may be stored.
 */
import { randomUUID } from "node:crypto";
import { count, eq } from "drizzle-orm";
import fc from "fast-check";
import { generateSecret } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../audit/tables";
import { users } from "../auth/tables";
import { createTestApp, type TestApp } from "../test/app";
import { assignRole, makeDepartment, makeUser } from "../test/factories";
import { type AuthedClient, authed, signIn } from "../test/session";

const STATE_CHANGING = ["post", "put", "patch", "delete"] as const;
const TOTAL_BODIES = 10_000;
const SEED = 20260401;
const MAIN_TABLES = [
  "departments",
  "people",
  "role_assignments",
  "assets",
  "requests",
  "incidents",
  "register_entries",
] as const;
/** Routes left out, with the reason. */
const NOT_FUZZED: Record<string, string> = {
  "POST /api/auth/logout": "has no body; it would end the fuzzing session",
};

interface Operation {
  method: (typeof STATE_CHANGING)[number];
  path: string;
  key: string;
  hasBody: boolean;
  hasPathParams: boolean;
}

let t: TestApp;
let admin: AuthedClient;
let operations: Operation[];

async function rowCounts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const [audit] = await t.database.db.select({ n: count() }).from(auditEvents);
  out.audit_events = Number(audit.n);
  for (const table of MAIN_TABLES) {
    const result = (await t.database.db.execute(`select count(*)::int as n from ${table}`)) as unknown as
      | { rows: Array<{ n: number }> }
      | Array<{ n: number }>;
    const rows = Array.isArray(result) ? result : result.rows;
    out[table] = Number(rows[0].n);
  }
  return out;
}

const LONG = 10 * 1024 + 1;
const junkKey = fc.string({ minLength: 1, maxLength: 12 }).map((s) => `__fuzz_${s}`);
const commonKey = fc.constantFrom(
  "name",
  "code",
  "title",
  "kind",
  "description",
  "reason",
  "personId",
  "departmentId",
  "loginId",
  "password",
  "code",
  "items",
  "status",
  "profileId",
  "effectiveDate",
  "confidentiality",
  "comment",
);
const hugeNumber = fc.constantFrom(
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  -(2 ** 63),
  2 ** 64,
  1.2345678901234568e29,
);
const wrongValue = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  hugeNumber,
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(junkKey, fc.integer(), { maxKeys: 2 }),
);
const nested = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.oneof(fc.integer(), fc.string({ maxLength: 5 }), fc.constant(null)),
    fc.array(tie("node"), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 5 }), tie("node"), { maxKeys: 3 }),
  ),
})).node;

/** An invalid request body: [description, raw text sent]. */
const invalidBody: fc.Arbitrary<[string, string]> = fc.oneof(
  // Malformed JSON text.
  fc
    .oneof(
      fc.string({ maxLength: 40 }).map((s) => `{${s}`),
      fc.string({ maxLength: 40 }).map((s) => `{"a": ${s}`),
      fc.constantFrom("", "{", "}", "[", "nul", "{'a':1}", '{"a":1,}', "\u0000", "1e999999", "{}{}"),
    )
    .map((text): [string, string] => ["malformed", text]),
  // Wrong top-level types.
  fc
    .oneof(
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.string({ maxLength: 20 }),
      fc.array(fc.anything(), { maxLength: 3 }),
      hugeNumber,
    )
    .map((v): [string, string] => ["wrong top-level type", JSON.stringify(v) ?? "null"]),
  // Unknown fields next to junk in known ones.
  fc
    .tuple(
      fc.dictionary(junkKey, fc.anything(), { minKeys: 1, maxKeys: 4 }),
      fc.dictionary(commonKey, wrongValue, { maxKeys: 3 }),
    )
    .map(([unknown, known]): [string, string] => [
      "unknown fields",
      JSON.stringify({ ...known, ...unknown }),
    ]),
  // Wrong types in known fields.
  fc
    .dictionary(commonKey, wrongValue, { minKeys: 1, maxKeys: 5 })
    .map((o): [string, string] => [
      "wrong field types",
      JSON.stringify({ ...o, name: 42, code: false, title: [] }),
    ]),
  // Over-long strings.
  fc
    .tuple(commonKey, fc.constantFrom("x", "あ", "𠮷", "<script>"))
    .map(([k, unit]): [string, string] => [
      "over-long string",
      JSON.stringify({ [k]: unit.repeat(Math.ceil(LONG / unit.length)), name: "x".repeat(LONG), __fuzz: 1 }),
    ]),
  // Nested junk.
  nested.map((v): [string, string] => [
    "nested junk",
    JSON.stringify({ __fuzz_nested: v, items: v, name: v }),
  ]),
  // Huge numbers.
  fc
    .dictionary(commonKey, hugeNumber, { minKeys: 1, maxKeys: 4 })
    .map((o): [string, string] => ["huge numbers", JSON.stringify({ ...o, __fuzz_n: 1e308 })]),
  // Nulls everywhere.
  fc
    .uniqueArray(commonKey, { minLength: 1, maxLength: 6 })
    .map((keys): [string, string] => [
      "nulls",
      JSON.stringify(Object.fromEntries(keys.map((k) => [k, null]))),
    ]),
);

/** A path parameter: a random (nonexistent) UUID or URL-encoded junk. */
const pathParam = fc.oneof(
  fc.uuid(),
  fc.constantFrom(
    "0",
    "-1",
    "null",
    "undefined",
    "abc",
    "00000000-0000-0000-0000-000000000000",
    "x".repeat(300),
  ),
  fc.string({ minLength: 1, maxLength: 20 }).map((s) => encodeURIComponent(s)),
);

beforeAll(async () => {
  t = await createTestApp();
  const doc = (await (await t.app.request("/api/openapi.json")).json()) as {
    paths: Record<string, Record<string, { requestBody?: unknown }>>;
  };
  operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
    STATE_CHANGING.filter((m) => ops[m]).map((method) => ({
      method,
      path,
      key: `${method.toUpperCase()} ${path}`,
      hasBody: ops[method].requestBody !== undefined,
      hasPathParams: /\{[^}]+\}/.test(path),
    })),
  );

  // An administrator holding every role of the active profile, with TOTP enrolled.
  const bureau = await makeDepartment(t.database.db, { kind: "bureau" });
  const department = await makeDepartment(t.database.db, { parentId: bureau.id });
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
  admin = authed(t, await signIn(t, user.loginId, password, secret, { now: t.clock.now }));
  expect((await admin.get("/api/auth/me")).status).toBe(200);
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe("input fuzz on every state-changing route", () => {
  it(`≥ ${TOTAL_BODIES} invalid bodies: only 4xx with the error body, nothing stored`, async () => {
    // Routes with neither a body nor an id have nothing to make invalid (routes-walk covers them).
    const targets = operations.filter((o) => !NOT_FUZZED[o.key] && (o.hasBody || o.hasPathParams));
    expect(targets.length).toBeGreaterThan(50);
    const perRoute = Math.ceil(TOTAL_BODIES / targets.length);
    const before = await rowCounts();
    const wrong: string[] = [];
    const statuses = new Map<number, number>();
    let sent = 0;

    for (const [index, op] of targets.entries()) {
      await fc.assert(
        fc.asyncProperty(
          invalidBody,
          fc.array(pathParam, { minLength: 4, maxLength: 4 }),
          async ([kind, text], params) => {
            let i = 0;
            const url = op.path.replace(/\{[^}]+\}/g, () => params[i++] ?? randomUUID());
            const res = await admin.request(op.method.toUpperCase(), url, text);
            sent++;
            statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
            const raw = await res.text();
            const label = `${op.key} [${kind}] ${url} ${text.slice(0, 80)} → ${res.status}`;
            if (res.status < 400 || res.status >= 500) {
              if (wrong.length < 50) wrong.push(`${label}: ${raw.slice(0, 200)}`);
              return;
            }
            let body: { error?: Record<string, unknown> } | undefined;
            try {
              body = JSON.parse(raw);
            } catch {
              body = undefined;
            }
            const e = body?.error;
            const shaped =
              !!e &&
              typeof e.code === "string" &&
              typeof e.message_ja === "string" &&
              typeof e.message_en === "string" &&
              typeof e.fields === "object" &&
              e.fields !== null;
            if (!shaped && wrong.length < 50)
              wrong.push(`${label}: not the error shape: ${raw.slice(0, 200)}`);
          },
        ),
        { numRuns: perRoute, seed: SEED + index, endOnFailure: true },
      );
    }

    const after = await rowCounts();
    console.log(
      `input fuzz: ${sent} invalid bodies over ${targets.length} routes; statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
    );
    expect(wrong).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(TOTAL_BODIES);
    expect(after).toEqual(before);
  }, 300_000);
});
