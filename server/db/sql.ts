/**
 * Small typed helpers for raw SQL (`db.execute(sql…)`), written once here instead of in each
 * module: the rows of a result on either driver, and lists of ids bound as parameters.
 */
import { type DriverValueDecoder, type SQL, type SQLWrapper, sql } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import type { DbOrTx } from "./client";
import { GENERIC_PLAN_MARK } from "./statement-rules";

/**
 * The rows of a raw `db.execute(sql…)`. PGlite and node-postgres both answer `{ rows }` (an
 * array is accepted too, so a driver that answers rows alone cannot break a caller). `T` is the
 * caller's statement of the columns it selected: the database does not check it.
 */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  const rows = (result as { rows?: unknown } | null)?.rows;
  if (!Array.isArray(rows)) throw new TypeError("rowsOf: the result has no rows (not a query result)");
  return rows as T[];
}

/** Runs a raw statement and answers its rows (see `rowsOf`). */
export async function selectRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  return rowsOf<T>(await db.execute(query));
}

/**
 * A `uuid[]` of these ids, each bound as a parameter: `col = any(${uuidArraySql(ids)})`. An empty
 * list is an empty array (matches nothing), never a syntax error.
 */
export function uuidArraySql(ids: readonly string[]): SQL {
  return sql`array[${sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )}]::uuid[]`;
}

/**
 * A comma list of these ids as uuids, for `col in (${uuidListSql(ids)})`. SQL has no `in ()`: an
 * empty list is `null::uuid`, which matches nothing (and `not in` it is never true, so a caller
 * negating a list handles the empty case itself).
 */
export function uuidListSql(ids: readonly string[]): SQL {
  if (ids.length === 0) return sql`null::uuid`;
  return sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
}

/** A `text[]` of these values, each bound as a parameter (for `?|`, `= any(…)` on text columns). */
export function textArraySql(values: readonly string[]): SQL {
  return sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;
}

/**
 * The JST calendar day (`date`) of a timestamptz column: the SQL twin of common/calendar's
 * `toIsoDate` (the server runs in any time zone; a day is always Japan's).
 */
export function jstDateSql(column: SQLWrapper): SQL<string> {
  return sql<string>`(${column} at time zone 'Asia/Tokyo')::date`;
}

/**
 * A condition that is always true and marks its statement to run with a generic plan on the
 * embedded database (statement-rules.ts `GENERIC_PLAN_MARK`): `and(...conds, genericPlanSql)`.
 * PostgreSQL folds the `true` away; on PostgreSQL proper the marker changes nothing.
 */
export const genericPlanSql: SQL = sql.raw(`${GENERIC_PLAN_MARK} true`);

const dialect = new PgDialect();

/**
 * A fragment without parameters (column and table references, literals), rendered to its SQL text
 * once: Drizzle then copies the text into each statement instead of walking the fragment's tree
 * again on every query (for the asset list's select list, its directory subqueries and named
 * people, a good part of building the statement: #11). Same text, same result type as the
 * fragment; a fragment with a parameter is refused (its value would be frozen).
 */
export function renderedSql<T>(fragment: SQL<T>): SQL<T> {
  const { sql: text, params } = dialect.sqlToQuery(fragment);
  if (params.length > 0) throw new Error(`renderedSql: the fragment has parameters (${text})`);
  // The fragment's decoder too (a `.mapWith(…)` on it; Drizzle keeps it internal): the rows map as
  // before.
  const { decoder } = fragment as unknown as { decoder: DriverValueDecoder<T, unknown> };
  return sql.raw(text).mapWith(decoder) as SQL<T>;
}
