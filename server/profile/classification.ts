/**
 * Classification levels are compared by rank, never by label or key: 川崎市's 区分Ⅰ is its highest
 * level, 西原村's 機密性3 is its highest, and MIC R6.10 has 3A > 3B > 3C > 2 > 1.
 */
import type { Level, Profile, Scheme, SchemeKey } from "./schema";

/** Words that may precede a level in an import or a form ("機密性2", "区分Ⅱ", "機密性区分Ⅰ"). */
const LEVEL_PREFIXES = [
  "機密性区分",
  "完全性区分",
  "可用性区分",
  "機密性",
  "完全性",
  "可用性",
  "区分",
  "CONFIDENTIALITY",
  "INTEGRITY",
  "AVAILABILITY",
  "LEVEL",
];

/** NFKC turns "Ⅱ" into "II" and "２" into "2", so "区分Ⅱ" and "区分II" are the same spelling. */
function normalize(text: string): string {
  let s = text.normalize("NFKC").replace(/\s+/g, "").toUpperCase();
  for (const prefix of LEVEL_PREFIXES) {
    if (s.startsWith(prefix) && s.length > prefix.length) {
      s = s.slice(prefix.length);
      break;
    }
  }
  return s;
}

function spellings(level: Level): string[] {
  return [level.key, level.label, level.label_en, ...level.aliases].map(normalize);
}

export function schemeOf(profile: Profile, scheme: SchemeKey): Scheme {
  return profile.classification[scheme];
}

/** The level a reference names: its key first, then its label, English label or an alias. */
export function findLevel(scheme: Scheme, ref: string): Level | undefined {
  const byKey = scheme.levels.find((l) => l.key === ref);
  if (byKey) return byKey;
  const wanted = normalize(ref);
  return scheme.levels.find((l) => spellings(l).includes(wanted));
}

export function requireLevel(scheme: Scheme, ref: string): Level {
  const level = findLevel(scheme, ref);
  if (!level) {
    const known = scheme.levels.map((l) => `${l.key} (${l.label})`).join(", ");
    throw new Error(`unknown level "${ref}" in ${scheme.title.en}; known: ${known}`);
  }
  return level;
}

/** Negative if a is less strict than b, 0 if equal, positive if stricter. */
export function compareLevels(scheme: Scheme, a: string, b: string): number {
  return Math.sign(requireLevel(scheme, a).rank - requireLevel(scheme, b).rank);
}

export function isAtLeast(scheme: Scheme, level: string, threshold: string): boolean {
  return compareLevels(scheme, level, threshold) >= 0;
}

/** The strictest of several levels (a container holds the highest of what it holds). */
export function maxByRank(scheme: Scheme, refs: readonly string[]): Level | undefined {
  let best: Level | undefined;
  for (const ref of refs) {
    const level = requireLevel(scheme, ref);
    if (!best || level.rank > best.rank) best = level;
  }
  return best;
}

/** Levels from the strictest down, for tables and pickers. */
export function levelsByRank(scheme: Scheme): Level[] {
  return [...scheme.levels].sort((a, b) => b.rank - a.rank);
}

export function highestLevel(scheme: Scheme): Level {
  return levelsByRank(scheme)[0];
}

export function lowestLevel(scheme: Scheme): Level {
  return levelsByRank(scheme).at(-1) as Level;
}

/**
 * Is this stored level at the scheme's top rank? An unknown key counts as top (fail closed). The
 * top confidentiality level is readable only by named people and the department's manager
 * (西原村 7.1(1)③); the asset register and the requests that name assets both ask this.
 */
export function isTopLevel(scheme: Scheme, key: string | null | undefined): boolean {
  if (key == null) return false;
  const level = scheme.levels.find((l) => l.key === key);
  return !level || level.rank >= highestLevel(scheme).rank;
}
