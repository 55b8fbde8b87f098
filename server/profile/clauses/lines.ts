/**
 * Classifies each line of a policy text as extracted from the published PDF:
 * what carries clause text, and what is layout (page numbers, table of contents) to skip.
 */
import { type Marker, readMarker, toHalfWidth } from "./markers";

export type Line =
  | { kind: "blank" }
  | { kind: "layout" } // page numbers, 目次 and its entries: never part of a clause
  | { kind: "title"; document: string; text: string }
  | { kind: "footnote"; mark: string; text: string }
  | { kind: "table"; cells: string[] }
  | { kind: "marker"; marker: Marker }
  | { kind: "text"; text: string };

const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/** The documents a Japanese municipal policy is published as; the id segment is this name. */
const DOCUMENT_TITLE = /(情報セキュリティ基本方針|情報セキュリティ対策基準|情報セキュリティ基準)$/;

export function documentNameOfTitle(title: string): string {
  if (title.endsWith("基本方針")) return "基本方針";
  if (title.endsWith("対策基準")) return "対策基準";
  return "基準";
}

export function classifyLine(raw: string): Line {
  // Bulleted list items ("- ① …") carry the same markers as unbulleted ones.
  // The published text carries a few HTML list tags from its conversion (e.g. `<ul style=…>`).
  const line = raw
    .replace(/<\/?[a-z][^>]*>/gi, " ")
    .replace(/^[\s\u3000]*-\s+/, "")
    .replace(/^[ \u3000]+/, "")
    .trimEnd();
  if (line.trim() === "") return { kind: "blank" };
  const half = toHalfWidth(line).trim();

  if (/^[-‐–−]?\s*[0-9]{1,3}\s*[-‐–−]?$/.test(half)) return { kind: "layout" };
  if (/^目\s*次$/.test(half)) return { kind: "layout" };
  // Table-of-contents entries end in a page number after a tab or a dot leader.
  if (/\t\s*[0-9]{1,3}\s*$/.test(half) || /\.{4,}/.test(half) || /…{2,}/.test(half))
    return { kind: "layout" };

  if (SUPERSCRIPT_DIGITS.includes(half[0])) {
    const m = half.match(/^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*(.*)$/);
    if (m) return { kind: "footnote", mark: m[1], text: m[2] };
  }
  if (line.includes("\t")) return { kind: "table", cells: line.split("\t").map((c) => c.trim()) };

  const marker = readMarker(line);
  if (marker) return { kind: "marker", marker };

  if (half.length <= 60 && !half.includes("。") && DOCUMENT_TITLE.test(half.replace(/\s/g, ""))) {
    return { kind: "title", document: documentNameOfTitle(half.replace(/\s/g, "")), text: half };
  }
  return { kind: "text", text: line.trim() };
}
