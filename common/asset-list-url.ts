/**
 * The asset list's request URL from the page's query string — no React and no UI library, so the
 * early loader (web/src/early.ts, a separate tiny script) and the server's index page (a preload
 * link for /assets) build exactly the URL the list asks for.
 */
import { withQuery } from "./query-url";

/** Rows per page of the asset list (the API's page of 50). */
export const PAGE = 50;

/** The list's filters, read from and written to the URL (GET /api/assets takes the same names). */
export const FILTER_KEYS = [
  "confidentiality",
  "integrity",
  "availability",
  "confidentialityAtLeast",
  "kind",
  "zone",
  "status",
  "departmentId",
  "hasPersonalInfo",
  "classificationPending",
  "disposalDueBefore",
] as const;

/** What the URL asks the list for: search text, filters and sort. */
export function assetListQuery(search: URLSearchParams) {
  const filters: Record<string, string> = {};
  for (const k of FILTER_KEYS) {
    const v = search.get(k);
    if (v) filters[k] = v;
  }
  return { q: search.get("q") || undefined, ...filters, sort: search.get("sort") ?? "assetNumber" };
}

/** The query of GET /api/assets for one page of the list (the first page has no cursor). */
export function assetListParams(query: ReturnType<typeof assetListQuery>, cursor: string | null) {
  return { ...query, limit: PAGE, cursor: cursor ?? undefined };
}

/** GET /api/assets for one page of the list (the first page has no cursor). */
export function assetListUrl(query: ReturnType<typeof assetListQuery>, cursor: string | null): string {
  return withQuery("/api/assets", assetListParams(query, cursor));
}
