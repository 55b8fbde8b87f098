/**
 * The completion tally's rebuild, off the read path (issue 15): a rebuild takes 2.3 s on a quiet
 * machine and 9 s under load at 川崎市's scale, so a read that finds the tally out of date answers
 * from the live statement (the tally's definition: the same figures) and this job rebuilds under
 * the tally's lock. It is queued by the change that puts the tally out of date: a directory
 * change (the directory's change event, queueTallyRebuildOnDirectoryChange) or a new-hire
 * assignment; a read queues it only when no queued job will bring its courses up to date (a
 * change made around the directory's commands, e.g. by SQL).
 */
import { createHash } from "node:crypto";
import { inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { fiscalYearRange } from "../../../../common/calendar";
import { recordEvent } from "../../../audit/record";
import type { DbOrTx } from "../../../db/client";
import { rowsOf } from "../../../db/sql";
import { type DirectoryChange, directoryVersion } from "../../../directory";
import type { RequestContext } from "../../../http/context";
import { defineJob, enqueueJob, queuedJobPayloads } from "../../../jobs";
import { patchTally, rebuildTally, staleTally } from "../queries/tally";
import { trainingCourses, trainingTallyBuilds } from "../tables";

type Course = typeof trainingCourses.$inferSelect;

/** Rebuilds the out-of-date tally of these courses of a 年度, in the caller's transaction. */
export async function rebuildTallyOf(tx: DbOrTx, fiscalYear: number, courseIds: string[]) {
  if (!courseIds.length) return [];
  const courses = await tx.select().from(trainingCourses).where(inArray(trainingCourses.id, courseIds));
  return rebuildTally(tx, courses, fiscalYearRange(fiscalYear).start, {
    actor: null,
    ip: "",
    requestId: "job:training.tally_rebuild",
  });
}

const tallyPayload = z.object({ fiscalYear: z.number().int(), courseIds: z.array(z.string().uuid()).min(1) });

export const trainingTallyJob = defineJob({
  kind: "training.tally_rebuild",
  payload: tallyPayload,
  async run(p, { tx }) {
    await rebuildTallyOf(tx, p.fiscalYear, p.courseIds);
  },
});

/**
 * Queues the rebuild of those of these courses (one 年度's) whose tally is out of date; returns
 * whether any was. The job's key is the state staleTally finds (the directory's source, each
 * stale course's build as it stands and what it should be), so every read that finds the same
 * state queues it once, and a later change (the directory moves, a new hire marks the build
 * anew, a rebuild happens) gives a new key.
 */
export async function queueTallyRebuild(
  db: DbOrTx,
  fiscalYear: number,
  courses: Course[],
  ctx: RequestContext | null,
  now: Date,
) {
  if (!courses.length) return false;
  const stale = await staleTally(db, courses);
  if (!stale.courses.length) return false;
  const ids = stale.courses.map((c) => c.id).sort();
  // A job still waiting (not yet started) reads the state when it starts, after this read saw
  // it, and rebuilds every course of its payload that is out of date then: nothing to add.
  if (await rebuildWaiting(db, fiscalYear, ids)) return true;
  const key = createHash("sha256").update(stale.state).digest("hex").slice(0, 32);
  // Queueing is a change (a job row), so it is audited with it, in one transaction.
  await db.transaction(async (tx) => {
    const id = await enqueueJob(
      tx,
      trainingTallyJob,
      { fiscalYear, courseIds: ids },
      { runAt: now, uniqueKey: `training.tally:${fiscalYear}:${key}` },
    );
    if (id !== null)
      await recordEvent(tx, ctx, {
        type: "training.tally_rebuild_queued",
        targetType: "training_course",
        targetId: ids[0],
        data: { courseIds: ids, fiscalYear, jobId: id },
      });
  });
  return true;
}

/** Whether a rebuild job not yet started covers all these courses of the 年度. */
async function rebuildWaiting(db: DbOrTx, fiscalYear: number, courseIds: string[]) {
  for (const payload of await queuedJobPayloads(db, trainingTallyJob.kind)) {
    const p = tallyPayload.safeParse(payload);
    if (
      p.success &&
      p.data.fiscalYear === fiscalYear &&
      courseIds.every((id) => p.data.courseIds.includes(id))
    )
      return true;
  }
  return false;
}

/**
 * At most this many people named by a directory change are redone in its transaction (a person
 * edited, a role given, a leaver, a small 人事異動); more (April's batch) queue the rebuild.
 */
export const PATCH_PEOPLE_MAX = 100;

/**
 * The directory is changing (a transfer applied, a person joining, leaving or moved, a 課
 * renamed, a sync run applied): every 年度 whose tally is built is about to be out of date. When
 * the change names the few people it moves, their part of each current tally is redone here
 * (patchTally), so the next read still sums the tally; otherwise (anyone's placement may move, a
 * tally already out of date, a rebuild holding the lock) the 年度's rebuild is queued here, in the
 * changing transaction, with its audit event under the change's actor — before any read of the
 * figures. The directory's version only moves at the commit, so this cannot ask staleTally; it
 * queues once per changing transaction (the key names the transaction: a command that announces
 * several changes in one queues one job a 年度), and the job rebuilds whatever is out of date
 * when it runs.
 */
export async function queueTallyRebuildOnDirectoryChange(tx: DbOrTx, change: DirectoryChange) {
  const built = rowsOf<{ fiscal_year: number; ids: string[]; txid: string }>(
    await tx.execute(sql`select c.fiscal_year, array_agg(c.id::text order by c.id) as ids,
        txid_current()::text as txid
      from ${trainingTallyBuilds} b join ${trainingCourses} c on c.id = b.course_id
     group by c.fiscal_year order by c.fiscal_year`),
  );
  if (!built.length) return;
  // The directory's version before this change: with the transaction's id, a key no other
  // change has (transaction ids are not reused while the version keeps counting).
  const version = (await directoryVersion(tx)) ?? 0;
  const ctx = change.context as RequestContext | null;
  const patchable = change.personIds && change.personIds.length <= PATCH_PEOPLE_MAX;
  for (const { fiscal_year: fiscalYear, ids, txid } of built) {
    if (patchable && change.personIds) {
      const courses = await tx.select().from(trainingCourses).where(inArray(trainingCourses.id, ids));
      if (await patchTally(tx, courses, fiscalYearRange(fiscalYear).start, change.personIds)) continue;
    }
    const id = await enqueueJob(
      tx,
      trainingTallyJob,
      { fiscalYear, courseIds: ids },
      { runAt: change.now, uniqueKey: `training.tally:${fiscalYear}:directory:${version}:${txid}` },
    );
    if (id !== null)
      await recordEvent(
        tx,
        ctx,
        {
          type: "training.tally_rebuild_queued",
          targetType: "training_course",
          targetId: ids[0],
          data: { courseIds: ids, fiscalYear, jobId: id, cause: "directory_change" },
        },
        change.now,
      );
  }
}
