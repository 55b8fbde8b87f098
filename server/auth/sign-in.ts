import { eq } from "drizzle-orm";
import type { Duty } from "../../common/duties";
import { recordEvent } from "../audit/record";
import type { DbOrTx } from "../db/client";
import { findPerson } from "../directory";
import type { Actor, AppDeps, RequestContext } from "../http/context";
import type { AppError } from "../http/errors";
import { hitLimit, UNLOCK_PER_USER } from "../limits";
import { openSecret } from "../secrets";
import { resolveActor } from "./actor";
import { countFailure, isLocked, lockUserRow, type SecondFactorCheck, spendSecondFactor } from "./attempts";
import { accountDisabled, accountLocked, invalidCode, invalidCredentials } from "./errors";
import { hashPassword, verifyPassword } from "./passwords";
import { isPrivileged, lockoutPolicy, mfaRequiredFor } from "./policy";
import { createSession, revokeSession, type UserRow } from "./session-store";
import { users } from "./tables";

/**
 * Sign-in. Each attempt on a known login runs in one transaction holding the login's row lock
 * (see attempts.ts), so parallel guesses cannot race the counter. An unknown login id, a wrong
 * password and a locked login all get the same 401 answer after one argon2 verification, so
 * the answer tells nothing of which it was. While locked, the owner can clear the lock by
 * giving the password and a TOTP or recovery code together (few tries: UNLOCK_PER_USER) —
 * so locking someone out by guessing costs them nothing when they have a second factor.
 */

let dummyHash: Promise<string> | null = null;
/** A hash to verify against when no real check runs, so every answer takes comparable time. */
export function dummy(): Promise<string> {
  dummyHash ??= hashPassword("sekimori-dummy-password-for-timing");
  return dummyHash;
}

const userTarget = (user: UserRow) => ({ targetType: "user", targetId: user.id });

export async function departmentOfPerson(db: DbOrTx, personId: string): Promise<string | null> {
  return (await findPerson(db, personId))?.departmentId ?? null;
}

export interface LoginInput {
  loginId: string;
  password: string;
  totp?: string;
  recoveryCode?: string;
}

export interface SignedIn {
  kind: "signed_in";
  token: string;
  csrfToken: string;
  user: UserRow;
  actor: Actor & { departmentName: string | null };
  previousLogin: { at: string; ip: string | null } | null;
  mfaEnrollmentRequired: boolean;
}

export interface MfaPending {
  kind: "mfa_pending";
  token: string;
  csrfToken: string;
}

export interface SignInMeta {
  userAgent?: string;
  /** Session id of the cookie the caller already had; revoked on sign-in (no fixation). */
  previousSessionId?: string | null;
}

/** What a transaction decided: a value, or an error to throw once its events are committed. */
type Outcome<T> = { value: T } | { error: AppError };

async function settle<T>(run: Promise<Outcome<T>>): Promise<T> {
  const outcome = await run;
  if ("error" in outcome) throw outcome.error;
  return outcome.value;
}

function secondFactorOf(input: LoginInput): string | null {
  return input.totp || input.recoveryCode || null;
}

