/**
 * Who is told of a directory change (server/directory/changes.ts), in one list, as the job
 * registry lists the jobs: the directory names no module, so the app wires them here.
 *  - training: the completion tally of every built 年度 is out of date; its rebuild is queued
 *    with the change (issue 15), so no read has to find it out of date first.
 */
import { onDirectoryChange } from "./directory";
import { queueTallyRebuildOnDirectoryChange } from "./modules/training";

/** Adds the listeners (idempotent: the directory keeps them in a set). */
export function wireDirectoryListeners(): void {
  onDirectoryChange(queueTallyRebuildOnDirectoryChange);
}
