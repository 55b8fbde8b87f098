/**
 * Recognition of the numbering markers that open a clause in the seeds' layout:
 * `第4章`, `第1` (神栖市), `5.`, `5.2.`, `1`, `(1)`, `①`, `ア`, `(ア)`.
 * Markers of the same type are siblings; the tree builder learns the nesting order
 * from the order of first appearance, because each document nests them differently.
 */

export type MarkerType =
  | "chapter" // 第4章
  | "dai" // 第1 (神栖市 基本方針)
  | "decimal1" // 5.
  | "decimal2" // 5.2.
  | "arabic" // 1 (followed by a space)
  | "paren_arabic" // (1)
  | "circled" // ①
  | "katakana" // ア (followed by a space)
  | "paren_katakana"; // (ア)

export interface Marker {
  type: MarkerType;
  /** 1-based position in its sequence, used to tell a new nested list (ordinal 1) from a sibling. */
  ordinal: number;
  /** The marker as it appears in clause ids, normalized to half-width: `5.2`, `(2)`, `①`, `(ア)`, `第4章`. */
  token: string;
  /** The rest of the line after the marker. */
  rest: string;
}

/** Gojūon order used by 川崎市 and 西原村 for katakana item lists. */
const KATAKANA_SEQUENCE =
  "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワ";
const CIRCLED_FIRST = 0x2460; // ①
const CIRCLED_LAST = 0x2473; // ⑳

/** Full-width digits, parentheses and periods to half-width, leaving circled digits alone (NFKC would not). */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/（/g, "(")
    .replace(/）/g, ")")
    .replace(/．/g, ".");
}

const SPACE = "[ \\u3000\\t]";

export function readMarker(rawLine: string): Marker | null {
  const line = toHalfWidth(rawLine);
  let m: RegExpMatchArray | null;

  // "第4章", also "第 1 1 章" as the PDF extraction sometimes spaces it
  m = line.match(/^第\s*([0-9][0-9\s]*)章(?:[ \u3000\t]+|$)(.*)$/);
  if (m) {
    const n = Number(m[1].replace(/\s/g, ""));
    return { type: "chapter", ordinal: n, token: `第${n}章`, rest: m[2].trim() };
  }
  m = line.match(new RegExp(`^第([0-9]+)${SPACE}+(.*)$`));
  if (m) return { type: "dai", ordinal: Number(m[1]), token: `第${m[1]}`, rest: m[2].trim() };

  m = line.match(/^([0-9]+)\.([0-9]+)\.?(?:[ \u3000]+|$)(.*)$/);
  if (m) return { type: "decimal2", ordinal: Number(m[2]), token: `${m[1]}.${m[2]}`, rest: m[3].trim() };

  m = line.match(/^([0-9]+)\.(?:[ \u3000]+|$)(.*)$/);
  if (m) return { type: "decimal1", ordinal: Number(m[1]), token: m[1], rest: m[2].trim() };

  // "1 適用者": a number, a space, then text that does not start with a digit (not a date or a quantity)
  m = line.match(new RegExp(`^([0-9]{1,2})${SPACE}+([^0-9\\s].*)$`));
  if (m) return { type: "arabic", ordinal: Number(m[1]), token: m[1], rest: m[2].trim() };

  m = line.match(/^\(([0-9]{1,2})\)[ \u3000]*(.*)$/);
  if (m) return { type: "paren_arabic", ordinal: Number(m[1]), token: `(${m[1]})`, rest: m[2].trim() };

  const first = line.codePointAt(0) ?? 0;
  if (first >= CIRCLED_FIRST && first <= CIRCLED_LAST) {
    const ch = String.fromCodePoint(first);
    return {
      type: "circled",
      ordinal: first - CIRCLED_FIRST + 1,
      token: ch,
      rest: line.slice(ch.length).trim(),
    };
  }

  m = line.match(/^\(([ア-ン])\)[ \u3000]*(.*)$/);
  if (m && KATAKANA_SEQUENCE.includes(m[1])) {
    return {
      type: "paren_katakana",
      ordinal: KATAKANA_SEQUENCE.indexOf(m[1]) + 1,
      token: `(${m[1]})`,
      rest: m[2].trim(),
    };
  }
  // "ア 情報…": a lone katakana followed by a space (a word like "アクセス" has no space)
  m = line.match(new RegExp(`^([ア-ン])${SPACE}+(.+)$`));
  if (m && KATAKANA_SEQUENCE.includes(m[1])) {
    return { type: "katakana", ordinal: KATAKANA_SEQUENCE.indexOf(m[1]) + 1, token: m[1], rest: m[2].trim() };
  }
  return null;
}
