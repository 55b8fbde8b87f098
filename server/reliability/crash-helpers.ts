import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { generate } from "otplib";
import pg from "pg";

export const BIN = fileURLToPath(new URL("../../bin/sekimori.js", import.meta.url));
export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Where a spawned Sekimori keeps its data: an embedded data folder, or a PostgreSQL URL. */
export interface Target {
  dataDir: string;
  databaseUrl?: string;
}

export function envFor(target: Target, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: target.dataDir, SEKIMORI_PROFILE: "nishihara" };
  delete e.DATABASE_URL;
  delete e.PORT;
  if (target.databaseUrl) e.DATABASE_URL = target.databaseUrl;
  return { ...e, ...extra };
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `sekimori …args` to completion. */
export function runCli(target: Target, args: string[]): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: envFor(target) });
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

export interface Served {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

/** Spawns `sekimori serve --port 0` and waits for its ready line; throws with its output if it dies or stalls. */
export async function startServer(
  target: Target,
  adminPassword: string,
  timeoutMs = 60_000,
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<Served> {
  const child = spawn(process.execPath, [BIN, "serve", "--port", "0"], {
    cwd: ROOT,
    env: envFor(target, { SEKIMORI_ADMIN_PASSWORD: adminPassword, ...extraEnv }),
  });
  let out = "";
  child.stdout?.on("data", (d) => {
    out += d;
  });
  child.stderr?.on("data", (d) => {
    out += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  let dead = false;
  void exited.then(() => {
    dead = true;
  });
  const deadline = Date.now() + timeoutMs;
  while (!/ready on/.test(out)) {
    if (dead) throw new Error(`server exited before ready:\n${out}`);
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`server not ready in ${timeoutMs} ms:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const m = out.match(/ready on (http:\/\/localhost:\d+)/);
  if (!m) throw new Error(`no URL in the ready line:\n${out}`);
  return { child, url: m[1], output: () => out, exited };
}

/** kill -9, then waits for the process to be gone. */
export async function killHard(s: Served): Promise<void> {
  s.child.kill("SIGKILL");
  await s.exited;
}

export interface Session {
  headers: Record<string, string>;
}

const lastCodes = new Map<string, string>();

/** A TOTP code not used before with this secret: the server accepts each time step once per user. */
async function unusedCode(secret: string): Promise<string> {
  for (;;) {
    const code = await generate({ secret });
    if (code !== lastCodes.get(secret)) {
      lastCodes.set(secret, code);
      return code;
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/** Signs in over HTTP with password and TOTP (the secret the demo printed). */
export async function signIn(
  url: string,
  loginId: string,
  password: string,
  secret: string,
): Promise<Session> {
  const totp = await unusedCode(secret);
  const res = await fetch(`${url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ loginId, password, totp }),
  });
  const body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(body)}`);
  let cookie = "";
  for (const line of res.headers.getSetCookie()) {
    const first = line.split(";")[0]?.trim() ?? "";
    if (first.startsWith("sekimori_session=") && first.length > "sekimori_session=".length) cookie = first;
  }
  if (!cookie) throw new Error("sign-in: no session cookie");
  return {
    headers: { cookie, "x-csrf-token": String(body.csrfToken ?? ""), "content-type": "application/json" },
  };
}

/** Every string value of `key` anywhere in a JSON tree. */
export function collect(node: unknown, key: string, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(node)) for (const n of node) collect(n, key, into);
  else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (k === key && typeof v === "string") into.add(v);
      else collect(v, key, into);
    }
  }
  return into;
}

/** A throwaway database on the PostgreSQL server of `serverUrl` (like server/test/db.ts). */
export async function throwawayPostgres(
  serverUrl: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `sekimori_crash_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}
