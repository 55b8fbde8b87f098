/**
 * For tests: every audit event stored so far, its `data` parsed against its type's schema
 * (common/audit-data.ts, the one declaration the writer is typed against). A route test file
 * registers the check last (describeStoredAuditData), so the events its routes wrote are checked
 * as stored, not as the code meant them.
 */
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { AUDIT_DATA } from "../../common/audit-data";
import { type AuditEventType, isAuditEventType } from "../../common/audit-events";
import type { Db } from "../db/client";
import { rowsOf } from "../db/sql";

export interface StoredAuditData {
  /** The event types seen, each once. */
  types: string[];
  /**
   * Each event whose data does not parse, or parses only by dropping fields its schema does not
   * declare: the event's id, type, and why.
   */
  problems: Array<{ id: string; type: string; why: string }>;
  /** Each event of a type this version does not know (`test.…` types are left out). */
  unknown: string[];
}

/** The paths of fields in `stored` that parsing dropped: fields the schema does not declare. */
function undeclared(stored: unknown, parsed: unknown, path: string): string[] {
  if (Array.isArray(stored) && Array.isArray(parsed))
    return stored.flatMap((v, i) => undeclared(v, parsed[i], `${path}[${i}]`));
  if (!stored || typeof stored !== "object" || !parsed || typeof parsed !== "object") return [];
  const p = parsed as Record<string, unknown>;
  return Object.entries(stored).flatMap(([k, v]) =>
    k in p ? undeclared(v, p[k], path ? `${path}.${k}` : k) : [path ? `${path}.${k}` : k],
  );
}

export async function storedAuditData(db: Db): Promise<StoredAuditData> {
  const rows = rowsOf<{ id: string; type: string; data: Record<string, unknown> }>(
    await db.execute(sql`SELECT id::text, type, data FROM audit_events ORDER BY id`),
  );
  const out: StoredAuditData = { types: [], problems: [], unknown: [] };
  for (const row of rows) {
    if (row.type.startsWith("test.")) continue;
    if (!isAuditEventType(row.type)) {
      out.unknown.push(`${row.id} ${row.type}`);
      continue;
    }
    if (!out.types.includes(row.type)) out.types.push(row.type);
    // The writer adds `via` (a job, the CLI) to an event of any type.
    const { via, ...stored } = row.data;
    if (via !== undefined && typeof via !== "string")
      out.problems.push({ id: row.id, type: row.type, why: `via is ${JSON.stringify(via)}` });
    const result = AUDIT_DATA[row.type].safeParse(stored);
    if (!result.success) {
      const why = result.error.issues.map((i) => `${i.path.join(".") || "data"}: ${i.message}`).join("; ");
      out.problems.push({ id: row.id, type: row.type, why });
    } else {
      const extra = undeclared(stored, result.data, "");
      if (extra.length)
        out.problems.push({ id: row.id, type: row.type, why: `not declared: ${extra.join(", ")}` });
    }
  }
  return out;
}

/**
 * Registers, last in a route test file, the test that every audit event written by the tests
 * before it parses against its type's schema with no field the schema does not declare, and that
 * `types` were among them (so the check is known to have seen the routes' events).
 */
export function describeStoredAuditData(what: string, db: () => Db, types: AuditEventType[]) {
  describe(`the audit events of ${what} carry the data their type declares (#14 item 1)`, () => {
    it("every event written above parses against its type's schema in common/audit-data.ts, with no field it does not declare", async () => {
      const stored = await storedAuditData(db());
      expect(stored.problems).toEqual([]);
      expect(stored.unknown).toEqual([]);
      expect(stored.types).toEqual(expect.arrayContaining(types));
    });
  });
}
