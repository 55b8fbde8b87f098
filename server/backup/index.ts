import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { chmodSync, createReadStream, createWriteStream, readFileSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import { is, type SQL, sql } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import type { Database, DbOrTx } from "../db/client";
import { MIGRATIONS_FOLDER } from "../db/migrate";
import * as schema from "../db/schema";
import { rowsOf } from "../db/sql";
import { type BackupSecret, type OpenedSeal, openSealed, SealError, sealStream } from "./seal";

export type { BackupSecret } from "./seal";

/**
 * Logical backup: every table of the Drizzle schema, in dependency-safe order, as gzip'ed
 * NDJSON. Line 1 is the header ({format, version, createdAt, migration, tables:{name:{rows,
 * sha256}}}); then, per table, a `{"$table":NAME}` line followed by one line per row
 * (row_to_json). A table's sha256 covers its row lines, each with its newline. Rows are copied
 * as PostgreSQL's own JSON text and inserted back with json_populate_recordset, so no value
 * passes through a JavaScript number or Date on the way. The whole gzip'ed file is sealed
 * (seal.ts: AES-256-GCM, key from a passphrase or the secret key), so a restore refuses any
 * changed byte before it touches the database; the table checksums stay as a second check.
 */

export const BACKUP_FORMAT = "sekimori-backup";
export const BACKUP_VERSION = 1;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  /** The last migration the database had; a restore target must be at the same one. */
  migration: string;
  database: string;
  tables: Record<string, { rows: number; sha256: string }>;
}

export class BackupError extends Error {
  constructor(
    message: string,
    readonly table?: string,
  ) {
    super(message);
    this.name = "BackupError";
  }
}

interface TableInfo {
  name: string;
  /** Single-column primary key used for keyset paging, if any. */
  pk: string | null;
  /** Columns backed by a sequence (serial/bigserial), reset after restore. */
  serials: string[];
}

/**
 * Tables a backup never holds: sessions (whoever reads a backup must not be able to use or
 * recognize a live session), rate-limit counters (bookkeeping of the last minutes), the
 * directory's cache version (its migration creates the row; restoring the directory moves it) and
 * the asset and request counts of the steering overview and the self-inspection sheet tallies
 * (derived: the triggers on `assets`, `requests` and `assurance_sheets` rebuild them as those are
 * restored — restoring them too would count every row twice).
 */
export const NOT_BACKED_UP = new Set([
  "sessions",
  "rate_limits",
  "directory_version",
  "asset_overview_counts",
  "request_overview_counts",
  "assurance_sheet_tallies",
]);

