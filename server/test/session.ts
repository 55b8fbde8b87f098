import { eq } from "drizzle-orm";
import { generate } from "otplib";
import { users } from "../auth/tables";
import type { Database } from "../db/client";
import type { TestApp } from "./app";
import { makeUser } from "./factories";

/** Anything with Hono's `request()`: the app itself, or a TestApp (`{ app, deps }`). */
type Requester = { request(input: string, init?: RequestInit): Response | Promise<Response> };
type AppLike = Requester | { app: Requester; deps?: { now(): Date; database?: Database } };

function requester(app: AppLike): Requester {
  return "app" in app ? app.app : app;
}

export const SESSION_COOKIE = "sekimori_session";

export interface TestSession {
  /** `sekimori_session=…`, ready for a Cookie header. */
  cookie: string;
  csrf: string;
  /** The body of the response that completed sign-in. */
  body: Record<string, unknown>;
  /** The TOTP secret, when signIn enrolled one (see `signIn`). */
  totpSecret?: string;
  /** Cookie, CSRF token and JSON content type, plus any extra headers. */
  headers(extra?: Record<string, string>): Record<string, string>;
}

export interface SignInOptions {
  /** Sent as `x-test-ip` (the client address the app sees in tests). */
  ip?: string;
  /** The app's clock, for TOTP codes (taken from a TestApp's deps when not given). */
  now?: Date;
  /**
   * When the profile requires MFA and the user has none, enrol a TOTP authenticator through
   * the API so the session can be used (default true). The secret is remembered for later
   * sign-ins of the same login on the same app.
   */
  enrollMfa?: boolean;
}

/** The `name=value` of the session cookie from a response, or null. */
export function sessionCookieOf(res: Response): string | null {
  const all = res.headers.getSetCookie?.() ?? [res.headers.get("set-cookie") ?? ""];
  let found: string | null = null;
  for (const line of all) {
    const first = line.split(";")[0]?.trim() ?? "";
    if (first.startsWith(`${SESSION_COOKIE}=`) && first.length > SESSION_COOKIE.length + 1) found = first;
  }
  return found;
}

/** TOTP secrets enrolled by signIn, per app and login id. */
const enrolled = new WeakMap<Requester, Map<string, string>>();

function clockOf(app: AppLike, options: SignInOptions): Date {
  if (options.now) return options.now;
  if ("app" in app && app.deps) return app.deps.now();
  return new Date();
}

async function codeFor(secretOrCode: string, now: Date): Promise<string> {
  if (/^\d{6}$/.test(secretOrCode)) return secretOrCode;
  return generate({ secret: secretOrCode, epoch: Math.floor(now.getTime() / 1000) });
}

async function post(r: Requester, path: string, body: unknown, headers: Record<string, string>) {
  const res = await r.request(path, { method: "POST", headers, body: JSON.stringify(body) });
  const json = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  return { res, json };
}

/**
 * Signs in through `POST /api/auth/login` and returns what later requests need; throws when
 * sign-in does not succeed. `totp` is a 6-digit code or a base32 TOTP secret (a code is made
 * from it with the app's clock). Sessions that must enrol MFA are enrolled (see options).
 */
