/**
 * The titles of every test in the repository, each with the titles of the describes around it,
 * read from the source's syntax tree (vite's `parseAst`, which reads TypeScript) — not by running
 * the tests, so that the review is fast and needs no database.
 *
 * A test is a call of `it`, `test` or `describe` (also `.each(…)(…)`, `.skip`, `.only`,
 * `test.describe` in Playwright, and the e2e harness's `scenario` and `step`) whose first argument
 * is a string or template literal.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseAst } from "vite";

export interface TestTitle {
  /** Path from the repository root, with `/`. */
  file: string;
  line: number;
  /** The describe titles around it, outermost first, then its own. */
  chain: string[];
  /** `describe` (a block of tests) or `test` (one test). */
  kind: "describe" | "test";
}

const ROOTS = ["server", "common", "web/src", "scripts", "bench", "e2e"];
const SKIP = new Set(["node_modules", "dist", ".git"]);
const TEST_FILE = /\.(test|spec)\.tsx?$/;

export function testFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    let entries: import("node:fs").Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (SKIP.has(e.name)) continue;
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (TEST_FILE.test(e.name)) out.push(path);
    }
  };
  for (const r of ROOTS) walk(join(root, r));
  return out.sort();
}

// biome-ignore lint/suspicious/noExplicitAny: an ESTree node of any type
type Node = any;

/** `it`, `describe.skip`, `it.each(rows)`, `test.describe` → the kind, or null. */
function calleeKind(callee: Node, e2e: boolean): "describe" | "test" | null {
  let node = callee;
  let names: string[] = [];
  while (node) {
    if (node.type === "Identifier") {
      names = [node.name, ...names];
      break;
    }
    if (node.type === "MemberExpression") {
      if (node.property?.type === "Identifier") names = [node.property.name, ...names];
      node = node.object;
    } else if (node.type === "CallExpression") node = node.callee;
    else return null;
  }
  const [root, ...rest] = names;
  // The e2e harness (e2e/lib/harness.ts): scenario(name, (step) => step(title, fn)).
  if (e2e && root === "scenario") return "describe";
  if (e2e && root === "step") return "test";
  if (root !== "it" && root !== "test" && root !== "describe" && root !== "suite") return null;
  if (root === "describe" || root === "suite" || rest.includes("describe")) return "describe";
  return "test";
}

function literalText(arg: Node): string | null {
  if (!arg) return null;
  if (arg.type === "Literal" && typeof arg.value === "string") return arg.value;
  if (arg.type === "TemplateLiteral")
    return arg.quasis.map((q: Node) => q.value.cooked ?? q.value.raw).join("…");
  return null;
}

function lineOf(source: string, offset: number, starts: number[]): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  void source;
  return lo + 1;
}

/** `x as const`, `(x)`, `x satisfies T` → x. */
function unwrap(node: Node): Node {
  while (
    node &&
    (node.type === "TSAsExpression" ||
      node.type === "TSSatisfiesExpression" ||
      node.type === "ParenthesizedExpression")
  )
    node = node.expression;
  return node;
}

/**
 * The rows of a `.each(table)`, when the table is written in this file: an array literal, a
 * constant naming one, spreads of those, or a parameter bound by an enclosing `describe.each`.
 */
function rowsOf(table: Node, scope: Map<string, Node>, consts: Map<string, Node>, depth = 0): Node[] | null {
  const node = unwrap(table);
  if (!node || depth > 5) return null;
  if (node.type === "Identifier") {
    const bound = scope.get(node.name) ?? consts.get(node.name);
    return bound ? rowsOf(bound, scope, consts, depth + 1) : null;
  }
  if (node.type !== "ArrayExpression") return null;
  const rows: Node[] = [];
  for (const element of node.elements) {
    if (element?.type === "SpreadElement") {
      const spread = rowsOf(element.argument, scope, consts, depth + 1);
      if (!spread) return null;
      rows.push(...spread);
    } else rows.push(unwrap(element));
  }
  return rows;
}

/** vitest's printf titles: `%s` `%i` `%d` `%j` … take the row's values in turn. */
function formatTitle(title: string, row: Node): string {
  const values = row?.type === "ArrayExpression" ? row.elements.map(unwrap) : [row];
  let i = 0;
  return title.replace(/%[sidfjo#%]/g, (m) => {
    if (m === "%%") return "%";
    const v = values[i++];
    return v?.type === "Literal" ? String(v.value) : (literalText(v) ?? m);
  });
}

export function titlesOf(root: string, path: string): TestTitle[] {
  const source = readFileSync(path, "utf8");
  const file = relative(root, path).split("\\").join("/");
  const program = parseAst(source, { lang: path.endsWith("x") ? "tsx" : "ts" } as never);
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === "\n") starts.push(i + 1);
  // Constants holding arrays, wherever declared (tables are usually top-level constants).
  const consts = new Map<string, Node>();
  const collect = (node: Node) => {
    if (!node || typeof node !== "object") return;
    if (Array.isArray(node)) return node.forEach(collect);
    if (node.type === "VariableDeclarator" && node.id?.type === "Identifier" && node.init)
      consts.set(node.id.name, node.init);
    for (const [key, value] of Object.entries(node)) if (key !== "start" && key !== "end") collect(value);
  };
  collect(program);
  const out: TestTitle[] = [];
  const visit = (node: Node, chain: string[], scope: Map<string, Node>) => {
    if (!node || typeof node !== "object") return;
    if (Array.isArray(node)) {
      for (const child of node) visit(child, chain, scope);
      return;
    }
    if (node.type === "CallExpression") {
      const kind = calleeKind(node.callee, file.startsWith("e2e/"));
      const title = kind ? literalText(node.arguments?.[0]) : null;
      if (kind && title !== null) {
        const line = lineOf(source, node.start, starts);
        const each = node.callee?.type === "CallExpression" ? node.callee : null;
        const rows = each ? rowsOf(each.arguments?.[0], scope, consts) : null;
        const body = node.arguments.find(
          (a: Node) => a?.type === "ArrowFunctionExpression" || a?.type === "FunctionExpression",
        );
        if (rows && rows.length > 0) {
          // One title per row; a describe's body is read once per row, its parameters bound.
          for (const row of rows) {
            const inner = [...chain, formatTitle(title, row)];
            out.push({ file, line, chain: inner, kind });
            const bound = new Map(scope);
            const values = row?.type === "ArrayExpression" ? row.elements.map(unwrap) : [row];
            body?.params?.forEach((param: Node, i: number) => {
              if (param?.type === "Identifier" && values[i]) bound.set(param.name, values[i]);
            });
            if (body) visit(body.body, inner, bound);
          }
          for (const a of node.arguments) if (a !== body) visit(a, chain, scope);
          visit(node.callee, chain, scope);
          return;
        }
        const inner = [...chain, title];
        out.push({ file, line, chain: inner, kind });
        for (const [key, value] of Object.entries(node))
          if (key !== "start" && key !== "end" && value && typeof value === "object")
            visit(value, inner, scope);
        return;
      }
    }
    for (const [key, value] of Object.entries(node))
      if (key !== "start" && key !== "end" && value && typeof value === "object") visit(value, chain, scope);
  };
  visit(program, [], new Map());
  return out;
}

export function allTestTitles(root: string): TestTitle[] {
  return testFiles(root).flatMap((f) => titlesOf(root, f));
}
