/**
 * Which version a person must have acknowledged (pure). The first published version asks
 * everyone in the audience; a later one asks again only when it is marked a material change
 * (重要な変更). An acknowledgement of a version counts for every later version up to the next
 * material change.
 */
export interface VersionFact {
  number: number;
  materialChange: boolean;
  /** Has this version ever been published (published or superseded)? */
  everPublished: boolean;
  /** Is it the version published now? */
  current: boolean;
}

/** The number of the version whose acknowledgement is required now, or null when none is published. */
export function requiredVersion(versions: readonly VersionFact[]): number | null {
  const current = versions.find((v) => v.current);
  if (!current) return null;
  const published = versions.filter((v) => v.everPublished && v.number <= current.number);
  const first = Math.min(...published.map((v) => v.number));
  const material = published.filter((v) => v.materialChange || v.number === first).map((v) => v.number);
  return Math.max(...material);
}

/** Has a person who acknowledged these version numbers met the requirement? */
export function hasAcknowledged(required: number | null, acknowledged: readonly number[]): boolean {
  if (required === null) return true;
  return acknowledged.some((n) => n >= required);
}
