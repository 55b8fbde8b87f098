/**
 * Bulk writes as one `INSERT … SELECT FROM unnest($1::text[], $2::uuid[], …)` per batch: one
 * array parameter per column, so the statement text is the same for 1 or 1,000 rows and no
 * query-builder work is done per value (the advisory import spent most of its database time
 * building and binding 8,500-parameter statements). jsonb and text[] values travel as text
 * elements cast per row.
 */
import { type SQL, sql } from "drizzle-orm";

export type UnnestType = "text" | "uuid" | "bool" | "timestamptz" | "date" | "jsonb" | "text[]";

/** One element of a PostgreSQL array literal (NULL, or a quoted string with \ and " escaped). */
function element(v: unknown): string {
  if (v === null || v === undefined) return "NULL";
  const s = v instanceof Date ? v.toISOString() : typeof v === "object" ? JSON.stringify(v) : String(v);
  return `"${s.replace(/[\\"]/g, "\\$&")}"`;
}

/** These values as one PostgreSQL array literal (`{"a",NULL,"b"}`), bound as a single parameter
 * and cast by the caller (`::text[]`, `::uuid[]`, or per row for text[] and jsonb elements). */
export function arrayLiteral(values: ReadonlyArray<unknown>): string {
  return `{${values.map(element).join(",")}}`;
}

/**
 * `col = any(${uuidArrayParam(ids)})`: the ids as ONE `uuid[]` parameter. The statement text is
 * the same for any number of ids, so it is planned once — a list bound one parameter per id is a
 * new statement for every length (PGlite planned a 750-id `in (…)` in ~25 ms) and stops at
 * PostgreSQL's 65,535 parameters.
 */
export function uuidArrayParam(ids: readonly string[]): SQL {
  return sql`${arrayLiteral(ids)}::uuid[]`;
}

/**
 * `INSERT INTO table (cols) SELECT … FROM unnest(…) AS x(…)` followed by `tail` (ON CONFLICT …,
 * RETURNING …). `rows` are objects read by each column's key.
 */
export function unnestInsert(
  table: string,
  columns: ReadonlyArray<{ name: string; key: string; type: UnnestType }>,
  rows: ReadonlyArray<Record<string, unknown>>,
  tail: SQL = sql``,
): SQL {
  const params = columns.map((c) => arrayLiteral(rows.map((r) => r[c.key])));
  const argType = (t: UnnestType) => (t === "jsonb" || t === "text[]" ? "text" : t);
  const names = columns.map((c) => `"${c.name}"`).join(", ");
  const aliases = columns.map((_, i) => `c${i}`).join(", ");
  const selects = columns
    .map((c, i) => (c.type === "jsonb" || c.type === "text[]" ? `c${i}::${c.type}` : `c${i}`))
    .join(", ");
  return sql.join([
    sql.raw(`INSERT INTO "${table}" (${names}) SELECT ${selects} FROM unnest(`),
    sql.join(
      params.map((p, i) => sql`${p}::${sql.raw(argType(columns[i].type))}[]`),
      sql.raw(", "),
    ),
    sql.raw(`) AS x(${aliases}) `),
    tail,
  ]);
}