/** Every table of the schema but NOT_BACKED_UP, parents before children (foreign keys). */
export function backupTables(): TableInfo[] {
  const tables = (Object.values(schema) as unknown[])
    .filter((v): v is PgTable => is(v, PgTable))
    .filter((t) => !NOT_BACKED_UP.has(getTableConfig(t).name));
  const configs = new Map(tables.map((t) => [getTableConfig(t).name, getTableConfig(t)]));
  const order: string[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (name: string) => {
    if (state.get(name) === "done") return;
    if (state.get(name) === "visiting") return; // a cycle: the transaction defers nothing, keep order
    state.set(name, "visiting");
    for (const fk of configs.get(name)?.foreignKeys ?? []) {
      const parent = getTableConfig(fk.reference().foreignTable).name;
      if (parent !== name && configs.has(parent)) visit(parent);
    }
    state.set(name, "done");
    order.push(name);
  };
  for (const name of [...configs.keys()].sort()) visit(name);
  return order.map((name) => {
    const cfg = configs.get(name);
    if (!cfg) throw new Error(name);
    const pkCols = cfg.columns.filter((c) => c.primary).map((c) => c.name);
    const composite = cfg.primaryKeys.flatMap((pk) => pk.columns.map((c) => c.name));
    const pk = pkCols.length === 1 && composite.length === 0 ? pkCols[0] : null;
    const serials = cfg.columns.filter((c) => /serial/i.test(c.getSQLType())).map((c) => c.name);
    return { name, pk, serials };
  });
}

export function latestMigration(): string {
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as {
    entries: { tag: string }[];
  };
  return journal.entries[journal.entries.length - 1]?.tag ?? "";
}

const PAGE = 2000;

async function* tableRows(db: DbOrTx, t: TableInfo): AsyncGenerator<string> {
  const table = sql.identifier(t.name);
  if (!t.pk) {
    const all = rowsOf<{ j: string }>(
      await db.execute(sql`SELECT row_to_json(x)::text AS j FROM ${table} x`),
    );
    for (const r of all) yield r.j;
    return;
  }
  const pk = sql.identifier(t.pk);
  let last: string | null = null;
  for (;;) {
    const where: SQL = last === null ? sql`` : sql`WHERE x.${pk} > ${last}`;
    const page: { j: string; k: string }[] = rowsOf<{ j: string; k: string }>(
      await db.execute(
        sql`SELECT row_to_json(x)::text AS j, x.${pk}::text AS k FROM ${table} x ${where} ORDER BY x.${pk} LIMIT ${PAGE}`,
      ),
    );
    for (const r of page) yield r.j;
    if (page.length < PAGE) return;
    last = page[page.length - 1].k;
  }
}

/**
 * Writes a sealed backup of every table to `file`, mode 0600 (atomically: a partial file never
 * has the name). The rows wait in a temporary file encrypted with a throw-away key, since the
 * header with every table's checksum must come first; no plain row ever reaches the disk.
 */
export async function backupDatabase(
  database: Database,
  file: string,
  secret: BackupSecret,
  now = new Date(),
): Promise<BackupHeader> {
  const bodyFile = `${file}.body.tmp`;
  const partial = `${file}.partial`;
  const tables: BackupHeader["tables"] = {};
  const sealer = await sealStream(secret).catch(rethrowSeal);
  const tmpKey = randomBytes(32);
  const tmpIv = randomBytes(16);
  try {
    const body = createCipheriv("aes-256-ctr", tmpKey, tmpIv);
    const bodyDone = pipeline(body, createWriteStream(bodyFile, { mode: 0o600 }));
    const write = (text: string) =>
      new Promise<void>((resolve, reject) => {
        if (body.write(text)) resolve();
        else body.once("drain", resolve).once("error", reject);
      });
    // One snapshot for every table, so the dump is consistent even while others write.
    await database.db.transaction(
      async (tx) => {
        for (const t of backupTables()) {
          const hash = createHash("sha256");
          let rows = 0;
          await write(`${JSON.stringify({ $table: t.name })}\n`);
          for await (const line of tableRows(tx, t)) {
            hash.update(line).update("\n");
            rows++;
            await write(`${line}\n`);
          }
          tables[t.name] = { rows, sha256: hash.digest("hex") };
        }
      },
      { isolationLevel: "repeatable read", accessMode: "read only" },
    );
    body.end();
    await bodyDone;
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: now.toISOString(),
      migration: latestMigration(),
      database: database.kind,
      tables,
    };
    const gzip = createGzip();
    const out = pipeline(gzip, sealer, createWriteStream(partial, { mode: 0o600 }));
    gzip.write(`${JSON.stringify(header)}\n`);
    await pipeline(createReadStream(bodyFile), createDecipheriv("aes-256-ctr", tmpKey, tmpIv), gzip);
    await out;
    chmodSync(partial, 0o600); // the mode of an existing file is not changed by createWriteStream
    renameSync(partial, file);
    return header;
  } finally {
    rmSync(bodyFile, { force: true });
    rmSync(partial, { force: true });
  }
}

function rethrowSeal(err: unknown): never {
  if (err instanceof SealError) throw new BackupError(err.message);
  throw err;
}

