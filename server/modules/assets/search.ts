/**
 * The register's search text and grams computed in JS, mirroring the SQL functions of migrations
 * 0005/0006 (`sekimori_search_norm`, `sekimori_search_grams`, `sekimori_query_grams`), so a bulk
 * write (the import) can supply them and the trigger `assets_search_maintain` need not compute
 * them row by row in plpgsql. For other writers the trigger checks a supplied `search_text`
 * against its own normalization and recomputes everything when they differ; the import declares
 * its values (`sekimori.search_supplied`, migration 0013) and the trigger is skipped for its rows,
 * so this mirror must stay equal to the SQL functions (property tests in search.test.ts). Text whose
 * treatment may differ (see `jsSafe`) gets no grams here and is computed by the trigger.
 */

/** `lower(normalize(t, NFKC))` — lower() is applied to ASCII only; see `jsSafe`. */
export function searchNorm(t: string | null | undefined): string {
  return (t ?? "").normalize("NFKC").replace(/[A-Z]+/g, (s) => s.toLowerCase());
}

/**
 * Characters whose treatment may differ between JS and the database: letters with a non-ASCII
 * lower case (PostgreSQL's lower() depends on the locale) and non-ASCII white space or controls
 * (the regex class `\s` depends on the locale too).
 */
function jsSafe(text: string): boolean {
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) continue;
    if (ch.toLowerCase() !== ch) return false;
    if (/[\s\p{Z}\p{Cc}\p{Cf}]/u.test(ch)) return false;
  }
  return true;
}

const ASCII_SPACE = /[ \t\n\v\f\r]/;

/** `sekimori_search_grams(t)`: distinct unigrams and bigrams (by code point) without white space (in no particular order: GIN and @> do not care). */
export function searchGrams(text: string): string[] {
  const cps = Array.from(text);
  const out = new Set<string>();
  for (let i = 0; i < cps.length; i++) {
    const a = cps[i];
    if (ASCII_SPACE.test(a)) continue;
    out.add(a);
    const b = cps[i + 1];
    if (b !== undefined && !ASCII_SPACE.test(b)) out.add(a + b);
  }
  return [...out];
}

/** `sekimori_query_grams(term)`: the bigrams of the normalized term (its one character when it has one). */
export function queryGrams(term: string): string[] {
  const cps = Array.from(searchNorm(term));
  if (cps.length <= 1) return [cps.join("")];
  const out = new Set<string>();
  for (let i = 0; i + 1 < cps.length; i++) out.add(cps[i] + cps[i + 1]);
  return [...out].sort(byCodePoint);
}

function byCodePoint(a: string, b: string): number {
  const x = Array.from(a).map((c) => c.codePointAt(0) as number);
  const y = Array.from(b).map((c) => c.codePointAt(0) as number);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}

/**
 * `search_text` and `search_grams` of an asset, or null when the text holds characters JS cannot
 * be trusted to treat like the database (the trigger then computes them).
 */
export function searchFields(
  assetNumber: string | null | undefined,
  name: string | null | undefined,
  storagePlace: string | null | undefined,
  notes: string | null | undefined,
): { searchText: string; searchGrams: string[] } | null {
  // concat_ws skips nulls (but keeps empty strings).
  const parts = [assetNumber, name, storagePlace, notes].filter((p): p is string => p != null);
  const searchText = searchNorm(parts.join("\n"));
  if (!jsSafe(searchText)) return null;
  return { searchText, searchGrams: searchGrams(searchText) };
}