export async function login(
  deps: AppDeps,
  ctx: RequestContext,
  input: LoginInput,
  meta: SignInMeta = {},
): Promise<SignedIn | MfaPending> {
  const db = deps.database.db;
  const now = deps.now();
  const policy = lockoutPolicy(deps.profile());
  const [found] = await db.select({ id: users.id }).from(users).where(eq(users.loginId, input.loginId));
  if (!found) {
    await verifyPassword(await dummy(), input.password);
    await db.transaction((tx) =>
      recordEvent(
        tx,
        ctx,
        { type: "auth.login_failed", data: { loginId: input.loginId, reason: "unknown_login" } },
        now,
      ),
    );
    throw invalidCredentials();
  }
  return settle(
    db.transaction(async (tx): Promise<Outcome<SignedIn | MfaPending>> => {
      const user = await lockUserRow(tx, found.id);
      if (!user) return { error: invalidCredentials() };
      const departmentId = await departmentOfPerson(tx, user.personId);
      if (isLocked(user, now)) return lockedAttempt(tx, deps, ctx, user, input, meta, departmentId);
      if (!(await verifyPassword(user.passwordHash, input.password))) {
        await countFailure(
          tx,
          ctx,
          user,
          now,
          policy,
          {
            type: "auth.login_failed",
            departmentId,
            data: { reason: "wrong_password" },
          },
          "password",
        );
        // The same answer at the threshold too: a lock must not tell that the login id exists.
        return { error: invalidCredentials() };
      }
      if (user.disabled) {
        await recordEvent(
          tx,
          ctx,
          {
            type: "auth.login_refused",
            ...userTarget(user),
            data: { loginId: user.loginId, reason: "disabled" },
          },
          now,
        );
        return { error: accountDisabled() };
      }
      if (!user.totpEnabled)
        return { value: await completeSignIn(tx, deps, ctx, user, { ...meta, method: "password" }) };
      const code = secondFactorOf(input);
      if (code) return checkedSecondFactor(tx, deps, ctx, user, code, meta, departmentId);
      if (meta.previousSessionId) await revokeSession(tx, meta.previousSessionId, now);
      const { token, session } = await createSession(tx, {
        userId: user.id,
        mfaPending: true,
        privileged: false,
        ip: ctx.ip,
        userAgent: meta.userAgent,
        now,
      });
      await recordEvent(
        tx,
        ctx,
        { type: "auth.login_mfa_pending", ...userTarget(user), data: { loginId: user.loginId } },
        now,
      );
      return { value: { kind: "mfa_pending", token, csrfToken: session.csrfToken } };
    }),
  );
}

/**
 * A sign-in attempt on a locked login: the answer is always the unknown-login answer; only the
 * password and a second factor together, within UNLOCK_PER_USER tries, clear the lock.
 */
async function lockedAttempt(
  tx: DbOrTx,
  deps: AppDeps,
  ctx: RequestContext,
  user: UserRow,
  input: LoginInput,
  meta: SignInMeta,
  departmentId: string | null,
): Promise<Outcome<SignedIn>> {
  const now = deps.now();
  const code = secondFactorOf(input);
  let reason = "locked";
  // Only a lock set by wrong passwords: whoever failed the second factor knew the password.
  if (code && user.totpEnabled && !user.disabled && user.lockedBy === "password") {
    const limit = await hitLimit(tx, UNLOCK_PER_USER, user.id, now);
    const passwordOk = await verifyPassword(user.passwordHash, input.password);
    let factor: SecondFactorCheck | null = null;
    if (limit.ok && passwordOk)
      factor = await spendSecondFactor(tx, user, code, now, user.totpSecret && openSecret(user.totpSecret));
    if (factor?.ok) {
      await recordEvent(
        tx,
        ctx,
        {
          type: "auth.lock_cleared_by_owner",
          ...userTarget(user),
          departmentId,
          data: {
            loginId: user.loginId,
            wasLockedUntil: user.lockedUntil?.toISOString(),
            method: factor.method,
          },
        },
        now,
      );
      return {
        value: await completeSignIn(tx, deps, ctx, user, {
          ...meta,
          method: factor.method,
          recoveryRemaining: factor.method === "recovery_code" ? factor.remaining : undefined,
        }),
      };
    }
    reason = limit.ok ? "locked_unlock_failed" : "locked_unlock_rate_limited";
  } else {
    await verifyPassword(await dummy(), input.password);
  }
  await recordEvent(
    tx,
    ctx,
    {
      type: "auth.login_refused",
      ...userTarget(user),
      departmentId,
      data: { loginId: user.loginId, reason, until: user.lockedUntil?.toISOString() },
    },
    now,
  );
  return { error: invalidCredentials() };
}

/** The second factor on a locked, unlocked-state row; a wrong or replayed code counts as a failure. */
async function checkedSecondFactor(
  tx: DbOrTx,
  deps: AppDeps,
  ctx: RequestContext,
  user: UserRow,
  code: string,
  meta: SignInMeta,
  departmentId: string | null,
): Promise<Outcome<SignedIn>> {
  const now = deps.now();
  const factor = await spendSecondFactor(tx, user, code, now, user.totpSecret && openSecret(user.totpSecret));
  if (!factor.ok) {
    const failure = await countFailure(
      tx,
      ctx,
      user,
      now,
      lockoutPolicy(deps.profile()),
      {
        type: "auth.login_failed",
        departmentId,
        data: { reason: factor.reason },
      },
      "second_factor",
    );
    // The password was right, so the caller may learn of the lock.
    return { error: failure.lockedUntil ? accountLocked(failure.lockedUntil) : invalidCode() };
  }
  return {
    value: await completeSignIn(tx, deps, ctx, user, {
      ...meta,
      method: factor.method,
      recoveryRemaining: factor.method === "recovery_code" ? factor.remaining : undefined,
    }),
  };
}

