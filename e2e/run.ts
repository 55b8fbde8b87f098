/**
 * End-to-end runner: starts the real server (`tsx server/cli.ts serve`) on a free port with a
 * throwaway DATA_DIR and a known first administrator password, waits for /api/health, runs every
 * `e2e/*.spec.ts` with @playwright/test (e2e/playwright.config.ts: Debian Chromium, screenshots and
 * traces of failures in test-results/) against it, then stops the server. Exit code = the runner's.
 *
 * Usage: tsx e2e/run.ts [FILTER]   (FILTER: part of a spec file name)
 * Needs the built web app (npm run build:web) and Debian Chromium at /usr/bin/chromium.
 *
 * Speed: the server is bundled once (npm run build:server) and every server and demo load runs
 * the bundle through bin/sekimori.js, instead of compiling TypeScript with tsx at each start. The
 * groups run E2E_PARALLEL at a time (default 2: a group waits on its server and the browser by
 * turns, so two overlap well even on two cores; 1 when the load average is already above twice
 * the cores), each with its own output directory
 * (test-results/playwright[-N]) and its lines prefixed with the group's number; the longest
 * groups (those with a demo organization) start first.
 *
 * A spec that needs another installation says so in a comment line of its own:
 *   // e2e-server: profile=kawasaki demo
 * Specs are grouped by that line and each group gets its own server and DATA_DIR. `profile=ID`
 * sets SEKIMORI_PROFILE; `demo` loads that profile's demo organization first
 * (`sekimori demo --profile ID --password PW --json`) and hands the specs E2E_DEMO_USERS (the JSON
 * file: users with login ids and TOTP secrets) and E2E_DEMO_PASSWORD. `fresh` gives the spec a
 * server of its own even when another spec has the same line (it signs in as the first
 * administrator with the initial password, which another scenario would have changed). `oidc`
 * starts an OpenID provider (e2e/lib/oidc-provider.mjs, `oidc-provider`) on a free port, sets the
 * server's OIDC_* variables to it and hands the specs its address as E2E_OIDC_ISSUER.
 */
import { type ChildProcess, spawn } from "node:child_process";
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
// @ts-expect-error the build script is plain JavaScript (scripts/build-server.mjs)
import { buildServer } from "../scripts/build-server.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const results = join(root, "test-results");
const playwrightCli = join(root, "node_modules/@playwright/test/cli.js");
const sekimori = join(root, "bin/sekimori.js");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const address = s.address();
      const port = typeof address === "object" && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

async function waitForUrl(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: its process exited with code ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

const waitForHealth = (base: string, server: ChildProcess, timeoutMs: number) =>
  waitForUrl(`${base}/api/health`, server, timeoutMs);

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

interface ServerConfig {
  profile?: string;
  demo?: boolean;
  fresh?: boolean;
  /** An OpenID provider process beside the server, and the server configured to sign in through it. */
  oidc?: boolean;
}

/** The `// e2e-server: profile=ID demo` line of a spec, if any. */
function serverConfigOf(file: string): ServerConfig {
  const m = readFileSync(join(root, file), "utf8").match(/^\/\/ e2e-server:(.*)$/m);
  if (!m) return {};
  const config: ServerConfig = {};
  for (const word of m[1].trim().split(/\s+/)) {
    if (word === "demo") config.demo = true;
    else if (word === "fresh") config.fresh = true;
    else if (word === "oidc") config.oidc = true;
    else if (word.startsWith("profile=")) config.profile = word.slice("profile=".length);
  }
  return config;
}

function runCli(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [sekimori, ...args], { cwd: root, env });
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (d) => {
      stdout += d;
    });
    child.stderr?.on("data", (d) => {
      stderr += d;
    });
    child.on("exit", (c) => resolve({ code: c ?? 1, stdout, stderr }));
  });
}

