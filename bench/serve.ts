/**
 * Fallback server entry for the bench while server/cli.ts does not exist yet: what `serve` does
 * at its core (open, migrate, active profile, app, listen) and nothing else (no jobs, no first
 * administrator). Sections say in their notes when they ran on it.
 */
import { serve } from "@hono/node-server";
import { createApp } from "../server/app";
import { openDatabase } from "../server/db/client";
import { migrate } from "../server/db/migrate";
import { createDeps, resolveActiveProfile } from "../server/deps";

const url = process.env.DATABASE_URL || undefined;
const database = url
  ? await openDatabase({ url })
  : await openDatabase({ dataDir: process.env.DATA_DIR || "./data" });
await migrate(database);
const profile = await resolveActiveProfile(database, process.env.SEKIMORI_PROFILE);
const app = createApp(createDeps(database, profile));
const server = serve({
  fetch: app.fetch,
  port: Number(process.env.PORT ?? 8080),
  hostname: process.env.HOST ?? "127.0.0.1",
});
const stop = () => {
  server.close();
  database.close().finally(() => process.exit(0));
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
