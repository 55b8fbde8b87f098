/**
 * Mass assignment (#12, a hostile insider beyond the listed classes): a body may carry only the
 * fields its route accepts. A staff member who adds `createdBy`, `ownerDepartmentId`, `state`,
 * `approvedBy`, `id`, `createdAt`… to a create or update body — hoping the command spreads the
 * body into the row — is refused with 400 naming the field, and nothing is written.
 *
 *  1. Statically: every request body of every state-changing route in /api/openapi.json (JSON and
 *     multipart, nested objects and array items included) is a closed object
 *     (`additionalProperties: false`, i.e. a zod strictObject), so no route can take a field it
 *     does not declare. A new route with a plain `z.object` body fails here.
 *     Multipart bodies may drop what they do not declare (the handlers read only the parsed
 *     fields; the streamed asset import keeps a named list), so they are checked at run time.
 *  2. At run time, over every write fixture of the authorization matrix: the fixture's own body
 *     (which succeeds) plus the forbidden fields the route does not declare, sent by the narrowest
 *     allowed persona → 400 `validation_failed` with those fields named, no audit event, the
 *     watched rows unchanged.
 *  3. Routes with a multipart body or none: the same fields (as form fields, or as a JSON body the
 *     route does not read) are dropped — the call may succeed, but none of their values (a department
 *     and a person nothing refers to, a year-2000 timestamp) shows in the answer, the audit events
 *     it wrote or the watched rows.
 */
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../test/app";
import { makeDepartment, makePerson } from "../test/factories";
import { stopSharedSlapd } from "../test/slapd";
import { type Actor, buildWorld, rowsOf, snapshotOf, type World } from "./matrix-world";
import { type Prepared, WRITE_FIXTURES, type WriteFixture } from "./write-fixtures/index";

type Schema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
};
type Operation = { requestBody?: { content?: Record<string, { schema?: Schema }> } };
type Doc = {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
};

const STATE_CHANGING = new Set(["post", "put", "patch", "delete"]);

let t: TestApp;
let w: World;
let doc: Doc;
/** A department and person that nothing in the world refers to: their ids can only show if taken. */
let stray: { departmentId: string; personId: string };

beforeAll(async () => {
  t = await createTestApp({ profileId: "nishihara" });
  w = await buildWorld(t);
  doc = (await (await t.app.request("/api/openapi.json")).json()) as Doc;
  const dept = await makeDepartment(t.database.db, { code: "MA-STRAY", name: "用度課" });
  const person = await makePerson(t.database.db, { departmentId: dept.id, name: "行列 無関係" });
  stray = { departmentId: dept.id, personId: person.id };
}, 180_000);

afterAll(async () => {
  await t?.close();
  await stopSharedSlapd();
});

const resolve = (s: Schema | undefined): Schema | undefined =>
  s?.$ref ? doc.components?.schemas?.[s.$ref.split("/").pop() as string] : s;

/** Paths of the open objects (objects with declared properties that take any other key too). */
function openObjects(schema: Schema | undefined, at: string, seen = new Set<Schema>()): string[] {
  const s = resolve(schema);
  if (!s || seen.has(s)) return [];
  seen.add(s);
  const out: string[] = [];
  for (const branch of [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])])
    out.push(...openObjects(branch, at, seen));
  if (s.items) out.push(...openObjects(s.items, `${at}[]`, seen));
  if (s.properties) {
    if (s.additionalProperties !== false) out.push(at || "(body)");
    for (const [k, v] of Object.entries(s.properties))
      out.push(...openObjects(v, at ? `${at}.${k}` : k, seen));
  }
  return out;
}

/** Top-level field names a route's JSON body declares (through anyOf/oneOf/allOf too). */
function declaredFields(schema: Schema | undefined, seen = new Set<Schema>()): Set<string> {
  const s = resolve(schema);
  const out = new Set<string>();
  if (!s || seen.has(s)) return out;
  seen.add(s);
  for (const k of Object.keys(s.properties ?? {})) out.add(k);
  for (const branch of [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])])
    for (const k of declaredFields(branch, seen)) out.add(k);
  return out;
}

/** What an insider would like to set: ownership, author, state, approvals, ids and timestamps. */
function forbiddenFields(): Record<string, unknown> {
  return {
    id: randomUUID(),
    organizationId: randomUUID(),
    ownerDepartmentId: stray.departmentId,
    departmentId: stray.departmentId,
    createdBy: stray.personId,
    createdByPersonId: stray.personId,
    createdById: stray.personId,
    recordedBy: stray.personId,
    reporterPersonId: stray.personId,
    approvedBy: stray.personId,
    approvedAt: "2026-04-01T09:00:00+09:00",
    createdAt: "2000-01-01T00:00:00Z",
    updatedAt: "2000-01-01T00:00:00Z",
    state: "closed",
    status: "approved",
    deletedAt: null,
    seq: 1,
    version: 999,
    hash: "00",
    role: "system_staff",
    roles: ["ciso"],
    duties: ["administer_system"],
    isAdmin: true,
    confidentiality: "1",
  };
}

/** The persona that acts: the narrowest allowed one (as in the body-id rule). */
function actorFor(fx: WriteFixture): Actor | null {
  const narrowFirst: Actor[] = ["staffA", "managerA", "csirt", "ciso", "admin"];
  const allowed =
    fx.allow === "all" ? narrowFirst : narrowFirst.filter((p) => (fx.allow as string[]).includes(p));
  return allowed[0] ?? fx.witness ?? null;
}

