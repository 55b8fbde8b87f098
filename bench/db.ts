import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import pg from "pg";
import { type Database, openDatabase } from "../server/db/client";
import { migrate } from "../server/db/migrate";

/** Where the bench database lives, so a server child process can open the same one. */
export interface BenchDatabaseTarget {
  kind: "pglite" | "postgres";
  /** PGlite folder (a fresh temp dir). */
  dataDir?: string;
  /** URL of the throwaway PostgreSQL database. */
  url?: string;
  /** Removes the temp dir or drops the throwaway database. */
  destroy(): Promise<void>;
}

/**
 * A fresh database for one bench run: PGlite in a new temp dir, or — with DATABASE_URL — a
 * throwaway database created on that server (dropped again by `destroy`).
 */
export async function createBenchTarget(serverUrl = process.env.DATABASE_URL): Promise<BenchDatabaseTarget> {
  if (!serverUrl) {
    const dataDir = mkdtempSync(join(tmpdir(), "sekimori-bench-"));
    return {
      kind: "pglite",
      dataDir,
      destroy: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `sekimori_bench_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    kind: "postgres",
    url: url.toString(),
    destroy: async () => {
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

export async function openTarget(target: BenchDatabaseTarget): Promise<Database> {
  return target.kind === "postgres"
    ? openDatabase({ url: target.url, poolSize: 4 })
    : openDatabase({ dataDir: target.dataDir });
}

export async function openAndMigrate(target: BenchDatabaseTarget): Promise<Database> {
  const database = await openTarget(target);
  await migrate(database);
  return database;
}

export type ColumnType =
  | "uuid"
  | "text"
  | "int"
  | "bigint"
  | "bool"
  | "timestamptz"
  | "date"
  | "jsonb"
  | "text[]";

/**
 * Bulk insert through the same driver the app uses: one `INSERT … SELECT FROM unnest($1, $2, …)`
 * statement per batch, one array parameter per column (fast on both PGlite and PostgreSQL, and
 * independent of the row count's parameter limit). `rows` are arrays in `columns` order; jsonb
 * values are passed as JSON text, text[] values as one array literal each (`{"a","b"}`).
 */
export async function insertRows(
  database: Database,
  table: string,
  columns: ReadonlyArray<readonly [string, ColumnType]>,
  rows: unknown[][],
  batchSize = 5000,
): Promise<void> {
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    const arrays = columns.map((_, ci) => batch.map((r) => r[ci]));
    const cols = sql.raw(columns.map(([name]) => `"${name}"`).join(", "));
    const selects = columns.map(([, type], ci) => {
      // jsonb and text[] values go in as text[] and are cast per element.
      const arrayType = type === "jsonb" || type === "text[]" ? "text" : type;
      return sql`${arrayLiteral(arrays[ci])}::${sql.raw(arrayType)}[]`;
    });
    const casts = sql.raw(
      columns
        .map(([, type], ci) => (type === "jsonb" || type === "text[]" ? `c${ci}::${type}` : `c${ci}`))
        .join(", "),
    );
    const aliases = sql.raw(columns.map((_, ci) => `c${ci}`).join(", "));
    await database.db.execute(
      sql`INSERT INTO ${sql.raw(`"${table}"`)} (${cols}) SELECT ${casts} FROM unnest(${sql.join(selects, sql`, `)}) AS t(${aliases})`,
    );
  }
}

/** A PostgreSQL array literal (`{"a",NULL,"b"}`): one text parameter however long the batch. */
export function arrayLiteral(values: unknown[]): string {
  const parts = values.map((v) => {
    if (v === null || v === undefined) return "NULL";
    const s = v instanceof Date ? v.toISOString() : String(v);
    return `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
  });
  return `{${parts.join(",")}}`;
}
