import { fileURLToPath } from "node:url";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { Database } from "./client";

export const MIGRATIONS_FOLDER = fileURLToPath(new URL("./migrations", import.meta.url));

/** Applies the one migrations folder; identical on PGlite and PostgreSQL. */
export async function migrate(database: Database): Promise<void> {
  const config = { migrationsFolder: MIGRATIONS_FOLDER };
  if (database.kind === "postgres") {
    // Several instances may start together: one migrates, the others wait on the lock.
    // biome-ignore lint/suspicious/noExplicitAny: the driver-specific type is erased in Db
    await database.withAdvisoryLock(727274, () => migratePg(database.db as any, config));
  } else {
    // biome-ignore lint/suspicious/noExplicitAny: the driver-specific type is erased in Db
    await migratePglite(database.db as any, config);
  }
}
