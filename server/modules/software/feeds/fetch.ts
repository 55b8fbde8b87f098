/**
 * The optional fetch of advisory feeds over HTTP(S) (#19 item 3), where a network allows it. Off
 * unless an administrator names the feeds (SEKIMORI_ADVISORY_FEEDS): Sekimori calls nowhere by
 * itself. Downloading is kept apart from importing so that it holds no database connection
 * (the job downloads before its transaction opens; see server/jobs `prepare`).
 */
import type { FeedFile } from "../commands/import-feeds";
import { MAX_FEED_BYTES } from "./parse";

/**
 * The advisory feeds an administrator configured (SEKIMORI_ADVISORY_FEEDS: http(s) URLs separated
 * by spaces or commas — the NVD or MyJVN files a network that allows it may fetch, or a mirror
 * inside the closed network). None by default. `invalid` holds the positions (1-based) of entries
 * that are not http(s) URLs — by position, since an entry may hold a secret.
 */
export function feedSetting(env: NodeJS.ProcessEnv = process.env): { urls: string[]; invalid: number[] } {
  const entries = (env.SEKIMORI_ADVISORY_FEEDS ?? "").split(/[\s,]+/).filter(Boolean);
  const urls: string[] = [];
  const invalid: number[] = [];
  entries.forEach((u, i) => {
    const parsed = URL.canParse(u) ? new URL(u) : null;
    if (parsed && ["http:", "https:"].includes(parsed.protocol)) urls.push(u);
    else invalid.push(i + 1);
  });
  return { urls, invalid };
}

/** The configured feeds; a setting with an entry that is not an http(s) URL is an error. */
export function configuredFeeds(env: NodeJS.ProcessEnv = process.env): string[] {
  const { urls, invalid } = feedSetting(env);
  if (invalid.length)
    throw new Error(`SEKIMORI_ADVISORY_FEEDS: entry ${invalid.join(", ")} is not an http(s) URL`);
  return urls;
}

/** Whether the fetch is switched on at all (the job is scheduled only then). */
export const fetchConfigured = (env: NodeJS.ProcessEnv = process.env) =>
  Boolean(env.SEKIMORI_ADVISORY_FEEDS?.trim());

/**
 * A feed's address as records and screens show it: no user name, password or query (a mirror's
 * address may carry a token there), so what is kept and shown never holds a secret.
 */
export function feedLabel(url: string): string {
  const u = new URL(url);
  return `${u.origin}${u.pathname}`;
}

export interface Download {
  /** Null for a setting entry that is not an http(s) URL (nothing was requested). */
  url: string | null;
  /** How records and screens name it: `feedLabel(url)`, or the setting entry's position. */
  label: string;
  file: FeedFile | null;
  error: { ja: string; en: string } | null;
}

/** A setting entry that is not an http(s) URL, as a download that never happened. */
export function invalidEntry(position: number): Download {
  return {
    url: null,
    label: `SEKIMORI_ADVISORY_FEEDS #${position}`,
    file: null,
    error: {
      ja: `設定の ${position} 番目が http(s) の URL ではありません`,
      en: `entry ${position} of the setting is not an http(s) URL`,
    },
  };
}

/** One feed's bytes (2xx only, at most MAX_FEED_BYTES, 5 minutes at most), named after its path. */
export async function fetchFeed(url: string, timeoutMs = 300_000): Promise<FeedFile> {
  const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: "follow" });
  const tooLarge = () =>
    new FetchError(
      `${MAX_FEED_BYTES / 1024 / 1024} MB を超えています`,
      `larger than ${MAX_FEED_BYTES / 1024 / 1024} MB`,
    );
  if (!res.ok) {
    await res.body?.cancel();
    throw new FetchError(
      `サーバが HTTP ${res.status} を返しました`,
      `the server answered HTTP ${res.status}`,
    );
  }
  const declared = Number(res.headers.get("content-length") ?? 0);
  if (declared > MAX_FEED_BYTES) {
    await res.body?.cancel();
    throw tooLarge();
  }
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (bytes.length > MAX_FEED_BYTES) throw tooLarge();
  const last = new URL(url).pathname.split("/").filter(Boolean).pop();
  return { name: last ? decodeURIComponent(last) : "feed.json", bytes };
}

export class FetchError extends Error {
  constructor(
    readonly ja: string,
    readonly en: string,
  ) {
    super(en);
  }
}

/** Why a request failed, as the network layer says it (fetch wraps it: "fetch failed", cause …). */
function networkReason(err: unknown): string {
  const e = err as Error & { cause?: { code?: string; message?: string } };
  return e.cause?.code ?? e.cause?.message ?? (e.name === "TimeoutError" ? "time-out" : e.message);
}

/**
 * Downloads each feed in turn; a feed that cannot be fetched (refused connection, time-out, an
 * HTTP error, too large) is answered with its reason instead of bytes, and the others still are.
 */
export async function downloadFeeds(urls: readonly string[], timeoutMs?: number): Promise<Download[]> {
  const out: Download[] = [];
  for (const url of urls) {
    try {
      out.push({ url, label: feedLabel(url), file: await fetchFeed(url, timeoutMs), error: null });
    } catch (err) {
      const reason = networkReason(err);
      const e =
        err instanceof FetchError
          ? err
          : new FetchError(`接続できませんでした（${reason}）`, `could not connect (${reason})`);
      out.push({ url, label: feedLabel(url), file: null, error: { ja: e.ja, en: e.en } });
    }
  }
  return out;
}
