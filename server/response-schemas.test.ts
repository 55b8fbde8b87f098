/**
 * Every JSON answer in /api/openapi.json has a schema that says what it holds: the web's typed
 * contract (web/src/contract.ts) is derived from these schemas, and an answer documented as a bare
 * `{ data }` (data of any shape) reaches the screens as `unknown` (#14 item 1).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "./test/app";

type Schema = {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  additionalProperties?: unknown;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
};

/**
 * The one free-form part of an answer: a register entry's own columns (`data`), whose fields each
 * register of the profile names. An asset's extra fields, a request's fields and completion, an
 * audit event's data, an asset's history and a saved view's query are typed (#14 item 1).
 */
const FREE_FORM = new Set([
  "GET /api/registers/{register} 200 .data[].closedBy.data",
  "GET /api/registers/{register} 200 .data[].data",
  "POST /api/registers/{register} 201 .data.data",
]);

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** `{ data }` with nothing said of data, or an object with no fields at all. */
function generic(schema: Schema, components: Record<string, Schema>): boolean {
  const resolve = (s: Schema): Schema =>
    s.$ref ? resolve(components[s.$ref.split("/").pop() as string]) : s;
  const s = resolve(schema);
  const data = s.properties?.data;
  const anything = (x: Schema) =>
    x.type === "object" &&
    !x.properties &&
    (!x.additionalProperties || JSON.stringify(x.additionalProperties) === "{}");
  if (!s.properties) return Object.keys(s).length === 0 || anything(s);
  if (!data) return false;
  const d = resolve(data);
  // data of any shape, or a record of anything (`z.record(z.string(), z.unknown())`)
  return Object.keys(d).length === 0 || anything(d);
}

/** Where an answer nests an object with no fields and no typed values (`type: object` and nothing said). */
function untyped(schema: Schema, components: Record<string, Schema>): string[] {
  const found: string[] = [];
  const walk = (s: Schema, where: string, seen: ReadonlySet<string>) => {
    if (s.$ref) {
      const name = s.$ref.split("/").pop() as string;
      if (!seen.has(name)) walk(components[name], where, new Set([...seen, name]));
      return;
    }
    const values = s.additionalProperties;
    const typedValues = typeof values === "object" && values !== null && Object.keys(values).length > 0;
    const fields = Object.keys(s.properties ?? {}).length;
    if (s.type === "object" && !fields && !typedValues) {
      found.push(where);
    }
    for (const [k, v] of Object.entries(s.properties ?? {})) walk(v, `${where}.${k}`, seen);
    if (s.items) walk(s.items, `${where}[]`, seen);
    if (typedValues) walk(values as Schema, `${where}{}`, seen);
    for (const part of [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])]) walk(part, where, seen);
  };
  walk(schema, "", new Set());
  return found;
}

describe("the OpenAPI document types every JSON answer", () => {
  it("no route answers a generic { data } (the web would read it as unknown)", async () => {
    const res = await t.app.request("/api/openapi.json");
    const doc = (await res.json()) as {
      paths: Record<
        string,
        Record<string, { responses?: Record<string, { content?: Record<string, { schema: Schema }> }> }>
      >;
      components: { schemas: Record<string, Schema> };
    };
    const found: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(ops))
        for (const [status, answer] of Object.entries(op.responses ?? {})) {
          const schema = answer.content?.["application/json"]?.schema;
          if (status.startsWith("2") && schema && generic(schema, doc.components.schemas))
            found.push(`${method.toUpperCase()} ${path}`);
        }
    expect(found.sort(), "answers documented as a bare { data } or an object with no fields").toEqual([]);
  });

  it("no answer nests an object documented only as `object` (#14: the web would lose its fields)", async () => {
    const res = await t.app.request("/api/openapi.json");
    const doc = (await res.json()) as {
      paths: Record<
        string,
        Record<string, { responses?: Record<string, { content?: Record<string, { schema: Schema }> }> }>
      >;
      components: { schemas: Record<string, Schema> };
    };
    const found: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(ops))
        for (const [status, answer] of Object.entries(op.responses ?? {})) {
          const schema = answer.content?.["application/json"]?.schema;
          if (schema)
            for (const where of untyped(schema, doc.components.schemas))
              found.push(`${method.toUpperCase()} ${path} ${status} ${where}`);
        }
    expect([...new Set(found)].filter((f) => !FREE_FORM.has(f)).sort()).toEqual([]);
  });
});
