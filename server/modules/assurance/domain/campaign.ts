/** Campaign dates (pure): the deadline of a scope in a 年度, and whether an answer is late. */

/** The calendar date of `MM-DD` inside 年度 `fy` (April–March): 01-31 of 年度 2026 is 2027-01-31. */
export function dueDateIn(fy: number, monthDay: string): string {
  const month = Number(monthDay.slice(0, 2));
  return `${month >= 4 ? fy : fy + 1}-${monthDay}`;
}

/** An answer or a submission on a JST day after the deadline is late (recorded, not refused). */
export function isLate(todayIso: string, dueIso: string): boolean {
  return todayIso > dueIso;
}
