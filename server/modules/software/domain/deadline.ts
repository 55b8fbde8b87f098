import { addDays as addCalendarDays } from "../../../../common/calendar";
/** Deadlines of vulnerability tasks from the profile: by severity, shorter for KEV entries. */
export interface DeadlineRule {
  deadline_days: Record<"critical" | "high" | "medium" | "low" | "none", number>;
  kev_deadline_days: number;
}

export function deadlineDays(rule: DeadlineRule, severity: string | null, kev: boolean): number {
  const bySeverity =
    rule.deadline_days[(severity ?? "none") as keyof DeadlineRule["deadline_days"]] ??
    rule.deadline_days.none;
  return kev ? Math.min(bySeverity, rule.kev_deadline_days) : bySeverity;
}

/** A calendar date (YYYY-MM-DD) plus whole days. */
export function addDays(date: string, days: number): string {
  return addCalendarDays(date, days);
}
