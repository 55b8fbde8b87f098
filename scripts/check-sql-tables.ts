/**
 * Table ownership in SQL text (DESIGN.md §4 rule 4), run by `npm run check` through
 * check-imports: the import check cannot see `sql\`select … from people\``, so this one reads the
 * SQL a module writes. Every table belongs to the folder whose `tables.ts` declares it
 * (`pgTable("name", …)`); a file under `server/modules/<m>/`, `server/notify/` or
 * `server/directory/` may name in `from` / `join` / `update` / `into` only tables its own folder
 * declares (the directory is below auth: it never reads `users` or any other table above it). modules/org, whose
 * commands write the directory, may also name the directory's tables. Another owner's rows come
 * through its functions or the SQL fragments it exports (e.g. the directory's `personNameSql`),
 * so the table name is written once, beside its owner.
 *
 * Comments are ignored (prose may say "from people"); test files and by-hand benches are exempt
 * (they set up worlds directly), as for the import rules.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

export interface TableViolation {
  file: string;
  line: number;
  table: string;
  owner: string;
  message: string;
}

const SOURCE = /\.(ts|tsx|mts|js|mjs)$/;
const EXEMPT = /(\.test\.tsx?|\/test-helpers\.ts|\/test-support\.ts|\/bench-[^/]*\.ts)$/;
const SKIP_DIRS = new Set(["node_modules", "dist", ".git", "migrations"]);
/** The folders whose SQL is checked: each module, the notification service and the directory. */
const CHECKED = /^server\/(modules\/[^/]+|notify|directory)\//;
/** Extra tables a folder may name: org's commands and screens are the directory's writer. */
const ALSO_MAY_NAME: Record<string, string> = { "server/modules/org": "server/directory" };

const toPosix = (p: string) => p.split(sep).join("/");

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
    if (statSync(full).isDirectory()) yield* walk(full);
    else if (SOURCE.test(name)) yield full;
  }
}

/** Table name → the folder (repo-relative) whose tables.ts declares it. */
export function tableOwners(root: string): Map<string, string> {
  const owners = new Map<string, string>();
  for (const file of walk(join(root, "server"))) {
    if (!file.endsWith(`${sep}tables.ts`)) continue;
    const folder = toPosix(relative(root, file)).replace(/\/tables\.ts$/, "");
    for (const m of readFileSync(file, "utf8").matchAll(/\bpgTable\(\s*["']([a-z_][a-z0-9_]*)["']/g))
      owners.set(m[1], folder);
  }
  return owners;
}

/** The source with comments blanked (newlines kept, so line numbers stay right). */
export function withoutComments(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, " "))
    .replace(/(^|[^:"'`\\])\/\/[^\n]*/g, (_c, before: string) => before);
}

/** Every table named after from/join/update/into (quoted or not) with its 1-based line. */
export function tablesNamed(source: string): Array<{ table: string; line: number }> {
  const text = withoutComments(source);
  const found: Array<{ table: string; line: number }> = [];
  for (const m of text.matchAll(/\b(?:from|join|update|into)\s+"?([a-z_][a-z0-9_]*)"?/gi)) {
    found.push({ table: m[1], line: text.slice(0, m.index ?? 0).split("\n").length });
  }
  return found;
}

export function checkSqlTables(root: string): TableViolation[] {
  const owners = tableOwners(root);
  const violations: TableViolation[] = [];
  for (const file of walk(join(root, "server"))) {
    const rel = toPosix(relative(root, file));
    const own = CHECKED.exec(rel);
    if (!own || EXEMPT.test(rel)) continue;
    const folder = `server/${own[1]}`;
    for (const { table, line } of tablesNamed(readFileSync(file, "utf8"))) {
      const owner = owners.get(table);
      if (!owner || owner === folder || ALSO_MAY_NAME[folder] === owner) continue;
      violations.push({
        file: rel,
        line,
        table,
        owner,
        message: `${folder} names table "${table}" of ${owner} in SQL; read it through ${owner}'s functions or the SQL fragments it exports`,
      });
    }
  }
  return violations;
}
