import { sql } from "drizzle-orm";
import { PgTransaction } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../db/client";
import { rowsOf } from "../db/sql";

/**
 * The directory's hot reads (the department tree, holders of a duty) served from memory.
 *
 * Validity: the `directory_version` row moves, at the commit, in every transaction that changes
 * departments, people, role assignments or deputies (deferred triggers, migration 0026). A read first reads the version (one primary-key row, ≈ 0.1 ms), then answers from memory
 * when a value was loaded at that very version, else loads it. Because the version is read BEFORE
 * the load, a value is never older than the version it is filed under; a change committed by any
 * server instance on the same database moves the row, so the next read on every instance misses.
 * That is why no LISTEN connection is needed for correctness (a notification arrives after the
 * commit, so it cannot by itself promise "never stale"); the same code serves PGlite, where the
 * version read is the polling.
 *
 * The version moves at COMMIT (deferred triggers), so inside a transaction it does not show the
 * transaction's own changes: reads in a transaction always go to the database (and an uncommitted
 * change is never cached where other requests could see it). Entries are per database handle,
 * i.e. per server instance.
 */
interface Shelf {
  version: number;
  values: Map<string, unknown>;
}

const shelves = new WeakMap<object, Shelf>();
const MAX_ENTRIES = 500;

/** Counters for tests and the bench: how many reads were answered from memory. */
export const directoryCacheStats = { hits: 0, misses: 0 };

/** The directory's version now (null on a database without the row: nothing is cached then). */
export async function directoryVersion(db: DbOrTx): Promise<number | null> {
  try {
    const res = rowsOf<{ version: string | number }>(
      await db.execute(sql`select version from directory_version where id = 1`),
    );
    const v = res[0]?.version;
    return v == null ? null : Number(v);
  } catch {
    return null;
  }
}

/**
 * The value of `key`, from memory when it was loaded at the directory's present version, else
 * from `load` (filed under the version read before it). Callers must not mutate the value.
 */
export async function cachedDirectoryRead<T>(db: DbOrTx, key: string, load: () => Promise<T>): Promise<T> {
  if (db instanceof PgTransaction) return load();
  const version = await directoryVersion(db);
  if (version === null) return load();
  let shelf = shelves.get(db);
  if (shelf?.version === version && shelf.values.has(key)) {
    directoryCacheStats.hits++;
    return shelf.values.get(key) as T;
  }
  directoryCacheStats.misses++;
  const value = await load();
  shelf = shelves.get(db);
  if (!shelf || shelf.version < version) {
    shelf = { version, values: new Map() };
    shelves.set(db, shelf);
  }
  // A slower load of an older version never replaces what a newer one filed.
  if (shelf.version === version) {
    if (shelf.values.size >= MAX_ENTRIES) shelf.values.clear();
    shelf.values.set(key, value);
  }
  return value;
}
