/**
 * For the import tests (#14 item 4): the labels the screens show, read from the very files the web
 * app reads (web/src/locales, i18next resources), and the harmless ways a clerk's Excel changes a
 * label copied from a screen — full-width or half-width letters, digits, brackets and spaces,
 * half-width katakana, surrounding and inner spaces, upper or lower case — as fast-check arbitraries.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";

const LOCALES = join(import.meta.dirname, "../../web/src/locales");

/** A resource tree of web/src/locales (ja.json, en.json or scenes/<name>.json's ja/en). */
// biome-ignore lint/suspicious/noExplicitAny: a JSON resource tree, read by path
type Tree = any;

export function screenWords(lang: "ja" | "en"): Tree {
  return JSON.parse(readFileSync(join(LOCALES, `${lang}.json`), "utf8"));
}

export function sceneScreenWords(scene: string, lang: "ja" | "en"): Tree {
  return JSON.parse(readFileSync(join(LOCALES, "scenes", `${scene}.json`), "utf8"))[lang];
}

/** ASCII → full-width (what Excel's JIS() or a Japanese IME gives). */
const wide = (s: string) =>
  s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, "\u3000");

/** Full-width → ASCII (Excel's ASC()); also brackets （）→(). */
const narrow = (s: string) =>
  s.replace(/[！-～]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");

/** Katakana → half-width katakana, as ASC() writes it (NFKC brings it back). */
const HALF: Record<string, string> = {};
{
  const full =
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンァィゥェォャュョッー・";
  const half = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｬｭｮｯｰ･";
  [...full].forEach((c, i) => {
    HALF[c] = [...half][i];
  });
  const voiced = "ガギグゲゴザジズゼゾダヂヅデドバビブベボ";
  const base = "カキクケコサシスセソタチツテトハヒフヘホ";
  [...voiced].forEach((c, i) => {
    HALF[c] = `${HALF[[...base][i]]}ﾞ`;
  });
  "パピプペポ".split("").forEach((c, i) => {
    HALF[c] = `${HALF["ハヒフヘホ"[i]]}ﾟ`;
  });
}
const halfKana = (s: string) => [...s].map((c) => HALF[c] ?? c).join("");

/** A space (half-width, full-width, tab or no-break) a cell may carry around its text. */
const pad = fc.array(fc.constantFrom(" ", "\u3000", "\t", "\u00a0"), { maxLength: 3 }).map((a) => a.join(""));

/**
 * A spelling of `label` a clerk's sheet may hold: the label itself or changed in width, kana
 * width, case, spaces before a bracket or between words, and padded with spaces. Every change is
 * one NFKC, a trim or a case fold undoes — nothing that changes the word.
 */
export function clerkSpelling(label: string): fc.Arbitrary<string> {
  return fc
    .record({
      width: fc.constantFrom("as-is", "wide", "narrow"),
      kana: fc.boolean(),
      caseFold: fc.constantFrom("as-is", "upper", "lower"),
      spaceBeforeBracket: fc.constantFrom("", " ", "\u3000"),
      doubleSpaces: fc.boolean(),
      before: pad,
      after: pad,
    })
    .map((v) => {
      let s = label;
      if (v.caseFold === "upper") s = s.toUpperCase();
      if (v.caseFold === "lower") s = s.toLowerCase();
      if (v.doubleSpaces) s = s.replace(/ /g, "  ");
      s = s.replace(/\s*([（(])/g, `${v.spaceBeforeBracket}$1`);
      if (v.width === "wide") s = wide(s);
      if (v.width === "narrow") s = narrow(s);
      if (v.kana) s = halfKana(s);
      return `${v.before}${s}${v.after}`;
    });
}
