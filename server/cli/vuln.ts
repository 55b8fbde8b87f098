/**
 * `sekimori vuln import FILE…` — advisory files saved on a closed network (NVD CVE JSON 2.0
 * feeds or API pages, .json or .json.gz; MyJVN getVulnOverviewList / getVulnDetailInfo XML).
 * Each file is all or nothing; the installations are matched again for what was imported.
 * `sekimori vuln fetch` — the same for feeds an administrator configured, fetched over HTTP(S)
 * (the scheduled job software.fetch_advisories does it daily where they are configured).
 */
import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import { cliContext } from "../audit/record";
import type { AppDeps } from "../http/context";
import { importDownloads } from "../modules/software/commands/fetch-feeds";
import { type FeedFile, importFeedFiles } from "../modules/software/commands/import-feeds";
import { runMatching } from "../modules/software/commands/match";
import { configuredFeeds, downloadFeeds } from "../modules/software/feeds/fetch";
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
 * `sekimori vuln fetch` — the optional fetch (#19 item 3) by hand or from cron, the same as the
 * scheduled job (software.fetch_advisories): the configured feeds are downloaded, then imported,
 * matched and recorded as one fetch run (shown on the imports screen). Not configured: says so and
 * fetches nothing (exit 2). A feed that cannot be fetched is reported and nothing of it is
 * imported; the others still are (exit 1). No retry is queued: cron runs it again.
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
  const started = performance.now();
  // Downloaded before the transaction opens: a slow feed holds no database connection.
  const downloads = await downloadFeeds(urls);
  const now = deps.now();
  const run = await deps.database.db.transaction((tx) =>
    importDownloads(tx, cliContext(), downloads, {
      profile: deps.profile(),
      now,
      trigger: "command",
      attempt: 1,
      retry: false,
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  if (options.json) console.log(JSON.stringify({ ...run, seconds }, null, 2));
  else {
    for (const f of run.feeds) {
      if (f.status === "imported")
        console.log(`取込み / imported  ${f.feed}: ${f.advisories} 件 / advisories`);
      else
        console.error(
          `${f.status === "not_fetched" ? "取得失敗 / fetch failed" : "失敗 / failed"}  ${f.feed} ${f.error?.location ?? ""}: ${f.error?.ja} / ${f.error?.en}（何も取り込んでいません / nothing imported）`,
        );
    }
    console.log(`照合 / matched: ${run.matches} 件`);
    console.log(`${seconds.toFixed(1)} s`);
  }
  return run.status === "imported" ? 0 : 1;
}
