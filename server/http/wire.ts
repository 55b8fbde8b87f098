/**
 * A server value as JSON carries it (dates become ISO strings), and a compile-time check that a
 * presenter's value is what a route's response schema documents — field for field, both ways —
 * so the OpenAPI document, the web's contract and the presenter cannot drift apart.
 */
export type Wire<T> = T extends Date
  ? string
  : T extends readonly (infer U)[]
    ? Wire<U>[]
    : T extends object
      ? { -readonly [K in keyof T]: Wire<T[K]> }
      : T;

type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never]
  ? true
  : false;

/** true when the presenter's JSON fits the schema's type and neither has a field the other lacks. */
export type Conforms<Presented, Schema> = [Wire<Presented>] extends [Schema]
  ? SameKeys<Wire<Presented>, Schema>
  : false;

/** Compiles only for `true` (use: `type _ = Assert<Conforms<…>>`). */
export type Assert<T extends true> = T;
