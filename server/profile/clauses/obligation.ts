/**
 * Tells an obligation sentence from a definition, a designation, a permission or a recommendation.
 * The policies state duties three ways: 〜しなければならない / 〜してはならない (MIC style),
 * 〜ものとする, and the plain 〜する。 / 〜しない。 of 川崎市 (also used by 西原村 9.2 and the 基本方針).
 */

/** Explicit duty or prohibition anywhere in the sentence (also "…しなければならず、…"). */
const EXPLICIT = /(なければならない|なければならず|てはならない|ではならない|ものとする|ものとし、)/;

/** Sentences that end like this define, designate, permit or recommend: never obligations. */
const NOT_OBLIGATION_ENDINGS =
  /(をいう|という|とする|とします|できる|できない|望ましい|限りでない|限りではない|である|とおり|有する|属する|該当する|相当する|意味する|対象外とする|非公開とする)$/;

/** Plain-form verbs that state what someone does (川崎市 style "〜する。", "〜しない。", "〜こと。"). */
const PLAIN_DUTY_ENDINGS =
  /(する|させる|せる|しない|させない|行う|講じる|講ずる|得る|求める|定める|設ける|図る|努める|置く|限る|保つ|扱う|従う|戻す|返却する|見直す|防ぐ|守る|取る|こと)$/;

export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=。)/)
    .map((s) => s.replace(/\s+/g, " ").trim())
    .filter((s) => s.length > 0);
}

export function isObligationSentence(sentence: string): boolean {
  const body = sentence.replace(/[。．]\s*[）)」]*$/, "").trim();
  if (EXPLICIT.test(body)) return true;
  if (!/[。．]\s*[）)」]*$/.test(sentence)) return false; // a heading or a list item without a verb
  if (NOT_OBLIGATION_ENDINGS.test(body)) return false;
  return PLAIN_DUTY_ENDINGS.test(body);
}

export function hasObligation(text: string): boolean {
  return splitSentences(text).some(isObligationSentence);
}
