/**
 * CPE name matching (NISTIR 7696 §6–7): attribute comparison and the name relations.
 * The source is the pattern (an advisory's match criteria), the target the concrete name
 * (an installation's CPE). Comparison is case-insensitive.
 */
import { CPE_ATTRIBUTES, type CpeAttribute, type CpeValue, hasWildcards, type Wfn } from "./wfn";

export type AttributeRelation = "SUPERSET" | "SUBSET" | "EQUAL" | "DISJOINT" | "UNDEFINED";

/** Table 6-2: compares one attribute of source with the same attribute of target. */
export function compareAttribute(source: CpeValue, target: CpeValue): AttributeRelation {
  // A target with unquoted wildcards has no defined relation (§6.1.1).
  if (target.t === "str" && hasWildcards(target.s)) return "UNDEFINED";
  if (source.t === target.t && (source.t !== "str" || sameString(source, target))) return "EQUAL";
  if (source.t === "any") return "SUPERSET";
  if (target.t === "any") return "SUBSET";
  if (source.t === "na" || target.t === "na") return "DISJOINT";
  return compareStrings((source as { s: string }).s.toLowerCase(), (target as { s: string }).s.toLowerCase());
}

function sameString(a: CpeValue, b: CpeValue): boolean {
  return a.t === "str" && b.t === "str" && a.s.toLowerCase() === b.s.toLowerCase();
}

/** Splits a WFN string into logical characters: a quoted pair "\\x" is one character. */
function logicalChars(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "\\" && i + 1 < s.length) {
      out.push(s.slice(i, i + 2));
      i++;
    } else out.push(s[i]);
  }
  return out;
}

/**
 * §7.3 compareStrings on logical characters: the source may start with "*" (any number of
 * characters) or a run of n "?" (at most n, as the reference algorithm's `begins < index` test
 * reads), and end likewise; the rest must appear literally in the target.
 */
function compareStrings(source: string, target: string): AttributeRelation {
  const src = logicalChars(source);
  const tgt = logicalChars(target);
  let start = 0;
  let end = src.length;
  let begins = 0;
  let ends = 0;
  if (src[0] === "*") {
    start = 1;
    begins = -1;
  } else {
    while (start < end && src[start] === "?") {
      start++;
      begins++;
    }
  }
  if (end > start && src[end - 1] === "*") {
    end--;
    ends = -1;
  } else {
    while (end > start && src[end - 1] === "?") {
      end--;
      ends++;
    }
  }
  const core = src.slice(start, end);
  for (let p = 0; p + core.length <= tgt.length; p++) {
    if (begins !== -1 && p > begins) break;
    let same = true;
    for (let k = 0; k < core.length && same; k++) same = tgt[p + k] === core[k];
    if (!same) continue;
    const after = tgt.length - p - core.length;
    if (ends === -1 || after <= ends) return "SUPERSET";
  }
  return "DISJOINT";
}

export type NameRelation = "EQUAL" | "SUPERSET" | "SUBSET" | "DISJOINT" | "UNDEFINED";

/** §6.2: the relation of two names from their attribute relations. */
export function compareNames(source: Wfn, target: Wfn, skip?: ReadonlySet<CpeAttribute>): NameRelation {
  let allEqual = true;
  let superset = true;
  let subset = true;
  let undefinedSeen = false;
  for (const a of CPE_ATTRIBUTES) {
    if (skip?.has(a)) continue;
    const r = compareAttribute(source[a], target[a]);
    if (r === "DISJOINT") return "DISJOINT";
    if (r === "UNDEFINED") undefinedSeen = true;
    if (r !== "EQUAL") allEqual = false;
    if (r !== "EQUAL" && r !== "SUPERSET") superset = false;
    if (r !== "EQUAL" && r !== "SUBSET") subset = false;
  }
  if (undefinedSeen) return "UNDEFINED";
  if (allEqual) return "EQUAL";
  if (superset) return "SUPERSET";
  if (subset) return "SUBSET";
  return "UNDEFINED";
}

/** CPE_SUPERSET per §6.2: the source pattern covers the target (EQUAL included). */
export const isSuperset = (source: Wfn, target: Wfn) => {
  const r = compareNames(source, target);
  return r === "EQUAL" || r === "SUPERSET";
};
