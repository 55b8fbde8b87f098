/**
 * Well-formed CPE names (WFN, NISTIR 7695 §5): eleven attributes, each ANY, NA or a string.
 * Strings keep the WFN's own quoting — every character other than letters, digits and "_" is
 * preceded by "\" — and unquoted "*" / "?" at either end are wildcards. Matching (NISTIR 7696)
 * is defined on this form, so parsers produce it and binders read it.
 */
export type CpeValue =
  | { readonly t: "any" }
  | { readonly t: "na" }
  | { readonly t: "str"; readonly s: string };

export const ANY: CpeValue = Object.freeze({ t: "any" });
export const NA: CpeValue = Object.freeze({ t: "na" });
export const str = (s: string): CpeValue => ({ t: "str", s });

export const CPE_ATTRIBUTES = [
  "part",
  "vendor",
  "product",
  "version",
  "update",
  "edition",
  "language",
  "sw_edition",
  "target_sw",
  "target_hw",
  "other",
] as const;
export type CpeAttribute = (typeof CPE_ATTRIBUTES)[number];
export type Wfn = Readonly<Record<CpeAttribute, CpeValue>>;

/** Japanese and English names of the attributes, for located errors. */
export const ATTRIBUTE_LABELS: Record<CpeAttribute, string> = {
  part: "種別 / part",
  vendor: "ベンダー / vendor",
  product: "製品 / product",
  version: "バージョン / version",
  update: "アップデート / update",
  edition: "エディション / edition",
  language: "言語 / language",
  sw_edition: "ソフトウェアエディション / sw_edition",
  target_sw: "対象ソフトウェア / target_sw",
  target_hw: "対象ハードウェア / target_hw",
  other: "その他 / other",
};

export function wfn(values: Partial<Record<CpeAttribute, CpeValue>>): Wfn {
  const out = {} as Record<CpeAttribute, CpeValue>;
  for (const a of CPE_ATTRIBUTES) out[a] = values[a] ?? ANY;
  return out;
}

/** A located CPE error: which input, which attribute or character, why (ja / en). */
export class CpeParseError extends Error {
  constructor(
    readonly input: string,
    readonly position: number,
    readonly ja: string,
    readonly en: string,
  ) {
    super(
      `CPE「${input}」の${position + 1}文字目: ${ja} / CPE "${input}" at character ${position + 1}: ${en}`,
    );
    this.name = "CpeParseError";
  }
}

/** True for the characters a WFN string keeps unquoted. */
export const isPlainChar = (c: string) => /^[A-Za-z0-9_]$/.test(c);

/** Removes WFN quoting: "1\.2\.3" → "1.2.3". Wildcards are kept as they are. */
export function unquote(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "\\" && i + 1 < s.length) {
      out += s[i + 1];
      i++;
    } else out += s[i];
  }
  return out;
}

/** Quotes a literal (no wildcards) for use as a WFN string: "1.2" → "1\.2". */
export function quote(literal: string): string {
  let out = "";
  for (const c of literal) out += isPlainChar(c) ? c : `\\${c}`;
  return out;
}

/** Unquoted "*" or "?" anywhere in a WFN string. */
export function hasWildcards(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "\\") {
      i++;
      continue;
    }
    if (s[i] === "*" || s[i] === "?") return true;
  }
  return false;
}

/** Lower-cased literal text of a value, for indexes (vendor/product keys); null for ANY/NA. */
export function literalKey(v: CpeValue): string | null {
  return v.t === "str" ? unquote(v.s).toLowerCase() : null;
}
