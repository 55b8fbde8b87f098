/**
 * Module-boundary check (DESIGN.md §4 rule 4), run by `npm run check`:
 *  - a file under `server/modules/<a>/` never imports a file under `server/modules/<b>/` (b ≠ a);
 *  - a file under `common/` imports nothing of the app: no relative path that leaves `common/`
 *    and no bare specifier naming `server/`, `web/`, `e2e/`, `bench/` or `scripts/`.
 *
 * Biome's `noRestrictedImports` matches the import *specifier* text, not the file it resolves
 * to, so `../assets/tables` (another module) and `../../db/client` (allowed) cannot be told apart
 * at every folder depth. This checker resolves each relative specifier against the importing
 * file and judges the resolved path.
 *
 * Usage: `tsx scripts/check-imports.ts [ROOT]` — exits 1 and lists every violation.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

export interface Violation {
  file: string;
  line: number;
  specifier: string;
  rule: "module-imports-module" | "common-imports-app";
  message: string;
}

const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|jsx)$/;
const SKIP_DIRS = new Set(["node_modules", "dist", ".git", "migrations"]);
const APP_ROOTS = ["server", "web", "e2e", "bench", "scripts"];

/** Every import/export-from/dynamic import/require specifier with its 1-based line. */
export function importSpecifiers(source: string): Array<{ specifier: string; line: number }> {
  const found: Array<{ specifier: string; line: number }> = [];
  const patterns = [
    // import x from "y"; import {a} from "y"; export * from "y"; export {a} from "y"; import type …
    /\b(?:import|export)\s+(?:type\s+)?(?:[\w*${}\s,]+?\s+from\s+)?["']([^"'\n]+)["']/g,
    // import("y"), require("y"), vi.mock("y")-style calls are not boundaries, so only these two
    /\b(?:import|require)\s*\(\s*["']([^"'\n]+)["']\s*\)/g,
  ];
  for (const re of patterns) {
    for (const m of source.matchAll(re)) {
      const index = m.index ?? 0;
      const line = source.slice(0, index).split("\n").length;
      found.push({ specifier: m[1], line });
    }
  }
  return found;
}

function* walk(dir: string): Generator<string> {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of entries) {
    if (SKIP_DIRS.has(name)) continue;
    const full = join(dir, name);
    const st = statSync(full);
    if (st.isDirectory()) yield* walk(full);
    else if (SOURCE.test(name)) yield full;
  }
}

const toPosix = (p: string) => p.split(sep).join("/");

/** The module a repo-relative path belongs to (`server/modules/<name>/…`), or null. */
function moduleOf(relPath: string): string | null {
  const m = /^server\/modules\/([^/]+)\//.exec(relPath);
  return m ? m[1] : null;
}

/** Checks every source file under `root/server/modules` and `root/common`. */
export function checkImports(root: string): Violation[] {
  const violations: Violation[] = [];
  const files = [...walk(join(root, "server", "modules")), ...walk(join(root, "common"))];
  for (const file of files) {
    const rel = toPosix(relative(root, file));
    const source = readFileSync(file, "utf8");
    const ownModule = moduleOf(rel);
    const inCommon = rel.startsWith("common/");
    for (const { specifier, line } of importSpecifiers(source)) {
      const isRelative = specifier.startsWith(".");
      const target = isRelative ? toPosix(relative(root, resolve(dirname(file), specifier))) : null;
      if (ownModule && target) {
        const targetModule = moduleOf(`${target}/`);
        if (targetModule && targetModule !== ownModule) {
          violations.push({
            file: rel,
            line,
            specifier,
            rule: "module-imports-module",
            message: `server/modules/${ownModule} must not import server/modules/${targetModule} (use events or jobs; DESIGN.md §4 rule 4)`,
          });
        }
      }
      if (inCommon) {
        const leaves = target !== null && !target.startsWith("common/") && target !== "common";
        const namesApp =
          !isRelative && APP_ROOTS.some((r) => specifier === r || specifier.startsWith(`${r}/`));
        if (leaves || namesApp) {
          violations.push({
            file: rel,
            line,
            specifier,
            rule: "common-imports-app",
            message: "common/ imports nothing of the app (only other files of common/ and packages)",
          });
        }
      }
    }
  }
  return violations;
}

const invokedDirectly = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const root = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), ".."));
  const violations = checkImports(root);
  for (const v of violations) {
    console.error(`${v.file}:${v.line}: import "${v.specifier}" — ${v.message} [${v.rule}]`);
  }
  if (violations.length) {
    console.error(`check-imports: ${violations.length} boundary violation(s)`);
    process.exit(1);
  }
  console.log("check-imports: module boundaries OK");
}
