/**
 * The advisory as every feed parser produces it, before it is stored. One problem is one advisory:
 * a CVE where there is one (NVD and JVN iPedia entries naming the same CVE meet there), otherwise
 * the JVNDB entry itself.
 */
import type { Configuration } from "../domain/configuration";

export type Severity = "critical" | "high" | "medium" | "low" | "none";
export const SEVERITY_RANK: Record<Severity, number> = { none: 0, low: 1, medium: 2, high: 3, critical: 4 };

export interface CvssScore {
  version: string;
  baseScore: number;
  severity: Severity;
  vector: string;
  /** Who scored it: nvd@nist.gov, a CNA, IPA (JVN). */
  source: string;
}

export interface KevEntry {
  dateAdded: string;
  dueDate?: string;
  requiredAction?: string;
  name?: string;
}

/** A JVN affected product as written (texts kept for display; CPE parsed when present). */
export interface JvnAffectedItem {
  vendorName: string;
  productName: string;
  cpe?: string;
  /** The affected versions as JVN words them; null when the document states none (overview). */
  versionText: string | null;
  productIds: string[];
}

export interface FeedAdvisory {
  source: "nvd" | "jvn";
  /** CVE-… for NVD; JVNDB-… for JVN. */
  sourceId: string;
  cveIds: string[];
  jvndbIds: string[];
  title: string;
  description: string;
  published: string | null;
  modified: string | null;
  cvss: CvssScore[];
  kev: KevEntry | null;
  configurations: Configuration[];
  /** The NVD criteria as written, for display and re-parsing. */
  jvnAffected: JvnAffectedItem[];
  references: string[];
}

/** The highest severity among the scores, or null when unscored. */
export function topSeverity(scores: readonly CvssScore[]): Severity | null {
  let top: Severity | null = null;
  for (const s of scores)
    if (top === null || SEVERITY_RANK[s.severity] > SEVERITY_RANK[top]) top = s.severity;
  return top;
}

export function severityOf(score: number): Severity {
  if (score >= 9) return "critical";
  if (score >= 7) return "high";
  if (score >= 4) return "medium";
  if (score > 0) return "low";
  return "none";
}

/** A located feed error: the file, where in it, why — Japanese and English. */
export class FeedError extends Error {
  constructor(
    readonly file: string,
    readonly location: string,
    readonly ja: string,
    readonly en: string,
  ) {
    super(`${file} ${location}: ${ja} / ${en}`);
    this.name = "FeedError";
  }
}

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): string {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return `${line}行${offset - last}列 (line ${line}, column ${offset - last})`;
}

const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const WAREKI = /(令和|平成|昭和|大正|明治|R|H|S)\s*(\d+|元)\s*年/;

/**
 * A feed timestamp as ISO 8601 with its zone. NVD writes no zone (UTC); JVN writes +09:00.
 * A 和暦 or otherwise unreadable date is refused, not guessed.
 */
export function feedDate(
  file: string,
  location: string,
  raw: unknown,
  zoneless: "Z" | "+09:00",
): string | null {
  if (raw === undefined || raw === null || raw === "") return null;
  const text = String(raw).trim();
  if (WAREKI.test(text)) {
    throw new FeedError(
      file,
      location,
      `日付が和暦で書かれています（「${text}」）。ISO 8601（例 2024-01-10T14:00:00+09:00）が必要です`,
      `date written in the Japanese era calendar ("${text}"); ISO 8601 required (e.g. 2024-01-10T14:00:00+09:00)`,
    );
  }
  if (!ISO.test(text)) {
    throw new FeedError(
      file,
      location,
      `日付として読めません（「${text}」）`,
      `not a readable date ("${text}")`,
    );
  }
  const withZone = /T/.test(text) && !/(Z|[+-]\d{2}:?\d{2})$/.test(text) ? text + zoneless : text;
  const d = new Date(withZone.length === 10 ? `${withZone}T00:00:00${zoneless}` : withZone);
  if (Number.isNaN(d.getTime())) {
    throw new FeedError(file, location, `存在しない日付です（「${text}」）`, `no such date ("${text}")`);
  }
  return d.toISOString();
}
