/**
 * Module-boundary check (DESIGN.md §4 rule 4), run by `npm run check`:
 *  - a file under `server/modules/<a>/` imports of another module `server/modules/<b>/` (b ≠ a)
 *    only its face, `server/modules/<b>/index.ts` (never its tables or any other file);
 *  - a module file never imports `server/db/schema` (the table list is for drizzle-kit, the
 *    backup and the tests), nor the directory's tables (only `modules/org`, whose commands write
 *    them, may): modules read the directory through `server/directory/index.ts`;
 *  - a lower layer (`server/{db,profile,directory,audit,access,auth,jobs,notify,http,settings}`)
 *    never imports a module (`server/db/schema.ts`, the table list, excepted), and the directory
 *    imports nothing above it (only `common/`, `db/`, `profile/`);
 *  - every module that has records or screens (a `tables.ts` or `routes.ts`) has its face, `index.ts`;
 *  - a file under `common/` imports nothing of the app: no relative path that leaves `common/`
 *    and no bare specifier naming `server/`, `web/`, `e2e/`, `bench/` or `scripts/`.
 * Test files (`*.test.ts`, `test-helpers.ts`, `test-support.ts`) and the by-hand benchmark
 * (`bench-*.ts`) set up worlds directly and are exempt from the module rules.
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
import { checkSqlTables } from "./check-sql-tables";

export interface Violation {
  file: string;
  line: number;
  specifier: string;
  rule:
    | "module-imports-module"
    | "module-imports-schema"
    | "module-imports-directory-tables"
    | "lower-imports-module"
    | "directory-imports-above"
    | "module-without-face"
    | "common-imports-app";
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

const LOWER_LAYERS = [
  "db",
  "profile",
  "directory",
  "audit",
  "access",
  "auth",
  "jobs",
  "notify",
  "http",
  "settings",
];
/** What the directory may import besides itself. */
const BELOW_DIRECTORY = ["common/", "server/db/", "server/profile/"];

/** The lower layer a repo-relative path belongs to (`server/<layer>/…`), or null. */
function lowerLayerOf(relPath: string): string | null {
  const m = /^server\/([^/]+)\//.exec(relPath);
  return m && LOWER_LAYERS.includes(m[1]) ? m[1] : null;
}

const EXEMPT = /(\.test\.tsx?|\/test-helpers\.ts|\/test-support\.ts|\/bench-[^/]*\.ts)$/;

/** A resolved import target without its extension (`server/modules/x/index.ts` → `…/index`). */
const stem = (target: string) => target.replace(/\.(ts|tsx|js|mjs)$/, "");

/** Is the resolved target the face of `module` (its folder or its index.ts)? */
function isFace(target: string, module: string): boolean {
  const t = stem(target);
  return t === `server/modules/${module}` || t === `server/modules/${module}/index`;
}

/** Checks every source file under `root/server` and `root/common`. */
export function checkImports(root: string): Violation[] {
  const violations: Violation[] = [];
  const modulesDir = join(root, "server", "modules");
  let moduleNames: string[] = [];
  try {
    moduleNames = readdirSync(modulesDir).filter((n) => statSync(join(modulesDir, n)).isDirectory());
  } catch {}
  const isFile = (...parts: string[]) => {
    try {
      return statSync(join(modulesDir, ...parts)).isFile();
    } catch {
      return false;
    }
  };
  for (const name of moduleNames) {
    const hasRecordsOrScreens = isFile(name, "tables.ts") || isFile(name, "routes.ts");
    if (hasRecordsOrScreens && !isFile(name, "index.ts"))
      violations.push({
        file: `server/modules/${name}`,
        line: 0,
        specifier: "",
        rule: "module-without-face",
        message: `server/modules/${name} has no index.ts (its face, the only file other modules may import)`,
      });
  }
  const files = [...walk(join(root, "server")), ...walk(join(root, "common"))];
  for (const file of files) {
    const rel = toPosix(relative(root, file));
    const source = readFileSync(file, "utf8");
    const exempt = EXEMPT.test(rel);
    const ownModule = exempt ? null : moduleOf(rel);
    const ownLayer = exempt || rel === "server/db/schema.ts" ? null : lowerLayerOf(rel);
    const inCommon = rel.startsWith("common/");
    for (const { specifier, line } of importSpecifiers(source)) {
      const isRelative = specifier.startsWith(".");
      const target = isRelative ? toPosix(relative(root, resolve(dirname(file), specifier))) : null;
      const push = (rule: Violation["rule"], message: string) =>
        violations.push({ file: rel, line, specifier, rule, message });
      if (ownModule && target) {
        const targetModule = moduleOf(`${target}/`);
        if (targetModule && targetModule !== ownModule && !isFace(target, targetModule))
          push(
            "module-imports-module",
            `server/modules/${ownModule} may import of server/modules/${targetModule} only its face, index.ts (DESIGN.md §4 rule 4)`,
          );
        if (stem(target) === "server/db/schema")
          push(
            "module-imports-schema",
            `server/modules/${ownModule} must not import server/db/schema (read other records through the directory or a module's face)`,
          );
        if (stem(target) === "server/directory/tables" && ownModule !== "org")
          push(
            "module-imports-directory-tables",
            `server/modules/${ownModule} must read the directory through server/directory (its functions), not its tables`,
          );
      }
      if (ownLayer && target) {
        if (moduleOf(`${target}/`))
          push(
            "lower-imports-module",
            `server/${ownLayer} is below the modules and must not import server/modules (DESIGN.md §4 layers)`,
          );
        else if (
          ownLayer === "directory" &&
          !target.startsWith("server/directory") &&
          !BELOW_DIRECTORY.some((b) => `${target}/`.startsWith(b))
        )
          push(
            "directory-imports-above",
            "server/directory imports only common/, server/db/ and server/profile/ (it is below every other layer)",
          );
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
  // The same boundary in SQL text: a module names only its own tables (./check-sql-tables.ts).
  const tableViolations = checkSqlTables(root);
  for (const v of tableViolations) {
    console.error(`${v.file}:${v.line}: table "${v.table}" — ${v.message} [module-names-table]`);
  }
  const count = violations.length + tableViolations.length;
  if (count) {
    console.error(`check-imports: ${count} boundary violation(s)`);
    process.exit(1);
  }
  console.log("check-imports: module boundaries OK (imports and SQL table names)");
}
