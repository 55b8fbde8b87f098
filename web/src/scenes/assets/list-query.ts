import { infiniteQueryOptions } from "@tanstack/react-query";
import { api, getEarly } from "../../api";
import { assetListParams, type assetListQuery } from "./list-url";

export { assetListQuery, FILTER_KEYS, PAGE } from "./list-url";

/**
 * The list's query, shared by the screen and by the app shell, which starts it as soon as the
 * path is /assets — while the screen's code is still loading — so the first rows do not wait
 * for the code and then for the data. The first page is the one web/src/early.ts fetched while
 * the app's code loaded, when it asked for the same URL.
 */
export function assetListOptions(query: ReturnType<typeof assetListQuery>) {
  return infiniteQueryOptions({
    queryKey: ["assets", query],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      pageParam === null
        ? getEarly("/api/assets", { query: assetListParams(query, null) })
        : api.get("/api/assets", { query: assetListParams(query, pageParam) }),
    getNextPageParam: (last) => last.nextCursor,
  });
}
