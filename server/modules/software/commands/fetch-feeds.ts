/**
 * The optional fetch of advisories as a job (#19 item 3: "fetching from the internet, where a
 * network allows it, is an optional job"). Scheduled daily at 05:00 JST only when
 * SEKIMORI_ADVISORY_FEEDS names feeds; nothing is fetched otherwise.
 *
 * Why two phases: the download runs in the job's `prepare`, before its transaction opens — on the
 * embedded database (PGlite, one connection) a download inside the transaction would hold every
 * request for as long as it takes, and an import opening a transaction of its own from inside the
 * job's would wait on that one connection for ever. The import then runs in the job's transaction
 * (each file in a savepoint, all or nothing as an upload is), with the matching, the run's record
 * and its audit event: a run is recorded whole or not at all.
 *
 * Retries: a feed that could not be fetched is recorded with its reason (the other feeds are still
 * imported) and fetched again by a retry job — 15 minutes, 1 hour, 4 hours later — until
 * FETCH_ATTEMPTS; the next day's run starts afresh. A file that arrives malformed is not retried
 * (it would arrive the same); its located error is on its import record as for an upload.
 */
import { z } from "zod";
import type { AuditContext } from "../../../audit/record";
import { recordEvent } from "../../../audit/record";
import type { DbOrTx } from "../../../db/client";
import { defineJob, definePeriodicJob, enqueueJob, nextDailyAt } from "../../../jobs";
import type { Profile } from "../../../profile";
import { type Download, downloadFeeds, feedSetting, fetchConfigured, invalidEntry } from "../feeds/fetch";
import { type FetchedFeed, vulnFetchRuns } from "../tables";
import { type FileResult, importFeedFiles } from "./import-feeds";
import { runMatchingIn } from "./match";

/** Tries of a feed that cannot be fetched, the first included, before the next day's run. */
export const FETCH_ATTEMPTS = 4;
/** Wait before try `attempt + 1`: 15 min, 1 h, 4 h. */
export const retryDelayMs = (attempt: number) => 15 * 60_000 * 4 ** (attempt - 1);

const JOB_CONTEXT: AuditContext = { actor: null, ip: "", requestId: "job", via: "job" };

export interface FetchOutcome {
  runId: string;
  status: "imported" | "partial" | "failed";
  feeds: FetchedFeed[];
  /** The import results of the files that were downloaded (as `vuln import` prints them). */
  results: FileResult[];
  advisories: number;
  matches: number;
  retryAt: Date | null;
}

/**
 * Imports what was downloaded inside the caller's transaction and records the run: each file all
 * or nothing (a savepoint), the advisories matched against the installations, one run record
 * with every feed's outcome and one audit event. With `retry`, the feeds that could not be
 * fetched are queued again (while tries are left).
 */
export async function importDownloads(
  tx: DbOrTx,
  ctx: AuditContext,
  downloads: readonly Download[],
  run: {
    profile: Profile;
    now: Date;
    trigger: "schedule" | "retry" | "command";
    attempt: number;
    retry: boolean;
  },
): Promise<FetchOutcome> {
  const fetched = downloads.filter((d) => d.file);
  const { results, advisoryIds } = await importFeedFiles(
    tx,
    ctx,
    fetched.map((d) => d.file as NonNullable<Download["file"]>),
    run.now,
  );
  const byDownload = new Map(fetched.map((d, i) => [d, results[i]]));
  const feeds: FetchedFeed[] = downloads.map((d) => {
    const r = byDownload.get(d);
    if (!r)
      return {
        feed: d.label,
        status: "not_fetched",
        advisories: 0,
        importId: null,
        error: { location: d.label, ja: d.error?.ja ?? "", en: d.error?.en ?? "" },
      };
    return {
      feed: d.label,
      status: r.status,
      advisories: r.advisories,
      importId: r.importId,
      error: r.error ?? null,
    };
  });
  const matched = advisoryIds.length
    ? await runMatchingIn(tx, ctx, run.profile, run.now, { advisoryIds })
    : null;
  const again = downloads.filter((d) => d.url && !d.file).map((d) => d.url as string);
  const retryAt =
    run.retry && again.length && run.attempt < FETCH_ATTEMPTS
      ? new Date(run.now.getTime() + retryDelayMs(run.attempt))
      : null;
  if (retryAt)
    await enqueueJob(
      tx,
      advisoryFetchRetryJob,
      { urls: again, attempt: run.attempt + 1 },
      { runAt: retryAt },
    );
  const imported = feeds.filter((f) => f.status === "imported").length;
  const status = imported === feeds.length ? "imported" : imported === 0 ? "failed" : "partial";
  const advisories = feeds.reduce((n, f) => n + f.advisories, 0);
  const matches = matched?.results.length ?? 0;
  const [row] = await tx
    .insert(vulnFetchRuns)
    .values({
      trigger: run.trigger,
      attempt: run.attempt,
      status,
      feeds,
      advisoryCount: advisories,
      matchCount: matches,
      retryAt,
      fetchedAt: run.now,
    })
    .returning({ id: vulnFetchRuns.id });
  await recordEvent(
    tx,
    ctx,
    {
      type: "vulnerability.fetched",
      targetType: "vuln_fetch_run",
      targetId: row.id,
      data: {
        trigger: run.trigger,
        attempt: run.attempt,
        status,
        feeds: feeds.map((f) => ({
          feed: f.feed,
          status: f.status,
          advisories: f.advisories,
          error: f.error,
        })),
        advisories,
        matches,
        retryAt: retryAt?.toISOString() ?? null,
      },
    },
    run.now,
  );
  return { runId: row.id, status, feeds, results, advisories, matches, retryAt };
}

/** The configured feeds downloaded, with a setting entry that is not a URL as a failed feed. */
async function downloadConfigured(only?: readonly string[]): Promise<Download[]> {
  const setting = feedSetting();
  // A retry fetches only feeds still configured: one removed since is not called again.
  const urls = only ? setting.urls.filter((u) => only.includes(u)) : setting.urls;
  const downloads = await downloadFeeds(urls);
  return only ? downloads : [...setting.invalid.map(invalidEntry), ...downloads];
}

export const advisoryFetchJob = definePeriodicJob({
  kind: "software.fetch_advisories",
  // 05:00 JST: before the owners' digest (07:50) and the overdue escalation (08:30) read the tasks.
  nextRunAt: (now) => nextDailyAt(now, 5),
  enabled: () => fetchConfigured(),
  prepare: () => downloadConfigured(),
  async run({ tx, now, profile, prepared }) {
    await importDownloads(tx, JOB_CONTEXT, prepared, {
      profile: await profile(),
      now,
      trigger: "schedule",
      attempt: 1,
      retry: true,
    });
  },
});

export const advisoryFetchRetryJob = defineJob({
  kind: "software.fetch_advisories_retry",
  payload: z.object({
    urls: z.array(z.url({ protocol: /^https?$/ })).min(1),
    attempt: z.number().int().min(2).max(FETCH_ATTEMPTS),
  }),
  prepare: ({ urls }) => downloadConfigured(urls),
  async run({ attempt }, { tx, now, profile, prepared }) {
    // Every feed it was to retry is no longer configured: nothing to fetch, nothing to record.
    if (!prepared.length) return;
    await importDownloads(tx, JOB_CONTEXT, prepared, {
      profile: await profile(),
      now,
      trigger: "retry",
      attempt,
      retry: true,
    });
  },
});
