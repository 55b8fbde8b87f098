/**
 * After the test run: every state-changing route must have succeeded at least once under the
 * audit invariant (server/http/audit-invariant.ts), i.e. some test proved it writes its audit
 * event in the same transaction as its change. Reads the files the test apps appended to
 * SEKIMORI_AUDIT_COVERAGE_DIR; exits 1 naming the routes no test exercised.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createApp } from "../server/app";
import type { Database } from "../server/db/client";
import { createDeps } from "../server/deps";
import { declaredRoutes } from "../server/http/route-match";
import { loadProfile } from "../server/profile";

/** Routes no valid call can be made to in a test, with the reason. */
const NOT_COVERABLE: Record<string, string> = {};

const dir = process.env.SEKIMORI_AUDIT_COVERAGE_DIR ?? process.argv[2];
if (!dir || !existsSync(dir)) {
  console.error("audit coverage: no coverage folder (SEKIMORI_AUDIT_COVERAGE_DIR)");
  process.exit(2);
}
const succeeded = new Map<string, number>();
for (const file of readdirSync(dir).filter((f) => f.endsWith(".jsonl"))) {
  for (const line of readFileSync(join(dir, file), "utf8").split("\n")) {
    if (!line) continue;
    const { route } = JSON.parse(line) as { route: string };
    succeeded.set(route, (succeeded.get(route) ?? 0) + 1);
  }
}
// Only the route table is read: the app never touches the database here.
const app = createApp(createDeps({} as Database, loadProfile("nishihara")));
const routes = declaredRoutes(app).filter((r) => ["POST", "PUT", "PATCH", "DELETE"].includes(r.method));
const missing = routes.filter((r) => !succeeded.has(r.key) && !(r.key in NOT_COVERABLE));
console.log(
  `audit coverage: ${routes.length - missing.length}/${routes.length} state-changing routes succeeded under the audit invariant`,
);
for (const [key, why] of Object.entries(NOT_COVERABLE)) console.log(`  not coverable: ${key} — ${why}`);
if (missing.length > 0) {
  console.error("  never exercised with success (add a test):");
  for (const r of missing) console.error(`    ${r.key}`);
  process.exit(1);
}
