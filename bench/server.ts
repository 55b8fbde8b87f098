import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { generate } from "otplib";
import type { BenchDatabaseTarget } from "./db";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Resident set size of a process in bytes (Linux /proc; `ps` elsewhere). */
export function rssOf(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(status);
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

export interface RunningServer {
  url: string;
  pid: number;
  /** Milliseconds from spawn to the first `GET /api/health` 200. */
  readyMs: number;
  child: ChildProcess;
  /** Last lines of the server's output, for error messages. */
  output(): string;
  stop(): Promise<void>;
}

/** True when the real entry exists; until then the sections use bench/serve.ts and say so. */
export function serverEntryExists(): boolean {
  return existsSync(`${ROOT}/server/cli.ts`);
}

/** The server command the sections spawn: `server/cli.ts serve`, or the bench fallback. */
export function serverScript(): string[] {
  return serverEntryExists() ? ["server/cli.ts", "serve"] : ["bench/serve.ts"];
}

export const FALLBACK_NOTE = "server/cli.ts missing: ran on the bench/serve.ts fallback (app + migrate only)";

/**
 * Spawns `node --import tsx server/cli.ts serve` (what `tsx server/cli.ts serve` runs, without the
 * tsx wrapper process, so the pid and its RSS are the server's own) on the bench database, and
 * waits for /api/health. `script` replaces the entry (for the bare baseline server).
 */
export async function startServer(
  target: BenchDatabaseTarget,
  options: { script?: string[]; nodeArgs?: string[]; env?: Record<string, string>; timeoutMs?: number } = {},
): Promise<RunningServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // The product's own launcher (bin/sekimori.js runs the esbuild bundle when it is up to date, as
  // `npm start` does); scripts given explicitly (the bare baseline, the fallback) run through tsx.
  const args = options.script
    ? [...(options.nodeArgs ?? []), "--import", "tsx", ...options.script]
    : serverEntryExists()
      ? [...(options.nodeArgs ?? []), "bin/sekimori.js", "serve"]
      : [...(options.nodeArgs ?? []), "--import", "tsx", ...serverScript()];
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: target.dataDir ?? "",
      DATABASE_URL: target.url ?? "",
      SEKIMORI_PROFILE: process.env.SEKIMORI_PROFILE ?? "kawasaki",
      SEKIMORI_ADMIN_PASSWORD: "Bench-Admin-Passw0rd!2026",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString().split("\n").filter(Boolean));
    if (lines.length > 40) lines.splice(0, lines.length - 40);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  let exited: number | null = null;
  child.on("exit", (code) => {
    exited = code ?? -1;
  });
  const deadline = started + (options.timeoutMs ?? 120_000);
  for (;;) {
    if (exited !== null)
      throw new Error(`server exited (${exited}) before it was ready:\n${lines.slice(-15).join("\n")}`);
    if (performance.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(
        `server not ready after ${options.timeoutMs ?? 120_000} ms:\n${lines.slice(-15).join("\n")}`,
      );
    }
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.status === 200) {
        await res.arrayBuffer();
        break;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  const readyMs = performance.now() - started;
  return {
    url,
    pid: child.pid as number,
    readyMs,
    child,
    output: () => lines.join("\n"),
    stop: () =>
      new Promise<void>((resolve) => {
        if (exited !== null) return resolve();
        const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
        child.once("exit", () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill("SIGTERM");
      }),
  };
}

/** The TOTP secret the generator gives the bench users, so sign-in works whatever the profile's MFA rule. */
export const BENCH_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

export interface HttpSession {
  cookie: string;
  csrf: string;
}

const TOTP_PERIOD_S = 30;
/** The last TOTP time step this process used per login id (the server accepts each step once). */
const usedSteps = new Map<string, number>();

/**
 * A TOTP code of a time step the server has not seen from this user: the server accepts the
 * previous, current and next step but each only once per user, and the bench signs the same
 * users in several times a minute (the http section, then the web section). Waits for the next
 * period when all three are used.
 */
export async function unusedTotp(loginId: string): Promise<string> {
  const nowMs = Date.now();
  const current = Math.floor(nowMs / 1000 / TOTP_PERIOD_S);
  const step = nextTotpStep(usedSteps.get(loginId), current);
  if (step === null) {
    await new Promise((r) => setTimeout(r, (current + 1) * TOTP_PERIOD_S * 1000 - nowMs + 50));
    return unusedTotp(loginId);
  }
  usedSteps.set(loginId, step);
  return generate({ secret: BENCH_TOTP_SECRET, epoch: step * TOTP_PERIOD_S });
}

/** The earliest step the server still accepts (current ± 1) after `last`, or null when none is left. */
export function nextTotpStep(last: number | undefined, current: number): number | null {
  const step = Math.max(current - 1, (last ?? Number.NEGATIVE_INFINITY) + 1);
  return step <= current + 1 ? step : null;
}

/** Records that the step at `nowMs` was used for `loginId` (an in-process sign-in, bench/app.ts). */
export function markTotpStepUsed(loginId: string, nowMs: number): void {
  const step = Math.floor(nowMs / 1000 / TOTP_PERIOD_S);
  usedSteps.set(loginId, Math.max(step, usedSteps.get(loginId) ?? step));
}

/** Signs in through POST /api/auth/login (with a TOTP code) like a browser would. */
export async function signInHttp(url: string, loginId: string, password: string): Promise<HttpSession> {
  const totp = await unusedTotp(loginId);
  const res = await fetch(`${url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ loginId, password, totp }),
  });
  const text = await res.text();
  if (res.status !== 200)
    throw new Error(`sign-in as ${loginId} failed: ${res.status} ${text.slice(0, 300)}`);
  const body = JSON.parse(text) as { csrfToken?: string; mfaRequired?: boolean; user?: unknown };
  if (body.mfaRequired && !body.user) throw new Error(`sign-in as ${loginId}: second factor still owed`);
  const cookie = res.headers
    .getSetCookie()
    .map((line) => line.split(";")[0].trim())
    .find((c) => c.startsWith("sekimori_session=") && c.length > "sekimori_session=".length);
  if (!cookie) throw new Error(`sign-in as ${loginId}: no session cookie`);
  return { cookie, csrf: String(body.csrfToken ?? "") };
}