/** The lines of a stream (errors of the stream, such as a failed authentication, propagate). */
async function* linesOf(input: Readable): AsyncGenerator<string> {
  let rest = "";
  const decoder = new TextDecoder("utf-8", { fatal: true });
  for await (const chunk of input) {
    rest += decoder.decode(chunk as Buffer, { stream: true });
    let nl = rest.indexOf("\n");
    while (nl >= 0) {
      yield rest.slice(0, nl);
      rest = rest.slice(nl + 1);
      nl = rest.indexOf("\n");
    }
  }
  rest += decoder.decode();
  if (rest) yield rest;
}

/** The gunzip'ed plain text of an opened sealed file. */
function plainText(opened: OpenedSeal): Readable {
  const plain = opened.plain();
  const gunzip = createGunzip();
  plain.on("error", (err) => gunzip.destroy(err));
  return plain.pipe(gunzip);
}

/**
 * Opens a sealed backup and authenticates every byte of it (one full pass) before anything
 * else reads it: a modified file, a wrong passphrase or another installation's key is refused.
 */
export async function openBackup(file: string, secret: BackupSecret): Promise<OpenedSeal> {
  try {
    const opened = await openSealed(file, secret);
    await opened.authenticate();
    return opened;
  } catch (err) {
    rethrowSeal(err);
  }
}

/** Reads and checks only the header of a sealed backup file (after authenticating it). */
export async function readBackupHeader(file: string, secret: BackupSecret): Promise<BackupHeader> {
  return headerOf(await openBackup(file, secret));
}

async function headerOf(opened: OpenedSeal): Promise<BackupHeader> {
  const input = plainText(opened);
  try {
    for await (const line of linesOf(input)) return parseHeader(line);
    throw new BackupError("the backup file is empty");
  } catch (err) {
    if (err instanceof BackupError) throw err;
    throw new BackupError(`not a readable Sekimori backup (${(err as Error).message})`);
  } finally {
    input.destroy();
  }
}

function parseHeader(line: string): BackupHeader {
  let header: BackupHeader;
  try {
    header = JSON.parse(line);
  } catch {
    throw new BackupError("not a Sekimori backup: the first line is not a JSON header");
  }
  if (header?.format !== BACKUP_FORMAT) throw new BackupError("not a Sekimori backup (wrong format marker)");
  if (header.version !== BACKUP_VERSION)
    throw new BackupError(
      `backup format version ${header.version} is not supported (expected ${BACKUP_VERSION})`,
    );
  if (!header.tables || typeof header.tables !== "object")
    throw new BackupError("backup header has no table list");
  return header;
}

/** Row counts per table (for checks and reports). */
export async function tableCounts(db: DbOrTx): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const t of backupTables()) {
    const [r] = rowsOf<{ n: string }>(
      await db.execute(sql`SELECT count(*)::text AS n FROM ${sql.identifier(t.name)}`),
    );
    counts[t.name] = Number(r.n);
  }
  return counts;
}

/** Tables that already hold rows (a restore target must have none). */
export async function nonEmptyTables(db: DbOrTx): Promise<string[]> {
  const out: string[] = [];
  for (const t of backupTables()) {
    const [r] = rowsOf<{ e: boolean }>(
      await db.execute(sql`SELECT EXISTS (SELECT 1 FROM ${sql.identifier(t.name)}) AS e`),
    );
    if (r.e) out.push(t.name);
  }
  return out;
}

const BATCH_ROWS = 1000;
const BATCH_BYTES = 4 * 1024 * 1024;

/**
 * Restores `file` into an empty, migrated database, in one transaction: every table's row
 * count and checksum is checked, and on any mismatch nothing is restored and the error names
 * the table. Sequences are moved past the restored ids afterwards.
 */
