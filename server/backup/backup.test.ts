import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordEvent } from "../audit/record";
import { verifyChain } from "../audit/verify";
import { type Database, openDatabase } from "../db/client";
import { migrate } from "../db/migrate";
import { enqueue } from "../jobs/queue";
import { settings } from "../settings/tables";
import { openTestDatabase } from "../test/db";
import { makeDepartment, makeUser } from "../test/factories";
import {
  BackupError,
  backupDatabase,
  backupTables,
  nonEmptyTables,
  readBackupHeader,
  restoreDatabase,
  tableCounts,
} from "./index";

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
}

describe("backup and restore", () => {
  let dir: string;
  let source: Database;
  let file: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "sekimori-backup-"));
    source = await pglite();
    await fill(source);
    file = join(dir, "backup.ndjson.gz");
    await backupDatabase(source, file);
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
    const header = await readBackupHeader(file);
    expect(header.format).toBe("sekimori-backup");
    expect(header.tables.audit_events.rows).toBe(30);
    expect(header.tables.people.rows).toBe(5);
    expect(header.tables.audit_events.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("round trip PGlite → PGlite gives identical rows, a valid chain and working sequences", async () => {
    const target = await pglite();
    try {
      await restoreDatabase(target, file);
      expect(await tableCounts(target.db)).toEqual(await tableCounts(source.db));
      expect(await verifyChain(target.db)).toEqual({ ok: true, count: 30 });
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
      await expect(restoreDatabase(target, file)).rejects.toThrow(/empty database.*departments/);
    } finally {
      await target.close();
    }
  });

  it("refuses a corrupted file, names the table and restores nothing", async () => {
    const lines = gunzipSync(readFileSync(file)).toString("utf8").split("\n");
    const start = lines.indexOf('{"$table":"audit_events"}');
    expect(start).toBeGreaterThan(0);
    // Change one event's data: valid JSON, valid row, wrong checksum.
    lines[start + 3] = lines[start + 3].replace('"i": 2,', '"i": 999,');
    expect(lines[start + 3]).toContain('"i": 999,');
    const bad = join(dir, "tampered.ndjson.gz");
    writeFileSync(bad, gzipSync(lines.join("\n")));
    const target = await pglite();
    try {
      const err = await restoreDatabase(target, bad).catch((e) => e);
      expect(err).toBeInstanceOf(BackupError);
      expect(err.table).toBe("audit_events");
      expect(err.message).toMatch(/audit_events.*corrupted/);
      expect(await nonEmptyTables(target.db)).toEqual([]);
    } finally {
      await target.close();
    }
  });

  it("refuses a file with a dropped row, and a file that is not a backup", async () => {
    const lines = gunzipSync(readFileSync(file)).toString("utf8").split("\n");
    const start = lines.indexOf('{"$table":"people"}');
    lines.splice(start + 1, 1);
    const bad = join(dir, "short.ndjson.gz");
    writeFileSync(bad, gzipSync(lines.join("\n")));
    const junk = join(dir, "junk.gz");
    writeFileSync(junk, "not gzip at all");
    const target = await pglite();
    try {
      await expect(restoreDatabase(target, bad)).rejects.toThrow(
        /"people" is corrupted: 4 rows \(expected 5\)/,
      );
      await expect(restoreDatabase(target, junk)).rejects.toThrow(BackupError);
      expect(await nonEmptyTables(target.db)).toEqual([]);
    } finally {
      await target.close();
    }
  });

  it.runIf(!!process.env.TEST_DATABASE_URL)("round trip PGlite → PostgreSQL → PGlite", async () => {
    const pgdb = await openTestDatabase();
    const back = await pglite();
    try {
      expect(pgdb.kind).toBe("postgres");
      await restoreDatabase(pgdb, file);
      expect(await tableCounts(pgdb.db)).toEqual(await tableCounts(source.db));
      expect(await verifyChain(pgdb.db)).toEqual({ ok: true, count: 30 });
      const file2 = join(dir, "from-pg.ndjson.gz");
      await backupDatabase(pgdb, file2);
      await restoreDatabase(back, file2);
      expect(await tableCounts(back.db)).toEqual(await tableCounts(source.db));
      expect(await verifyChain(back.db)).toEqual({ ok: true, count: 30 });
      const a = await source.db.query.people.findMany({ orderBy: (p, { asc }) => asc(p.id) });
      const b = await back.db.query.people.findMany({ orderBy: (p, { asc }) => asc(p.id) });
      expect(b).toEqual(a);
    } finally {
      await pgdb.close();
      await back.close();
    }
  });
});
