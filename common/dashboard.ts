/**
 * The home dashboard's counts (GET /api/dashboard/counts): what needs the signed-in person's
 * attention. Each module computes its own items (server/modules/<m>/dashboard.ts) with the same
 * access predicates as its lists; the platform route composes them. Shared by server and web.
 */

/** Counts stop at this many ("999+"): a count never scans more rows than it shows. */
export const DASHBOARD_CAP = 999;

export type DashboardModule = "requests" | "assets" | "incidents" | "registers";

export interface DashboardItem {
  /** Stable key, `<module>.<what>` (e.g. `requests.awaiting_approval`). */
  key: string;
  module: DashboardModule;
  label: { ja: string; en: string };
  /** The number, at most DASHBOARD_CAP. */
  count: number;
  /** True when there are more than DASHBOARD_CAP (show "999+"). */
  capped: boolean;
  /** `action`: the person must do something; `warning`: something is late or due; `info`: to know. */
  tone: "action" | "warning" | "info";
  /** Web path of the list these records are in, with its filter. */
  href: string;
  /** The API list that shows the same records to the same person (the count never exceeds it). */
  list: string;
}

/** A count read with `count(*)` over a subquery limited to DASHBOARD_CAP + 1 rows. */
export function capped(n: number | string | null | undefined): { count: number; capped: boolean } {
  const v = Number(n ?? 0);
  return v > DASHBOARD_CAP ? { count: DASHBOARD_CAP, capped: true } : { count: v, capped: false };
}

/** "999+" or the number. */
export function formatDashboardCount(item: Pick<DashboardItem, "count" | "capped">): string {
  return item.capped ? `${DASHBOARD_CAP}+` : String(item.count);
}
