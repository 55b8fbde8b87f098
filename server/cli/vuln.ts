/**
 * `sekimori vuln import FILE…` — advisory files saved on a closed network (NVD CVE JSON 2.0
 * feeds or API pages, .json or .json.gz; MyJVN getVulnOverviewList / getVulnDetailInfo XML).
 * Each file is all or nothing; the installations are matched again for what was imported.
 * `sekimori vuln fetch` — the same for feeds an administrator configured, fetched over HTTP(S).
 */
import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import { cliContext } from "../audit/record";
import type { AppDeps } from "../http/context";
import { type FeedFile, importFeedFiles } from "../modules/software/commands/import-feeds";
import { runMatching } from "../modules/software/commands/match";
import { MAX_FEED_BYTES } from "../modules/software/feeds/parse";

export async function vulnImportCommand(
  deps: AppDeps,
  files: string[],
  options: { json: boolean },
): Promise<number> {
  const loaded = files.map((path) => {
    const size = statSync(path).size;
    if (size > MAX_FEED_BYTES) throw new Error(`${path}: larger than ${MAX_FEED_BYTES} bytes`);
    return { name: basename(path), bytes: new Uint8Array(readFileSync(path)) };
  });
  return importAndMatch(deps, loaded, options);
}

/** Imports the files (each all or nothing), matches what they brought, prints the outcome. */
async function importAndMatch(
  deps: AppDeps,
  loaded: FeedFile[],
  options: { json: boolean },
): Promise<number> {
  const started = performance.now();
  const { results, advisoryIds } = await importFeedFiles(deps.database.db, cliContext(), loaded, deps.now());
  // What was imported is matched against the installations at once, as an upload is: an advisory
  // imported on a closed network must reach its owners without anyone starting a match run.
  const matched = advisoryIds.length
    ? await runMatching(deps.database.db, cliContext(), deps.profile(), deps.now(), { advisoryIds })
    : null;
  const matches = matched?.results.length ?? 0;
  const seconds = (performance.now() - started) / 1000;
  if (options.json) console.log(JSON.stringify({ results, matches, seconds }, null, 2));
  else {
    for (const r of results) {
      if (r.status === "imported")
        console.log(`取込み / imported  ${r.file}: ${r.advisories} 件 / advisories`);
      else
        console.log(
          `失敗 / failed    ${r.file} ${r.error?.location}: ${r.error?.ja} / ${r.error?.en}（何も取り込んでいません / nothing imported）`,
        );
    }
    console.log(`照合 / matched: ${matches} 件`);
    console.log(`${seconds.toFixed(1)} s`);
  }
  return results.some((r) => r.status === "failed") ? 1 : 0;
}

/**
 * The advisory feeds an administrator configured (SEKIMORI_ADVISORY_FEEDS: http(s) URLs separated
 * by spaces or commas — the NVD or MyJVN files a network that allows it may fetch, or a mirror
 * inside the closed network). None by default: Sekimori calls nowhere unless told to.
 */
export function configuredFeeds(env: NodeJS.ProcessEnv = process.env): string[] {
  const urls = (env.SEKIMORI_ADVISORY_FEEDS ?? "").split(/[\s,]+/).filter(Boolean);
  for (const u of urls) {
    const parsed = URL.canParse(u) ? new URL(u) : null;
    if (!parsed || !["http:", "https:"].includes(parsed.protocol))
      throw new Error(`SEKIMORI_ADVISORY_FEEDS: not an http(s) URL: ${u}`);
  }
  return urls;
}

/** One feed's bytes (2xx only, at most MAX_FEED_BYTES, 5 minutes at most), named after its path. */
async function fetchFeed(url: string): Promise<FeedFile> {
  const res = await fetch(url, { signal: AbortSignal.timeout(300_000), redirect: "follow" });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  const declared = Number(res.headers.get("content-length") ?? 0);
  if (declared > MAX_FEED_BYTES) throw new Error(`${url}: larger than ${MAX_FEED_BYTES} bytes`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (bytes.length > MAX_FEED_BYTES) throw new Error(`${url}: larger than ${MAX_FEED_BYTES} bytes`);
  const last = new URL(url).pathname.split("/").filter(Boolean).pop();
  return { name: last ? decodeURIComponent(last) : "feed.json", bytes };
}

/**
 * `sekimori vuln fetch` — the optional fetch (#19 item 3), for a scheduler (cron) where the
 * network allows it: the configured feeds are downloaded, then imported and matched exactly as
 * `vuln import` does. Not configured: says so and fetches nothing (exit 2). A feed that cannot
 * be fetched is reported and nothing of it is imported; the others still are (exit 1).
 */
export async function vulnFetchCommand(
  deps: AppDeps,
  options: { json: boolean },
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const urls = configuredFeeds(env);
  if (!urls.length) {
    console.error(
      "取得先が設定されていません（SEKIMORI_ADVISORY_FEEDS）。何も取得していません。 / No feed is configured (SEKIMORI_ADVISORY_FEEDS); nothing fetched.",
    );
    return 2;
  }
  const loaded: FeedFile[] = [];
  let failed = false;
  for (const url of urls) {
    try {
      loaded.push(await fetchFeed(url));
    } catch (err) {
      failed = true;
      console.error(
        `取得失敗 / fetch failed: ${(err as Error).message}（何も取り込んでいません / nothing imported）`,
      );
    }
  }
  const code = loaded.length ? await importAndMatch(deps, loaded, options) : 0;
  return failed ? 1 : code;
}
