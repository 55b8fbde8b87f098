/**
 * `sekimori vuln import FILE…` — advisory files saved on a closed network (NVD CVE JSON 2.0
 * feeds or API pages, .json or .json.gz; MyJVN getVulnOverviewList / getVulnDetailInfo XML).
 * Each file is all or nothing; the installations are matched again for what was imported.
 */
import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import { cliContext } from "../audit/record";
import type { AppDeps } from "../http/context";
import { importFeedFiles } from "../modules/software/commands/import-feeds";
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
