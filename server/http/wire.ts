/**
 * A server value as JSON carries it (dates become ISO strings), and a compile-time check that a
 * presenter's value is what a route's response schema documents — field for field, both ways —
 * so the OpenAPI document, the web's contract and the presenter cannot drift apart. Below, the
 * zod pieces every module's response schemas share (one spelling of a label, a person, a unit).
 */
import { z } from "@hono/zod-openapi";
import { type Column, getTableColumns, type InferSelectModel, type Table } from "drizzle-orm";

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
/**
 * `schema` or null, for a schema registered under a name: `.nullable()` would carry the name over
 * to the nullable copy, and the OpenAPI document would then make the named schema itself
 * nullable wherever it is used (zod-to-openapi); a union keeps the two apart.
 */
export const orNull = <T extends z.ZodType>(schema: T) => z.union([schema, z.null()]);
/** A person as a response names them: the id, and the name unless the person is gone. */
export const PersonRef = z.object({ id: z.string(), name: z.string().nullable() }).openapi("PersonRef");
/** A department or bureau (課・局) by id, with its name. */
export const UnitRef = z.object({ id: z.string(), name: z.string().nullable() }).openapi("UnitRef");

/**
 * An audit event's `data` (the audit log, an asset's history): the fields every type shares —
 * the changed fields as `{ field: { from, to } }` and `via` (a job, the CLI) — and the type's own
 * fields, whose shape per event type is common/audit-events.ts (AuditEventData, the map
 * server/audit/record.ts records against).
 */
export const AuditData = z
  .object({
    changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })).optional(),
    via: z.string().optional(),
  })
  .catchall(z.unknown())
  .openapi("AuditEventData");
export type AuditDataValue = z.output<typeof AuditData>;

/**
 * The JSON schema of a table's row, read from the table's own column definitions, for the write
 * routes that answer the stored row (`{ data: row }`): one source for the row's fields, so the
 * OpenAPI document and the web's contract list them without a hand-copied schema that could drift
 * from the migration. Typed as the row as JSON carries it (less the `omit` columns a command
 * leaves out, such as a file's bytes); the tests parse real answers against it
 * (SEKIMORI_CHECK_RESPONSES=1, server/test/response-check.ts).
 */
export function rowSchema<T extends Table, K extends keyof InferSelectModel<T> = never>(
  table: T,
  omit: readonly K[] = [],
): z.ZodType<Omit<Wire<InferSelectModel<T>>, K>> {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    if ((omit as readonly string[]).includes(key)) continue;
    const value = columnSchema(column);
    shape[key] = column.notNull ? value : value.nullable();
  }
  return z.object(shape) as unknown as z.ZodType<Omit<Wire<InferSelectModel<T>>, K>>;
}

function columnSchema(column: Column): z.ZodType {
  const values = (column as { enumValues?: readonly string[] }).enumValues;
  switch (column.dataType) {
    case "string":
      return values?.length ? z.enum(values as [string, ...string[]]) : z.string();
    case "number":
      return z.number();
    case "bigint":
      return z.string().describe("a bigint as a decimal string");
    case "boolean":
      return z.boolean();
    case "date":
      return Instant;
    case "array": {
      const base = (column as { baseColumn?: Column }).baseColumn;
      return z.array(base ? columnSchema(base) : z.unknown());
    }
    default:
      // json/jsonb and custom columns: their shape is the module's (documented where it is read).
      return z.unknown();
  }
}

/**
 * A computed part of an answer whose fields a module's TypeScript type states (a command's
 * result): typed for the web's contract from that type, documented as an object. For the nested
 * parts of write answers; a route's own top-level fields are spelled out in zod.
 */
export const described = <T>(description: string) =>
  z.custom<Wire<T>>(() => true).openapi({ type: "object", description });
