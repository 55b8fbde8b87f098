import { desc, eq, sql } from "drizzle-orm";
import type { Duty } from "../../common/duties";
import { recordEvent } from "../audit/record";
import type { DbOrTx } from "../db/client";
import type { Actor, AppDeps, RequestContext } from "../http/context";
import { type AppError, conflict, forbidden, invalid, notFound } from "../http/errors";
import { people } from "../modules/org/tables";
import { resolveActor } from "./actor";
import { accountDisabled, accountLocked, invalidCode, invalidCredentials, invalidPassword } from "./errors";
import { joinProblems, PASSWORD_HISTORY, passwordProblems } from "./password-rule";
import { hashPassword, verifyPassword } from "./passwords";
import { isPrivileged, lockoutPolicy, mfaRequiredFor } from "./policy";
import { createSession, revokeSession, revokeUserSessions, type UserRow } from "./session-store";
import { passwordHistory, users } from "./tables";
import { generatePassword } from "./tokens";
import { checkTotp, matchRecoveryCode, newRecoveryCodes, newTotpSecret, qrDataUrl, totpUri } from "./totp";

let dummyHash: Promise<string> | null = null;
/** A hash to verify against when the login id is unknown, so both cases take comparable time. */
function dummy(): Promise<string> {
  dummyHash ??= hashPassword("sekimori-dummy-password-for-timing");
  return dummyHash;
}

const userTarget = (user: UserRow) => ({ targetType: "user", targetId: user.id });

async function departmentOfPerson(db: DbOrTx, personId: string): Promise<string | null> {
  const [p] = await db.select({ d: people.departmentId }).from(people).where(eq(people.id, personId));
  return p?.d ?? null;
}

// ── sign-in ─────────────────────────────────────────────────────────────────

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

interface SignInMeta {
  userAgent?: string;
  /** Session id of the cookie the caller already had; revoked on sign-in (no fixation). */
  previousSessionId?: string | null;
}

/**
 * Counts a failed attempt (resetting the count when an earlier lock has run out) and locks the
 * account at the profile's threshold. The event is committed; the caller then throws.
 */
async function registerFailure(
  deps: AppDeps,
  ctx: RequestContext,
  user: UserRow,
  reason: string,
): Promise<AppError | null> {
  const now = deps.now();
  const { threshold, minutes } = lockoutPolicy(deps.profile());
  const nowIso = now.toISOString();
  return deps.database.db.transaction(async (tx) => {
    const lapsed = sql`(${users.lockedUntil} IS NOT NULL AND ${users.lockedUntil} <= ${nowIso}::timestamptz)`;
    const [row] = await tx
      .update(users)
      .set({
        failedAttempts: sql`CASE WHEN ${lapsed} THEN 1 ELSE ${users.failedAttempts} + 1 END`,
        lockedUntil: sql`CASE WHEN ${lapsed} THEN NULL ELSE ${users.lockedUntil} END`,
      })
      .where(eq(users.id, user.id))
      .returning({ failedAttempts: users.failedAttempts });
    const departmentId = await departmentOfPerson(tx, user.personId);
    await recordEvent(
      tx,
      ctx,
      {
        type: "auth.login_failed",
        ...userTarget(user),
        departmentId,
        data: { loginId: user.loginId, reason, failedAttempts: row.failedAttempts },
      },
      now,
    );
    if (row.failedAttempts >= threshold) {
      const until = new Date(now.getTime() + minutes * 60_000);
      await tx.update(users).set({ lockedUntil: until }).where(eq(users.id, user.id));
      await revokeUserSessions(tx, user.id, now);
      await recordEvent(
        tx,
        ctx,
        {
          type: "auth.account_locked",
          ...userTarget(user),
          departmentId,
          data: { loginId: user.loginId, until: until.toISOString(), failedAttempts: row.failedAttempts },
        },
        now,
      );
      return accountLocked(until);
    }
    return null;
  });
}

