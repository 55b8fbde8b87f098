import { desc, eq } from "drizzle-orm";
import type { AuditDataOf } from "../../common/audit-events";
import type { Duty } from "../../common/duties";
import { type AuditEventInput, recordEvent } from "../audit/record";
import type { DbOrTx } from "../db/client";
import type { Actor, AppDeps, RequestContext } from "../http/context";
import { conflict, forbidden, invalid, notFound } from "../http/errors";
import { openSecret, sealSecret } from "../secrets";
import { invalidPassword } from "./errors";
import { joinProblems, PASSWORD_HISTORY, passwordProblems } from "./password-rule";
import { hashPassword, verifyPassword } from "./passwords";
import { mfaRequiredFor } from "./policy";
import { reauthenticate } from "./reauth";
import { revokeUserSessions, type UserRow } from "./session-store";
import { departmentOfPerson } from "./sign-in";
import { passwordHistory, users } from "./tables";
import { generatePassword } from "./tokens";
import { newRecoveryCodes, newTotpSecret, qrDataUrl, totpStepOf, totpUri } from "./totp";

const userTarget = (user: UserRow) => ({ targetType: "user", targetId: user.id });

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
  current: UserRow,
  input: { currentPassword: string; newPassword: string },
  sessionId: string,
) {
  const now = deps.now();
  await reauthenticate(
    deps,
    ctx,
    current,
    "password_change",
    (user) => verifyPassword(user.passwordHash, input.currentPassword),
    () => invalidPassword("currentPassword"),
    async (tx, user) => {
      assertPasswordRule(input.newPassword, user.loginId);
      await assertNotReused(tx, user, input.newPassword);
      const hash = await hashPassword(input.newPassword);
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
    },
  );
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
    // Encrypted at rest (AES-256-GCM, key outside the database): see server/secrets.
    await tx
      .update(users)
      .set({ totpSecret: sealSecret(secret) })
      .where(eq(users.id, user.id));
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
  const stored = user.totpSecret;
  const secret = openSecret(stored);
  const { codes, hashes } = await newRecoveryCodes();
  const now = deps.now();
  await reauthenticate(
    deps,
    ctx,
    user,
    "mfa_enable",
    async (row) => (await totpStepOf(secret, code.trim(), now)) !== null && row.totpSecret === stored,
    () =>
      invalid(
        { code: { message_ja: "確認コードが正しくありません。", message_en: "The code is incorrect." } },
        "invalid_code",
      ),
    async (tx, row) => {
      // The enrolment code is used up like a sign-in code.
      const step = (await totpStepOf(secret, code.trim(), now)) as number;
      await tx
        .update(users)
        .set({ totpEnabled: true, recoveryCodes: hashes, totpLastStep: step })
        .where(eq(users.id, row.id));
      await recordEvent(
        tx,
        ctx,
        { type: "auth.mfa_enabled", ...userTarget(row), data: { recoveryCodes: hashes.length } },
        now,
      );
    },
  );
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
  const now = deps.now();
  await reauthenticate(
    deps,
    ctx,
    user,
    "mfa_disable",
    (row) => verifyPassword(row.passwordHash, password),
    () => invalidPassword("password"),
    async (tx, row) => {
      await tx
        .update(users)
        .set({ totpEnabled: false, totpSecret: null, recoveryCodes: [], totpLastStep: null })
        .where(eq(users.id, row.id));
      await recordEvent(tx, ctx, { type: "auth.mfa_disabled", ...userTarget(row) }, now);
    },
  );
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

type AdminChangeType =
  | "auth.user_unlocked"
  | "auth.password_reset"
  | "auth.user_disabled"
  | "auth.user_enabled"
  | "auth.mfa_reset";

/** Changes a login and records the event of `type`: its data is the login's id and what `change` returns. */
async function adminChange<T extends AdminChangeType>(
  deps: AppDeps,
  ctx: RequestContext | null,
  ref: UserRef,
  type: T,
  change: (tx: DbOrTx, user: UserRow, now: Date) => Promise<Omit<AuditDataOf<T>, "loginId">>,
) {
  const db = deps.database.db;
  const user = await findUser(db, ref);
  if (!user) throw notFound(USER_WHAT);
  const now = deps.now();
  return db.transaction(async (tx) => {
    const data = await change(tx, user, now);
    // The type is one of five, not yet known here: the data is `change`'s, typed by it, and the login.
    const event = {
      type,
      ...userTarget(user),
      departmentId: await departmentOfPerson(tx, user.personId),
      data: { loginId: user.loginId, ...data } as AuditDataOf<T>,
    } as AuditEventInput<T>;
    await recordEvent(tx, ctx, event, now);
    return user;
  });
}

export function unlockLogin(deps: AppDeps, ctx: RequestContext | null, ref: UserRef) {
  return adminChange(deps, ctx, ref, "auth.user_unlocked", async (tx, user) => {
    await tx
      .update(users)
      .set({ failedAttempts: 0, lockedUntil: null, lockedBy: null })
      .where(eq(users.id, user.id));
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
        lockedBy: null,
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