export async function signIn(
  app: AppLike,
  loginId: string,
  password: string,
  totp?: string,
  options: SignInOptions = {},
): Promise<TestSession> {
  const r = requester(app);
  const base: Record<string, string> = { "content-type": "application/json" };
  if (options.ip) base["x-test-ip"] = options.ip;
  const remembered = enrolled.get(r)?.get(loginId);
  const secret = totp ?? remembered;
  // The server accepts a TOTP time step once; the test clock stands still, so each helper
  // sign-in stands for a later time step (tests of replay post their codes themselves).
  const db = "app" in app ? app.deps?.database?.db : undefined;
  if (secret && db) await db.update(users).set({ totpLastStep: null }).where(eq(users.loginId, loginId));

  const first = await post(
    r,
    "/api/auth/login",
    secret
      ? { loginId, password, totp: await codeFor(secret, clockOf(app, options)) }
      : { loginId, password },
    base,
  );
  if (first.res.status !== 200)
    throw new Error(`signIn(${loginId}) failed: ${first.res.status} ${JSON.stringify(first.json)}`);
  const cookie = sessionCookieOf(first.res);
  if (!cookie) throw new Error(`signIn(${loginId}): no session cookie in the response`);
  let body = first.json;
  if (body.mfaRequired && !body.user) {
    throw new Error(
      `signIn(${loginId}): a TOTP code is required (pass the secret or a code as the 4th argument)`,
    );
  }
  const csrf = String(body.csrfToken ?? "");
  const headers = (extra: Record<string, string> = {}) => ({
    cookie,
    "x-csrf-token": csrf,
    "content-type": "application/json",
    ...(options.ip ? { "x-test-ip": options.ip } : {}),
    ...extra,
  });

  let totpSecret = secret && !/^\d{6}$/.test(secret) ? secret : undefined;
  if (body.mfaEnrollmentRequired && options.enrollMfa !== false) {
    const setup = await post(r, "/api/auth/mfa/setup", {}, headers());
    if (setup.res.status !== 200)
      throw new Error(
        `signIn(${loginId}): MFA setup failed: ${setup.res.status} ${JSON.stringify(setup.json)}`,
      );
    totpSecret = String(setup.json.secret);
    const code = await codeFor(totpSecret, clockOf(app, options));
    const enable = await post(r, "/api/auth/mfa/enable", { code }, headers());
    if (enable.res.status !== 200)
      throw new Error(
        `signIn(${loginId}): MFA enable failed: ${enable.res.status} ${JSON.stringify(enable.json)}`,
      );
    let byLogin = enrolled.get(r);
    if (!byLogin) {
      byLogin = new Map();
      enrolled.set(r, byLogin);
    }
    byLogin.set(loginId, totpSecret);
    body = { ...body, mfaEnrollmentRequired: undefined, recoveryCodes: enable.json.recoveryCodes };
  }
  return { cookie, csrf, body, totpSecret, headers };
}

export interface AuthedClient {
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  post(path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  put(path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  patch(path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  delete(path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  /** Any method; `body` is sent as JSON unless it is already a string, FormData or Blob. */
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
}

/** Calls the API as the signed-in user (cookie and CSRF token on every request). */
export function authed(app: AppLike, session: TestSession): AuthedClient {
  const r = requester(app);
  const request = async (
    method: string,
    path: string,
    body?: unknown,
    extra: Record<string, string> = {},
  ) => {
    const headers = session.headers(extra);
    let payload: BodyInit | undefined;
    if (body === undefined) {
      payload = undefined;
    } else if (typeof body === "string" || body instanceof FormData || body instanceof Blob) {
      payload = body;
      if (body instanceof FormData) delete headers["content-type"];
    } else {
      payload = JSON.stringify(body);
    }
    return r.request(path, { method, headers, body: payload });
  };
  return {
    get: (path, headers) => request("GET", path, undefined, headers),
    post: (path, body, headers) => request("POST", path, body ?? {}, headers),
    put: (path, body, headers) => request("PUT", path, body ?? {}, headers),
    patch: (path, body, headers) => request("PATCH", path, body ?? {}, headers),
    delete: (path, body, headers) => request("DELETE", path, body, headers),
    request,
  };
}

/** A signed-in person: the API client, and who it is. */
export interface SignedIn {
  client: AuthedClient;
  personId: string;
  name: string;
  loginId: string;
  password: string;
}

/**
 * A new person of `departmentId` holding `roles` ([role key, unit id or null for the organization]),
 * signed in — the set-up most route tests start from.
 */
export async function signedInUser(
  t: TestApp,
  departmentId: string | null,
  roles: Array<[string, string | null]> = [],
  name?: string,
): Promise<SignedIn> {
  const u = await makeUser(t.database.db, { departmentId, roles, ...(name ? { name } : {}) });
  return {
    client: authed(t, await signIn(t, u.user.loginId, u.password)),
    personId: u.person.id,
    name: u.person.name,
    loginId: u.user.loginId,
    password: u.password,
  };
}
