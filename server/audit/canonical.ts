import { createHash } from "node:crypto";

/**
 * Canonical JSON: object keys sorted at every depth, no whitespace. The same event always
 * encodes to the same bytes, whatever order jsonb returns its keys in.
 *
 * Keys sort by UTF-16 code units (what `<` and the default `Array.prototype.sort` compare);
 * properties whose value is undefined are left out; anything that is not an object encodes
 * as JSON.stringify does (undefined as null). Written as one loop with string appends: it runs
 * once per event when the chain is verified.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj);
  if (keys.length > 1) keys.sort();
  let out = "{";
  for (let i = 0; i < keys.length; i++) {
    const v = obj[keys[i]];
    if (v === undefined) continue;
    if (out.length > 1) out += ",";
    out += `${JSON.stringify(keys[i])}:${canonicalJson(v)}`;
  }
  return `${out}}`;
}

export const GENESIS_HASH = "0".repeat(64);

export interface HashedFields {
  occurredAt: Date;
  type: string;
  actorUserId: string | null;
  actorPersonId: string | null;
  actingForPersonId: string | null;
  ip: string | null;
  targetType: string | null;
  targetId: string | null;
  departmentId: string | null;
  data: unknown;
  prevHash: string;
}

/**
 * The bytes an event's hash covers: every stored field and the previous hash — the canonical
 * JSON of `{a, at, d, f, i, p, prev, t, ti, tt, x}` (keys already in canonical order here;
 * undefined fields left out, as canonicalJson does).
 */
export function encodeEvent(e: HashedFields): string {
  const parts: Array<[string, unknown]> = [
    ["a", e.actorUserId],
    ["at", e.occurredAt.toISOString()],
    ["d", e.departmentId],
    ["f", e.actingForPersonId],
    ["i", e.ip],
    ["p", e.actorPersonId],
    ["prev", e.prevHash],
    ["t", e.type],
    ["ti", e.targetId],
    ["tt", e.targetType],
    ["x", e.data],
  ];
  let out = "{";
  for (const [key, v] of parts) {
    if (v === undefined) continue;
    if (out.length > 1) out += ",";
    out += `"${key}":${canonicalJson(v)}`;
  }
  return `${out}}`;
}

export function hashEvent(e: HashedFields): string {
  return createHash("sha256").update(encodeEvent(e)).digest("hex");
}
