/**
 * `npx tsx scripts/clause-review.ts [--write]`: the per-clause review of 西原村 and 川崎市
 * (issue #13 item 2). Prints, per profile, how many enforced/workflow/register obligations a test
 * cites and which none does; `--write` regenerates `policies/review/<profile>.md`.
 * `scripts/clause-review.test.ts` fails in `npm test` when those files are out of date.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import "../server/code-registry";
import { renderReview } from "./clause-review/render";
import { counts, REVIEWED_PROFILES, reviewProfile } from "./clause-review/review";
import { allTestTitles } from "./clause-review/titles";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const reviewFile = (profileId: string) => join(ROOT, "policies", "review", `${profileId}.md`);

export function renderAll(): {
  profileId: string;
  file: string;
  text: string;
  summary: string;
  missing: string[];
}[] {
  const titles = allTestTitles(ROOT);
  return REVIEWED_PROFILES.map((id) => {
    const review = reviewProfile(id, titles, ROOT);
    const { total, cited, uncited } = counts(review);
    return {
      profileId: id,
      file: reviewFile(id),
      text: renderReview(review),
      summary: `${id}: ${total} obligations (enforced/workflow/register), ${cited} cited by a test, ${uncited} not`,
      missing: review.rows.filter((r) => r.tests.length === 0).map((r) => `${r.clause.id} (${r.entry.kind})`),
    };
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const write = process.argv.includes("--write");
  for (const r of renderAll()) {
    console.log(r.summary);
    for (const m of r.missing) console.log(`  no citing test: ${m}`);
    if (write) {
      mkdirSync(dirname(r.file), { recursive: true });
      writeFileSync(r.file, r.text);
    }
  }
}
