import { randomBytes } from "node:crypto";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import { type Database, type Db, openDatabase } from "../db/client";
import { migrate } from "../db/migrate";
import * as schema from "../db/schema";

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default; with
 * TEST_DATABASE_URL set, a new throwaway database on that PostgreSQL server.
 */
export async function openTestDatabase(): Promise<Database> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const database = await openDatabase({ dataDir: "memory://" });
    await migrate(database);
    return database;
  }
  const name = `sekimori_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), poolSize: 4 });
  await migrate(database);
  const close = database.close;
  urls.set(database.db, url.toString());
  return {
    ...database,
    close: async () => {
      await close();
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
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
