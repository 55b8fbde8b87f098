/**
 * A clause sentence worded as a self-inspection question (pure): 「…しなければならない。」 becomes
 * 「…しているか。」, 「…してはならない。」 becomes 「…していないか。」, 「…を行う。」 becomes
 * 「…を行っているか。」. A sentence whose ending is not recognised keeps its words and is asked
 * as 「…（できているか。）」, so no clause is ever dropped or misquoted.
 */

/** 五段 verbs: the 未然形 kana before ない/なければ and its て-form stem (行わ → 行っ, 置か → 置い). */
const GODAN_TE: Record<string, string> = {
  わ: "っ",
  た: "っ",
  ら: "っ",
  さ: "し",
  か: "い",
  が: "いで",
  ま: "んで",
  ば: "んで",
  な: "んで",
};
/** 終止形 endings of 五段 verbs and their て-form (行う → 行っ, 置く → 置い). */
const GODAN_PLAIN: Record<string, string> = {
  う: "っ",
  つ: "っ",
  く: "い",
  ぐ: "いで",
  む: "んで",
  ぶ: "んで",
  す: "し",
};
/** Kana of the い/え rows: a verb stem ending in one is 一段 (講じ, 定め, 設け), so stem + ている. */
const ICHIDAN_STEM = /[いきぎしじちぢにひびぴみりえけげせぜてでねへべぺめれ]$/;

/** 「ている」 form of a verb stem given by what precedes なければ / ない. */
function progressiveOf(stem: string): string | null {
  const last = stem.slice(-1);
  if (stem.endsWith("し") || stem.endsWith("せ")) return `${stem}ている`;
  if (ICHIDAN_STEM.test(last) || /[得見経出寝]$/.test(last)) return `${stem}ている`;
  const te = GODAN_TE[last];
  if (!te) return null;
  return te.endsWith("で") ? `${stem.slice(0, -1)}${te}いる` : `${stem.slice(0, -1)}${te}ている`;
}

function questionOfSentence(sentence: string): string {
  const s = sentence.trim();
  if (!s) return s;
  // A closing parenthetical （ただし…） stays after the question: 「…していないか（ただし…）」.
  const tail = /^(.+?)([（(][^（()）]*[)）])$/.exec(s);
  if (tail) return `${questionOfSentence(tail[1])}${tail[2]}`;
  // Provisos and definitions are kept as written: they qualify the question, they ask nothing.
  if (/(限りで|ものと)(は)?ない$|をいう$|以下同じ$/.test(s)) return s;
  let m = /^(.*)(て|で)はならない$/.exec(s);
  if (m) return `${m[1]}${m[2]}いないか`;
  m = /^(.*)なければならない$/.exec(s);
  if (m) {
    const p = progressiveOf(m[1]);
    if (p) return `${p}か`;
  }
  m = /^(.*)ずる(こと)?$/.exec(s);
  if (m) return `${m[1]}じているか`;
  m = /^(.*)(する|すること)$/.exec(s);
  if (m) return `${m[1]}しているか`;
  m = /^(.*)しない(こと)?$/.exec(s);
  if (m) return `${m[1]}していないか`;
  m = /^(.*[^で])ない(こと)?$/.exec(s);
  if (m) {
    const p = progressiveOf(m[1]);
    if (p) return `${p.replace(/いる$/, "いない")}か`;
  }
  m = /^(.*)([いえきけしせちてにねみめりれじげべ得見経])る(こと)?$/.exec(s);
  if (m) return `${m[1]}${m[2]}ているか`;
  m = /^(.*)([うつくぐむぶす])(こと)?$/.exec(s);
  if (m) {
    const te = GODAN_PLAIN[m[2]];
    return te.endsWith("で") ? `${m[1]}${te}いるか` : `${m[1]}${te}ているか`;
  }
  m = /^(.*[^いえきけしせちてにねみめりれじげべ])る(こと)?$/.exec(s);
  if (m) return `${m[1]}っているか`;
  return `${s}（できているか）`;
}

/** Sentences split at 「。」 outside parentheses (a definition in brackets stays inside its sentence). */
function sentencesOf(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of text.replace(/\s*\n\s*/g, "")) {
    if (ch === "（" || ch === "(") depth++;
    if ((ch === "）" || ch === ")") && depth > 0) depth--;
    if (ch === "。" && depth === 0) {
      if (current.trim()) out.push(current.trim());
      current = "";
    } else current += ch;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

export function questionFromText(text: string): string {
  const sentences = sentencesOf(text);
  if (sentences.length === 0) return "この条項に沿って対応できているか。";
  return `${sentences.map(questionOfSentence).join("。")}。`;
}
