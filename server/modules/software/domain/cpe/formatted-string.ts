/**
 * CPE 2.3 formatted string binding (NISTIR 7695 §6.2): parse ("unbind") into a WFN and bind back.
 * `cpe:2.3:a:microsoft:internet_explorer:8.0.6001:beta:*:*:*:*:*:*`
 */
import { ANY, CPE_ATTRIBUTES, CpeParseError, type CpeValue, NA, str, type Wfn } from "./wfn";

const PREFIX = "cpe:2.3:";

/** Splits on colons not preceded by an escaping backslash; returns each part with its offset. */
function splitFs(input: string): Array<{ text: string; at: number }> {
  const parts: Array<{ text: string; at: number }> = [];
  let start = 0;
  for (let i = 0; i < input.length; i++) {
    if (input[i] === "\\") {
      i++;
      continue;
    }
    if (input[i] === ":") {
      parts.push({ text: input.slice(start, i), at: start });
      start = i + 1;
    }
  }
  parts.push({ text: input.slice(start), at: start });
  return parts;
}

/** One component of a formatted string → a WFN value (§6.2.3.2 unbind_value_fs). */
function unbindValue(input: string, text: string, at: number): CpeValue {
  if (text === "*") return ANY;
  if (text === "-") return NA;
  if (text === "") throw new CpeParseError(input, at, "空の属性があります", "an attribute is empty");
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const pos = at + i;
    const code = c.charCodeAt(0);
    if (code < 0x21 || code > 0x7e) {
      throw new CpeParseError(
        input,
        pos,
        "使用できない文字（空白・全角など）があります",
        "character not allowed (space, non-ASCII)",
      );
    }
    if (/[A-Za-z0-9_]/.test(c)) out += c;
    else if (c === "\\") {
      const next = text[i + 1];
      if (next === undefined) {
        throw new CpeParseError(input, pos, "「\\」の後に文字がありません", 'nothing follows "\\"');
      }
      out += `\\${next}`;
      i++;
    } else if (c === "*") {
      // A multi-character wildcard only at either end of the value (§5.3.2).
      if (i !== 0 && i !== text.length - 1) {
        throw new CpeParseError(
          input,
          pos,
          "「*」は値の先頭か末尾にのみ置けます",
          '"*" only at the start or end',
        );
      }
      out += "*";
    } else if (c === "?") {
      // A run of "?" touching either end of the value.
      let j = i;
      while (j > 0 && text[j - 1] === "?") j--;
      let k = i;
      while (k < text.length - 1 && text[k + 1] === "?") k++;
      if (j !== 0 && k !== text.length - 1) {
        throw new CpeParseError(
          input,
          pos,
          "「?」は値の先頭か末尾にのみ置けます",
          '"?" only at the start or end',
        );
      }
      out += "?";
    } else out += `\\${c}`;
  }
  if (out === "**" || out.startsWith("*?") || out.endsWith("?*")) {
    throw new CpeParseError(input, at, "「*」と「?」は並べられません", '"*" and "?" cannot be adjacent');
  }
  return str(out);
}

/** Parses a CPE 2.3 formatted string into a WFN; throws a located CpeParseError. */
export function parseFormattedString(input: string): Wfn {
  if (!input.startsWith(PREFIX)) {
    throw new CpeParseError(input, 0, "「cpe:2.3:」で始まっていません", 'does not start with "cpe:2.3:"');
  }
  const parts = splitFs(input).slice(2);
  if (parts.length !== CPE_ATTRIBUTES.length) {
    throw new CpeParseError(
      input,
      input.length - 1,
      `属性の数が${parts.length}です（11個必要）`,
      `${parts.length} attributes (11 required)`,
    );
  }
  const out = {} as Record<(typeof CPE_ATTRIBUTES)[number], CpeValue>;
  CPE_ATTRIBUTES.forEach((attr, i) => {
    out[attr] = unbindValue(input, parts[i].text, parts[i].at);
  });
  const part = out.part;
  if (part.t === "na" || (part.t === "str" && !["a", "o", "h"].includes(part.s))) {
    throw new CpeParseError(input, parts[0].at, "種別は a・o・h のいずれかです", "part must be a, o or h");
  }
  return out;
}

/** Binds one WFN value into formatted-string text (§6.2.2.2): ".", "-", "_" lose their quote. */
function bindValue(v: CpeValue): string {
  if (v.t === "any") return "*";
  if (v.t === "na") return "-";
  // A lone literal hyphen stays quoted, or it would read back as NA.
  if (v.s === "\\-") return v.s;
  let out = "";
  for (let i = 0; i < v.s.length; i++) {
    const c = v.s[i];
    if (c === "\\" && i + 1 < v.s.length) {
      const next = v.s[i + 1];
      out += next === "." || next === "-" || next === "_" ? next : `\\${next}`;
      i++;
    } else out += c;
  }
  return out;
}

/** Binds a WFN to its CPE 2.3 formatted string. */
export function bindFormattedString(w: Wfn): string {
  return PREFIX + CPE_ATTRIBUTES.map((a) => bindValue(w[a])).join(":");
}

/** A non-throwing variant for forms: the WFN or the located error. */
export function tryParseFormattedString(
  input: string,
): { ok: true; wfn: Wfn } | { ok: false; error: CpeParseError } {
  try {
    return { ok: true, wfn: parseFormattedString(input) };
  } catch (e) {
    if (e instanceof CpeParseError) return { ok: false, error: e };
    throw e;
  }
}
