/**
 * Process entry: environment → database → migrations → active profile → first administrator →
 * job worker → HTTP. `startServer` is used by `sekimori serve` and by tests; `runServer` adds
 * the signal handling of a long-running process.
 */

import { mkdirSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { createApp } from "./app";
import { ensureAdministrator } from "./auth/bootstrap";
import { sealLegacyTotpSecrets } from "./auth/secrets-at-rest";
import { lockDataDir } from "./cli/lock";
import { type Database, openDatabase } from "./db/client";
import { migrate } from "./db/migrate";
import { createDeps, profileDirFromEnv, resolveActiveProfile } from "./deps";
import { wireDirectoryListeners } from "./directory-listeners";
import type { AppDeps } from "./http/context";
import { JOB_REGISTRY } from "./job-registry";
import { createWorker, type Worker } from "./jobs";
import { logger } from "./log";
import { createMailDispatcher, type MailDispatcher, mailConfigFromEnv } from "./notify";
import { maskedSmtpUrl } from "./notify/config";
import { configureSecretKey, loadSecretKey } from "./secrets";

export interface StartOptions {
  /** Default PORT or 8080; 0 picks a free port. */
  port?: number;
  /** Host to listen on (default HOST or all interfaces). */
  host?: string;
  /** Folder of the embedded database (default DATA_DIR or ./data). */
  dataDir?: string;
  /** postgres://… (default DATABASE_URL); uses PostgreSQL instead of the embedded database. */
  databaseUrl?: string;
  /** Profile when none was chosen in the UI (default SEKIMORI_PROFILE or nishihara). */
  profileId?: string;
  /** Folder of the profiles (default SEKIMORI_PROFILE_DIR or the shipped policies/). */
  profileDir?: string;
  /** Initial administrator password (default SEKIMORI_ADMIN_PASSWORD, else generated and printed). */
  adminPassword?: string;
  /** Reverse proxies whose X-Forwarded-* headers are believed (default TRUST_PROXY). */
  trustProxy?: string;
  /** Run the job worker (default true). */
  jobs?: boolean;
  /** Where start-up messages go (default stdout). */
  log?: (line: string) => void;
}

export interface RunningServer {
  port: number;
  url: string;
  database: Database;
  deps: AppDeps;
  /** Stops HTTP, the worker, and closes the database (PGlite must be closed to flush). */
  close(): Promise<void>;
}

/** Cookies get `Secure` when Sekimori serves TLS itself or sits behind a TLS proxy. */
export function secureCookiesFromEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.SEKIMORI_TLS === "1" || env.SEKIMORI_SECURE_COOKIES === "1";
}

export function databaseOptionsFromEnv(options: { dataDir?: string; databaseUrl?: string } = {}) {
  const url = options.databaseUrl ?? (process.env.DATABASE_URL || undefined);
  return { url, dataDir: options.dataDir ?? process.env.DATA_DIR ?? "./data" };
}

/**
 * Opens the database the environment names and applies migrations. The embedded database is
 * locked to this process (see cli/lock.ts) until it is closed.
 */
export async function openMigratedDatabase(
  options: { dataDir?: string; databaseUrl?: string } = {},
): Promise<Database> {
  const opts = databaseOptionsFromEnv(options);
  // The key that signs the audit chain and encrypts TOTP secrets lives outside the database:
  // SEKIMORI_SECRET_KEY, else DATA_DIR/secret.key (created at first start, mode 0600) — with
  // PostgreSQL too.
  configureSecretKey(loadSecretKey(opts.dataDir));
  let release = () => {};
  if (!opts.url) {
    mkdirSync(opts.dataDir, { recursive: true });
    release = lockDataDir(opts.dataDir);
  }
  let database: Database;
  try {
    database = await openDatabase(opts);
  } catch (err) {
    release();
    throw err;
  }
  const close = database.close;
  const locked: Database = {
    ...database,
    close: async () => {
      try {
        await close();
      } finally {
        release();
      }
    },
  };
  try {
    await migrate(locked);
  } catch (err) {
    await locked.close().catch(() => {});
    throw err;
  }
  return locked;
}

export function adminPasswordNotice(password: string): string {
  const lines = [
    "初期管理者を作成しました / The first administrator was created.",
    "  ログインID / login ID : admin",
    `  パスワード / password : ${password}`,
    "この初期パスワードは一度だけ表示されます。初回ログイン時に変更してください。",
    "This password is shown only once; you must change it at first sign-in.",
  ];
  const width = Math.max(...lines.map((l) => l.length)) + 2;
  const bar = "=".repeat(Math.min(width + 10, 100));
  return [bar, ...lines, bar].join("\n");
}

