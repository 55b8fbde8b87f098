import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { gunzipSync, gzipSync } from "node:zlib";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditLog } from "../audit/anchor";
import { recordEvent } from "../audit/record";
import { verifyChain } from "../audit/verify";
import { type Database, openDatabase } from "../db/client";
import { migrate } from "../db/migrate";
import { assetOverviewCounts, assets } from "../db/schema";
import { enqueue } from "../jobs/queue";
import { secretKey } from "../secrets";
import { settings } from "../settings/tables";
import { openTestDatabase } from "../test/db";
import { makeDepartment, makeUser } from "../test/factories";
import {
  BackupError,
  type BackupSecret,
  backupDatabase,
  backupTables,
  nonEmptyTables,
  openBackup,
  readBackupHeader,
  restoreDatabase,
  tableCounts,
} from "./index";
import { sealStream } from "./seal";

// The installation's secret key (the fixed test key under vitest): fast, so most cases use it.
const KEY: BackupSecret = { secretKey: secretKey() };

/** The gzip'ed plain backup inside a sealed file. */
async function unseal(file: string, secret: BackupSecret = KEY): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of (await openBackup(file, secret)).plain()) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** Seals changed plain text the way a forger holding the key would (to test the inner checksums). */
async function reseal(file: string, plainText: string, secret: BackupSecret = KEY) {
  const sealer = await sealStream(secret);
  Readable.from([gzipSync(plainText)]).pipe(sealer);
  const chunks: Buffer[] = [];
  for await (const c of sealer) chunks.push(c as Buffer);
  writeFileSync(file, Buffer.concat(chunks));
}

async function pglite(): Promise<Database> {
  const d = await openDatabase({ dataDir: "memory://" });
  await migrate(d);
  return d;
}

async function fill(d: Database) {
  const dept = await makeDepartment(d.db, { name: "総務課", nameEn: "General Affairs" });
  for (let i = 0; i < 5; i++)
    await makeUser(d.db, { departmentId: dept.id, name: `職員「${i}」\n改行と"引用"` });
  await d.db.insert(settings).values({ key: "active_profile", value: "nishihara" });
  for (let i = 0; i < 30; i++)
    await recordEvent(d.db, null, {
      type: "test.event",
      departmentId: dept.id,
      data: {
        i,
        text: "日本語の内容 🎌",
        nested: { big: 9007199254740993n.toString(), list: [1, 2.5, null] },
      },
    });
  await enqueue(d.db, { kind: "test.kind", payload: { a: 1 }, runAt: new Date("2026-04-01T00:00:00.123Z") });
  await d.db.insert(assets).values(
    ["1", "2", "2"].map((c, i) => ({
      assetNumber: `B-${i}`,
      name: `台帳 ${i}`,
      kind: "document" as const,
      departmentId: dept.id,
      confidentiality: c,
      effectiveConfidentiality: c,
    })),
  );
}

const PASS: BackupSecret = { passphrase: "とても長い合言葉 correct horse" };

