import { generate } from "otplib";

/** Anything with Hono's `request()`: the app itself or a TestApp (`{ app }`). */
type Requester = { request(input: string, init?: RequestInit): Response | Promise<Response> };
type AppLike = Requester | { app: Requester };

function requester(app: AppLike): Requester {
  return "app" in app ? app.app : app;
}

export const SESSION_COOKIE = "sekimori_session";

export interface TestSession {
  /** `sekimori_session=…`, ready for a Cookie header. */
  cookie: string;
  csrf: string;
  /** The login response body. */
  body: Record<string, unknown>;
  /** Cookie, CSRF token and JSON content type, plus any extra headers. */
  headers(extra?: Record<string, string>): Record<string, string>;
}

/** The `name=value` of the session cookie from a response, or null. */
export function sessionCookieOf(res: Response): string | null {
  const all = res.headers.getSetCookie?.() ?? [res.headers.get("set-cookie") ?? ""];
  for (const line of all) {
    const first = line.split(";")[0]?.trim() ?? "";
    if (first.startsWith(`${SESSION_COOKIE}=`) && first.length > SESSION_COOKIE.length + 1) return first;
  }
  return null;
}

/**
 * Signs in through `POST /api/auth/login` (and the TOTP step when a secret or code is given)
 * and returns what later requests need. Throws when sign-in does not succeed.
 * `totp` is either a 6-digit code or a base32 TOTP secret (a code is generated from it).
 */
export async function signIn(
  app: AppLike,
  loginId: string,
  password: string,
  totp?: string,
  options: { ip?: string; now?: Date } = {},
): Promise<TestSession> {
  const r = requester(app);
  const baseHeaders: Record<string, string> = { "content-type": "application/json" };
  if (options.ip) baseHeaders["x-test-ip"] = options.ip;
  let code: string | undefined;
  if (totp) {
    code = /^\d{6}$/.test(totp)
      ? totp
      : await generate({
          secret: totp,
          ...(options.now ? { epoch: Math.floor(options.now.getTime() / 1000) } : {}),
        });
  }
  const res = await r.request("/api/auth/login", {
    method: "POST",
    headers: baseHeaders,
    body: JSON.stringify(code ? { loginId, password, totp: code } : { loginId, password }),
  });
  const body = (await res.json()) as Record<string, unknown>;
  if (res.status !== 200) {
    throw new Error(`signIn(${loginId}) failed: ${res.status} ${JSON.stringify(body)}`);
  }
  const cookie = sessionCookieOf(res);
  if (!cookie) throw new Error(`signIn(${loginId}): no session cookie in the response`);
  if (body.mfaRequired && !body.user) {
    throw new Error(
      `signIn(${loginId}): a TOTP code is required (pass the secret or a code as the 4th argument)`,
    );
  }
  const csrf = String(body.csrfToken ?? "");
  return {
    cookie,
    csrf,
    body,
    headers: (extra = {}) => ({
      cookie,
      "x-csrf-token": csrf,
      "content-type": "application/json",
      ...(options.ip ? { "x-test-ip": options.ip } : {}),
      ...extra,
    }),
  };
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
