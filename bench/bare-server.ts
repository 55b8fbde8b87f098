/**
 * Baseline for the start-up section: the same runtime (node + tsx loader) answering /api/health
 * with nothing behind it; with --open-db it first opens the bench database like the server does.
 */
import { createServer } from "node:http";
import { sql } from "drizzle-orm";
import { openDatabase } from "../server/db/client";

if (process.argv.includes("--open-db")) {
  const url = process.env.DATABASE_URL;
  const database = url ? await openDatabase({ url }) : await openDatabase({ dataDir: process.env.DATA_DIR });
  await database.db.execute(sql`SELECT 1`);
}
const body = JSON.stringify({ status: "ok" });
createServer((_req, res) => {
  res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
  res.end(body);
}).listen(Number(process.env.PORT), process.env.HOST ?? "127.0.0.1");