describe("backup and restore", () => {
  let dir: string;
  let source: Database;
  let file: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "sekimori-backup-"));
    source = await pglite();
    await fill(source);
    file = join(dir, "backup.ndjson.gz");
    await backupDatabase(source, file, KEY);
  });
  afterAll(async () => {
    await source.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("lists every schema table once, parents first", () => {
    const names = backupTables().map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(
      expect.arrayContaining(["audit_events", "users", "people", "departments", "jobs", "settings"]),
    );
    expect(backupTables().find((t) => t.name === "audit_events")?.serials).toEqual(["id"]);
  });

  it("writes a header with the row count and checksum of every table", async () => {
    const header = await readBackupHeader(file, KEY);
    expect(header.format).toBe("sekimori-backup");
    expect(header.tables.audit_events.rows).toBe(30);
    expect(header.tables.people.rows).toBe(5);
    expect(header.tables.audit_events.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("round trip PGlite → PGlite gives identical rows, a valid chain and working sequences", async () => {
    const target = await pglite();
    try {
      await restoreDatabase(target, file, KEY);
      expect(await tableCounts(target.db)).toEqual(await tableCounts(source.db));
      // The overview's asset counts are not in the file: the triggers rebuilt them, once.
      const counts = (d: Database) =>
        d.db
          .select({ c: assetOverviewCounts.confidentiality, n: assetOverviewCounts.n })
          .from(assetOverviewCounts)
          .orderBy(assetOverviewCounts.confidentiality);
      expect(await counts(target)).toEqual([
        { c: "1", n: 1 },
        { c: "2", n: 2 },
      ]);
      expect(await counts(target)).toEqual(await counts(source));
      expect(await verifyChain(target.db)).toEqual({ ok: true, count: 30 });
      // The signatures and the signed head verify too (same secret key).
      expect(await verifyAuditLog(target.db)).toMatchObject({ ok: true, count: 30, problems: [] });
      // Values come back exactly (timestamps to the millisecond, jsonb, text with quotes/newlines).
      const a = await source.db.query.people.findMany({ orderBy: (p, { asc }) => asc(p.id) });
      const b = await target.db.query.people.findMany({ orderBy: (p, { asc }) => asc(p.id) });
      expect(b).toEqual(a);
      const ja = await source.db.query.jobs.findMany();
      const jb = await target.db.query.jobs.findMany();
      expect(jb).toEqual(ja);
      // bigserial sequences continue after the restored ids.
      const id = await recordEvent(target.db, null, { type: "test.after_restore" });
      expect(id).toBe(31);
      expect((await verifyChain(target.db)).ok).toBe(true);
    } finally {
      await target.close();
    }
  });

  it("refuses a non-empty database", async () => {
    const target = await pglite();
    try {
      await makeDepartment(target.db);
      await expect(restoreDatabase(target, file, KEY)).rejects.toThrow(/empty database.*departments/);
    } finally {
      await target.close();
    }
  });

  it("refuses a corrupted file, names the table and restores nothing", async () => {
    const lines = gunzipSync(await unseal(file))
      .toString("utf8")
      .split("\n");
    const start = lines.indexOf('{"$table":"audit_events"}');
    expect(start).toBeGreaterThan(0);
    // Change one event's data: valid JSON, valid row, wrong checksum.
    lines[start + 3] = lines[start + 3].replace('"i": 2,', '"i": 999,');
    expect(lines[start + 3]).toContain('"i": 999,');
    const bad = join(dir, "tampered.ndjson.gz");
    await reseal(bad, lines.join("\n"));
    const target = await pglite();
    try {
      const err = await restoreDatabase(target, bad, KEY).catch((e) => e);
      expect(err).toBeInstanceOf(BackupError);
      expect(err.table).toBe("audit_events");
      expect(err.message).toMatch(/audit_events.*corrupted/);
      expect(await nonEmptyTables(target.db)).toEqual([]);
    } finally {
      await target.close();
    }
  });

  it("refuses a file with a dropped row, and a file that is not a backup", async () => {
    const lines = gunzipSync(await unseal(file))
      .toString("utf8")
      .split("\n");
    const start = lines.indexOf('{"$table":"people"}');
    lines.splice(start + 1, 1);
    const bad = join(dir, "short.ndjson.gz");
    await reseal(bad, lines.join("\n"));
    const junk = join(dir, "junk.gz");
    writeFileSync(junk, "not gzip at all");
    const target = await pglite();
    try {
      await expect(restoreDatabase(target, bad, KEY)).rejects.toThrow(
        /"people" is corrupted: 4 rows \(expected 5\)/,
      );
      await expect(restoreDatabase(target, junk, KEY)).rejects.toThrow(BackupError);
      expect(await nonEmptyTables(target.db)).toEqual([]);
    } finally {
      await target.close();
    }
  });

  it("writes an encrypted file, mode 0600, with no plain row and no key in it", async () => {
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 25).toString("latin1")).toBe("SEKIMORI-SEALED-BACKUP 1\n");
    // Not gzip, not the rows: neither the department's name nor the table names appear.
    expect(bytes.includes(Buffer.from("総務課"))).toBe(false);
    expect(bytes.includes(Buffer.from("audit_events"))).toBe(false);
    expect(() => gunzipSync(bytes)).toThrow();
    expect(bytes.includes(secretKey())).toBe(false);
    expect(bytes.toString("latin1")).not.toContain(secretKey().toString("base64"));
  });

  it("refuses a file with any one byte flipped, before touching the database", async () => {
    const bytes = readFileSync(file);
    const flippedFile = join(dir, "flipped.bin");
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: bytes.length - 1 }),
        fc.integer({ min: 1, max: 255 }),
        async (at, mask) => {
          const copy = Buffer.from(bytes);
          copy[at] ^= mask;
          writeFileSync(flippedFile, copy);
          const err = await openBackup(flippedFile, KEY).catch((e) => e);
          expect(err).toBeInstanceOf(BackupError);
          expect(err.message).toMatch(/modified|damaged|another secret key|not a sealed|truncated/);
        },
      ),
      // The envelope header, the ciphertext and the tag each get their share.
      {
        numRuns: 40,
        examples: [
          [0, 1],
          [30, 1],
          // Inside the header's "kdf" value: a changed header, not "sealed with a passphrase".
          [33, 1],
          [bytes.length >> 1, 1],
          [bytes.length - 1, 1],
        ],
      },
    );
    // A full restore of a flipped file: a clear error, and nothing is restored.
    const copy = Buffer.from(bytes);
    copy[bytes.length - 40] ^= 0x80;
    writeFileSync(flippedFile, copy);
    const target = await pglite();
    try {
      const err = await restoreDatabase(target, flippedFile, KEY).catch((e) => e);
      expect(err).toBeInstanceOf(BackupError);
      expect(err.message).toMatch(/modified or damaged.*nothing is restored/);
      expect(await nonEmptyTables(target.db)).toEqual([]);
      // A truncated file and an old unencrypted backup are refused alike.
      writeFileSync(flippedFile, bytes.subarray(0, bytes.length - 100));
      await expect(restoreDatabase(target, flippedFile, KEY)).rejects.toThrow(/modified/);
      writeFileSync(flippedFile, await unseal(file)); // the gzip'ed plain format of before
      await expect(restoreDatabase(target, flippedFile, KEY)).rejects.toThrow(/not a sealed Sekimori backup/);
      expect(await nonEmptyTables(target.db)).toEqual([]);
    } finally {
      await target.close();
    }
  });

  it("a passphrase backup needs that passphrase; a key backup needs that key", async () => {
    const sealed = join(dir, "pass.bin");
    await backupDatabase(source, sealed, PASS);
    expect(statSync(sealed).mode & 0o777).toBe(0o600);
    await expect(readBackupHeader(sealed, { passphrase: "another long passphrase" })).rejects.toThrow(
      /wrong backup passphrase/,
    );
    await expect(readBackupHeader(sealed, KEY)).rejects.toThrow(/sealed with a passphrase/);
    await expect(readBackupHeader(file, { secretKey: Buffer.alloc(32, 9) })).rejects.toThrow(
      /another secret key/,
    );
    await expect(backupDatabase(source, join(dir, "short.bin"), { passphrase: "short" })).rejects.toThrow(
      /at least 12 characters/,
    );
    const target = await pglite();
    try {
      await restoreDatabase(target, sealed, PASS);
      expect(await verifyAuditLog(target.db)).toMatchObject({ ok: true, count: 30, problems: [] });
    } finally {
      await target.close();
    }
  });

  it.runIf(!!process.env.TEST_DATABASE_URL)("round trip PGlite → PostgreSQL → PGlite", async () => {
    const pgdb = await openTestDatabase();
    const back = await pglite();
    try {
      expect(pgdb.kind).toBe("postgres");
      await restoreDatabase(pgdb, file, KEY);
      expect(await tableCounts(pgdb.db)).toEqual(await tableCounts(source.db));
      expect(await verifyAuditLog(pgdb.db)).toMatchObject({ ok: true, count: 30 });
      const file2 = join(dir, "from-pg.ndjson.gz");
      await backupDatabase(pgdb, file2, PASS);
      // One changed byte in the PostgreSQL backup: refused, PGlite target left empty.
      const bytes = readFileSync(file2);
      bytes[Math.floor(bytes.length / 2)] ^= 0x01;
      const flipped = join(dir, "from-pg-flipped.ndjson.gz");
      writeFileSync(flipped, bytes);
      await expect(restoreDatabase(back, flipped, PASS)).rejects.toThrow(/modified/);
      expect(await nonEmptyTables(back.db)).toEqual([]);
      await restoreDatabase(back, file2, PASS);
      expect(await tableCounts(back.db)).toEqual(await tableCounts(source.db));
      expect(await verifyAuditLog(back.db)).toMatchObject({ ok: true, count: 30 });
      const a = await source.db.query.people.findMany({ orderBy: (p, { asc }) => asc(p.id) });
      const b = await back.db.query.people.findMany({ orderBy: (p, { asc }) => asc(p.id) });
      expect(b).toEqual(a);
    } finally {
      await pgdb.close();
      await back.close();
    }
  });
});
