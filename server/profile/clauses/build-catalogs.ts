/**
 * Regenerates `policies/catalogs/<id>.json` from the seed texts.
 * Run: `npx tsx server/profile/clauses/build-catalogs.ts [SOURCES_DIR]`. The output is checked in,
 * so a change in the parser shows up as a reviewable diff of clause ids.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { SOURCES_DIR } from "../paths";
import { catalogPath, toCatalog } from "./catalog";
import { parsePolicyText } from "./parse";
import { SEED_SOURCES } from "./sources";

const sourcesDir = process.argv[2] ?? SOURCES_DIR;
for (const { id, file } of SEED_SOURCES) {
  const text = readFileSync(join(sourcesDir, file), "utf8");
  const catalog = toCatalog(parsePolicyText(text, id), file);
  const out = catalogPath(id);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(catalog, null, 1)}\n`);
  console.log(`${id}: ${catalog.stats.clauses} clauses, ${catalog.stats.obligations} obligations → ${out}`);
}