export async function login(
  deps: AppDeps,
  ctx: RequestContext,
  input: LoginInput,
  meta: SignInMeta = {},
): Promise<SignedIn | MfaPending> {
  const db = deps.database.db;
  const now = deps.now();
  const [user] = await db.select().from(users).where(eq(users.loginId, input.loginId));
  if (!user) {
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
  if (user.lockedUntil && user.lockedUntil.getTime() > now.getTime()) {
    await verifyPassword(await dummy(), input.password);
    await db.transaction(async (tx) =>
      recordEvent(
        tx,
        ctx,
        {
          type: "auth.login_refused",
          ...userTarget(user),
          data: { loginId: user.loginId, reason: "locked", until: user.lockedUntil?.toISOString() },
        },
        now,
      ),
    );
    throw accountLocked(user.lockedUntil);
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    throw (await registerFailure(deps, ctx, user, "wrong_password")) ?? invalidCredentials();
  }
  if (user.disabled) {
    await db.transaction(async (tx) =>
      recordEvent(
        tx,
        ctx,
        {
          type: "auth.login_refused",
          ...userTarget(user),
          data: { loginId: user.loginId, reason: "disabled" },
        },
        now,
      ),
    );
    throw accountDisabled();
  }

  if (user.totpEnabled) {
    if (input.totp || input.recoveryCode) {
      return secondFactor(deps, ctx, user, input.totp ?? input.recoveryCode ?? "", meta);
    }
    return db.transaction(async (tx) => {
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
      return { kind: "mfa_pending" as const, token, csrfToken: session.csrfToken };
    });
  }
  return completeSignIn(deps, ctx, user, { ...meta, method: "password" });
}

/**
 * Checks a TOTP code (6 digits) or a recovery code and completes the sign-in; a wrong code
 * counts as a failed attempt.
 */
export async function secondFactor(
  deps: AppDeps,
  ctx: RequestContext,
  user: UserRow,
  code: string,
  meta: SignInMeta,
): Promise<SignedIn> {
  const now = deps.now();
  const trimmed = code.trim();
  if (/^\d{6}$/.test(trimmed)) {
    if (user.totpSecret && (await checkTotp(user.totpSecret, trimmed, now))) {
      return completeSignIn(deps, ctx, user, { ...meta, method: "totp" });
    }
    throw (await registerFailure(deps, ctx, user, "wrong_totp")) ?? invalidCode();
  }
  const index = await matchRecoveryCode(user.recoveryCodes, trimmed);
  if (index < 0) throw (await registerFailure(deps, ctx, user, "wrong_recovery_code")) ?? invalidCode();
  return completeSignIn(deps, ctx, user, { ...meta, method: "recovery_code", recoveryIndex: index });
}

async function completeSignIn(
  deps: AppDeps,
  ctx: RequestContext,
  user: UserRow,
  meta: SignInMeta & { method: "password" | "totp" | "recovery_code"; recoveryIndex?: number },
): Promise<SignedIn> {
  const now = deps.now();
  const profile = deps.profile();
  return deps.database.db.transaction(async (tx) => {
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
    const recoveryCodes =
      meta.recoveryIndex === undefined
        ? user.recoveryCodes
        : user.recoveryCodes.filter((_, i) => i !== meta.recoveryIndex);
    const [updated] = await tx
      .update(users)
      .set({
        failedAttempts: 0,
        lockedUntil: null,
        previousLoginAt: user.lastLoginAt,
        previousLoginIp: user.lastLoginIp,
        lastLoginAt: now,
        lastLoginIp: ctx.ip,
        recoveryCodes,
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
        { type: "auth.recovery_code_used", ...userTarget(user), data: { remaining: recoveryCodes.length } },
        now,
      );
    }
    return {
      kind: "signed_in" as const,
      token,
      csrfToken: session.csrfToken,
      user: updated,
      actor,
      previousLogin: user.lastLoginAt ? { at: user.lastLoginAt.toISOString(), ip: user.lastLoginIp } : null,
      mfaEnrollmentRequired: !user.totpEnabled && mfaRequiredFor(profile, duties),
    };
  });
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

// ── password ────────────────────────────────────────────────────────────────

/** Refuses a password that one of the user's last PASSWORD_HISTORY passwords matches. */
async function assertNotReused(db: DbOrTx, user: UserRow, password: string) {
  const previous = await db
    .select({ hash: passwordHistory.passwordHash })
    .from(passwordHistory)
    .where(eq(passwordHistory.userId, user.id))
    .orderBy(desc(passwordHistory.seq))
    .limit(PASSWORD_HISTORY - 1);
  for (const hash of [user.passwordHash, ...previous.map((p) => p.hash)]) {
    if (await verifyPassword(hash, password))
      throw invalid(
        {
          newPassword: {
            message_ja: `最近使った${PASSWORD_HISTORY}つのパスワードは使えません。`,
            message_en: `You cannot reuse any of your last ${PASSWORD_HISTORY} passwords.`,
          },
        },
        "password_reused",
      );
  }
}

export function assertPasswordRule(password: string, loginId: string, field = "newPassword") {
  const problems = passwordProblems(password, loginId);
  if (problems.length) throw invalid({ [field]: joinProblems(problems) }, "password_rule");
}

export async function changePassword(
  deps: AppDeps,
  ctx: RequestContext,
  user: UserRow,
  input: { currentPassword: string; newPassword: string },
  sessionId: string,
) {
  const db = deps.database.db;
  const now = deps.now();
  if (!(await verifyPassword(user.passwordHash, input.currentPassword)))
    throw invalidPassword("currentPassword");
  assertPasswordRule(input.newPassword, user.loginId);
  await assertNotReused(db, user, input.newPassword);
  const hash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx
      .insert(passwordHistory)
      .values({ userId: user.id, passwordHash: user.passwordHash, createdAt: now });
    await tx
      .update(users)
      .set({ passwordHash: hash, mustChangePassword: false, passwordChangedAt: now })
      .where(eq(users.id, user.id));
    const revoked = await revokeUserSessions(tx, user.id, now, sessionId);
    await recordEvent(
      tx,
      ctx,
      {
        type: "auth.password_changed",
        ...userTarget(user),
        data: { wasTemporary: user.mustChangePassword, otherSessionsRevoked: revoked },
      },
      now,
    );
  });
}