async function snapshot(p: Prepared): Promise<string[]> {
  const [{ n }] = await rowsOf<{ n: number }>(w, sql`select count(*)::int as n from audit_events`);
  const out = [`audit_events: ${n}`];
  for (const [table, id] of p.watch ?? []) out.push(await snapshotOf(w, table, id));
  return out;
}

describe("mass assignment", () => {
  it("every state-changing route's JSON body is a closed object, at every depth", () => {
    const open: string[] = [];
    let bodies = 0;
    for (const [path, ops] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(ops)) {
        if (!STATE_CHANGING.has(method)) continue;
        for (const [type, media] of Object.entries(op.requestBody?.content ?? {})) {
          if (type !== "application/json") continue;
          bodies++;
          for (const at of openObjects(media.schema, ""))
            open.push(`${method.toUpperCase()} ${path} (${type}): ${at} takes undeclared fields`);
        }
      }
    expect(open, "bodies that accept fields they do not declare (use z.strictObject)").toEqual([]);
    expect(bodies).toBeGreaterThan(100);
  });

  it("forbidden fields added to every write fixture's body are refused by name, nothing written", async () => {
    const failures: string[] = [];
    let checked = 0;
    for (const [key, fx] of Object.entries(WRITE_FIXTURES)) {
      const as = actorFor(fx);
      if (!as) continue;
      const [method, path] = key.split(" ");
      const jsonSchema =
        doc.paths[path]?.[method.toLowerCase()]?.requestBody?.content?.["application/json"]?.schema;
      if (!jsonSchema) continue;
      const p = await fx.prepare(w, as);
      if (!p.body || typeof p.body !== "object" || Array.isArray(p.body)) continue;
      const declared = declaredFields(jsonSchema);
      const extras = Object.fromEntries(
        Object.entries(forbiddenFields()).filter(([k]) => !declared.has(k) && !(k in (p.body as object))),
      );
      const before = await snapshot(p);
      const body = { ...(p.body as Record<string, unknown>), ...extras };
      const res =
        p.client === "raw"
          ? await t.app.request(p.url, { method, headers: p.headers, body: JSON.stringify(body) })
          : await (p.client ?? w.clients[as]).request(method, p.url, body);
      const text = await res.text();
      checked++;
      const parsed = (() => {
        try {
          return JSON.parse(text) as { error?: { code?: string; fields?: Record<string, unknown> } };
        } catch {
          return {};
        }
      })();
      const named = Object.keys(parsed.error?.fields ?? {});
      const missing = Object.keys(extras).filter((k) => !named.includes(k));
      if (res.status !== 400 || parsed.error?.code !== "validation_failed" || missing.length)
        failures.push(`${as} ${key}: ${res.status} ${text.slice(0, 200)} (not named: ${missing.join(", ")})`);
      const changed = (await snapshot(p)).filter((x, i) => x !== before[i]);
      if (changed.length) failures.push(`${as} ${key}: wrote ${changed.join("; ")}`);
    }
    console.log(`mass assignment: ${checked} write routes tried with forbidden fields`);
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(80);
  }, 600_000);

  it("routes with a multipart body or none drop the forbidden fields: their values show nowhere", async () => {
    const fields = forbiddenFields();
    const markers = [stray.departmentId, stray.personId, "2000-01-01"];
    const failures: string[] = [];
    let checked = 0;
    for (const [key, fx] of Object.entries(WRITE_FIXTURES)) {
      const as = actorFor(fx);
      if (!as) continue;
      const [method, path] = key.split(" ");
      if (doc.paths[path]?.[method.toLowerCase()]?.requestBody?.content?.["application/json"]) continue;
      const p = await fx.prepare(w, as);
      if (p.raw || p.client === "raw") continue;
      const seen = new Set(
        (await rowsOf<{ id: string }>(w, sql`select id from audit_events`)).map((r) => r.id),
      );
      const client = p.client ?? w.clients[as];
      let res: Response;
      if (p.form) {
        const form = p.form();
        for (const [k, v] of Object.entries(fields)) if (!form.has(k)) form.append(k, JSON.stringify(v));
        res = await client.request(method, p.url, form);
      } else res = await client.request(method, p.url, { ...fields, ...((p.body as object) ?? {}) });
      const text = await res.text();
      checked++;
      if (res.status >= 500) failures.push(`${as} ${key}: ${res.status} ${text.slice(0, 200)}`);
      const events = (await rowsOf<{ id: string; data: unknown }>(w, sql`select id, data from audit_events`))
        .filter((e) => !seen.has(e.id))
        .map((e) => e.data);
      const written = [
        text,
        JSON.stringify(events),
        ...(await Promise.all((p.watch ?? []).map(([tb, id]) => snapshotOf(w, tb, id)))),
      ].join("\n");
      const shown = markers.filter((m) => written.includes(m));
      if (shown.length)
        failures.push(`${as} ${key}: took ${shown.join(", ")} → ${res.status} ${text.slice(0, 200)}`);
    }
    console.log(`mass assignment: ${checked} multipart or bodiless write routes tried`);
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(10);
  }, 600_000);
});
