/**
 * Reads the clause citations out of test titles, the way the tests write them, as clause ids of
 * the catalogs (`server/profile/clauses/parse.ts` builds those ids):
 *
 *   西原村 対策基準  6.3(2)④ · 2.(6)① · 7.2(1)③(イ) · 10.3   → `nishihara:対策基準/6.3/(2)/④` …
 *   西原村 基本方針  基本方針6(7)                              → `nishihara:基本方針/6/(7)`
 *   川崎市 基準      第2章8(2)ア · 第4章1(5)エ(オ) · 第12章5    → `kawasaki:基準/第2章/8/(2)/ア` …
 *
 * Lists and ranges at the last level: 6.3(2)①–③, 8.4(1)(2), 第2章9(1)イ・ウ, 第2章9(1)オ・9(2).
 * A 川崎市 citation written without its chapter (9(2)オ inside a describe about 第2章9) takes the
 * chapter last named earlier in the same title chain. Widths are normalized (６．３（２） = 6.3(2)).
 *
 * The result is a candidate list: the caller keeps only ids that exist in a catalog, so a version
 * number (CVSS v3.1 is refused by its letter, 5.15.2 by its dots) cannot pass for a clause.
 */

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
const KANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン";

/** Full-width digits, parentheses and period to ASCII; circled numbers and katakana stay. */
export function normalizeWidth(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/（/g, "(")
    .replace(/）/g, ")")
    .replace(/．/g, ".")
    .replace(/[〜～~―—−]/g, "–");
}

type PartType = "paren_num" | "circled" | "paren_kana" | "kana";

interface Part {
  type: PartType;
  token: string;
}

const PART = new RegExp(`^(?:\\((\\d{1,2})\\)|([${CIRCLED}])|\\(([${KANA}])\\)|([${KANA}])(?![ァ-ヺー]))`);

function partAt(text: string, at: number): { part: Part; length: number } | null {
  const m = PART.exec(text.slice(at));
  if (!m) return null;
  if (m[1]) return { part: { type: "paren_num", token: `(${m[1]})` }, length: m[0].length };
  if (m[2]) return { part: { type: "circled", token: m[2] }, length: m[0].length };
  if (m[3]) return { part: { type: "paren_kana", token: `(${m[3]})` }, length: m[0].length };
  return { part: { type: "kana", token: m[4] as string }, length: m[0].length };
}

/** The tokens between `from` and `to` of one marker type, inclusive (① – ③, イ – エ, (1) – (3)). */
function range(type: PartType, from: string, to: string): string[] {
  const seq =
    type === "circled"
      ? [...CIRCLED]
      : type === "kana" || type === "paren_kana"
        ? [...KANA].map((k) => (type === "kana" ? k : `(${k})`))
        : Array.from({ length: 99 }, (_, i) => `(${i + 1})`);
  const a = seq.indexOf(from);
  const b = seq.indexOf(to);
  return a >= 0 && b > a ? seq.slice(a, b + 1) : [from, to];
}

/**
 * The parts after a head (`6.3`, `第2章8`): a part of the type just read is a sibling of it (a
 * list), a new type goes one level down. Returns every path the list spells.
 */
function readParts(text: string, start: number): { paths: string[][]; end: number } {
  let paths: string[][] = [[]];
  let lastType: PartType | null = null;
  let at = start;
  for (;;) {
    const listed = lastType !== null && (text[at] === "・" || text[at] === "–" || text[at] === "-");
    const next = partAt(text, listed ? at + 1 : at);
    if (!next) break;
    const { part, length } = next;
    if (lastType !== null && part.type === lastType) {
      // A sibling: ・ and juxtaposition list, – spans.
      const prefixes = paths.map((p) => p.slice(0, -1));
      const last = paths[0]?.at(-1) as string;
      const tokens =
        text[at] === "–" || text[at] === "-" ? range(part.type, last, part.token).slice(1) : [part.token];
      const unique = prefixes.filter((p, i) => prefixes.findIndex((q) => q.join("/") === p.join("/")) === i);
      paths = [...paths, ...unique.flatMap((p) => tokens.map((t) => [...p, t]))];
    } else if (listed) {
      break;
    } else {
      paths = paths.map((p) => [...p, part.token]);
    }
    lastType = part.type;
    at += (listed ? 1 : 0) + length;
  }
  return { paths, end: at };
}

