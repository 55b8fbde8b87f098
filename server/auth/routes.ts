import { createRoute } from "@hono/zod-openapi";
import { and, asc, count, eq, gt, ilike, isNotNull, or, type SQL, sql } from "drizzle-orm";
import type { Context, MiddlewareHandler } from "hono";
import { authorize, can, requireActor } from "../access";
import { departmentNameSql, personDepartmentSql, personNameSql } from "../directory";
import type { Actor, AppEnv } from "../http/context";
import { notFound, unauthenticated } from "../http/errors";
import {
  jsonBody as body,
  createRouter,
  requestContext as ctxOf,
  errorResponses,
  jsonContent as json,
  PUBLIC_ROUTE,
} from "../http/router";
import { hitLimit, LOGIN_PER_ADDRESS } from "../limits";
import { registerModule } from "../profile/consumers";
import { canListLogins, USER_RESOURCE } from "./access";
import {
  changePassword,
  disableLogin,
  disableMfa,
  enableLogin,
  enableMfa,
  findUser,
  resetLoginMfa,
  resetLoginPassword,
  startMfaSetup,
  unlockLogin,
} from "./commands";
import { rateLimited } from "./errors";
import { loadedSession, mfaRequiredError } from "./middleware";
import { loginBanner } from "./policy";
import { type LoginListRow, presentLogin, presentMeUser, previousLoginOf } from "./presenter";
import {
  BannerRes,
  LoginAdminRes,
  LoginReq,
  LoginRes,
  MeRes,
  MfaCodeReq,
  MfaDisableReq,
  MfaEnableRes,
  MfaSetupRes,
  OkRes,
  PasswordChangeReq,
  TemporaryPasswordRes,
  UserIdParam,
  UserListQuery,
  UserListRes,
} from "./schema";
import { clearSessionCookie, setSessionCookie } from "./session-store";
import { login, logout, type SignedIn, secondFactor } from "./sign-in";
import { users } from "./tables";

registerModule("auth", { ja: "ログイン・認証", en: "Sign-in" });

/** The signed-in actor with their login row (fresh from this request). */
function signedIn(c: Context<AppEnv>) {
  const actor = requireActor(c.get("actor"));
  const current = loadedSession(c);
  if (!current) throw unauthenticated();
  return { actor, user: current.user, session: current.session };
}

/** Refuses an anonymous caller before the body is validated (401, not 400). */
const needsActor: MiddlewareHandler<AppEnv> = async (c, next) => {
  requireActor(c.get("actor"));
  await next();
};

/** A live session, complete or still owing its second factor. */
const needsSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  const current = loadedSession(c);
  if (!current || current.expired) throw unauthenticated();
  await next();
};

/** Per-address limit on the login route, shared by every instance (before the body is read). */
const loginRateLimit: MiddlewareHandler<AppEnv> = async (c, next) => {
  const deps = c.get("deps");
  const limit = await hitLimit(deps.database.db, LOGIN_PER_ADDRESS, c.get("ip"), deps.now());
  if (!limit.ok) {
    c.header("Retry-After", String(limit.retryAfterSeconds));
    throw rateLimited(limit.retryAfterSeconds);
  }
  await next();
};

function signedInBody(result: SignedIn, profile: ReturnType<AppEnv["Variables"]["deps"]["profile"]>) {
  return {
    user: presentMeUser(result.user, result.actor, profile),
    csrfToken: result.csrfToken,
    ...(result.user.mustChangePassword ? { mustChangePassword: true as const } : {}),
    ...(result.mfaEnrollmentRequired ? { mfaEnrollmentRequired: true as const } : {}),
    previousLogin: result.previousLogin,
  };
}

async function loadLoginRow(c: Context<AppEnv>, id: string): Promise<LoginListRow> {
  const db = c.get("deps").database.db;
  const [row] = await loginListQuery(db).where(eq(users.id, id));
  if (!row) throw notFound({ ja: "利用者", en: "The user" });
  return row;
}

function loginListQuery(db: AppEnv["Variables"]["deps"]["database"]["db"]) {
  return db
    .select({
      id: users.id,
      personId: users.personId,
      loginId: users.loginId,
      name: personNameSql(users.personId),
      departmentId: personDepartmentSql(users.personId),
      departmentName: departmentNameSql(personDepartmentSql(users.personId)),
      lockedUntil: users.lockedUntil,
      failedAttempts: users.failedAttempts,
      disabled: users.disabled,
      totpEnabled: users.totpEnabled,
      mustChangePassword: users.mustChangePassword,
      lastLoginAt: users.lastLoginAt,
      lastLoginIp: users.lastLoginIp,
    })
    .from(users)
    .$dynamic();
}

