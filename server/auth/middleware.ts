import { eq } from "drizzle-orm";
import type { Context, MiddlewareHandler } from "hono";
import type { Duty } from "../../common/duties";
import type { AppEnv } from "../http/context";
import { AppError } from "../http/errors";
import { forgetCachedSession, loadSessionActor } from "./actor";
import { IDLE_TIMEOUT_MS, isPrivileged, mfaRequiredFor, PRIVILEGED_LIFETIME_MS } from "./policy";
import { clearSessionCookie, readSessionToken, type SessionRow, type UserRow } from "./session-store";
import { sessions } from "./tables";
import { safeEqual } from "./tokens";

/** What sessionLoader found for this request; routes of this folder read it via `loadedSession`. */
export interface LoadedSession {
  session: SessionRow;
  user: UserRow;
  /** Idle or absolute lifetime passed: the request runs as anonymous. */
  expired: boolean;
}

const loaded = new WeakMap<Request, LoadedSession>();

export function loadedSession(c: Context<AppEnv>): LoadedSession | null {
  return loaded.get(c.req.raw) ?? null;
}

type Allow = ReadonlyArray<string>;
/** While the second factor is still owed. */
const PENDING_ALLOWED: Allow = [
  "POST /api/auth/login",
  "POST /api/auth/logout",
  "POST /api/auth/mfa/verify",
  "GET /api/auth/banner",
  "GET /api/auth/oidc",
  "GET /api/health",
];
/** While a temporary password must be changed, or MFA must be enrolled. */
const RESTRICTED_ALLOWED: Allow = [
  ...PENDING_ALLOWED.filter((r) => r !== "POST /api/auth/mfa/verify"),
  "GET /api/auth/me",
  "POST /api/auth/password",
  "POST /api/auth/mfa/setup",
  "POST /api/auth/mfa/enable",
];

/** State-changing calls that need no CSRF token: they create the session. */
const CSRF_EXEMPT: Allow = ["POST /api/auth/login"];

const routeKey = (c: Context<AppEnv>) => `${c.req.method} ${c.req.path.replace(/\/+$/, "") || "/"}`;

export const sessionExpired = () =>
  new AppError(
    401,
    "session_expired",
    "セッションの有効期限が切れました。もう一度ログインしてください。",
    "Your session has expired. Please sign in again.",
  );

export const mfaRequiredError = () =>
  new AppError(
    403,
    "mfa_required",
    "確認コードを入力してログインを完了してください。",
    "Enter your verification code to finish signing in.",
  );

/** When does this session end (absolute and idle), given whether it is privileged. */
export function sessionDeadline(session: SessionRow, privileged: boolean): Date {
  const absolute = privileged
    ? Math.min(session.expiresAt.getTime(), session.createdAt.getTime() + PRIVILEGED_LIFETIME_MS)
    : session.expiresAt.getTime();
  const idle = session.lastSeenAt.getTime() + IDLE_TIMEOUT_MS;
  return new Date(Math.min(absolute, idle));
}

/** Refresh `lastSeenAt` at most this often (one write per session per interval, not per request). */
const TOUCH_INTERVAL_MS = 15_000;

/**
 * Resolves the session cookie into `actor`. Expired sessions answer 401 `session_expired` where
 * the route needs a sign-in; sessions owing a second factor, a password change or an MFA
 * enrolment may only call an allow-list.
 */