const KAWASAKI_HEAD = /第(\d{1,2})章(\d{1,2})?/y;
const NISHIHARA_HEAD = /(基本方針\s*)?(?<![\w.§/:-])(\d{1,2})(?:\.(\d{1,2}))?(?!\d)(?!\.\d)(\.(?=\())?/y;

export interface Citation {
  /** `nishihara` or `kawasaki`. */
  catalog: string;
  id: string;
}

/** Which profile a title chain speaks of, as far as its words say. */
function contextOf(chain: string[]): { nishihara: boolean; kawasaki: boolean } {
  const all = chain.join(" ");
  return {
    nishihara: /西原|nishihara|対策基準/.test(all),
    kawasaki: /川崎|kawasaki|第\d{1,2}章/.test(normalizeWidth(all)),
  };
}

/** Every clause id a test's title chain (describe titles, then its own) cites. */
export function citationsIn(chain: string[]): Citation[] {
  const context = contextOf(chain);
  const found: Citation[] = [];
  let chapter: string | null = null;
  for (const raw of chain) {
    const text = normalizeWidth(raw);
    let at = 0;
    while (at < text.length) {
      KAWASAKI_HEAD.lastIndex = at;
      const k = KAWASAKI_HEAD.exec(text);
      if (k) {
        chapter = k[1] as string;
        const head = [`第${chapter}章`, ...(k[2] ? [k[2]] : [])];
        const { paths, end } = k[2]
          ? readParts(text, KAWASAKI_HEAD.lastIndex)
          : { paths: [[]], end: KAWASAKI_HEAD.lastIndex };
        for (const p of paths)
          found.push({ catalog: "kawasaki", id: `kawasaki:基準/${[...head, ...p].join("/")}` });
        at = end;
        // 第2章9(1)オ・9(2): a second body of the same chapter.
        while (text[at] === "・" && /\d/.test(text[at + 1] ?? "")) {
          const m = /^(\d{1,2})/.exec(text.slice(at + 1)) as RegExpExecArray;
          const more = readParts(text, at + 1 + m[0].length);
          for (const p of more.paths)
            found.push({ catalog: "kawasaki", id: `kawasaki:基準/第${chapter}章/${[m[1], ...p].join("/")}` });
          at = more.end;
        }
        continue;
      }
      NISHIHARA_HEAD.lastIndex = at;
      const n = NISHIHARA_HEAD.exec(text);
      if (n) {
        const basic = Boolean(n[1]);
        const head = n[3] ? `${n[2]}.${n[3]}` : (n[2] as string);
        const { paths, end } = readParts(text, NISHIHARA_HEAD.lastIndex);
        const hasParts = paths.some((p) => p.length > 0);
        // A bare number is a clause only with parts, a decimal or 基本方針 before it (not "403").
        if (hasParts || n[3] || basic) {
          // A bare katakana level (ア, not (ア)) is 川崎市's shape; so is any bare citation in a
          // title chain about 川崎市 alone. Either needs a chapter named earlier in the chain.
          const kawasakiShape = paths.some((p) => p.some((t) => KANA.includes(t)));
          const kawasaki = !basic && !n[3] && (kawasakiShape || (context.kawasaki && !context.nishihara));
          if (kawasaki && chapter)
            for (const p of paths)
              found.push({
                catalog: "kawasaki",
                id: `kawasaki:基準/第${chapter}章/${[head, ...p].join("/")}`,
              });
          else if (!kawasakiShape)
            for (const p of paths)
              found.push({
                catalog: "nishihara",
                id: `nishihara:${basic ? "基本方針" : "対策基準"}/${[head, ...p].join("/")}`,
              });
        }
        at = Math.max(end, at + 1);
        continue;
      }
      at++;
    }
  }
  return [...new Map(found.map((c) => [c.id, c])).values()];
}