// ── MFA ─────────────────────────────────────────────────────────────────────

export async function startMfaSetup(deps: AppDeps, ctx: RequestContext, user: UserRow) {
  if (user.totpEnabled)
    throw conflict(
      "mfa_already_enabled",
      "多要素認証は既に有効です。",
      "Multi-factor sign-in is already enabled.",
    );
  const secret = newTotpSecret();
  const now = deps.now();
  await deps.database.db.transaction(async (tx) => {
    await tx.update(users).set({ totpSecret: secret }).where(eq(users.id, user.id));
    await recordEvent(tx, ctx, { type: "auth.mfa_setup_started", ...userTarget(user) }, now);
  });
  const otpauthUrl = totpUri(secret, user.loginId);
  return { secret, otpauthUrl, qrDataUrl: await qrDataUrl(otpauthUrl) };
}

export async function enableMfa(deps: AppDeps, ctx: RequestContext, user: UserRow, code: string) {
  if (user.totpEnabled)
    throw conflict(
      "mfa_already_enabled",
      "多要素認証は既に有効です。",
      "Multi-factor sign-in is already enabled.",
    );
  if (!user.totpSecret)
    throw conflict(
      "mfa_not_set_up",
      "先に確認コードアプリの登録を開始してください。",
      "Start the authenticator setup first.",
    );
  const now = deps.now();
  if (!(await checkTotp(user.totpSecret, code.trim(), now)))
    throw invalid(
      { code: { message_ja: "確認コードが正しくありません。", message_en: "The code is incorrect." } },
      "invalid_code",
    );
  const { codes, hashes } = await newRecoveryCodes();
  await deps.database.db.transaction(async (tx) => {
    await tx.update(users).set({ totpEnabled: true, recoveryCodes: hashes }).where(eq(users.id, user.id));
    await recordEvent(
      tx,
      ctx,
      { type: "auth.mfa_enabled", ...userTarget(user), data: { recoveryCodes: hashes.length } },
      now,
    );
  });
  return { recoveryCodes: codes };
}

export async function disableMfa(
  deps: AppDeps,
  ctx: RequestContext,
  user: UserRow,
  actor: Actor,
  password: string,
) {
  if (
    mfaRequiredFor(
      deps.profile(),
      actor.grants.map((g) => g.duty as Duty),
    )
  )
    throw forbidden(
      "あなたの役割では多要素認証を無効にできません（ポリシーで必須）。",
      "Your duties require multi-factor sign-in; it cannot be turned off.",
    );
  if (!user.totpEnabled)
    throw conflict(
      "mfa_not_enabled",
      "多要素認証は有効ではありません。",
      "Multi-factor sign-in is not enabled.",
    );
  if (!(await verifyPassword(user.passwordHash, password))) throw invalidPassword("password");
  const now = deps.now();
  await deps.database.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ totpEnabled: false, totpSecret: null, recoveryCodes: [] })
      .where(eq(users.id, user.id));
    await recordEvent(tx, ctx, { type: "auth.mfa_disabled", ...userTarget(user) }, now);
  });
}

