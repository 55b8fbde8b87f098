import { appendFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import type { MiddlewareHandler } from "hono";
import { auditedXidsSql, lastAuditIdSql } from "../audit/record";
import type { Db } from "../db/client";
import { rowsOf } from "../db/sql";
import { countedXidsSql } from "../limits";
import { loggerFor } from "../log";
import type { AppEnv } from "./context";
import { AppError } from "./errors";
import { type RouteRegistry, routeMatcher } from "./route-match";

const log = loggerFor("audit-invariant");

/**
 * Failures that are themselves security events: the failed attempt is recorded (with its
 * counter) in one audited transaction even though the answer is 4xx. Any other failed request
 * must commit nothing at all.
 */
export const AUDITED_FAILURES = new Set([
  "POST /api/auth/login",
  "POST /api/auth/mfa/verify",
  "POST /api/auth/password",
  "POST /api/auth/mfa/enable",
  "POST /api/auth/mfa/disable",
  // A refused advisory file is kept in the import list with its located error (who tried what).
  "POST /api/vulnerabilities/imports",
  // A contract step refused by the profile's rules (missing clauses, pledges, the no-copy
  // confirmation …) is recorded with its blockers: the refused closing is part of the record.
  "POST /api/suppliers/contracts/{id}/transition",
  // A refused IC-card loss report (rate limit, card not in use) is recorded: who tried which number.
  "POST /api/accounts/ic-cards/lost",
]);

/**
 * Refusals that are security events on any route: the attempt is audited (and reported) in its
 * own transaction while the change itself is refused — a self-grant (server/access/self-grant.ts).
 */
export const AUDITED_REFUSAL_CODES = new Set(["self_grant"]);

/**
 * State-changing routes that may succeed without committing anything, with the reason. Whatever
 * they do commit is still checked: every transaction must carry its audit event.
 */
export const MAY_CHANGE_NOTHING: Record<string, string> = {
  "POST /api/assets/import":
    "a dry run (the default) changes nothing; a background import commits from its job, after the answer",
  "POST /api/transfers/import": "a dry run (the default) only reads the file and reports its rows",
  "POST /api/accounts/systems/{id}/import":
    "a dry run (the default) only reads the user list and reports what applying would change",
  "POST /api/training/sessions/{id}/attendance/import":
    "a dry run (the default) only checks the sheet's rows against the directory and writes nothing",
  "POST /api/training/courses/{id}/quiz":
    "a failed attempt stores nothing (the person reads again and retries); a pass is recorded with its event",
  "POST /api/software/installations/import":
    "a dry run (the default) only checks the sheet's rows against the register and writes nothing; a re-import of known rows adds nothing",
  "POST /api/requests/preview": "evaluates a request before it is filed (approvers, grounds); stores nothing",
};

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const XID_WRAP = 4294967296n;

interface Window {
  nextXid: bigint;
  lastAuditId: bigint;
  /** Another request ran at the same time: transactions cannot be told apart, so no verdict. */
  overlapped: boolean;
}

export interface InvariantViolation {
  route: string;
  status: number;
  problem: string;
}

async function openWindow(db: Db): Promise<Omit<Window, "overlapped">> {
  const res = rowsOf<{ next_xid: string; last_audit_id: string }>(
    await db.execute(
      sql`SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS next_xid,
               ${lastAuditIdSql()}::text AS last_audit_id`,
    ),
  );
  return { nextXid: BigInt(res[0].next_xid), lastAuditId: BigInt(res[0].last_audit_id) };
}

/**
 * Transactions committed since the window opened, and those of them that wrote an audit event.
 * `countAudited`: the number of audit events written is wanted (a state-changing request that
 * succeeded); otherwise a window in which nothing committed needs no further query — no
 * transaction, so none without its event (most requests of the tests only read or are refused).
 */
async function closeWindow(db: Db, w: Window, countAudited: boolean) {
  const res = rowsOf<{ xid: string }>(
    await db.execute(
      sql`SELECT x::text AS xid FROM generate_series(${w.nextXid.toString()}::bigint,
          pg_snapshot_xmax(pg_current_snapshot())::text::bigint - 1) AS x
        WHERE pg_xact_status(x::text::xid8) = 'committed'`,
    ),
  );
  const committed = res.map((r) => BigInt(r.xid));
  if (committed.length === 0 && !countAudited) return { committed, unaudited: committed, auditedCount: 0 };
  const audited = rowsOf<{
    xid: string;
  }>(await db.execute(auditedXidsSql(w.lastAuditId.toString())));
  const auditedXids = new Set(audited.map((r) => BigInt(r.xid)));
  // A rate-limit counter (server/limits) is bookkeeping, not a change of the application's
  // state: a transaction that only counted a hit needs no audit event.
  const counted = rowsOf<{ xid: string }>(await db.execute(countedXidsSql()));
  const bookkeeping = new Set(counted.map((r) => BigInt(r.xid)));
  const changes = committed.filter((x) => auditedXids.has(x % XID_WRAP) || !bookkeeping.has(x % XID_WRAP));
  return {
    committed: changes,
    unaudited: changes.filter((x) => !auditedXids.has(x % XID_WRAP)),
    auditedCount: auditedXids.size,
  };
}

/**
 * Checks DESIGN.md §4 rule 3 on every request of the tests on PGlite (createTestApp; never in
 * production: it costs two to four queries a request, and it needs the database to itself — no job
 * worker committing beside the requests, no other database sharing transaction ids):
 *  - every transaction a request commits writes an audit event (so the event is in the same
 *    transaction as the change);
 *  - a state-changing request that succeeds commits at least one such transaction;
 *  - a request that fails commits nothing, except the security events of AUDITED_FAILURES.
 * A violation turns the answer into a 500 `audit_invariant`, so the test that made it fails.
 * With `coverageDir`, each state-changing route that succeeded is appended to a file there, for
 * scripts/audit-coverage.ts to check that every such route was exercised.
 */
export function auditInvariant(
  app: RouteRegistry,
  options: { coverageDir?: string },
): MiddlewareHandler<AppEnv> {
  const match = routeMatcher(app);
  const open = new Set<Window>();
  const coverageFile = options.coverageDir ? join(options.coverageDir, `${process.pid}.jsonl`) : null;
  if (options.coverageDir) mkdirSync(options.coverageDir, { recursive: true });

  return async (c, next) => {
    const db = c.get("deps").database.db;
    const window: Window = { ...(await openWindow(db)), overlapped: open.size > 0 };
    for (const other of open) other.overlapped = true;
    open.add(window);
    try {
      await next();
    } finally {
      open.delete(window);
    }
    const route = match(c.req.method, c.req.path);
    if (!route) return;
    const status = c.res.status;
    if (coverageFile && STATE_CHANGING.has(route.method) && status < 300) {
      appendFileSync(coverageFile, `${JSON.stringify({ route: route.key, status })}\n`);
    }
    if (window.overlapped) return;
    const succeededChange = STATE_CHANGING.has(route.method) && status < 300;
    const { committed, unaudited, auditedCount } = await closeWindow(db, window, succeededChange);
    const problems: string[] = [];
    if (unaudited.length > 0) {
      problems.push(`${unaudited.length} committed transaction(s) without an audit event`);
    }
    const refusal = c.error instanceof AppError && AUDITED_REFUSAL_CODES.has(c.error.code);
    if (status >= 400 && committed.length > 0 && !AUDITED_FAILURES.has(route.key) && !refusal) {
      problems.push(`failed with ${status} but committed ${committed.length} transaction(s)`);
    }
    if (succeededChange && auditedCount === 0 && !(route.key in MAY_CHANGE_NOTHING)) {
      problems.push("succeeded without writing an audit event");
    }
    if (problems.length === 0) return;
    const violation: InvariantViolation = { route: route.key, status, problem: problems.join("; ") };
    log.error(
      { method: c.req.method, path: c.req.path, problem: violation.problem },
      "audit invariant violated",
    );
    c.res = c.json(
      {
        error: {
          code: "audit_invariant",
          message_ja: `監査ログの不変条件に違反しました: ${violation.problem}`,
          message_en: `Audit invariant violated: ${violation.problem}`,
          violation,
        },
      },
      500,
    );
  };
}
