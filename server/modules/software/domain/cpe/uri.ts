/**
 * CPE 2.2 URI binding (NISTIR 7695 §6.1), the form JVN iPedia gives its products in:
 * `cpe:/a:cybozu:garoon:4.0.0`, with percent-encoding and a packed edition
 * (`~edition~sw_edition~target_sw~target_hw~other`).
 */
import { ANY, CpeParseError, type CpeValue, NA, quote, str, type Wfn, wfn } from "./wfn";

const PREFIX = "cpe:/";

/** Decodes one URI component into a WFN value (§6.1.3.2 decode). */
function decode(input: string, text: string, at: number): CpeValue {
  if (text === "") return ANY;
  if (text === "-") return NA;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "%") {
      const hex = text.slice(i + 1, i + 3);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) {
        throw new CpeParseError(
          input,
          at + i,
          "「%」の後が16進2桁ではありません",
          '"%" not followed by two hex digits',
        );
      }
      const code = Number.parseInt(hex, 16);
      // %01 and %02 are the URI's wildcards (? and *), only at either end of the value.
      if (code === 1 || code === 2) {
        const atEdge = i === 0 || i + 3 === text.length;
        if (!atEdge && code === 2) {
          throw new CpeParseError(
            input,
            at + i,
            "「%02」は値の先頭か末尾にのみ置けます",
            '"%02" only at the start or end',
          );
        }
        out += code === 1 ? "?" : "*";
      } else if (code < 0x21 || code > 0x7e) {
        throw new CpeParseError(input, at + i, "使用できない文字コードです", "character code not allowed");
      } else out += quote(String.fromCharCode(code));
      i += 2;
      continue;
    }
    const code = c.charCodeAt(0);
    if (code < 0x21 || code > 0x7e) {
      throw new CpeParseError(
        input,
        at + i,
        "使用できない文字（空白・全角など）があります",
        "character not allowed (space, non-ASCII)",
      );
    }
    out += quote(c);
  }
  return str(out);
}

/** Parses a CPE 2.2 URI into a WFN (missing trailing components are ANY). */
export function parseUri(input: string): Wfn {
  const trimmed = input.trim();
  if (!trimmed.toLowerCase().startsWith(PREFIX)) {
    throw new CpeParseError(input, 0, "「cpe:/」で始まっていません", 'does not start with "cpe:/"');
  }
  const body = trimmed.slice(PREFIX.length);
  const texts = body.split(":");
  if (texts.length > 7) {
    throw new CpeParseError(
      input,
      input.length - 1,
      "URI の属性が多すぎます（最大7個）",
      "too many URI components (7 at most)",
    );
  }
  let offset = PREFIX.length;
  const at: number[] = [];
  for (const t of texts) {
    at.push(offset);
    offset += t.length + 1;
  }
  const [part, vendor, product, version, update, edition, language] = texts;
  if (part !== undefined && part !== "" && !["a", "o", "h"].includes(part.toLowerCase())) {
    throw new CpeParseError(input, at[0], "種別は a・o・h のいずれかです", "part must be a, o or h");
  }
  const values: Partial<Record<string, CpeValue>> = {
    part: part ? str(part.toLowerCase()) : ANY,
    vendor: vendor === undefined ? ANY : decode(input, vendor, at[1]),
    product: product === undefined ? ANY : decode(input, product, at[2]),
    version: version === undefined ? ANY : decode(input, version, at[3]),
    update: update === undefined ? ANY : decode(input, update, at[4]),
    language: language === undefined ? ANY : decode(input, language, at[6]),
  };
  if (edition?.startsWith("~")) {
    // Packed edition: ~edition~sw_edition~target_sw~target_hw~other (§6.1.3.3 unpack)
    const packed = edition.slice(1).split("~");
    if (packed.length !== 5) {
      throw new CpeParseError(
        input,
        at[5],
        "パックされたエディションは5要素です",
        "a packed edition has 5 elements",
      );
    }
    const names = ["edition", "sw_edition", "target_sw", "target_hw", "other"];
    let o = at[5] + 1;
    packed.forEach((p, i) => {
      values[names[i]] = decode(input, p, o);
      o += p.length + 1;
    });
  } else {
    values.edition = edition === undefined ? ANY : decode(input, edition, at[5]);
  }
  return wfn(values);
}

/** Binds a WFN value to URI text: quoted characters are percent-encoded except "." and "-". */
function encode(v: CpeValue): string {
  if (v.t === "any") return "";
  if (v.t === "na") return "-";
  // A lone literal hyphen is percent-encoded, or it would read back as NA.
  if (v.s === "\\-") return "%2d";
  let out = "";
  for (let i = 0; i < v.s.length; i++) {
    const c = v.s[i];
    if (c === "\\" && i + 1 < v.s.length) {
      const next = v.s[i + 1];
      out += next === "." || next === "-" ? next : `%${next.charCodeAt(0).toString(16).padStart(2, "0")}`;
      i++;
    } else if (c === "?") out += "%01";
    else if (c === "*") out += "%02";
    else out += c;
  }
  return out;
}

/** Binds a WFN to a CPE 2.2 URI (packing the extended attributes into the edition when set). */
export function bindUri(w: Wfn): string {
  const extended = [w.sw_edition, w.target_sw, w.target_hw, w.other];
  const edition = extended.every((v) => v.t === "any")
    ? encode(w.edition)
    : `~${[w.edition, ...extended].map(encode).join("~")}`;
  const parts = [w.part, w.vendor, w.product, w.version, w.update].map(encode);
  parts.push(edition, encode(w.language));
  while (parts.length > 1 && parts[parts.length - 1] === "") parts.pop();
  return PREFIX + parts.join(":");
}
