import { eq, sql } from "drizzle-orm";
import { recordEvent } from "../audit/record";
import type { DbOrTx } from "../db/client";
import { rowsOf } from "../db/sql";
import { findPerson, peopleByKeySql } from "../directory";
import type { AppDeps, RequestContext } from "../http/context";
import { isLocked, lockUserRow } from "./attempts";
import type { ProviderIdentity } from "./oidc";
import { type OidcConfig, providerMfa } from "./oidc-config";
import { createSession, revokeSession } from "./session-store";
import { completeSignIn, type MfaPending, type SignedIn, type SignInMeta } from "./sign-in";
import { users } from "./tables";

/**
 * Sign-in with an identity the provider vouched for. Nothing about sign-in is weaker than the
 * password path: a disabled or locked login, or a person who left, is refused; the second factor
 * is the provider's (its `amr`/`acr`) or else Sekimori's TOTP exactly as after a password — a
 * login with TOTP owes its code, and one the profile requires MFA of without TOTP must enrol
 * first. Sessions are the ordinary ones. Every outcome is audited.
 */
export type ProviderSignInFailure =
  | "unknown_user"
  | "disabled"
  | "locked"
  | "inactive_person"
  | "missing_claim";

export class ProviderSignInRefused extends Error {
  constructor(readonly reason: ProviderSignInFailure) {
    super(reason);
  }
}

async function findLogin(db: DbOrTx, config: OidcConfig, value: string): Promise<string | null> {
  if (config.match === "login_id") {
    const [row] = await db.select({ id: users.id }).from(users).where(eq(users.loginId, value));
    return row?.id ?? null;
  }
  const rows = rowsOf<{ id: string }>(
    await db.execute(
      sql`select u.id from users u where u.person_id in ${peopleByKeySql(config.match, value)}`,
    ),
  );
  // Two logins behind one address would make the answer a guess: refuse instead.
  return rows.length === 1 ? rows[0].id : null;
}

export async function signInWithProvider(
  deps: AppDeps,
  ctx: RequestContext,
  config: OidcConfig,
  identity: ProviderIdentity,
  meta: SignInMeta = {},
): Promise<SignedIn | MfaPending> {
  const db = deps.database.db;
  const now = deps.now();
  const who = {
    issuer: identity.issuer,
    subject: identity.subject,
    claim: config.claim,
    value: identity.value,
  };
  const refuse = async (reason: ProviderSignInFailure, target?: { id: string; loginId: string }) => {
    await db.transaction((tx) =>
      recordEvent(
        tx,
        ctx,
        {
          type: target ? "auth.login_refused" : "auth.login_failed",
          ...(target ? { targetType: "user", targetId: target.id } : {}),
          data: { loginId: target?.loginId ?? identity.value ?? "", reason: `oidc_${reason}`, provider: who },
        },
        now,
      ),
    );
    return new ProviderSignInRefused(reason);
  };
  if (!identity.value) throw await refuse("missing_claim");
  const userId = await findLogin(db, config, identity.value);
  if (!userId) throw await refuse("unknown_user");

  let refused: { reason: ProviderSignInFailure; user: { id: string; loginId: string } } | null = null;
  const result = await db.transaction(async (tx): Promise<SignedIn | MfaPending | null> => {
    const user = await lockUserRow(tx, userId);
    if (!user) return null;
    const person = await findPerson(tx, user.personId);
    if (user.disabled) refused = { reason: "disabled", user };
    else if (!person?.active) refused = { reason: "inactive_person", user };
    else if (isLocked(user, now)) refused = { reason: "locked", user };
    if (refused) return null;
    const mfaByProvider = providerMfa(identity, config);
    if (mfaByProvider || !user.totpEnabled)
      return completeSignIn(tx, deps, ctx, user, { ...meta, method: mfaByProvider ? "oidc_mfa" : "oidc" });
    // The provider did not vouch for a second factor: Sekimori's TOTP, as after a password.
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
      {
        type: "auth.login_mfa_pending",
        targetType: "user",
        targetId: user.id,
        data: { loginId: user.loginId, method: "oidc" },
      },
      now,
    );
    return { kind: "mfa_pending", token, csrfToken: session.csrfToken };
  });
  const r = refused as { reason: ProviderSignInFailure; user: { id: string; loginId: string } } | null;
  if (r) throw await refuse(r.reason, { id: r.user.id, loginId: r.user.loginId });
  if (!result) throw await refuse("unknown_user");
  return result;
}
