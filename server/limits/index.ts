import { type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { rateLimits } from "./tables";

/**
 * Rate limits kept in the database, so several instances on one PostgreSQL enforce one limit
 * (an in-memory counter would give each instance its own allowance). A fixed window per key:
 * the hit that opens a window sets its start; hits beyond `limit` inside it are refused.
 */
export interface LimitRule {
  /** Prefix of the key, e.g. "login:ip". */
  name: string;
  limit: number;
  windowMs: number;
}

export const LOGIN_PER_ADDRESS: LimitRule = { name: "login:ip", limit: 20, windowMs: 60_000 };
/** Re-authentication (password change, MFA changes) per login, on top of the account lock. */
export const REAUTH_PER_USER: LimitRule = { name: "reauth:user", limit: 20, windowMs: 15 * 60_000 };
/** A locked owner clearing the lock with password + second factor: few tries per lock period. */
export const UNLOCK_PER_USER: LimitRule = { name: "unlock:user", limit: 5, windowMs: 15 * 60_000 };
export const PUBLIC_REPORT_PER_ADDRESS: LimitRule = {
  name: "public_report:ip",
  limit: 5,
  windowMs: 10 * 60_000,
};
/**
 * IC-card loss reports per person (anyone may report any card by its number): enough for a
 * person who lost a few cards or found some, too few to sweep card numbers or to sign people
 * out one after another. A holder or keeper of the card is not held back (routes/ic-cards.ts).
 */
export const CARD_LOSS_PER_PERSON: LimitRule = { name: "card_loss:person", limit: 5, windowMs: 60 * 60_000 };
/**
 * File imports per person (server/http/import-limit.ts), dry runs included: a person fixing a
 * sheet checks it again and again, so the figure is generous; a loop of 50 MB uploads is not.
 */
export const IMPORT_PER_USER: LimitRule = { name: "import:user", limit: 60, windowMs: 60 * 60_000 };

export type LimitAnswer = { ok: true } | { ok: false; retryAfterSeconds: number };

let sweepCounter = 0;

/** Counts one hit of `key` under `rule` at `now`, atomically (one upsert). */
export async function hitLimit(db: DbOrTx, rule: LimitRule, key: string, now: Date): Promise<LimitAnswer> {
  const fullKey = `${rule.name}:${key}`;
  const nowIso = now.toISOString();
  const opensAfter = new Date(now.getTime() - rule.windowMs).toISOString();
  const expired = sql`${rateLimits.windowStart} <= ${opensAfter}::timestamptz`;
  const [row] = await db
    .insert(rateLimits)
    .values({ key: fullKey, windowStart: now, hits: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        hits: sql`CASE WHEN ${expired} THEN 1 ELSE ${rateLimits.hits} + 1 END`,
        windowStart: sql`CASE WHEN ${expired} THEN ${nowIso}::timestamptz ELSE ${rateLimits.windowStart} END`,
      },
    })
    .returning({ hits: rateLimits.hits, windowStart: rateLimits.windowStart });
  if (++sweepCounter % 500 === 0) await sweepLimits(db, now);
  if (row.hits <= rule.limit) return { ok: true };
  const endsAt = row.windowStart.getTime() + rule.windowMs;
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((endsAt - now.getTime()) / 1000)) };
}

/** Forgets windows that ended more than a day ago (the longest rule is an hour). */
export async function sweepLimits(db: DbOrTx, now: Date): Promise<void> {
  const before = new Date(now.getTime() - 24 * 60 * 60_000).toISOString();
  await db.delete(rateLimits).where(sql`${rateLimits.windowStart} < ${before}::timestamptz`);
}

/** Forgets the counter of one key (e.g. the unlock tries once the owner got in). */
export async function resetLimit(db: DbOrTx, rule: LimitRule, key: string): Promise<void> {
  await db.delete(rateLimits).where(sql`${rateLimits.key} = ${`${rule.name}:${key}`}`);
}

/**
 * The transactions (xmin) that last wrote a rate-limit counter: bookkeeping, not a change of the
 * application's state (the audit invariant lets them commit without an audit event).
 */
export function countedXidsSql(): SQL {
  return sql`SELECT DISTINCT xmin::text AS xid FROM rate_limits`;
}
