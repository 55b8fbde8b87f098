/**
 * Table ownership in SQL text (DESIGN.md §4 rule 4), run by `npm run check` through
 * check-imports: the import check cannot see `sql\`select … from people\``, so this one reads the
 * SQL the server writes. Every table belongs to the folder whose `tables.ts` declares it
 * (`pgTable("name", …)`); a file under `server/modules/<m>/` or any layer `server/<layer>/`
 * (directory, auth, audit, notify, http, jobs …) may name in `from` / `join` / `update` / `into`
 * (and each table of a comma-separated `from a x, b y`) only tables its own folder declares: the
 * directory never reads `users`, auth never joins `people`, the HTTP layer never counts
 * `audit_events`. modules/org, whose commands write the directory, may also name the directory's
 * tables. Another owner's rows come through its functions or the SQL fragments it exports (e.g.
 * the directory's `personNameSql`), so the table name is written once, beside its owner.
 *
 * Comments are ignored (prose may say "from people"); test files and by-hand benches are exempt
 * (they set up worlds directly), as for the import rules, and so are the folders that exist to
 * touch every table: test worlds (`server/test`, `server/reliability`), the table list and its
 * migrations (`server/db`) and the backup, which dumps and restores them all.
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
/** The folders whose SQL is checked: each module and each layer below the modules. */
const CHECKED = /^server\/(modules\/[^/]+|[^/]+)\//;
/** Folders that by design touch every table (see above). */
const UNCHECKED = new Set(["server/test", "server/reliability", "server/db", "server/backup"]);
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

const NAME = String.raw`"?([a-z_][a-z0-9_]*)"?`;
/** `name`, `name alias` or `name as alias`, then a comma: one more table of a `from` list. */
const LISTED = new RegExp(String.raw`^\s*,\s*${NAME}`, "i");
const ALIAS =
  /^\s+(?:as\s+)?(?!(?:where|join|left|right|inner|outer|full|cross|on|using|group|order|limit|offset|union|except|intersect|returning|set|values|natural|lateral|for|having|window)\b)[a-z_][a-z0-9_]*/i;

/**
 * Every table named after from/join/update/into (quoted or not), and after each comma of a
 * `from a x, b y` list, with its 1-based line.
 */
export function tablesNamed(source: string): Array<{ table: string; line: number }> {
  const text = withoutComments(source);
  const found: Array<{ table: string; line: number }> = [];
  const lineAt = (index: number) => text.slice(0, index).split("\n").length;
  for (const m of text.matchAll(new RegExp(String.raw`\b(from|join|update|into)\s+${NAME}`, "gi"))) {
    const index = m.index ?? 0;
    found.push({ table: m[2], line: lineAt(index) });
    if (m[1].toLowerCase() !== "from") continue;
    // Walk a comma-separated list: `from a x, b y, c`.
    let at = index + m[0].length;
    for (;;) {
      const alias = ALIAS.exec(text.slice(at, at + 80));
      if (alias) at += alias[0].length;
      const next = LISTED.exec(text.slice(at, at + 120));
      if (!next) break;
      found.push({ table: next[1], line: lineAt(at + next[0].length) });
      at += next[0].length;
    }
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
    if (UNCHECKED.has(folder)) continue;
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
