import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson, encodeEvent, type HashedFields } from "./canonical";

/** The original, obviously-correct encoder: the fast one must give the same bytes for any input. */
function reference(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(reference).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${reference(v)}`).join(",")}}`;
}

function referenceEvent(e: HashedFields): string {
  return reference({
    a: e.actorUserId,
    d: e.departmentId,
    f: e.actingForPersonId,
    i: e.ip,
    p: e.actorPersonId,
    t: e.type,
    tt: e.targetType,
    ti: e.targetId,
    at: e.occurredAt.toISOString(),
    x: e.data,
    prev: e.prevHash,
  });
}

const anyString = fc.string({ unit: "binary", maxLength: 12 });
const value = fc.letrec((tie) => ({
  v: fc.oneof(
    { depthSize: "small" },
    fc.constant(null),
    fc.constant(undefined),
    fc.boolean(),
    fc.double(),
    fc.integer(),
    anyString,
    fc.date({ noInvalidDate: true }),
    fc.array(tie("v"), { maxLength: 4 }),
    fc.dictionary(anyString, tie("v"), { maxKeys: 5 }),
  ),
})).v;

describe("canonical encoding", () => {
  it("canonicalJson gives the same bytes as the reference encoder (property)", () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(canonicalJson(v)).toBe(reference(v));
      }),
      { numRuns: 2000 },
    );
    // Keys that sort differently by code unit than by code point or by length (jsonb's order).
    const tricky = { "\uffff": 1, "😀": 2, b: 3, aa: 4, a: undefined, "": [undefined, { z: 1, y: null }] };
    expect(canonicalJson(tricky)).toBe(reference(tricky));
    expect(canonicalJson(tricky)).toBe('{"":[null,{"y":null,"z":1}],"aa":4,"b":3,"😀":2,"\uffff":1}');
  });

  it("encodeEvent gives the same bytes as the canonical JSON of the event object (property)", () => {
    const nullableText = fc.option(anyString, { nil: null });
    const event = fc.record({
      occurredAt: fc.date({ noInvalidDate: true, min: new Date(0), max: new Date("2200-01-01") }),
      type: anyString,
      actorUserId: nullableText,
      actorPersonId: nullableText,
      actingForPersonId: nullableText,
      ip: nullableText,
      targetType: nullableText,
      targetId: nullableText,
      departmentId: nullableText,
      data: value,
      prevHash: anyString,
    });
    fc.assert(
      fc.property(event, (e) => {
        expect(encodeEvent(e)).toBe(referenceEvent(e));
      }),
      { numRuns: 2000 },
    );
    // Undefined fields are left out, as the canonical encoding of the object leaves them out.
    const partial = {
      occurredAt: new Date(0),
      type: "x",
      prevHash: "0",
      data: {},
    } as unknown as HashedFields;
    expect(encodeEvent(partial)).toBe(referenceEvent(partial));
  });
});