/** `POST /api/auth/mfa/verify`: the second factor of a session that passed the password. */
export async function secondFactor(
  deps: AppDeps,
  ctx: RequestContext,
  pending: UserRow,
  code: string,
  meta: SignInMeta,
): Promise<SignedIn> {
  const now = deps.now();
  return settle(
    deps.database.db.transaction(async (tx): Promise<Outcome<SignedIn>> => {
      const user = await lockUserRow(tx, pending.id);
      if (!user) return { error: invalidCode() };
      const departmentId = await departmentOfPerson(tx, user.personId);
      if (isLocked(user, now) && user.lockedUntil) {
        await recordEvent(
          tx,
          ctx,
          {
            type: "auth.login_refused",
            ...userTarget(user),
            departmentId,
            data: { loginId: user.loginId, reason: "locked", until: user.lockedUntil.toISOString() },
          },
          now,
        );
        return { error: accountLocked(user.lockedUntil) };
      }
      return checkedSecondFactor(tx, deps, ctx, user, code, meta, departmentId);
    }),
  );
}

export async function completeSignIn(
  tx: DbOrTx,
  deps: AppDeps,
  ctx: RequestContext,
  user: UserRow,
  meta: SignInMeta & {
    method: "password" | "totp" | "recovery_code" | "oidc" | "oidc_mfa";
    recoveryRemaining?: number;
  },
): Promise<SignedIn> {
  const now = deps.now();
  const profile = deps.profile();
  if (meta.previousSessionId) await revokeSession(tx, meta.previousSessionId, now);
  const probe = await resolveActor(tx, profile, user, "", now);
  const duties = probe.grants.map((g) => g.duty as Duty);
  const { token, session } = await createSession(tx, {
    userId: user.id,
    mfaPending: false,
    privileged: isPrivileged(duties),
    ip: ctx.ip,
    userAgent: meta.userAgent,
    now,
  });
  const actor = { ...probe, sessionId: session.id };
  const [updated] = await tx
    .update(users)
    .set({
      failedAttempts: 0,
      lockedUntil: null,
      lockedBy: null,
      previousLoginAt: user.lastLoginAt,
      previousLoginIp: user.lastLoginIp,
      lastLoginAt: now,
      lastLoginIp: ctx.ip,
    })
    .where(eq(users.id, user.id))
    .returning();
  const signedInCtx = { ...ctx, actor };
  await recordEvent(
    tx,
    signedInCtx,
    {
      type: "auth.login",
      ...userTarget(user),
      departmentId: actor.departmentId,
      data: { loginId: user.loginId, method: meta.method, privileged: session.privileged },
    },
    now,
  );
  if (meta.method === "recovery_code") {
    await recordEvent(
      tx,
      signedInCtx,
      {
        type: "auth.recovery_code_used",
        ...userTarget(user),
        data: { remaining: meta.recoveryRemaining ?? 0 },
      },
      now,
    );
  }
  return {
    kind: "signed_in",
    token,
    csrfToken: session.csrfToken,
    user: updated,
    actor,
    previousLogin: user.lastLoginAt ? { at: user.lastLoginAt.toISOString(), ip: user.lastLoginIp } : null,
    mfaEnrollmentRequired: !user.totpEnabled && mfaRequiredFor(profile, duties),
  };
}

export async function logout(deps: AppDeps, ctx: RequestContext, user: UserRow, sessionId: string) {
  const now = deps.now();
  await deps.database.db.transaction(async (tx) => {
    await revokeSession(tx, sessionId, now);
    await recordEvent(
      tx,
      ctx,
      { type: "auth.logout", ...userTarget(user), data: { loginId: user.loginId } },
      now,
    );
  });
}
