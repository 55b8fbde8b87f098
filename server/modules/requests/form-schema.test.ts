/**
 * The web form's check of a kind's fields (requestFieldsSchema, common/request-schemas) against
 * the server's (validateFields): for every kind the browser asks for the same fields, at the same
 * paths (fields.<key>), in the same words, before anything is sent (#14 item 3).
 */
import { describe, expect, it } from "vitest";
import { type RequestFieldSpec, requestFieldsSchema } from "../../../common/request-schemas";
import { describeIssue } from "../../../common/validation-messages";
import { type FieldSpec, KINDS, type KindSpec, validateFields } from "./domain/kinds";

/** The browser's messages for a form, one per path, as web/src/forms.ts shows them. */
function browserErrors(spec: KindSpec, fields: Record<string, unknown>) {
  const parsed = requestFieldsSchema(spec.fields as RequestFieldSpec[]).safeParse({ fields });
  const out: Record<string, { message_ja: string; message_en: string }> = {};
  if (parsed.success) return out;
  for (const issue of parsed.error.issues) {
    const field = spec.fields.find((f) => f.key === issue.path[1]);
    if (!field) throw new Error(`an issue outside the kind's fields: ${issue.path.join(".")}`);
    out[issue.path.join(".")] ??= describeIssue(issue, field.label);
  }
  return out;
}

/** What the web form starts with (FormParts.initialFields). */
const empty = (f: FieldSpec) =>
  f.type === "boolean" ? false : f.type === "text" || f.type === "longtext" ? "" : null;

const filled = (f: FieldSpec): unknown =>
  ({
    text: "説明会資料",
    longtext: "県の説明会で資料を投影するため",
    date: "2026-04-01",
    datetime: "2026-04-01T09:00+09:00",
    boolean: true,
    number: 1,
    select: f.options?.[0]?.value,
    person: "00000000-0000-4000-8000-000000000001",
  })[f.type];

const kinds = Object.values(KINDS);
const formOf = (spec: KindSpec, value: (f: FieldSpec) => unknown) =>
  Object.fromEntries(spec.fields.map((f) => [f.key, value(f)]));

describe("requestFieldsSchema: the request form checks what the server checks", () => {
  it(`an empty form of each of the ${kinds.length} kinds is asked for the server's required fields, in its words`, () => {
    for (const spec of kinds) {
      const form = formOf(spec, empty);
      const server = validateFields(spec, form);
      expect(browserErrors(spec, form), spec.key).toEqual(server.ok ? {} : server.errors);
      expect(Object.keys(browserErrors(spec, form)).length, spec.key).toBe(
        spec.fields.filter((f) => f.required && f.type !== "boolean").length,
      );
    }
  });

  it("a filled form passes both; text over the server's length and a choice not offered are refused at the field", () => {
    for (const spec of kinds) {
      const form = formOf(spec, filled);
      expect(browserErrors(spec, form), spec.key).toEqual({});
      expect(validateFields(spec, form).ok, spec.key).toBe(true);
      const text = spec.fields.find((f) => f.type === "text");
      if (text) {
        const long = { ...form, [text.key]: "あ".repeat((text.max ?? 500) + 1) };
        const server = validateFields(spec, long);
        expect(browserErrors(spec, long), spec.key).toEqual(server.ok ? {} : server.errors);
      }
      const choice = spec.fields.find((f) => f.type === "select");
      if (choice) {
        const other = { ...form, [choice.key]: "not_an_option" };
        const server = validateFields(spec, other);
        expect(Object.keys(browserErrors(spec, other)), spec.key).toEqual(
          Object.keys(server.ok ? {} : server.errors),
        );
      }
    }
  });
});
