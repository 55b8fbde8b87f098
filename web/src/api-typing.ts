/**
 * The types of an API call, read from the generated OpenAPI types (web/src/api-types.gen.ts):
 * which paths answer a method, what each takes (path parameters, query names, body) and what it
 * answers on success. Type-only: nothing here reaches the bundle.
 */

import type { components, paths } from "./api-types.gen";
import type { Query } from "./api-url";

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

/** A schema of the OpenAPI document by its name (`Schema<"AssetDetail">`). */
export type Schema<N extends keyof components["schemas"]> = components["schemas"][N];

/** The paths that answer `method` (a path without it is `method?: never` in the generated types). */
export type PathOf<M extends HttpMethod> = {
  [P in keyof paths]: paths[P] extends Record<M, object> ? P : never;
}[keyof paths];

/** The operation of a path and method. */
export type Op<P, M extends HttpMethod> = P extends keyof paths
  ? M extends keyof paths[P]
    ? NonNullable<paths[P][M]>
    : never
  : never;

type Success = 200 | 201 | 202 | 204;

/** A response's body: its JSON when it has one, else its other content (CSV, a file), else nothing. */
type ContentOf<R> = R extends { content: infer C }
  ? "application/json" extends keyof C
    ? C["application/json"]
    : C[keyof C]
  : undefined;

/** What an operation answers on success. */
export type Answer<O> = O extends { responses: infer R } ? ContentOf<R[Extract<keyof R, Success>]> : never;

/** The answer of GET `path` (for a screen that keeps a fetched value in its state or props). */
export type GetAnswer<P extends PathOf<"get">> = Answer<Op<P, "get">>;

/** One part of an operation's parameters (`path`, `query`), never when it has none. */
type Part<O, K extends string> = O extends { parameters: infer Ps }
  ? K extends keyof Ps
    ? Exclude<Ps[K], undefined>
    : never
  : never;

type JsonOf<C> = "application/json" extends keyof C ? C["application/json"] : never;
type FormOf<C> = "multipart/form-data" extends keyof C ? FormData : never;
/** The request body: JSON as the schema says, a form as FormData, a file (any other type) as a Blob. */
type BodyOf<O> = O extends { requestBody?: infer RB }
  ? [Exclude<RB, undefined>] extends [never]
    ? never
    : Exclude<RB, undefined> extends { content: infer C }
      ? [JsonOf<C> | FormOf<C>] extends [never]
        ? Blob
        : JsonOf<C> | FormOf<C>
      : never
  : never;

type QueryValue = Query[string];

/** Every parameter the path names, each as text or a number (the server checks the value). */
type PathPart<O> = [Part<O, "path">] extends [never]
  ? { path?: undefined }
  : { path: { [K in keyof Part<O, "path">]-?: string | number } };
/**
 * The query's names are the route's own (a renamed or unknown name fails tsc); the values go
 * into the URL as text, so a screen may pass a number, a flag or a URL's string.
 */
type QueryPart<O> = [Part<O, "query">] extends [never]
  ? { query?: undefined }
  : { query?: { [K in keyof Part<O, "query">]?: QueryValue } };
/**
 * A JSON body's names are the route's own (a renamed or unknown field fails tsc); its values are
 * the form's as they stand (a choice not yet made is null): the server checks each and answers
 * a field error in both languages, which the form shows at the field.
 */
type Named<B> = B extends FormData | Blob ? B : { [K in keyof B]?: unknown };
type BodyPart<O> = [BodyOf<O>] extends [never]
  ? { body?: undefined }
  : O extends { requestBody: object }
    ? { body: Named<BodyOf<O>> }
    : { body?: Named<BodyOf<O>> };

/** The second argument of a call: `{ path, query, body }` as the operation takes them. */
export type Init<O> = PathPart<O> & QueryPart<O> & BodyPart<O>;

type RequiredKeys<T> = { [K in keyof T]-?: undefined extends T[K] ? never : K }[keyof T];

/** The second argument is required when the path has parameters or the body is required. */
export type Args<O> = [RequiredKeys<Init<O>>] extends [never] ? [init?: Init<O>] : [init: Init<O>];
