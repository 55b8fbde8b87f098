/**
 * The titles of every test in the repository, each with the titles of the describes around it,
 * read from the source's syntax tree (vite's `parseAst`, which reads TypeScript) — not by running
 * the tests, so that the review is fast and needs no database.
 *
 * A test is a call of `it`, `test` or `describe` (also `.each(…)(…)`, `.skip`, `.only`,
 * `test.describe` in Playwright) whose first argument is a string or template literal.
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
function calleeKind(callee: Node): "describe" | "test" | null {
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

export function titlesOf(root: string, path: string): TestTitle[] {
  const source = readFileSync(path, "utf8");
  const file = relative(root, path).split("\\").join("/");
  const program = parseAst(source, { lang: path.endsWith("x") ? "tsx" : "ts" } as never);
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === "\n") starts.push(i + 1);
  const out: TestTitle[] = [];
  const visit = (node: Node, chain: string[]) => {
    if (!node || typeof node !== "object") return;
    if (Array.isArray(node)) {
      for (const child of node) visit(child, chain);
      return;
    }
    let inner = chain;
    if (node.type === "CallExpression") {
      const kind = calleeKind(node.callee);
      const title = kind ? literalText(node.arguments?.[0]) : null;
      if (kind && title !== null) {
        inner = [...chain, title];
        out.push({ file, line: lineOf(source, node.start, starts), chain: inner, kind });
      }
    }
    for (const [key, value] of Object.entries(node))
      if (key !== "start" && key !== "end" && value && typeof value === "object") visit(value, inner);
  };
  visit(program, []);
  return out;
}

export function allTestTitles(root: string): TestTitle[] {
  return testFiles(root).flatMap((f) => titlesOf(root, f));
}