export const sessionLoader: MiddlewareHandler<AppEnv> = async (c, next) => {
  const token = readSessionToken(c);
  if (!token) return next();
  const deps = c.get("deps");
  const db = deps.database.db;
  const now = deps.now();
  const profile = deps.profile();
  // Session, login and actor (unit, role assignments, deputies): one round trip, or none beyond a
  // WAL-position check when nothing was written since (see loadSessionActor).
  const found = await loadSessionActor(db, token, profile, now);
  if (!found || found.user.disabled) {
    // Unknown, revoked, or of a disabled login: anonymous.
    await next();
    if (c.res.status === 401) clearSessionCookie(c);
    return;
  }
  const { session, user, actor, standing } = found;
  const key = routeKey(c);

  if (session.mfaPending) {
    const expired = now.getTime() > sessionDeadline(session, true).getTime();
    loaded.set(c.req.raw, { session, user, expired });
    if (expired) return runExpired(c, next);
    if (!PENDING_ALLOWED.includes(key)) throw mfaRequiredError();
    return next();
  }

  const duties = actor.grants.map((g) => g.duty as Duty);
  const privileged = session.privileged || isPrivileged(duties);
  const expired = now.getTime() > sessionDeadline(session, privileged).getTime();
  loaded.set(c.req.raw, { session, user, expired });
  if (expired) return runExpired(c, next);

  if (
    now.getTime() - session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS ||
    privileged !== session.privileged
  ) {
    await db.update(sessions).set({ lastSeenAt: now, privileged }).where(eq(sessions.id, session.id));
    forgetCachedSession(db, session.id);
  }
  // Grants from records (an auditor during an audit): added after the session's privilege and MFA
  // were judged from the roles, so a running audit never changes how the session is protected.
  // Loaded and cached with the session (loadSessionActor): no query of its own per request.
  c.set("actor", {
    ...actor,
    grants: standing.grants.length ? [...actor.grants, ...standing.grants] : actor.grants,
    namedOn: standing.namedOn,
  });

  if (!RESTRICTED_ALLOWED.includes(key)) {
    if (user.mustChangePassword)
      throw new AppError(
        403,
        "password_change_required",
        "仮パスワードを変更してください。変更するまで他の操作はできません。",
        "Change your temporary password before doing anything else.",
      );
    if (!user.totpEnabled && mfaRequiredFor(profile, duties))
      throw new AppError(
        403,
        "mfa_enrollment_required",
        "あなたの役割では多要素認証が必要です。確認コードアプリを登録してください。",
        "Your duties require multi-factor sign-in. Set up an authenticator app first.",
      );
  }
  return next();
};

/** Runs the request as anonymous; a 401 becomes `session_expired` and clears the cookie. */
async function runExpired(c: Context<AppEnv>, next: () => Promise<void>) {
  await next();
  if (c.res.status === 401) {
    const body = JSON.stringify(sessionExpired().toJSON());
    c.res = undefined;
    c.res = new Response(body, { status: 401, headers: { "content-type": "application/json" } });
    clearSessionCookie(c);
  }
}

function sameHost(origin: string, c: Context<AppEnv>): boolean {
  let originHost: string;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    return false;
  }
  const hosts = new Set<string>();
  const host = c.req.header("host");
  if (host) hosts.add(host.toLowerCase());
  if (!host) hosts.add(new URL(c.req.url).host.toLowerCase());
  return hosts.has(originHost);
}

const csrfRefused = () =>
  new AppError(
    403,
    "csrf",
    "不正なリクエストとして拒否しました。画面を再読み込みしてからやり直してください。",
    "The request was refused as a possible cross-site request. Reload the page and try again.",
  );

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * State-changing requests: a foreign Origin is always refused; a request that carries a live
 * session must send that session's `X-CSRF-Token` (constant-time compare). Requests without a
 * session carry no ambient authority: the route answers them (401 where a sign-in is needed).
 */
export const csrfProtection: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!STATE_CHANGING.has(c.req.method)) return next();
  const origin = c.req.header("origin");
  if (origin !== undefined && !sameHost(origin, c)) throw csrfRefused();
  const current = loadedSession(c);
  if (current && !current.expired && !CSRF_EXEMPT.includes(routeKey(c))) {
    const sent = c.req.header("x-csrf-token");
    if (!sent || !safeEqual(sent, current.session.csrfToken)) throw csrfRefused();
  }
  return next();
};
