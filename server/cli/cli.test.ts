import { type ChildProcess, spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { format } from "node:util";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { auditEvents } from "../audit/tables";
import { users } from "../auth/tables";
import { main, parseCommandLine } from "../cli";
import { openDatabase } from "../db/client";
import { EMPLOYMENT_TYPES, people } from "../directory/tables";

const BIN = fileURLToPath(new URL("../../bin/sekimori.js", import.meta.url));
const ROOT = fileURLToPath(new URL("../..", import.meta.url));

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

function env(dataDir: string): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, SEKIMORI_PROFILE: "nishihara" };
  delete e.DATABASE_URL;
  delete e.SEKIMORI_ADMIN_PASSWORD;
  delete e.PORT;
  return e;
}

function sekimori(dataDir: string, ...args: string[]): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: env(dataDir) });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * The same command run in this test's process: `main` of server/cli.ts, which bin/sekimori.js
 * calls with the process's arguments, under the same environment as a spawned process, console
 * output captured. A spawned process costs a Node start and the bundle's load before the database
 * opens (~2 s on a busy machine); each command family keeps one real spawn (sekimori()) and its
 * other cases (refusals, second runs) run here.
 */
async function inProcess(dataDir: string, ...args: string[]): Promise<Result> {
  const saved = { ...process.env };
  const wanted = env(dataDir);
  for (const key of Object.keys(process.env)) if (!(key in wanted)) delete process.env[key];
  Object.assign(process.env, wanted);
  const stdout: string[] = [];
  const stderr: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...a) => void stdout.push(`${format(...a)}\n`));
  const error = vi
    .spyOn(console, "error")
    .mockImplementation((...a) => void stderr.push(`${format(...a)}\n`));
  try {
    const code = await main(args);
    return { code, stdout: stdout.join(""), stderr: stderr.join("") };
  } finally {
    log.mockRestore();
    error.mockRestore();
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
}

