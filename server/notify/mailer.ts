import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { and, eq, inArray, lt, sql } from "drizzle-orm";
import nodemailer, { type Transporter } from "nodemailer";
import type { Database } from "../db/client";
import { pollingLoop } from "../jobs/polling-loop";
import { loggerFor } from "../log";
import { mailOutbox } from "./tables";

const log = loggerFor("mail");

type OutboxRow = typeof mailOutbox.$inferSelect;

export interface MailDispatcherOptions {
  database: Database;
  /** `smtp://[user:password@]host:port` (STARTTLS when offered; `smtps://` for implicit TLS). */
  smtpUrl: string;
  /** The From header, e.g. `Sekimori <sekimori@example.lg.jp>`. */
  from: string;
  now?: () => Date;
  /** Pause between rounds when nothing is due (default 10 s). */
  pollMs?: number;
  /** Rows claimed per round (default 10). */
  batchSize?: number;
  /** How long a claim holds; longer than one SMTP conversation can take (default 10 min). */
  leaseMs?: number;
  /** Attempts before a mail is marked failed (default 12: about a day of backoff). */
  maxAttempts?: number;
  instanceId?: string;
  onError?: (row: OutboxRow, err: unknown) => void;
  /**
   * Test hook: runs after the SMTP server accepted a message and before that is committed —
   * where a crash leaves the row 'sending'. Not for production use.
   */
  afterAccept?: (row: OutboxRow) => Promise<void> | void;
}

export interface MailDispatcher {
  readonly id: string;
  /** Reaps expired claims, then claims and sends what is due; returns how many were claimed. */
  runOnce(): Promise<number>;
  start(): void;
  stop(): Promise<void>;
}

/** Seconds before attempt `attempts + 1`: 1, 2, 4, 8 … minutes, at most 6 hours. */
export function mailBackoffSeconds(attempts: number): number {
  return Math.min(60 * 2 ** Math.max(attempts - 1, 0), 6 * 3600);
}

const CONNECTION_CODES = new Set([
  "ECONNECTION",
  "ETIMEDOUT",
  "ESOCKET",
  "EDNS",
  "EAUTH",
  "ETLS",
  "EPROTOCOL",
]);
/** Enough to catch what no server would accept; the SMTP server judges the rest. */
const PLAUSIBLE_ADDRESS = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

interface Outcome {
  status: "queued" | "rejected" | "failed";
  error: string;
  /** The server could not be reached or refused us: no point trying the rest of the round. */
  connection: boolean;
}

/** What an SMTP failure means for the row: a refused address, a refused message, or try later. */
export function classify(err: unknown, attempts: number, maxAttempts: number): Outcome {
  const e = err as {
    code?: string;
    responseCode?: number;
    response?: string;
    message?: string;
    rejected?: unknown[];
  };
  const text = (e.response || e.message || String(err)).slice(0, 1000);
  const permanent = typeof e.responseCode === "number" && e.responseCode >= 500 && e.code !== "EAUTH";
  if (permanent && e.code === "EENVELOPE" && Array.isArray(e.rejected) && e.rejected.length > 0)
    return { status: "rejected", error: text, connection: false };
  if (permanent) return { status: "failed", error: text, connection: false };
  const connection = !e.responseCode || CONNECTION_CODES.has(e.code ?? "");
  return { status: attempts >= maxAttempts ? "failed" : "queued", error: text, connection };
}

function domainOf(from: string): string {
  const m = /@([^\s>]+)>?\s*$/.exec(from);
  return m ? m[1] : "sekimori.invalid";
}

/**
 * Delivers the outbox. Exactly-once as far as SMTP allows:
 * - rows are claimed with FOR UPDATE SKIP LOCKED into 'sending' with a lease, so several
 *   instances never take the same row;
 * - just before a row is handed to the SMTP server, `handed_at` and its Message-ID are
 *   committed; after the server's answer the outcome is committed;
 * - a claim whose lease ran out (its instance died or hung) is reaped: never handed → queued
 *   again (safe to send); handed → 'unknown', not sent again automatically (the server may have
 *   accepted it before the crash) — an administrator sees it and may resend (same Message-ID).
 * The remaining window is one SMTP conversation: a crash between handing a message over and
 * committing the answer leaves that one mail 'unknown' — never sent twice, never silently lost.
 */
