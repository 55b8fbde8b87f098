import { todayJst } from "../../common/calendar";

/** The JST calendar date (YYYY-MM-DD) of an instant: role assignments are valid by JST date. */
export function dateOf(at: Date): string {
  return todayJst(at);
}

/** Is a dated assignment (inclusive bounds, null = open) valid on `day`? */
export function validOn(row: { validFrom: string | null; validTo: string | null }, day: string): boolean {
  return (row.validFrom == null || row.validFrom <= day) && (row.validTo == null || row.validTo >= day);
}