async function runGroup(specs: string[], config: ServerConfig, index: number): Promise<number> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "sekimori-e2e-"));
  const adminPassword = `E2e-Initial-${Math.random().toString(36).slice(2, 10)}!A1`;
  const base = `http://127.0.0.1:${port}`;
  const logName = index === 0 ? "e2e-server.log" : `e2e-server-${index + 1}.log`;
  const serverLog = createWriteStream(join(results, logName));
  const serverEnv: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    DATABASE_URL: "",
    SEKIMORI_ADMIN_PASSWORD: adminPassword,
    SEKIMORI_PROFILE: config.profile ?? process.env.SEKIMORI_PROFILE ?? "nishihara",
  };
  const specEnv: NodeJS.ProcessEnv = {
    ...process.env,
    E2E_BASE_URL: base,
    E2E_ADMIN_PASSWORD: adminPassword,
    // Groups run side by side: each keeps its own screenshots and traces (playwright.config.ts).
    E2E_OUTPUT_DIR: join(results, index === 0 ? "playwright" : `playwright-${index + 1}`),
  };
  const log = (line: string) => console.log(`[${index + 1}] ${line}`);

  let server: ChildProcess | null = null;
  let provider: ChildProcess | null = null;
  let code = 1;
  try {
    if (config.oidc) {
      const oidcPort = await freePort();
      const issuer = `http://127.0.0.1:${oidcPort}`;
      const secret = `e2e-${Math.random().toString(36).slice(2)}`;
      const redirect = `${base}/api/auth/oidc/callback`;
      provider = spawn(process.execPath, [join(root, "e2e/lib/oidc-provider.mjs")], {
        cwd: root,
        env: {
          ...process.env,
          OIDC_PORT: String(oidcPort),
          OIDC_REDIRECT_URI: redirect,
          OIDC_CLIENT_SECRET: secret,
        },
        stdio: ["ignore", "pipe", "pipe"],
      });
      provider.stdout?.pipe(serverLog, { end: false });
      provider.stderr?.pipe(serverLog, { end: false });
      await waitForUrl(`${issuer}/.well-known/openid-configuration`, provider, 60_000);
      Object.assign(serverEnv, {
        OIDC_ISSUER: issuer,
        OIDC_CLIENT_ID: "sekimori",
        OIDC_CLIENT_SECRET: secret,
        OIDC_REDIRECT_URI: redirect,
      });
      specEnv.E2E_OIDC_ISSUER = issuer;
      log(`e2e: OpenID provider (oidc-provider) at ${issuer}`);
    }
    if (config.demo) {
      const demoPassword = `E2e-Demo-${Math.random().toString(36).slice(2, 10)}!A1`;
      const demo = await runCli(
        ["demo", "--profile", serverEnv.SEKIMORI_PROFILE as string, "--password", demoPassword, "--json"],
        serverEnv,
      );
      if (demo.code !== 0) throw new Error(`loading the demo failed: ${demo.stderr || demo.stdout}`);
      const usersFile = join(dataDir, "demo-users.json");
      writeFileSync(usersFile, demo.stdout);
      specEnv.E2E_DEMO_USERS = usersFile;
      specEnv.E2E_DEMO_PASSWORD = demoPassword;
      log(`e2e: demo organization of ${serverEnv.SEKIMORI_PROFILE} loaded`);
    }
    log(
      `e2e: starting the server on ${base} (DATA_DIR=${dataDir}, profile ${serverEnv.SEKIMORI_PROFILE}); log in test-results/${logName}`,
    );
    server = spawn(process.execPath, [sekimori, "serve"], {
      cwd: root,
      env: serverEnv,
      stdio: ["ignore", "pipe", "pipe"],
    });
    server.stdout?.pipe(serverLog);
    server.stderr?.pipe(serverLog);
    // The bundle starts in seconds; the margin is for a machine shared with other work.
    await waitForHealth(base, server, 240_000);
    log(`e2e: server ready; running ${specs.join(", ")}`);
    code = await new Promise<number>((resolve) => {
      const runner = spawn(
        process.execPath,
        [playwrightCli, "test", "--config", "e2e/playwright.config.ts", ...specs.map((f) => basename(f))],
        { cwd: root, env: specEnv, stdio: ["ignore", "pipe", "pipe"] },
      );
      for (const stream of [runner.stdout, runner.stderr])
        createInterface({ input: stream as NodeJS.ReadableStream }).on("line", log);
      runner.on("exit", (c, signal) => resolve(c ?? (signal ? 1 : 0)));
    });
  } catch (err) {
    console.error(`[${index + 1}] e2e: ${(err as Error).message}`);
    code = 1;
  } finally {
    if (server) await stop(server);
    if (provider) await stop(provider);
    serverLog.end();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return code;
}

async function main(): Promise<number> {
  if (!existsSync(join(root, "web/dist/index.html"))) {
    console.error("e2e: web/dist/index.html is missing; run `npm run build:web` first.");
    return 1;
  }
  mkdirSync(results, { recursive: true });
  const filter = process.argv[2] ?? "";
  const specs = readdirSync(join(root, "e2e"))
    .filter((f) => f.endsWith(".spec.ts") && f.includes(filter))
    .sort()
    .map((f) => join("e2e", f));
  if (specs.length === 0) {
    console.error(`e2e: no spec files match "${filter}"`);
    return 1;
  }
  // One server per distinct `// e2e-server:` line; specs without one share the default server.
  const groups = new Map<string, { config: ServerConfig; specs: string[] }>();
  for (const spec of specs) {
    const config = serverConfigOf(spec);
    const key = config.fresh ? `${JSON.stringify(config)}:${spec}` : JSON.stringify(config);
    const group = groups.get(key) ?? { config, specs: [] };
    group.specs.push(spec);
    groups.set(key, group);
  }
  // The server bundle every group starts (one build instead of a TypeScript compile per start).
  await buildServer({ quiet: true });
  // Demo groups hold the label walks: the longest, so they start first.
  const queue = [...groups.values()]
    .sort(
      (a, b) =>
        Number(b.config.demo ?? false) - Number(a.config.demo ?? false) || b.specs.length - a.specs.length,
    )
    .map((group, index) => ({ group, index }));
  // Two groups side by side, unless the machine is already saturated (load average above twice
  // its cores): then the scenarios' 15 s waits time out (seen at load 35 on two cores), so one.
  const busy = loadavg()[0] > 2 * availableParallelism();
  const parallel = Math.max(1, Number(process.env.E2E_PARALLEL ?? (busy ? 1 : 2)) || 1);
  if (busy && !process.env.E2E_PARALLEL)
    console.log(`e2e: load average ${loadavg()[0].toFixed(1)}: one server group at a time`);
  let code = 0;
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const c = await runGroup(next.group.specs, next.group.config, next.index);
      if (c !== 0) code = c;
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, queue.length) }, worker));
  console.log(
    code === 0 ? "e2e: all scenarios passed" : `e2e: FAILED (exit ${code}); screenshots in test-results/`,
  );
  return code;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
