/**
 * Pure date rules of the register: retention end, inventory deadline, lifecycle dates on status
 * changes. Dates are ISO calendar dates (YYYY-MM-DD) in Japan.
 */
import { fiscalYear } from "../../../../common/calendar";

/**
 * End of a retention period counted in 年度 from the 年度 after the one the asset was created in
 * (Japanese practice: a record created in FY2026 kept 5 years is kept until 2032-03-31).
 */
export function retentionEnd(createdOn: string, years: number): string {
  const fy = fiscalYear(createdOn);
  return `${fy + years + 1}-03-31`;
}

/** The deadline of a fiscal year's inventory from the profile's MM-DD (川崎市: 08-31 of the 年度). */
export function inventoryDeadline(fy: number, due: string | undefined): string | null {
  if (!due) return null;
  return due >= "04-01" ? `${fy}-${due}` : `${fy + 1}-${due}`;
}

export type Status = "in_use" | "lent" | "carried_out" | "lost" | "disposed";

/** Lifecycle dates a status change sets (never clears a date already recorded). */
export function lifecycleOnStatus(
  current: { inUseSince: string | null; disposedOn: string | null },
  to: Status,
  date: string,
): { statusChangedOn: string; inUseSince?: string; disposedOn?: string } {
  const out: { statusChangedOn: string; inUseSince?: string; disposedOn?: string } = {
    statusChangedOn: date,
  };
  if (to === "in_use" && !current.inUseSince) out.inUseSince = date;
  if (to === "disposed") out.disposedOn = date;
  return out;
}

/** Status changes that make sense; a disposed asset stays disposed. */
export function statusChangeAllowed(from: Status, to: Status): boolean {
  if (from === to) return false;
  if (from === "disposed") return false;
  return true;
}
