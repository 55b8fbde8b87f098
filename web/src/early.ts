/**
 * The early loader: a tiny script of its own (built by web/early-loader.ts, run before the app's
 * code has arrived). On /assets it starts the list's first page and preloads the list screen's
 * chunks, so neither waits for the app's JavaScript to load and render first — the waterfall the
 * bench's web section showed (rows asked ~400 ms after navigation, then the screen's code).
 * The app takes the answer through getEarly (api.ts) only when it asks for exactly this URL.
 */
import { assetListQuery, assetListUrl } from "./scenes/assets/list-url";

/** The asset list screen's chunks, filled in at build time. */
declare const __ASSET_LIST_CHUNKS__: string[];

if (location.pathname === "/assets") {
  const url = assetListUrl(assetListQuery(new URLSearchParams(location.search)), null);
  const early: Record<string, { at: number; res: Promise<Response> }> = {};
  early[url] = {
    at: performance.now(),
    // No headers of its own: the server's index page preloads this URL (server/app.ts), and the
    // browser hands a preload only to a request like it (same mode and credentials, no extras).
    res: fetch(url, { credentials: "same-origin" }),
  };
  (globalThis as { __sekimoriEarly?: typeof early }).__sekimoriEarly = early;
  for (const href of __ASSET_LIST_CHUNKS__) {
    const link = document.createElement("link");
    link.rel = href.endsWith(".css") ? "preload" : "modulepreload";
    if (href.endsWith(".css")) link.as = "style";
    link.crossOrigin = ""; // as Vite's own hints: the module map matches the credentials mode
    link.href = href;
    document.head.append(link);
  }
}
