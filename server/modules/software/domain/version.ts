/**
 * Version ordering and ranges for NVD match criteria (versionStart/End Including/Excluding).
 * Versions are compared token by token: numbers numerically, words case-insensitively, trailing
 * zeros ignored ("2.0" = "2.0.0"); a pre-release word (alpha, beta, rc, …) sorts before the release
 * ("5.0-rc1" < "5.0"), any other word after it ("1.1.1t" > "1.1.1"). A version that is not of that
 * shape (spaces, Japanese, brackets) has no order: callers get `null` and must ask a person.
 */
export type VersionToken = number | string;

// Single letters are not here: OpenSSL's "1.1.1a" comes after "1.1.1".
const PRE_RELEASE = new Set([
  "alpha",
  "beta",
  "rc",
  "cr",
  "pre",
  "preview",
  "dev",
  "snapshot",
  "milestone",
  "ea",
]);
const SHAPE = /^[0-9A-Za-z]+([._\-+~][0-9A-Za-z]+)*$/;

/** Tokens of a version, or null when it is free text. A leading "v"/"ver" is dropped. */
export function parseVersion(text: string): VersionToken[] | null {
  let t = text.trim();
  const prefixed = /^(?:v|ver\.?|version)\s?(?=\d)/i.exec(t);
  if (prefixed) t = t.slice(prefixed[0].length);
  if (t === "" || !SHAPE.test(t) || !/^\d/.test(t)) return null;
  const tokens: VersionToken[] = [];
  for (const m of t.matchAll(/\d+|[A-Za-z]+/g)) {
    tokens.push(/^\d/.test(m[0]) ? Number(m[0]) : m[0].toLowerCase());
  }
  return tokens;
}

const isZero = (t: VersionToken) => t === 0;
const isPre = (t: VersionToken) => typeof t === "string" && PRE_RELEASE.has(t);

/** Orders two token lists: negative, zero or positive. */
export function compareTokens(a: readonly VersionToken[], b: readonly VersionToken[]): number {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i];
    const y = b[i];
    if (x === undefined || y === undefined) {
      // One list has ended: the rest of the other decides (zeros: equal; pre-release: before).
      const rest = (x === undefined ? b : a).slice(i);
      if (rest.every(isZero)) return 0;
      const first = rest.find((t) => !isZero(t)) as VersionToken;
      const longerIsLater = !isPre(first);
      return (x === undefined ? -1 : 1) * (longerIsLater ? 1 : -1);
    }
    if (x === y) continue;
    if (typeof x === "number" && typeof y === "number") return x - y;
    if (typeof x === "number") return 1; // a number after a word: 1.0.1 > 1.0.beta
    if (typeof y === "number") return -1;
    if (isPre(x) !== isPre(y)) return isPre(x) ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

/** Orders two version texts, or null when either is free text. */
export function compareVersions(a: string, b: string): number | null {
  const x = parseVersion(a);
  const y = parseVersion(b);
  return x && y ? compareTokens(x, y) : null;
}

export interface VersionRange {
  startIncluding?: string;
  startExcluding?: string;
  endIncluding?: string;
  endExcluding?: string;
}

export const hasBounds = (r: VersionRange | undefined): r is VersionRange =>
  !!r && (r.startIncluding ?? r.startExcluding ?? r.endIncluding ?? r.endExcluding) !== undefined;

/** Whether a version lies in the range: true / false, or null when an order cannot be told. */
export function inRange(version: string, range: VersionRange): boolean | null {
  const checks: Array<[string | undefined, (c: number) => boolean]> = [
    [range.startIncluding, (c) => c >= 0],
    [range.startExcluding, (c) => c > 0],
    [range.endIncluding, (c) => c <= 0],
    [range.endExcluding, (c) => c < 0],
  ];
  let unknown = false;
  for (const [bound, ok] of checks) {
    if (bound === undefined) continue;
    const c = compareVersions(version, bound);
    if (c === null) unknown = true;
    else if (!ok(c)) return false; // outside a bound that can be compared: certainly out
  }
  return unknown ? null : true;
}