// ── administration of logins ────────────────────────────────────────────────

export type UserRef = { id: string } | { loginId: string };

export async function findUser(db: DbOrTx, ref: UserRef): Promise<UserRow | null> {
  const [row] = await db
    .select()
    .from(users)
    .where("id" in ref ? eq(users.id, ref.id) : eq(users.loginId, ref.loginId));
  return row ?? null;
}

const USER_WHAT = { ja: "利用者", en: "The user" };

async function adminChange(
  deps: AppDeps,
  ctx: RequestContext | null,
  ref: UserRef,
  type: string,
  change: (tx: DbOrTx, user: UserRow, now: Date) => Promise<Record<string, unknown>>,
) {
  const db = deps.database.db;
  const user = await findUser(db, ref);
  if (!user) throw notFound(USER_WHAT);
  const now = deps.now();
  return db.transaction(async (tx) => {
    const data = await change(tx, user, now);
    await recordEvent(
      tx,
      ctx,
      {
        type,
        ...userTarget(user),
        departmentId: await departmentOfPerson(tx, user.personId),
        data: { loginId: user.loginId, ...data },
      },
      now,
    );
    return user;
  });
}

export function unlockLogin(deps: AppDeps, ctx: RequestContext | null, ref: UserRef) {
  return adminChange(deps, ctx, ref, "auth.user_unlocked", async (tx, user) => {
    await tx.update(users).set({ failedAttempts: 0, lockedUntil: null }).where(eq(users.id, user.id));
    return { wasLockedUntil: user.lockedUntil?.toISOString() ?? null, failedAttempts: user.failedAttempts };
  });
}

/** Sets a generated temporary password (to be changed at next sign-in) and ends the user's sessions. */
export async function resetLoginPassword(deps: AppDeps, ctx: RequestContext | null, ref: UserRef) {
  const temporaryPassword = generatePassword();
  const hash = await hashPassword(temporaryPassword);
  await adminChange(deps, ctx, ref, "auth.password_reset", async (tx, user, now) => {
    await tx
      .insert(passwordHistory)
      .values({ userId: user.id, passwordHash: user.passwordHash, createdAt: now });
    await tx
      .update(users)
      .set({
        passwordHash: hash,
        mustChangePassword: true,
        passwordChangedAt: now,
        failedAttempts: 0,
        lockedUntil: null,
      })
      .where(eq(users.id, user.id));
    const revoked = await revokeUserSessions(tx, user.id, now);
    return { sessionsRevoked: revoked };
  });
  return { temporaryPassword };
}

export function disableLogin(deps: AppDeps, ctx: RequestContext | null, ref: UserRef) {
  return adminChange(deps, ctx, ref, "auth.user_disabled", async (tx, user, now) => {
    if (ctx?.actor && ctx.actor.userId === user.id)
      throw conflict(
        "cannot_disable_self",
        "自分自身のアカウントは停止できません。",
        "You cannot disable your own account.",
      );
    await tx.update(users).set({ disabled: true }).where(eq(users.id, user.id));
    return { sessionsRevoked: await revokeUserSessions(tx, user.id, now) };
  });
}

export function enableLogin(deps: AppDeps, ctx: RequestContext | null, ref: UserRef) {
  return adminChange(deps, ctx, ref, "auth.user_enabled", async (tx, user) => {
    await tx.update(users).set({ disabled: false }).where(eq(users.id, user.id));
    return {};
  });
}

/** Removes the user's authenticator and recovery codes (they enrol again). */
export function resetLoginMfa(deps: AppDeps, ctx: RequestContext | null, ref: UserRef) {
  return adminChange(deps, ctx, ref, "auth.mfa_reset", async (tx, user, now) => {
    await tx
      .update(users)
      .set({ totpEnabled: false, totpSecret: null, recoveryCodes: [] })
      .where(eq(users.id, user.id));
    return { wasEnabled: user.totpEnabled, sessionsRevoked: await revokeUserSessions(tx, user.id, now) };
  });
}
