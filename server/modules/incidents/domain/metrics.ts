/** Time to acknowledge, triage, contain and close; counts per category and severity — pure. */
import type { Category, Severity } from "./types";

export interface CaseTimes {
  createdAt: Date;
  firstAcknowledgedAt: Date | null;
  triagedAt: Date | null;
  containedAt: Date | null;
  closedAt: Date | null;
  category: Category | null;
  severity: Severity | null;
  isIncident: boolean;
}

export interface DurationStats {
  count: number;
  /** Hours, one decimal. */
  averageHours: number | null;
  medianHours: number | null;
  maxHours: number | null;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function durationStats(hours: number[]): DurationStats {
  if (hours.length === 0) return { count: 0, averageHours: null, medianHours: null, maxHours: null };
  const s = [...hours].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return {
    count: s.length,
    averageHours: round1(s.reduce((a, b) => a + b, 0) / s.length),
    medianHours: round1(median),
    maxHours: round1(s[s.length - 1]),
  };
}

const hoursBetween = (from: Date, to: Date | null) =>
  to ? (to.getTime() - from.getTime()) / 3_600_000 : null;

export function incidentMetrics(cases: CaseTimes[]) {
  const pick = (f: (c: CaseTimes) => Date | null, only = false) =>
    durationStats(
      cases
        .filter((c) => !only || c.isIncident)
        .map((c) => hoursBetween(c.createdAt, f(c)))
        .filter((h): h is number => h != null && h >= 0),
    );
  const byCategory: Record<string, number> = {};
  const bySeverity: Record<string, number> = {};
  for (const c of cases) {
    if (!c.isIncident) continue;
    const cat = c.category ?? "uncategorized";
    const sev = c.severity ?? "unrated";
    byCategory[cat] = (byCategory[cat] ?? 0) + 1;
    bySeverity[sev] = (bySeverity[sev] ?? 0) + 1;
  }
  return {
    reports: cases.length,
    incidents: cases.filter((c) => c.isIncident).length,
    timeToAcknowledge: pick((c) => c.firstAcknowledgedAt),
    timeToTriage: pick((c) => c.triagedAt),
    timeToContain: pick((c) => c.containedAt, true),
    timeToClose: pick((c) => c.closedAt, true),
    byCategory,
    bySeverity,
  };
}
