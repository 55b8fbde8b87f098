/**
 * The directory's change event: whoever writes the directory (modules/org's commands and the
 * LDAP/CSV sync) announces each change, inside its transaction, with `directoryChanged`; the
 * listeners given to `onDirectoryChange` run there, so what they queue or record commits with the
 * change or not at all. A module that keeps figures derived from the directory (the training
 * tally) is told without the directory knowing it: the app wires the listeners
 * (server/directory-listeners.ts), and the directory imports nothing above it.
 *
 * Inside the changing transaction the directory's version has not moved yet (it moves at the
 * commit, migration 0026), so a listener must not judge "out of date" by the version: it is told
 * that the directory is changing, and acts on that.
 *
 * The event makes a derived figure current sooner; it is not what keeps it correct. Writers that
 * do not announce — the demo (only into an empty database: nothing derived yet), bootstrap's first
 * administrator and the CLI's `user create` (another process, whose listeners are not wired), a
 * seed or an import of history by SQL — still move the version (triggers on people, 課, roles,
 * deputies and applied 人事異動: migrations 0026 and 0046), so the training tally's next read finds
 * itself out of date, answers from the live statement and queues its rebuild (tally.test.ts).
 */
import type { DbOrTx } from "../db/client";

export interface DirectoryChange {
  now: Date;
  /**
   * The change's audit context (http's RequestContext, or null for a job), passed through as is
   * so a listener's own audit event names the same actor. Typed opaquely: the directory does not
   * import the http layer.
   */
  context: unknown;
  /**
   * Whose placement — 課 on any day, employment type, roles, being active — the change may move:
   * the people it wrote ([] when it moves nobody's: a 課 renamed, a deputy named), or absent when
   * anyone's may move (a 課 moved under another 局, a sync run). A listener keeping figures per
   * person (the training tally) redoes only these people's, in the changing transaction.
   */
  personIds?: readonly string[];
}

export type DirectoryChangeListener = (tx: DbOrTx, change: DirectoryChange) => Promise<void>;

const listeners = new Set<DirectoryChangeListener>();

/** Adds a listener (once however often the app is built: a set). */
export function onDirectoryChange(listener: DirectoryChangeListener): void {
  listeners.add(listener);
}

/** Tells every listener, in the changing transaction `tx`, that the directory is changing. */
export async function directoryChanged(tx: DbOrTx, change: DirectoryChange): Promise<void> {
  for (const listener of listeners) await listener(tx, change);
}
