import { recordEvent } from "../audit/record";
import type { DbOrTx } from "../db/client";
import type { AppDeps, RequestContext } from "../http/context";
import { AppError } from "../http/errors";
import { hitLimit, REAUTH_PER_USER } from "../limits";
import { countFailure, isLocked, lockUserRow } from "./attempts";
import { accountLocked } from "./errors";
import { lockoutPolicy } from "./policy";
import type { UserRow } from "./session-store";
import { departmentOfPerson } from "./sign-in";

/** The steps that ask a signed-in user for their password or a code again. */
export type ReauthStep = "password_change" | "mfa_disable" | "mfa_enable";

const reauthRateLimited = (seconds: number) =>
  new AppError(
    429,
    "rate_limited",
    `確認の試行が多すぎます。${seconds}秒後に再度お試しください。`,
    `Too many confirmation attempts. Try again in ${seconds} seconds.`,
  );

/**
 * Re-authentication counted and throttled like the sign-in: one transaction holds the login's
 * row lock, a per-login rate limit in the database applies, a locked login is refused (423:
 * the caller is signed in, so the lock is theirs to know), and a wrong answer counts toward the
 * lock and is audited as `auth.reauth_failed`. When the check passes, `change` runs in the same
 * transaction (it writes its own audit event); it may throw to refuse without committing.
 */
export async function reauthenticate<T>(
  deps: AppDeps,
  ctx: RequestContext,
  current: UserRow,
  step: ReauthStep,
  check: (user: UserRow) => Promise<boolean>,
  wrong: () => AppError,
  change: (tx: DbOrTx, user: UserRow) => Promise<T>,
): Promise<T> {
  const now = deps.now();
  const db = deps.database.db;
  // Counted on its own, before the check: a refusal that rolls the check back still counts.
  const limit = await hitLimit(db, REAUTH_PER_USER, current.id, now);
  if (!limit.ok) {
    await db.transaction((tx) =>
      recordEvent(
        tx,
        ctx,
        {
          type: "auth.reauth_refused",
          targetType: "user",
          targetId: current.id,
          data: { loginId: current.loginId, step, reason: "rate_limited" },
        },
        now,
      ),
    );
    throw reauthRateLimited(limit.retryAfterSeconds);
  }
  const outcome = await db.transaction(async (tx): Promise<{ value: T } | { error: AppError }> => {
    const user = await lockUserRow(tx, current.id);
    if (!user) return { error: wrong() };
    const departmentId = await departmentOfPerson(tx, user.personId);
    const refuse = async (reason: string, error: AppError) => {
      await recordEvent(
        tx,
        ctx,
        {
          type: "auth.reauth_refused",
          targetType: "user",
          targetId: user.id,
          departmentId,
          data: { loginId: user.loginId, step, reason },
        },
        now,
      );
      return { error };
    };
    if (isLocked(user, now) && user.lockedUntil) return refuse("locked", accountLocked(user.lockedUntil));
    if (!(await check(user))) {
      const failure = await countFailure(
        tx,
        ctx,
        user,
        now,
        lockoutPolicy(deps.profile()),
        {
          type: "auth.reauth_failed",
          departmentId,
          data: { step },
        },
        "reauth",
      );
      return { error: failure.lockedUntil ? accountLocked(failure.lockedUntil) : wrong() };
    }
    return { value: await change(tx, user) };
  });
  if ("error" in outcome) throw outcome.error;
  return outcome.value;
}