export function authRoutes() {
  const app = createRouter();

  // ── sign-in ──────────────────────────────────────────────────────────────
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/auth/login",
      tags: ["auth"],
      summary: "Sign in (ログイン)",
      security: [...PUBLIC_ROUTE],
      middleware: [loginRateLimit] as const,
      request: body(LoginReq),
      responses: {
        200: json(LoginRes, "Signed in, or a second factor is owed ({mfaRequired:true})"),
        400: errorResponses[400],
        401: { description: "invalid_credentials / invalid_code" },
        403: { description: "account_disabled" },
        423: { description: "account_locked" },
        429: { description: "rate_limited" },
      },
    }),
    async (c) => {
      const deps = c.get("deps");
      const input = c.req.valid("json");
      const result = await login(deps, ctxOf(c), input, {
        userAgent: c.req.header("user-agent"),
        previousSessionId: loadedSession(c)?.session.id ?? null,
      });
      setSessionCookie(c, result.token);
      if (result.kind === "mfa_pending") {
        return c.json({ mfaRequired: true as const, csrfToken: result.csrfToken }, 200);
      }
      return c.json(signedInBody(result, deps.profile()), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/auth/mfa/verify",
      middleware: [needsSession] as const,
      tags: ["auth"],
      summary: "Finish signing in with a TOTP or recovery code",
      request: body(MfaCodeReq),
      responses: {
        200: json(SignedInResOf(), "Signed in"),
        ...errorResponses,
        423: { description: "account_locked" },
      },
    }),
    async (c) => {
      const deps = c.get("deps");
      const current = loadedSession(c);
      if (!current || current.expired) throw unauthenticated();
      if (!current.session.mfaPending) throw mfaRequiredError();
      const { code } = c.req.valid("json");
      const result = await secondFactor(deps, ctxOf(c), current.user, code, {
        userAgent: c.req.header("user-agent"),
        previousSessionId: current.session.id,
      });
      setSessionCookie(c, result.token);
      return c.json(signedInBody(result, deps.profile()), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/auth/logout",
      middleware: [needsSession] as const,
      tags: ["auth"],
      summary: "Sign out",
      responses: { 200: json(OkRes, "Signed out"), 401: errorResponses[401] },
    }),
    async (c) => {
      const current = loadedSession(c);
      if (!current || current.expired) throw unauthenticated();
      await logout(c.get("deps"), ctxOf(c), current.user, current.session.id);
      clearSessionCookie(c);
      return c.json({ ok: true as const }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/auth/me",
      middleware: [needsActor] as const,
      tags: ["auth"],
      summary: "The signed-in user, their duties and the CSRF token",
      responses: { 200: json(MeRes, "The signed-in user"), 401: errorResponses[401] },
    }),
    (c) => {
      const { actor, user, session } = signedIn(c);
      return c.json(
        {
          user: presentMeUser(user, actor, c.get("deps").profile()),
          csrfToken: session.csrfToken,
          previousLogin: previousLoginOf(user),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/auth/banner",
      tags: ["auth"],
      summary: "The login banner of the active profile",
      security: [...PUBLIC_ROUTE],
      responses: { 200: json(BannerRes, "Banner text") },
    }),
    (c) => c.json(loginBanner(c.get("deps").profile()), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/auth/password",
      middleware: [needsActor] as const,
      tags: ["auth"],
      summary: "Change one's own password",
      request: body(PasswordChangeReq),
      responses: { 200: json(OkRes, "Changed"), ...errorResponses },
    }),
    async (c) => {
      const { user, session } = signedIn(c);
      await changePassword(c.get("deps"), ctxOf(c), user, c.req.valid("json"), session.id);
      return c.json({ ok: true as const }, 200);
    },
  );

  // ── MFA ──────────────────────────────────────────────────────────────────
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/auth/mfa/setup",
      middleware: [needsActor] as const,
      tags: ["auth"],
      summary: "Start TOTP enrolment: secret, otpauth URL and QR code",
      responses: {
        200: json(MfaSetupRes, "Scan the QR code"),
        ...errorResponses,
        409: { description: "Already on" },
      },
    }),
    async (c) => {
      const { user } = signedIn(c);
      return c.json(await startMfaSetup(c.get("deps"), ctxOf(c), user), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/auth/mfa/enable",
      middleware: [needsActor] as const,
      tags: ["auth"],
      summary: "Confirm TOTP enrolment with a code; returns 10 one-time recovery codes",
      request: body(MfaCodeReq),
      responses: {
        200: json(MfaEnableRes, "Enabled"),
        ...errorResponses,
        409: { description: "Not set up" },
      },
    }),
    async (c) => {
      const { user } = signedIn(c);
      const { code } = c.req.valid("json");
      return c.json(await enableMfa(c.get("deps"), ctxOf(c), user, code), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/auth/mfa/disable",
      middleware: [needsActor] as const,
      tags: ["auth"],
      summary: "Turn TOTP off (refused when the profile requires it)",
      request: body(MfaDisableReq),
      responses: { 200: json(OkRes, "Disabled"), ...errorResponses, 409: { description: "Not on" } },
    }),
    async (c) => {
      const { user, actor } = signedIn(c);
      await disableMfa(c.get("deps"), ctxOf(c), user, actor, c.req.valid("json").password);
      return c.json({ ok: true as const }, 200);
    },
  );

  // ── administration of logins ─────────────────────────────────────────────
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/users",
      middleware: [needsActor] as const,
      tags: ["users"],
      summary: "Logins with their lock state (administrators)",
      request: { query: UserListQuery },
      responses: { 200: json(UserListRes, "Logins"), ...errorResponses },
    }),
    async (c) => {
      const actor = authorize(c.get("actor"), "list", USER_RESOURCE, null);
      const { q, state, limit = 50, offset = 0 } = c.req.valid("query");
      const deps = c.get("deps");
      const db = deps.database.db;
      const now = deps.now();
      const filters: (SQL | undefined)[] = [canListLogins(actor) ? undefined : sql`false`];
      if (q) {
        const pattern = `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
        filters.push(or(ilike(users.loginId, pattern), ilike(personNameSql(users.personId), pattern)));
      }
      if (state === "locked") filters.push(and(isNotNull(users.lockedUntil), gt(users.lockedUntil, now)));
      if (state === "disabled") filters.push(eq(users.disabled, true));
      if (state === "active")
        filters.push(
          and(
            eq(users.disabled, false),
            or(
              sql`${users.lockedUntil} IS NULL`,
              sql`${users.lockedUntil} <= ${now.toISOString()}::timestamptz`,
            ),
          ),
        );
      const where = and(...filters);
      const rows = await loginListQuery(db)
        .where(where)
        .orderBy(asc(users.loginId))
        .limit(limit)
        .offset(offset);
      const [{ total }] = await db.select({ total: count() }).from(users).where(where);
      return c.json(
        {
          items: rows.map((r) => presentLogin(r, actor, now)),
          total,
          policies: { list: can(actor, "list", USER_RESOURCE, null) },
        },
        200,
      );
    },
  );

  const adminAction = (
    path: string,
    action: string,
    summary: string,
    run: (c: Context<AppEnv>, actor: Actor, id: string) => Promise<void>,
  ) =>
    app.openapi(
      createRoute({
        method: "post",
        path,
        middleware: [needsActor] as const,
        tags: ["users"],
        summary,
        request: { params: UserIdParam },
        responses: { 200: json(LoginAdminRes, "The login after the change"), ...errorResponses },
      }),
      async (c) => {
        const { id } = c.req.valid("param");
        await loadLoginRow(c, id);
        const actor = authorize(c.get("actor"), action, USER_RESOURCE, { id });
        await run(c, actor, id);
        return c.json(presentLogin(await loadLoginRow(c, id), actor, c.get("deps").now()), 200);
      },
    );

  adminAction(
    "/api/users/{id}/unlock",
    "unlock",
    "Unlock a login locked by failed attempts",
    async (c, _a, id) => {
      await unlockLogin(c.get("deps"), ctxOf(c), { id });
    },
  );
  adminAction(
    "/api/users/{id}/disable",
    "disable",
    "Disable a login (ends its sessions)",
    async (c, _a, id) => {
      await disableLogin(c.get("deps"), ctxOf(c), { id });
    },
  );
  adminAction("/api/users/{id}/enable", "enable", "Enable a disabled login", async (c, _a, id) => {
    await enableLogin(c.get("deps"), ctxOf(c), { id });
  });
  adminAction(
    "/api/users/{id}/mfa-reset",
    "mfa_reset",
    "Remove a login's authenticator",
    async (c, _a, id) => {
      await resetLoginMfa(c.get("deps"), ctxOf(c), { id });
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/users/{id}/reset-password",
      middleware: [needsActor] as const,
      tags: ["users"],
      summary: "Set a temporary password (shown once; must be changed at next sign-in)",
      request: { params: UserIdParam },
      responses: { 200: json(TemporaryPasswordRes, "The temporary password"), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const deps = c.get("deps");
      if (!(await findUser(deps.database.db, { id }))) throw notFound({ ja: "利用者", en: "The user" });
      const actor = authorize(c.get("actor"), "reset_password", USER_RESOURCE, { id });
      const { temporaryPassword } = await resetLoginPassword(deps, ctxOf(c), { id });
      return c.json(
        { temporaryPassword, user: presentLogin(await loadLoginRow(c, id), actor, deps.now()) },
        200,
      );
    },
  );

  return app;
}

function SignedInResOf() {
  return LoginRes.options[0];
}