export async function restoreDatabase(
  database: Database,
  file: string,
  secret: BackupSecret,
): Promise<BackupHeader> {
  const opened = await openBackup(file, secret);
  const header = await headerOf(opened);
  const migration = latestMigration();
  if (header.migration !== migration)
    throw new BackupError(
      `the backup was made at schema migration ${header.migration}, this Sekimori is at ${migration}; restore it with the matching version, then upgrade`,
    );
  const known = backupTables();
  const knownNames = new Set(known.map((t) => t.name));
  for (const name of Object.keys(header.tables))
    if (!knownNames.has(name)) throw new BackupError(`the backup holds an unknown table "${name}"`, name);
  for (const t of known)
    if (!header.tables[t.name])
      throw new BackupError(`the backup has no entry for table "${t.name}"`, t.name);
  const busy = await nonEmptyTables(database.db);
  if (busy.length)
    throw new BackupError(
      `restore needs an empty database; these tables hold rows: ${busy.join(", ")}`,
      busy[0],
    );

  await database.db.transaction(async (tx) => {
    // Read again under the same tag check: a file swapped after the first pass fails at its end,
    // inside this transaction, so nothing is committed.
    const input = plainText(opened);
    let current: { name: string; rows: number; hash: ReturnType<typeof createHash> } | null = null;
    let batch: string[] = [];
    let batchBytes = 0;
    const seen = new Set<string>();
    const flush = async () => {
      if (!current || batch.length === 0) return;
      const table = sql.identifier(current.name);
      try {
        await tx.execute(
          sql`INSERT INTO ${table} SELECT * FROM json_populate_recordset(NULL::${table}, ${`[${batch.join(",")}]`}::json)`,
        );
      } catch (err) {
        const cause = (err as { cause?: Error }).cause ?? (err as Error);
        throw new BackupError(
          `table "${current.name}": rows could not be inserted (${cause.message})`,
          current.name,
        );
      }
      batch = [];
      batchBytes = 0;
    };
    const finish = async () => {
      if (!current) return;
      await flush();
      const expected = header.tables[current.name];
      const sha = current.hash.digest("hex");
      if (current.rows !== expected.rows || sha !== expected.sha256)
        throw new BackupError(
          `table "${current.name}" is corrupted: ${current.rows} rows (expected ${expected.rows}), checksum ${
            sha === expected.sha256 ? "matches" : "does not match"
          }`,
          current.name,
        );
      seen.add(current.name);
      current = null;
    };
    try {
      let first = true;
      for await (const line of linesOf(input)) {
        if (first) {
          first = false;
          continue;
        }
        if (line === "") continue;
        if (line.startsWith('{"$table":')) {
          await finish();
          let name: string;
          try {
            name = JSON.parse(line).$table;
          } catch {
            throw new BackupError(`corrupted table marker after table "${[...seen].pop() ?? "(none)"}"`);
          }
          if (!knownNames.has(name) || seen.has(name))
            throw new BackupError(`unexpected table section "${name}" in the backup`, name);
          current = { name, rows: 0, hash: createHash("sha256") };
          continue;
        }
        if (!current) throw new BackupError("row data before the first table marker");
        current.hash.update(line).update("\n");
        current.rows++;
        batch.push(line);
        batchBytes += line.length;
        if (batch.length >= BATCH_ROWS || batchBytes >= BATCH_BYTES) await flush();
      }
      await finish();
    } catch (err) {
      if (err instanceof BackupError) throw err;
      if (err instanceof SealError) throw new BackupError(err.message);
      const table = (current as { name: string } | null)?.name;
      throw new BackupError(
        `the backup file is damaged${table ? ` in table "${table}"` : ""} (${(err as Error).message})`,
        table,
      );
    } finally {
      input.destroy();
    }
    for (const t of known)
      if (!seen.has(t.name))
        throw new BackupError(`table "${t.name}" is missing from the backup data`, t.name);
    for (const t of known) {
      for (const col of t.serials) {
        const table = sql.identifier(t.name);
        const column = sql.identifier(col);
        await tx.execute(
          sql`SELECT setval(pg_get_serial_sequence(${`"${t.name}"`}, ${col}), COALESCE((SELECT MAX(${column}) FROM ${table}), 0) + 1, false)`,
        );
      }
    }
  });
  return header;
}
