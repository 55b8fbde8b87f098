/**
 * Turns a policy text in the seeds' layout into a flat, ordered clause tree with stable ids
 * such as `nishihara:対策基準/5.2/(2)/①` or `kawasaki:基準/第4章/1/(5)/エ`.
 *
 * Nesting is learned, not configured: a marker type seen for the first time opens a level below
 * the current clause; a type already open closes everything below it and becomes a sibling.
 * A list that restarts at 1 under a deeper clause is a nested list of the same type.
 */
import { classifyLine } from "./lines";
import type { Marker, MarkerType } from "./markers";
import { hasObligation } from "./obligation";

export interface Clause {
  /** `<catalog>:<document>/<marker>/<marker>…`; the document's own node has no marker path. */
  id: string;
  parent: string | null;
  document: string;
  marker: string | null;
  title: string | null;
  text: string;
  obligation: boolean;
  /** 1-based line of the source text where the clause starts. */
  line: number;
}

export interface Footnote {
  document: string;
  mark: string;
  text: string;
}

export interface ParsedText {
  id: string;
  documents: { name: string; title: string }[];
  clauses: Clause[];
  footnotes: Footnote[];
}

interface OpenLevel {
  type: MarkerType;
  ordinal: number;
  clause: Clause;
  tokens: string[];
}

/** A marker line's rest is a heading when it is short and is not a sentence. */
function isHeading(rest: string): boolean {
  return rest.length > 0 && rest.length <= 40 && !rest.includes("。") && !rest.includes("、");
}

/** Joins PDF line breaks back into sentences; keeps real paragraph breaks. */
function appendText(clause: Clause, text: string, startsLine = false): void {
  if (clause.text === "") clause.text = text;
  else if (startsLine) clause.text += `\n${text}`;
  else if (/[。」）)：:]$/.test(clause.text)) clause.text += `\n${text}`;
  else clause.text += text;
}

/** `5.2` under `5` is cited as `5.2`, not `5/5.2`. */
function idTokens(parentTokens: string[], marker: Marker): string[] {
  if (marker.type === "decimal2") {
    const major = marker.token.split(".")[0];
    if (parentTokens.at(-1) === major) return [...parentTokens.slice(0, -1), marker.token];
  }
  return [...parentTokens, marker.token];
}

export function parsePolicyText(source: string, catalogId: string): ParsedText {
  const lines = source.split(/\r?\n/);
  const result: ParsedText = { id: catalogId, documents: [], clauses: [], footnotes: [] };
  const usedIds = new Set<string>();
  let documentRoot: Clause | null = null;
  let stack: OpenLevel[] = [];
  let preamble: string[] = [];
  /** After a repeated cover title (a back cover), drop text until the next clause. */
  let skippingTrailer = false;

  const uniqueId = (base: string): string => {
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}~${n}`;
    usedIds.add(id);
    return id;
  };

  const openDocument = (name: string, title: string, line: number): Clause => {
    const root: Clause = {
      id: uniqueId(`${catalogId}:${name}`),
      parent: null,
      document: name,
      marker: null,
      title,
      text: "",
      obligation: false,
      line,
    };
    for (const text of preamble) appendText(root, text);
    preamble = [];
    result.documents.push({ name, title });
    result.clauses.push(root);
    stack = [];
    return root;
  };

  const currentClause = (): Clause | null => stack.at(-1)?.clause ?? documentRoot;

  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    const line = classifyLine(raw);
    switch (line.kind) {
      case "blank":
      case "layout":
        return;
      case "title": {
        const seen = result.documents.some((d) => d.name === line.document);
        if (!seen) {
          documentRoot = openDocument(line.document, line.text, lineNo);
          skippingTrailer = false;
        } else if (stack.length > 0) {
          skippingTrailer = true;
        }
        return;
      }
      case "footnote":
        result.footnotes.push({ document: documentRoot?.document ?? "", mark: line.mark, text: line.text });
        return;
      case "table":
      case "text": {
        if (skippingTrailer) return;
        const text = line.kind === "table" ? line.cells.filter((c) => c !== "").join(" | ") : line.text;
        const target = currentClause();
        if (target) appendText(target, text, line.kind === "table");
        else preamble.push(text);
        return;
      }
      case "marker": {
        skippingTrailer = false;
        if (!documentRoot) documentRoot = openDocument("本文", "", lineNo);
        const marker = line.marker;
        const sameType = stack.findIndex((level) => level.type === marker.type);
        const restartsDeeper = sameType >= 0 && marker.ordinal === 1 && sameType < stack.length - 1;
        if (sameType >= 0 && !restartsDeeper) stack = stack.slice(0, sameType);
        const parentLevel = stack.at(-1);
        const parentTokens = parentLevel?.tokens ?? [];
        const tokens = idTokens(parentTokens, marker);
        const heading = isHeading(marker.rest);
        const clause: Clause = {
          id: uniqueId(`${catalogId}:${documentRoot.document}/${tokens.join("/")}`),
          parent: parentLevel?.clause.id ?? documentRoot.id,
          document: documentRoot.document,
          marker: marker.token,
          title: heading ? marker.rest : null,
          text: heading ? "" : marker.rest,
          obligation: false,
          line: lineNo,
        };
        result.clauses.push(clause);
        stack.push({ type: marker.type, ordinal: marker.ordinal, clause, tokens });
        return;
      }
    }
  });

  for (const clause of result.clauses) clause.obligation = hasObligation(clause.text);
  return result;
}
