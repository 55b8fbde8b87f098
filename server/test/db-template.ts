import { randomBytes } from "node:crypto";
import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { openDatabase } from "../db/client";
import { migrate } from "../db/migrate";

/** A migrated database the test files copy: its name on PostgreSQL, its files on PGlite. */
export type TestTemplate = { kind: "postgres"; name: string } | { kind: "pglite"; files: Blob };

/** What the global setup hands the test files (vitest `provide`/`inject`). */
export type ProvidedTemplate = { kind: "postgres"; name: string } | { kind: "pglite"; file: string };

declare module "vitest" {
  export interface ProvidedContext {
    testDatabaseTemplate?: ProvidedTemplate;
  }
}

export async function withAdmin<T>(serverUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.end();
  }
}

export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Migrates one database to copy: on PostgreSQL a database every test database is created from
 * (`CREATE DATABASE … TEMPLATE`, which needs nobody connected to it: the connection is closed
 * before it is used); on PGlite the migrated cluster's files.
 */
export async function buildTestTemplate(serverUrl: string | undefined): Promise<TestTemplate> {
  if (serverUrl) {
    const name = `sekimori_template_${randomBytes(6).toString("hex")}`;
    await withAdmin(serverUrl, (admin) => admin.query(`CREATE DATABASE ${name}`));
    // Two connections: one holds the migration lock while the other migrates.
    const database = await openDatabase({ url: databaseUrl(serverUrl, name), poolSize: 2 });
    try {
      await migrate(database);
    } finally {
      await database.close();
    }
    return { kind: "postgres", name };
  }
  const database = await openDatabase({ dataDir: "memory://" });
  try {
    await migrate(database);
    const client = (database.db as unknown as { $client: PGlite }).$client;
    return { kind: "pglite", files: await client.dumpDataDir("none") };
  } finally {
    await database.close();
  }
}

export async function dropTestTemplate(serverUrl: string, name: string): Promise<void> {
  await withAdmin(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}
