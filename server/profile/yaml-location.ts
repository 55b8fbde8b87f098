/**
 * Maps a path in the merged profile (as zod reports it) back to a line of a YAML file, using the
 * `yaml` package's node ranges. Array indices of keyed items are turned into `key:` lookups, because
 * after `extends:` the index in the merged profile is not the index in the file.
 */
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";

export type PathSegment = string | number | { key: string };

export interface ParsedYamlFile {
  file: string;
  doc: ReturnType<typeof parseDocument>;
  lineCounter: LineCounter;
}

export function parseYamlFile(file: string, text: string): ParsedYamlFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, keepSourceTokens: false, uniqueKeys: true });
  return { file, doc, lineCounter };
}

/** Replaces numeric indices into keyed arrays with `{key}` using the merged value. */
export function keyedPath(value: unknown, path: readonly PropertyKey[]): PathSegment[] {
  const out: PathSegment[] = [];
  let current: unknown = value;
  for (const seg of path) {
    if (typeof seg === "number" && Array.isArray(current)) {
      const item = current[seg];
      const key =
        item && typeof item === "object" && "key" in item ? (item as { key: unknown }).key : undefined;
      out.push(typeof key === "string" ? { key } : seg);
      current = item;
    } else {
      out.push(String(seg));
      current =
        current && typeof current === "object"
          ? (current as Record<string, unknown>)[String(seg)]
          : undefined;
    }
  }
  return out;
}

export interface YamlHit {
  line: number;
  /** How many segments of the path were found in this file. */
  depth: number;
}

/** Finds the deepest node of `path` in the file; its line (1-based) and how deep the match went. */
export function locateInYaml(parsed: ParsedYamlFile, path: PathSegment[]): YamlHit {
  let node = parsed.doc.contents as Node | null;
  let line = 1;
  let depth = 0;
  const lineOf = (n: Node | null | undefined): number | null =>
    n?.range ? parsed.lineCounter.linePos(n.range[0]).line : null;
  line = lineOf(node) ?? 1;
  for (const seg of path) {
    let next: Node | null = null;
    let keyNode: Node | null = null;
    if (isMap(node) && typeof seg === "string") {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === seg);
      if (pair) {
        keyNode = pair.key as Node;
        next = (pair.value as Node) ?? null;
      }
    } else if (isSeq(node) && typeof seg === "number") {
      next = (node.items[seg] as Node) ?? null;
    } else if (isSeq(node) && typeof seg === "object") {
      next =
        (node.items.find(
          (item) => isMap(item) && String((item as { get(k: string): unknown }).get("key")) === seg.key,
        ) as Node | undefined) ?? null;
    }
    if (!next && !keyNode) break;
    depth++;
    line = lineOf(keyNode) ?? lineOf(next) ?? line;
    node = next;
  }
  return { line, depth };
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((seg, i) => (typeof seg === "number" ? `[${seg}]` : i === 0 ? String(seg) : `.${String(seg)}`))
    .join("");
}
