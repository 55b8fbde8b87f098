/**
 * The API client: same-origin fetch with the session cookie, the CSRF token on every
 * state-changing request, and errors as ApiError carrying the server's Japanese and English
 * messages and per-field errors. Every call names a path of the server's OpenAPI document and is
 * typed by it (path parameters, query names, body and answer, from web/src/api-types.gen.ts):
 * a field renamed on the server fails `tsc` where a screen reads or sends it.
 */

import type { Answer, Args, HttpMethod, Init, Op, PathOf } from "./api-typing";
import { type Query, withQuery } from "./api-url";

export { type Query, withQuery };

export interface FieldMessage {
  message_ja: string;
  message_en: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageJa: string,
    readonly messageEn: string,
    readonly fields: Record<string, FieldMessage> = {},
  ) {
    super(messageEn);
  }

  /** The message in the given language. */
  text(lang: string): string {
    return lang.startsWith("en") ? this.messageEn : this.messageJa;
  }

  /** The error of one field (by its last path segment or full path), in the given language. */
  field(name: string, lang: string): string | undefined {
    const f =
      this.fields[name] ?? Object.entries(this.fields).find(([k]) => k.split(".").pop() === name)?.[1];
    if (!f) return undefined;
    return lang.startsWith("en") ? f.message_en : f.message_ja;
  }
}

let csrfToken: string | null = null;
let onUnauthenticated: (() => void) | null = null;

export function setCsrfToken(token: string | null | undefined): void {
  csrfToken = token ?? null;
}

/** Called when an API call answers 401 (session ended): the app returns to sign-in. */
export function setUnauthenticatedHandler(fn: (() => void) | null): void {
  onUnauthenticated = fn;
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

async function readError(res: Response): Promise<ApiError> {
  try {
    const body = (await res.json()) as { error?: Partial<ApiError> & Record<string, unknown> };
    const e = body.error as
      | { code?: string; message_ja?: string; message_en?: string; fields?: Record<string, FieldMessage> }
      | undefined;
    if (e?.code) {
      return new ApiError(res.status, e.code, e.message_ja ?? e.code, e.message_en ?? e.code, e.fields ?? {});
    }
  } catch {
    // not JSON
  }
  if (res.status === 429) {
    return new ApiError(
      429,
      "rate_limited",
      "試行回数が多すぎます。しばらく待ってから再度お試しください。",
      "Too many attempts. Please wait a while and try again.",
    );
  }
  return new ApiError(
    res.status,
    "http_error",
    `サーバーとの通信に失敗しました（${res.status}）。`,
    `The server answered ${res.status}.`,
  );
}

async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  let payload: BodyInit | undefined;
  if (body instanceof FormData) {
    payload = body;
  } else if (body instanceof Blob) {
    // A file sent as the raw body (advisory feed upload).
    headers["Content-Type"] = "application/octet-stream";
    payload = body;
  } else if (body !== undefined) {
    headers["Content-Type"] = "application/json";
    payload = JSON.stringify(body);
  }
  if (method !== "GET" && csrfToken) headers["X-CSRF-Token"] = csrfToken;
  let res: Response;
  try {
    res = await fetch(path, { method, headers, body: payload, credentials: "same-origin" });
  } catch {
    throw new ApiError(
      0,
      "network_error",
      "サーバーに接続できません。ネットワークを確認してください。",
      "Cannot reach the server. Check the network.",
    );
  }
  return read<T>(res, path);
}

/** The body of a response (JSON, text or nothing), or its error as ApiError. */
async function read<T>(res: Response, path: string): Promise<T> {
  if (!res.ok) {
    const err = await readError(res);
    if (res.status === 401 && !path.startsWith("/api/auth/")) onUnauthenticated?.();
    throw err;
  }
  if (res.status === 204) return undefined as T;
  const type = res.headers.get("content-type") ?? "";
  if (!type.includes("json")) return (await res.text()) as T;
  return (await res.json()) as T;
}

/** What web/src/early.ts started before the app's code had loaded: GETs by URL, with when. */
interface EarlyGets {
  [url: string]: { at: number; res: Promise<Response> } | undefined;
}

/** The URL of a call: the path's `{name}` parameters filled in, then the query. */
export function urlOf(path: string, init?: { path?: object; query?: object }): string {
  const params = (init?.path ?? {}) as Record<string, string | number>;
  const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === "") throw new Error(`${path}: no value for {${name}}`);
    return encodeURIComponent(String(value));
  });
  return withQuery(filled, init?.query as Query | undefined);
}

/**
 * A GET of `path`: the answer the early loader already fetched for exactly this URL when it is
 * fresh (a few seconds) and successful, else a new request. Taken once: a later call fetches.
 */
export async function getEarly<P extends PathOf<"get">>(
  path: P,
  ...[init]: Args<Op<P, "get">>
): Promise<Answer<Op<P, "get">>> {
  const url = urlOf(path, init);
  const early = (globalThis as { __sekimoriEarly?: EarlyGets }).__sekimoriEarly;
  const hit = early?.[url];
  if (early) delete early[url];
  if (hit && performance.now() - hit.at < 5_000) {
    const res = await hit.res.catch(() => null);
    // A refused or failed early answer (signed out then, a network blip) is asked again, so the
    // sign-in handling sees only the app's own requests.
    if (res?.ok) return read(res, url);
  }
  return request("GET", url);
}

function call<M extends HttpMethod>(method: M) {
  return <P extends PathOf<M>>(path: P, ...[init]: Args<Op<P, M>>): Promise<Answer<Op<P, M>>> => {
    const i = init as Init<Op<P, M>> & { body?: unknown };
    const body = method === "get" || method === "delete" ? undefined : (i?.body ?? {});
    return request(method.toUpperCase() as Method, urlOf(path, i), body);
  };
}

/**
 * `api.get("/api/assets/{id}", { path: { id } })`, `api.post("/api/assets", { body })`: the path
 * as the OpenAPI document spells it, its parameters, query and body checked against the route's
 * schemas, the answer typed by the route's success response. A FormData or Blob body uploads.
 */
export const api = {
  get: call("get"),
  post: call("post"),
  put: call("put"),
  patch: call("patch"),
  delete: call("delete"),
};