export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => logger.info(line));
  // The first administrator's password is for the person starting the server, not the log.
  const notice = options.log ?? ((text: string) => process.stdout.write(`${text}\n`));
  const port = options.port ?? (process.env.PORT ? Number(process.env.PORT) : 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number (got ${port})`);
  const database = await openMigratedDatabase(options);
  let worker: Worker | null = null;
  let mailer: MailDispatcher | null = null;
  try {
    const profileDir = options.profileDir ?? profileDirFromEnv();
    const profile = await resolveActiveProfile(database, options.profileId ?? process.env.SEKIMORI_PROFILE, {
      dir: profileDir,
    });
    const deps = createDeps(database, profile, {
      secureCookies: secureCookiesFromEnv(),
      trustProxy: options.trustProxy ?? process.env.TRUST_PROXY,
      profileDir,
    });
    const admin = await ensureAdministrator(deps, { password: options.adminPassword });
    await sealLegacyTotpSecrets(database.db);
    if (admin.created && admin.password) notice(adminPasswordNotice(admin.password));
    else if (admin.created)
      log(
        "初期管理者 admin を作成しました（SEKIMORI_ADMIN_PASSWORD のパスワード）。 / Administrator admin created.",
      );

    // Before the worker's first round: the directory sync and the separations job change the
    // directory, and its listeners must hear them as they hear a request's change.
    wireDirectoryListeners();
    if (options.jobs !== false) {
      worker = createWorker({ database, registry: JOB_REGISTRY, now: deps.now, profile: deps.profile });
      worker.start();
      // Without SMTP_URL mail stays in the outbox, readable on 送信メール.
      const mail = mailConfigFromEnv();
      if (mail.smtpUrl) {
        mailer = createMailDispatcher({ database, smtpUrl: mail.smtpUrl, from: mail.from, now: deps.now });
        mailer.start();
        log(`mail: SMTP ${maskedSmtpUrl(mail.smtpUrl)} from ${mail.from}`);
      } else
        log("mail: SMTP_URL not set — mail stays in the outbox (送信メール) / no SMTP server configured");
    }
    const stopProfileSync = database.kind === "postgres" ? syncActiveProfile(deps) : () => {};
    const app = createApp(deps);
    const server = await new Promise<Server>((resolve, reject) => {
      const s = serve({ fetch: app.fetch, port, hostname: options.host ?? process.env.HOST }, () =>
        resolve(s as Server),
      ) as Server;
      s.once("error", reject);
    });
    const actualPort = (server.address() as AddressInfo).port;
    const url = `http://localhost:${actualPort}`;
    log(`Sekimori ready on ${url} (database: ${database.kind}, profile: ${profile.id})`);

    let closing: Promise<void> | null = null;
    const close = () => {
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections?.();
        });
        stopProfileSync();
        await mailer?.stop();
        await worker?.stop();
        await database.close();
      })();
      return closing;
    };
    return { port: actualPort, url, database, deps, close };
  } catch (err) {
    await mailer?.stop().catch(() => {});
    await worker?.stop().catch(() => {});
    await database.close().catch(() => {});
    throw err;
  }
}

/**
 * Several instances share one PostgreSQL: when an administrator switches the profile on one of
 * them, the others pick the stored choice up within `everyMs`.
 */
export function syncActiveProfile(deps: AppDeps, everyMs = 30_000): () => void {
  const timer = setInterval(async () => {
    try {
      const stored = await resolveActiveProfile(deps.database, deps.profile().id, {
        dir: deps.config.profileDir,
      });
      if (stored.id !== deps.profile().id) deps.setProfile(stored);
    } catch (err) {
      logger.error({ err }, "could not re-read the active profile");
    }
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

/** `sekimori serve`: starts, then closes cleanly on SIGINT/SIGTERM. Exit code 1 when start-up fails. */
export async function runServer(options: StartOptions = {}): Promise<void> {
  let running: RunningServer;
  try {
    running = await startServer(options);
  } catch (err) {
    const message = `Sekimori could not start: ${err instanceof Error ? err.message : String(err)}`;
    logger.fatal(message);
    // The person starting the server reads the terminal: the reason goes to stderr as plain text too.
    process.stderr.write(`${message}\n`);
    process.exitCode = 1;
    return;
  }
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: stopping Sekimori…`);
    const timer = setTimeout(() => {
      logger.error("Sekimori did not stop within 10 s; exiting.");
      process.exit(1);
    }, 10_000);
    timer.unref();
    try {
      await running.close();
      logger.info("Sekimori stopped.");
      process.exit(0);
    } catch (err) {
      logger.error({ err }, "error while stopping");
      process.exit(1);
    }
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
}

if (process.argv[1] && /[\\/]server[\\/]main\.ts$/.test(process.argv[1])) {
  void runServer();
}
