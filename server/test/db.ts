import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { inject } from "vitest";
import { type Database, type Db, openDatabase } from "../db/client";
import { migrate } from "../db/migrate";
import * as schema from "../db/schema";
import { databaseUrl, withAdmin } from "./db-template";

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default; with
 * TEST_DATABASE_URL set, a new throwaway database on that PostgreSQL server. Both are copies of the
 * one database the global setup migrated (server/test/global-setup.ts); run without it (a single
 * file through another runner), the database is migrated here.
 */
export async function openTestDatabase(): Promise<Database> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const template = inject("testDatabaseTemplate");
  if (!serverUrl) {
    if (template?.kind === "pglite") {
      return openDatabase({ dataDir: "memory://", loadDataDir: new Blob([readFileSync(template.file)]) });
    }
    const database = await openDatabase({ dataDir: "memory://" });
    await migrate(database);
    return database;
  }
  const name = `sekimori_test_${randomBytes(6).toString("hex")}`;
  const copyOf = template?.kind === "postgres" ? ` TEMPLATE ${template.name}` : "";
  await withAdmin(serverUrl, (admin) => admin.query(`CREATE DATABASE ${name}${copyOf}`));
  const url = databaseUrl(serverUrl, name);
  const database = await openDatabase({ url, poolSize: 4 });
  if (!copyOf) await migrate(database);
  const close = database.close;
  urls.set(database.db, url);
  return {
    ...database,
    close: async () => {
      await close();
      await withAdmin(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

const urls = new WeakMap<object, string>();

/**
 * A second, independent handle on the same test database, as a second server instance would
 * open it: on PostgreSQL its own connection pool; on PGlite (one process, one engine) a second
 * Drizzle instance over the same engine. Caches kept per handle are not shared between them.
 */
export async function openSecondHandle(database: Database): Promise<Database> {
  const url = urls.get(database.db);
  if (url) return openDatabase({ url, poolSize: 4 });
  const client = (database.db as unknown as { $client: Parameters<typeof drizzlePglite>[0] }).$client;
  const db = drizzlePglite(client as never, { schema }) as unknown as Db;
  return { ...database, db, close: async () => {} };
}
