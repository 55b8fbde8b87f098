import { eq } from "drizzle-orm";
import type { AuditDataOf } from "../../common/audit-events";
import { recordEvent } from "../audit/record";
import type { DbOrTx } from "../db/client";
import type { RequestContext } from "../http/context";
import { revokeUserSessions, type UserRow } from "./session-store";
import { users } from "./tables";
import { matchRecoveryCode, totpStepOf } from "./totp";

/**
 * Failed-attempt counting that cannot be raced: every real check of a secret (password, TOTP
 * code, recovery code) runs inside one transaction that holds the login's row lock
 * (SELECT … FOR UPDATE) from reading the counter to writing it with the audit event. Parallel
 * attempts on one login therefore queue: once the threshold is reached, every later attempt
 * finds the lock and is refused without a real check, and a correct answer that finds the lock
 * is refused without clearing it.
 */

export interface LockPolicy {
  threshold: number;
  minutes: number;
}

/** The login's row, locked until the transaction ends. */
export async function lockUserRow(tx: DbOrTx, userId: string): Promise<UserRow | null> {
  const [row] = await tx.select().from(users).where(eq(users.id, userId)).for("update");
  return row ?? null;
}

export function isLocked(user: UserRow, now: Date): boolean {
  return Boolean(user.lockedUntil && user.lockedUntil.getTime() > now.getTime());
}

/** Which check failed: see users.lockedBy. */
export type LockKind = "password" | "second_factor" | "reauth";

export interface FailureOutcome {
  failedAttempts: number;
  /** Set when this failure reached the threshold and locked the login. */
  lockedUntil: Date | null;
}

/**
 * Counts a failed check on a locked row (a lapsed lock starts a fresh count), locks at the
 * threshold (ending the login's sessions), and records the events — all in the caller's
 * transaction, which must then commit (return, not throw).
 */
export async function countFailure(
  tx: DbOrTx,
  ctx: RequestContext,
  user: UserRow,
  now: Date,
  policy: LockPolicy,
  event:
    | { type: "auth.login_failed"; departmentId: string | null; data: { reason: string } }
    | {
        type: "auth.reauth_failed";
        departmentId: string | null;
        data: Pick<AuditDataOf<"auth.reauth_failed">, "step">;
      },
  kind: LockKind,
): Promise<FailureOutcome> {
  const lapsed = user.lockedUntil !== null && !isLocked(user, now);
  const failedAttempts = lapsed ? 1 : user.failedAttempts + 1;
  const lockedUntil =
    failedAttempts >= policy.threshold ? new Date(now.getTime() + policy.minutes * 60_000) : null;
  await tx
    .update(users)
    .set({ failedAttempts, lockedUntil, lockedBy: lockedUntil ? kind : null })
    .where(eq(users.id, user.id));
  const target = { targetType: "user", targetId: user.id, departmentId: event.departmentId };
  const counted = { loginId: user.loginId, failedAttempts };
  await recordEvent(
    tx,
    ctx,
    event.type === "auth.login_failed"
      ? { type: event.type, ...target, data: { ...counted, ...event.data } }
      : { type: event.type, ...target, data: { ...counted, ...event.data } },
    now,
  );
  if (lockedUntil) {
    await revokeUserSessions(tx, user.id, now);
    await recordEvent(
      tx,
      ctx,
      {
        type: "auth.account_locked",
        ...target,
        data: { loginId: user.loginId, until: lockedUntil.toISOString(), failedAttempts },
      },
      now,
    );
  }
  return { failedAttempts, lockedUntil };
}

export type SecondFactorCheck =
  | { ok: true; method: "totp" }
  | { ok: true; method: "recovery_code"; remaining: number }
  | { ok: false; reason: "wrong_totp" | "totp_replayed" | "wrong_recovery_code" };

/**
 * Checks a TOTP code (6 digits) or a recovery code against a locked row and uses it up: the
 * TOTP time step is stored as the last used one (a code, or an older one, is accepted once),
 * and a recovery code's hash is removed.
 */
export async function spendSecondFactor(
  tx: DbOrTx,
  user: UserRow,
  code: string,
  now: Date,
  totpSecret: string | null,
): Promise<SecondFactorCheck> {
  const trimmed = code.trim();
  if (/^\d{6}$/.test(trimmed)) {
    const step = totpSecret ? await totpStepOf(totpSecret, trimmed, now) : null;
    if (step === null) return { ok: false, reason: "wrong_totp" };
    if (user.totpLastStep !== null && step <= user.totpLastStep)
      return { ok: false, reason: "totp_replayed" };
    await tx.update(users).set({ totpLastStep: step }).where(eq(users.id, user.id));
    return { ok: true, method: "totp" };
  }
  const index = await matchRecoveryCode(user.recoveryCodes, trimmed);
  if (index < 0) return { ok: false, reason: "wrong_recovery_code" };
  const recoveryCodes = user.recoveryCodes.filter((_, i) => i !== index);
  await tx.update(users).set({ recoveryCodes }).where(eq(users.id, user.id));
  return { ok: true, method: "recovery_code", remaining: recoveryCodes.length };
}