/** Reads the embedded database directly (after the CLI process has exited and closed it). */
async function inspect<T>(dataDir: string, fn: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>) {
  const database = await openDatabase({ dataDir });
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

const DEMO_PASSWORD = "Demo-Passw0rd!x";

// Spawns real processes (each opens the embedded database), one or more per command family, and runs
// the other cases in this process (inProcess): generous time on a busy 2-core machine.
describe("sekimori CLI (spawned, embedded database)", { timeout: 240_000 }, () => {
  let root: string;
  let dataDir: string;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "sekimori-cli-"));
    dataDir = join(root, "data");
  });
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it("parses commands and options", () => {
    expect(
      parseCommandLine(["user", "create", "--login", "a", "--name", "b", "--role", "x", "--role", "y"]),
    ).toEqual({
      command: ["user", "create"],
      values: { login: "a", name: "b", role: ["x", "y"] },
      positionals: [],
    });
    expect(parseCommandLine(["backup", "f.gz"]).positionals).toEqual(["f.gz"]);
    expect(() => parseCommandLine(["audit", "verify", "--nope"])).toThrow();
  });

  it("audit verify on a fresh database: ok, count 0, exit 0", async () => {
    const r = await sekimori(dataDir, "audit", "verify");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ ok: true, count: 0 });
  });

  it("demo loads an organization once, prints its users as JSON, --if-empty skips", async () => {
    const r = await sekimori(
      dataDir,
      "demo",
      "--profile",
      "nishihara",
      "--password",
      DEMO_PASSWORD,
      "--json",
    );
    expect(r.code, r.stderr).toBe(0);
    const { users: list } = JSON.parse(r.stdout) as {
      users: {
        loginId: string;
        roles: string[];
        duties: string[];
        departmentName: string | null;
        totpSecret: string | null;
      }[];
    };
    expect(list.length).toBeGreaterThanOrEqual(20);
    expect(list.some((u) => u.loginId === "admin" && u.duties.includes("administer_system"))).toBe(true);
    for (const role of ["ciso", "network_administrator", "security_system_manager", "system_staff", "csirt"])
      expect(
        list.some((u) => u.roles.includes(role)),
        role,
      ).toBe(true);
    expect(new Set(list.map((u) => u.departmentName)).size).toBeGreaterThanOrEqual(5);
    expect(list.map((u) => u.departmentName)).toContain("総務課");

    const again = await inProcess(dataDir, "demo", "--profile", "nishihara", "--password", DEMO_PASSWORD);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/empty database/);
    const skip = await inProcess(
      dataDir,
      "demo",
      "--profile",
      "nishihara",
      "--password",
      DEMO_PASSWORD,
      "--if-empty",
    );
    expect(skip.code).toBe(0);
    expect(skip.stdout).toMatch(/skipped/);

    await inspect(dataDir, async ({ db }) => {
      const types = new Set((await db.select({ t: people.employmentType }).from(people)).map((p) => p.t));
      expect([...types].sort()).toEqual([...EMPLOYMENT_TYPES].sort());
      const logins = await db.select().from(users);
      expect(logins.every((u) => !u.mustChangePassword)).toBe(true);
      const [ev] = await db.select().from(auditEvents).where(eq(auditEvents.type, "demo.loaded"));
      expect(ev.actorUserId).toBeNull();
      expect(ev.data).toMatchObject({ via: "cli", profileId: "nishihara" });
    });
  });

  it("user create / reset-password / unlock: temporary passwords printed, every write audited via cli", async () => {
    const created = await sekimori(
      dataDir,
      "user",
      "create",
      "--login",
      "tanaka",
      "--name",
      "田中 花子",
      "--department",
      "zeimu",
      "--role",
      "security_system_manager",
    );
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toMatch(/temporary password: \S{12,}/);
    const dup = await inProcess(dataDir, "user", "create", "--login", "tanaka", "--name", "別人");
    expect(dup.code).toBe(1);
    expect(dup.stderr).toMatch(/ログインID|login ID/);
    const badRole = await inProcess(
      dataDir,
      "user",
      "create",
      "--login",
      "x1",
      "--name",
      "X",
      "--role",
      "emperor",
    );
    expect(badRole.code).toBe(1);
    expect(badRole.stderr).toMatch(/not a role of profile nishihara/);

    const reset = await inProcess(dataDir, "user", "reset-password", "tanaka");
    expect(reset.code, reset.stderr).toBe(0);
    expect(reset.stdout).toMatch(/temporary password for tanaka: \S{12,}/);
    const unlock = await inProcess(dataDir, "user", "unlock", "tanaka");
    expect(unlock.code, unlock.stderr).toBe(0);
    const missing = await inProcess(dataDir, "user", "unlock", "nobody");
    expect(missing.code).toBe(1);

    await inspect(dataDir, async ({ db }) => {
      const [u] = await db.select().from(users).where(eq(users.loginId, "tanaka"));
      expect(u.mustChangePassword).toBe(true);
      const events = await db
        .select()
        .from(auditEvents)
        .where(sql`${auditEvents.data}->>'loginId' = 'tanaka'`);
      expect(events.map((e) => e.type)).toEqual([
        "auth.user_created",
        "auth.password_reset",
        "auth.user_unlocked",
      ]);
      for (const e of events) {
        expect(e.actorUserId).toBeNull();
        expect((e.data as { via?: string }).via).toBe("cli");
      }
    });
  });

  it("backup and restore through the CLI: sealed, mode 0600, a flipped byte refused, a non-empty database refused", async () => {
    const file = join(root, "backup.sealed");
    const b = await sekimori(dataDir, "backup", file);
    expect(b.code, b.stderr).toBe(0);
    expect(b.stdout).toMatch(/backup written.*encrypted with the secret key, mode 0600/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    // A backup sealed with the key file is never written beside that key file.
    const beside = await inProcess(dataDir, "backup", join(dataDir, "beside.sealed"));
    expect(beside.code).toBe(2);
    expect(beside.stderr).toMatch(/would lie beside its key/);
    // The restored installation gets the original key, so the audit signatures verify.
    const other = join(root, "restored");
    mkdirSync(other, { recursive: true });
    copyFileSync(join(dataDir, "secret.key"), join(other, "secret.key"));
    const bytes = readFileSync(file);
    bytes[bytes.length >> 1] ^= 0x04;
    const flipped = join(root, "flipped.sealed");
    writeFileSync(flipped, bytes);
    const bad = await inProcess(other, "restore", flipped);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/restore refused, nothing restored: the backup file was modified/);
    const r = await sekimori(other, "restore", file);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/audit chain: \{"ok":true,"count":\d+\}/);
    const counts = async (dir: string) =>
      inspect(dir, async ({ db }) => ({
        people: (await db.select().from(people)).length,
        events: (await db.select().from(auditEvents)).length,
      }));
    expect(await counts(other)).toEqual(await counts(dataDir));
    const again = await inProcess(other, "restore", file);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/nothing restored.*empty database/);
  });

  it("a passphrase backup restores anywhere; without the original key the audit signatures are reported", async () => {
    const file = join(root, "pass.sealed");
    const pass = ["--passphrase", "長い合言葉 for the backup"];
    const b = await inProcess(dataDir, "backup", file, ...pass);
    expect(b.code, b.stderr).toBe(0);
    expect(b.stdout).toMatch(/encrypted with the passphrase/);
    const fresh = join(root, "fresh-key");
    const wrong = await inProcess(fresh, "restore", file, "--passphrase", "not the passphrase!");
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/nothing restored: wrong backup passphrase/);
    const r = await inProcess(fresh, "restore", file, ...pass);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/restored \d+ rows/);
    expect(r.stderr).toMatch(
      /audit signatures do not verify: give this installation the original secret key/,
    );
  });

  it("audit verify names a tampered event and exits 1", async () => {
    const victim = await inspect(dataDir, async (database) => {
      const [row] = await database.db.select().from(auditEvents).orderBy(auditEvents.id).limit(1);
      await database.exec("DROP TRIGGER audit_events_no_update_delete ON audit_events");
      await database.exec(`UPDATE audit_events SET ip = '203.0.113.9' WHERE id = ${row.id}`);
      return row.id;
    });
    const r = await inProcess(dataDir, "audit", "verify");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: false, firstBadEventId: victim });
  });

  it("serve starts, answers, refuses a second process on the same data, and stops on SIGTERM", async () => {
    const fresh = join(root, "serve");
    const child: ChildProcess = spawn(process.execPath, [BIN, "serve", "--port", "0"], {
      cwd: ROOT,
      env: env(fresh),
    });
    let out = "";
    child.stdout?.on("data", (d) => {
      out += d;
    });
    child.stderr?.on("data", (d) => {
      out += d;
    });
    try {
      for (let i = 0; i < 800 && !/ready on/.test(out); i++) await new Promise((r) => setTimeout(r, 250));
      const m = out.match(
        /Sekimori ready on (http:\/\/localhost:(\d+)) \(database: pglite, profile: nishihara\)/,
      );
      expect(m, out).not.toBeNull();
      expect(out).toMatch(/login ID : admin/);
      expect(out).toMatch(/password : \S{12,}/);
      const health = await (await fetch(`${m?.[1]}/api/health`)).json();
      expect(health).toMatchObject({ status: "ok", database: "pglite" });
      const busy = await inProcess(fresh, "audit", "verify");
      expect(busy.code).toBe(1);
      expect(busy.stderr).toMatch(/in use by process/);
    } finally {
      child.kill("SIGTERM");
    }
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code).toBe(0);
    expect(out).toMatch(/Sekimori stopped/);
    // Closed cleanly: the data is there for the next process, and the lock is released.
    const after = await inProcess(fresh, "audit", "verify");
    expect(after.code, after.stderr).toBe(0);
    expect(JSON.parse(after.stdout)).toEqual({ ok: true, count: 1 });
  });

  it("a broken profile stops start-up with exit code 1 and names the file", async () => {
    const child = spawn(process.execPath, [BIN, "serve", "--port", "0", "--profile", "no-such-profile"], {
      cwd: ROOT,
      env: env(join(root, "broken")),
    });
    let err = "";
    child.stderr.on("data", (d) => {
      err += d;
    });
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code).toBe(1);
    expect(err).toMatch(/no-such-profile\.yaml:1/);
  });

  it("profile check passes a shipped profile and exits 0", async () => {
    const r = await sekimori(dataDir, "profile", "check", join(ROOT, "policies", "nishihara.yaml"));
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/unmapped\s+0/);
  });

  it("usage errors exit 2", async () => {
    const r = await sekimori(dataDir, "frobnicate");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command/);
  });
});
