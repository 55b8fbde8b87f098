/**
 * A malformed profile never starts the server: SEKIMORI_PROFILE_DIR (or StartOptions.profileDir)
 * points at a copy of policies/ in which one profile has an unknown key or a value of the wrong
 * type; start-up fails naming file, line and field, and `sekimori profile check` exits non-zero with
 * the line. A valid copy is read from that folder, not from the shipped one.
 */
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "../../main";
import { POLICIES_DIR } from "../../profile/paths";

const BIN = fileURLToPath(new URL("../../../bin/sekimori.js", import.meta.url));
const ROOT = fileURLToPath(new URL("../../..", import.meta.url));

function sekimori(env: NodeJS.ProcessEnv, ...args: string[]) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const e: NodeJS.ProcessEnv = { ...process.env, ...env };
    delete e.DATABASE_URL;
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: e });
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

/** Inserts `line` after the first line matching `after`; returns the 1-based number of the new line. */
function insertAfter(file: string, after: RegExp, line: string): number {
  const lines = readFileSync(file, "utf8").split("\n");
  const i = lines.findIndex((l) => after.test(l));
  if (i < 0) throw new Error(`no line matches ${after}`);
  lines.splice(i + 1, 0, line);
  writeFileSync(file, lines.join("\n"));
  return i + 2;
}

function replaceLine(file: string, match: RegExp, replace: (l: string) => string): number {
  const lines = readFileSync(file, "utf8").split("\n");
  const i = lines.findIndex((l) => match.test(l));
  if (i < 0) throw new Error(`no line matches ${match}`);
  lines[i] = replace(lines[i]);
  writeFileSync(file, lines.join("\n"));
  return i + 1;
}

describe("profile directory and malformed profiles", { timeout: 180_000 }, () => {
  let root: string;
  let bad: string;
  let good: string;
  let unknownKeyLine: number;
  let wrongTypeLine: number;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "sekimori-profiles-"));
    bad = join(root, "bad");
    good = join(root, "good");
    cpSync(POLICIES_DIR, bad, { recursive: true });
    cpSync(POLICIES_DIR, good, { recursive: true });
    const file = join(bad, "kawasaki.yaml");
    unknownKeyLine = insertAfter(file, /^ {2}name_en: Kawasaki City$/, "  colour: red");
    wrongTypeLine = replaceLine(file, /^ {2}lockout: \{ threshold: 5,/, (l) =>
      l.replace("threshold: 5,", "threshold: five,"),
    );
    replaceLine(join(good, "kawasaki.yaml"), /^ {2}name: 川崎市$/, () => "  name: 川崎市（検証用の写し）");
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("startServer refuses a profile with an unknown key and a wrong type, naming file, line and field", async () => {
    const dataDir = join(root, "data-bad");
    const started = startServer({
      port: 0,
      host: "127.0.0.1",
      dataDir,
      databaseUrl: "",
      profileId: "kawasaki",
      profileDir: bad,
      adminPassword: "Initial-Passw0rd!x",
      jobs: false,
      log: () => {},
    });
    await expect(started).rejects.toThrow(
      `${join(bad, "kawasaki.yaml")}:${unknownKeyLine}: organization: unknown key(s): colour`,
    );
    await expect(started).rejects.toThrow(
      new RegExp(`kawasaki\\.yaml:${wrongTypeLine}: auth\\.lockout\\.threshold: .*expected number`),
    );
  });

  it("a valid profile is read from the configured folder", async () => {
    const running = await startServer({
      port: 0,
      host: "127.0.0.1",
      dataDir: join(root, "data-good"),
      databaseUrl: "",
      profileId: "kawasaki",
      profileDir: good,
      adminPassword: "Initial-Passw0rd!x",
      jobs: false,
      log: () => {},
    });
    try {
      expect(running.deps.profile().organization.name).toBe("川崎市（検証用の写し）");
      expect(running.deps.config.profileDir).toBe(good);
    } finally {
      await running.close();
    }
  });

  it("`sekimori serve` with SEKIMORI_PROFILE_DIR exits 1 naming file, line and field", async () => {
    const r = await sekimori(
      {
        SEKIMORI_PROFILE_DIR: bad,
        SEKIMORI_PROFILE: "kawasaki",
        DATA_DIR: join(root, "data-serve"),
        PORT: "0",
        HOST: "127.0.0.1",
      },
      "serve",
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`kawasaki.yaml:${unknownKeyLine}: organization: unknown key(s): colour`);
    expect(r.stderr).toContain(`kawasaki.yaml:${wrongTypeLine}: auth.lockout.threshold`);
  });

  it("`sekimori profile check` exits non-zero on the bad file with its lines, 0 on the shipped one with the coverage", async () => {
    const r = await sekimori({}, "profile", "check", join(bad, "kawasaki.yaml"));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`kawasaki.yaml:${unknownKeyLine}: organization: unknown key(s): colour`);
    expect(r.stdout).toContain(`kawasaki.yaml:${wrongTypeLine}: auth.lockout.threshold`);
    expect(r.stdout).toMatch(/FAILED/);

    const ok = await sekimori({}, "profile", "check", join(POLICIES_DIR, "kawasaki.yaml"));
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/obligations: \d{3}/);
    expect(ok.stdout).toMatch(/enforced by code\s+\d+/);
    expect(ok.stdout).toMatch(/dishonest \(not counted\)\s+0/);
    expect(ok.stdout).toMatch(/unmapped\s+0\n/);
    expect(ok.stdout).toMatch(/OK$/m);
  });
});
