import type { QueryClient } from "@tanstack/react-query";
import { meQuery } from "./auth";
import { assetListOptions, assetListQuery } from "./scenes/assets/list-query";

/** How long the first drawing waits for its data before the screens show their own loaders. */
export const FIRST_DATA_WAIT_MS = 1_000;

/**
 * The data the first screen shows, asked before React draws anything: who is signed in (index.html
 * preloads it) and, on /assets, the list's first page (web/src/early.ts fetched it while the code
 * loaded). On a first visit both arrive with the code, so the screen is drawn once, with its rows,
 * instead of a spinner, then the shell with a loader, then the rows — each a render and a commit
 * of its own (#14 item 5, the bench's web section). A slow answer holds the page back at most
 * `wait` ms: the screens then show their loaders and take the answer when it comes (the queries
 * stay in flight in the cache).
 */
export function firstData(qc: QueryClient, wait = FIRST_DATA_WAIT_MS): Promise<unknown> {
  const asked = qc.prefetchQuery(meQuery).then(() => {
    // The list only for someone signed in: the app shows it to no one else.
    if (location.pathname !== "/assets" || !qc.getQueryData(meQuery.queryKey)) return;
    const query = assetListQuery(new URLSearchParams(location.search));
    return qc.prefetchInfiniteQuery(assetListOptions(query));
  });
  return Promise.race([asked, new Promise((resolve) => setTimeout(resolve, wait))]);
}