export function createMailDispatcher(options: MailDispatcherOptions): MailDispatcher {
  const db = options.database.db;
  const now = options.now ?? (() => new Date());
  const pollMs = options.pollMs ?? 10_000;
  const batchSize = options.batchSize ?? 10;
  const leaseMs = options.leaseMs ?? 10 * 60_000;
  const maxAttempts = options.maxAttempts ?? 12;
  const id = options.instanceId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
  const domain = domainOf(options.from);
  const onError =
    options.onError ??
    ((row: OutboxRow, err: unknown) =>
      log.error({ err, mail: row.id, attempt: row.attempts }, "mail delivery attempt failed"));
  // The URL's own settings (host, port, auth, `?requireTLS=true`, `?tls.…`) win over these.
  const transport: Transporter = nodemailer.createTransport({
    url: options.smtpUrl,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });

  async function reap(at: Date) {
    await db
      .update(mailOutbox)
      .set({
        status: sql`CASE WHEN ${mailOutbox.handedAt} IS NULL THEN 'queued' ELSE 'unknown' END`,
        attempts: sql`CASE WHEN ${mailOutbox.handedAt} IS NULL THEN ${mailOutbox.attempts} - 1 ELSE ${mailOutbox.attempts} END`,
        lastError: sql`CASE WHEN ${mailOutbox.handedAt} IS NULL THEN ${mailOutbox.lastError}
          ELSE '送信中に処理が中断しました。受信者に届いたかは不明です / Interrupted while sending: delivery unknown' END`,
        leaseUntil: null,
      })
      .where(and(eq(mailOutbox.status, "sending"), lt(mailOutbox.leaseUntil, at)));
  }

  async function claim(at: Date): Promise<OutboxRow[]> {
    return db
      .update(mailOutbox)
      .set({
        status: "sending",
        lockedBy: id,
        leaseUntil: new Date(at.getTime() + leaseMs),
        handedAt: null,
        attempts: sql`${mailOutbox.attempts} + 1`,
      })
      .where(
        sql`${mailOutbox.id} IN (SELECT ${mailOutbox.id} FROM ${mailOutbox} WHERE ${mailOutbox.status} = 'queued'
          AND ${mailOutbox.nextAttemptAt} <= ${at.toISOString()}::timestamptz
          ORDER BY ${mailOutbox.nextAttemptAt}, ${mailOutbox.id} LIMIT ${batchSize} FOR UPDATE SKIP LOCKED)`,
      )
      .returning();
  }

  const mine = (row: OutboxRow) => and(eq(mailOutbox.id, row.id), eq(mailOutbox.lockedBy, id));

  async function finish(row: OutboxRow, outcome: Outcome) {
    const at = now();
    await db
      .update(mailOutbox)
      .set(
        outcome.status === "queued"
          ? {
              status: "queued",
              lockedBy: null,
              leaseUntil: null,
              handedAt: null,
              lastError: outcome.error,
              nextAttemptAt: new Date(at.getTime() + mailBackoffSeconds(row.attempts) * 1000),
            }
          : { status: outcome.status, lockedBy: null, leaseUntil: null, lastError: outcome.error },
      )
      .where(and(mine(row), eq(mailOutbox.status, "sending")));
  }

  /** Sends one claimed row; returns false when the server is unreachable (stop the round). */
  async function deliver(row: OutboxRow): Promise<boolean> {
    if (!PLAUSIBLE_ADDRESS.test(row.toAddress)) {
      await finish(row, {
        status: "rejected",
        error: "宛先の形式が正しくありません / The address is malformed",
        connection: false,
      });
      return true;
    }
    const at = now();
    const messageId = row.messageId ?? `<${row.id}@${domain}>`;
    const handed = await db
      .update(mailOutbox)
      .set({ handedAt: at, messageId, leaseUntil: new Date(at.getTime() + leaseMs) })
      .where(and(mine(row), eq(mailOutbox.status, "sending")))
      .returning({ id: mailOutbox.id });
    if (handed.length === 0) return true; // reaped meanwhile: someone else owns it now
    let info: { response?: string };
    try {
      info = await transport.sendMail({
        from: options.from,
        to: row.toAddress,
        subject: row.subject,
        text: row.body,
        messageId,
        date: row.createdAt,
        headers: { "Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All" },
      });
    } catch (err) {
      onError(row, err);
      const outcome = classify(err, row.attempts, maxAttempts);
      await finish(row, outcome);
      return !outcome.connection;
    }
    await options.afterAccept?.(row);
    // Also when a reaper marked it 'unknown' meanwhile: now we know it was accepted.
    await db
      .update(mailOutbox)
      .set({
        status: "sent",
        sentAt: now(),
        lockedBy: null,
        leaseUntil: null,
        lastError: null,
        smtpResponse: (info.response ?? "").slice(0, 1000),
      })
      .where(and(mine(row), inArray(mailOutbox.status, ["sending", "unknown"])));
    return true;
  }

  async function runOnce(): Promise<number> {
    const at = now();
    await reap(at);
    // RETURNING has no order: send in the claim's order (oldest due first).
    const claimed = (await claim(at)).sort(
      (x, y) =>
        x.nextAttemptAt.getTime() - y.nextAttemptAt.getTime() || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0),
    );
    for (let i = 0; i < claimed.length; i++) {
      if (await deliver(claimed[i])) continue;
      // The server is down: give back the rest of the round untried, to be tried with the first.
      const rest = claimed.slice(i + 1).map((r) => r.id);
      if (rest.length)
        await db
          .update(mailOutbox)
          .set({
            status: "queued",
            lockedBy: null,
            leaseUntil: null,
            attempts: sql`${mailOutbox.attempts} - 1`,
            nextAttemptAt: new Date(now().getTime() + mailBackoffSeconds(claimed[i].attempts) * 1000),
          })
          .where(
            and(inArray(mailOutbox.id, rest), eq(mailOutbox.lockedBy, id), eq(mailOutbox.status, "sending")),
          );
      break;
    }
    return claimed.length;
  }

  const loop = pollingLoop({ round: runOnce, batchSize, pollMs, name: "mail" });

  return {
    id,
    runOnce,
    start: loop.start,
    async stop() {
      await loop.stop();
      transport.close();
    },
  };
}
