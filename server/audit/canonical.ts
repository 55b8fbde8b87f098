import { createHash } from "node:crypto";

/**
 * Canonical JSON: object keys sorted at every depth, no whitespace. The same event always
 * encodes to the same bytes, whatever order jsonb returns its keys in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
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

/** The bytes an event's hash covers: every stored field and the previous hash. */
export function encodeEvent(e: HashedFields): string {
  return canonicalJson({
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

export function hashEvent(e: HashedFields): string {
  return createHash("sha256").update(encodeEvent(e)).digest("hex");
}
