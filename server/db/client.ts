import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import { NamedStatementClient } from "./pg-statements";
import { withStatementCache } from "./pglite-statements";
import * as schema from "./schema";

export type Schema = typeof schema;
/** One type for both drivers: modules never know which database they run on. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction has the same query API as the database. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

export type DatabaseKind = "pglite" | "postgres";

export interface Database {
  db: Db;
  kind: DatabaseKind;
  /** Runs raw SQL (several statements allowed), for migrations, triggers, backup. */
  exec(sql: string): Promise<void>;
  /** Runs `fn` holding a session-level advisory lock (one connection throughout). */
  withAdvisoryLock<T>(key: number, fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://… — uses PostgreSQL instead of the embedded database. */
  url?: string;
  /** Folder of the embedded database; ignored when `url` is set. `memory://` for a throwaway. */
  dataDir?: string;
  /** Pool size for PostgreSQL. */
  poolSize?: number;
  /**
   * An embedded database's files to start from (a `dumpDataDir()` tarball), instead of an empty
   * cluster: the tests open every database from one migrated copy.
   */
  loadDataDir?: Blob;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) {
    // Named statements keep their plans: see pg-statements.ts.
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      Client: NamedStatementClient,
    });
    // A dropped idle connection must not crash the process.
    pool.on("error", () => {});
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return {
      db,
      kind: "postgres",
      exec: async (sql) => {
        await pool.query(sql);
      },
      withAdvisoryLock: async (key, fn) => {
        const lockClient = await pool.connect();
        try {
          await lockClient.query("SELECT pg_advisory_lock($1)", [key]);
          return await fn();
        } finally {
          await lockClient.query("SELECT pg_advisory_unlock($1)", [key]).catch(() => {});
          lockClient.release();
        }
      },
      close: () => pool.end(),
    };
  }
  const dataDir = options.dataDir ?? "./data";
  if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir, {
    extensions: { pg_trgm },
    loadDataDir: options.loadDataDir,
    // PGlite fills its 128 MB default at start; 32 MB keeps idle memory within the policy
    // machine's budget (measured: 424 → ~260 MB RSS) and is ample for one process.
    startParams: [...PGlite.defaultStartParams, "-c", "shared_buffers=32MB"],
  });
  // Named statements keep their plans: see pglite-statements.ts.
  const db = drizzlePglite(withStatementCache(client).client, { schema }) as unknown as Db;
  return {
    db,
    kind: "pglite",
    exec: async (sql) => {
      await client.exec(sql);
    },
    // PGlite is one connection in one process: nothing else can race us.
    withAdvisoryLock: (_key, fn) => fn(),
    close: () => client.close(),
  };
}
