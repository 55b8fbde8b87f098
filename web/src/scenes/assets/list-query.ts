import { infiniteQueryOptions } from "@tanstack/react-query";
import { api } from "../../api";
import type { AssetView } from "./shared";

/** Rows per page of the asset list (the API's page of 50). */
export const PAGE = 50;

export interface AssetListPage {
  items: AssetView[];
  nextCursor: string | null;
  policies: Record<string, boolean>;
}

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

/**
 * The list's query, shared by the screen and by the app shell, which starts it as soon as the
 * path is /assets — while the screen's code is still loading — so the first rows do not wait
 * for the code and then for the data.
 */
export function assetListOptions(query: ReturnType<typeof assetListQuery>) {
  return infiniteQueryOptions({
    queryKey: ["assets", query],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      api.get<AssetListPage>("/api/assets", { ...query, limit: PAGE, cursor: pageParam ?? undefined }),
    getNextPageParam: (last) => last.nextCursor,
  });
}
