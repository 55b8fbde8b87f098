/**
 * A server value as JSON carries it (dates become ISO strings), and a compile-time check that a
 * presenter's value is what a route's response schema documents — field for field, both ways —
 * so the OpenAPI document, the web's contract and the presenter cannot drift apart. Below, the
 * zod pieces every module's response schemas share (one spelling of a label, a person, a unit).
 */
import { z } from "@hono/zod-openapi";

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

/** A label in both languages (every code the server sends comes with one). */
export const I18nText = z.object({ ja: z.string(), en: z.string() });
/** A text the profile quotes: Japanese always, English when the profile gives it. */
export const QuoteText = z.object({ ja: z.string(), en: z.string().optional() });
/** What the viewer may do with a record (action → allowed), computed by the module's access rules. */
export const Policies = z.record(z.string(), z.boolean()).openapi("Policies");
/** A timestamp as JSON carries it (the driver's Date, serialized as ISO 8601). */
export const Instant = z.string();
/** A calendar day, YYYY-MM-DD (a `date` column). */
export const IsoDay = z.string();
/** A person as a response names them: the id, and the name unless the person is gone. */
export const PersonRef = z.object({ id: z.string(), name: z.string().nullable() }).openapi("PersonRef");
/** A department or bureau (課・局) by id, with its name. */
export const UnitRef = z.object({ id: z.string(), name: z.string().nullable() }).openapi("UnitRef");
