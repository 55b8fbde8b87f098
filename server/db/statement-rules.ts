/**
 * Which statements the drivers name (pglite-statements.ts, pg-statements.ts): those PostgreSQL
 * plans (not utility statements), and not those given a list. A named statement may be run with
 * the generic plan, made without the parameters' values; for a list (`= any($1)`,
 * `unnest($1)`) that plan assumes ten elements, so PostgreSQL prefers it to the custom plan of a
 * 20,000-id import and runs the import with a nested loop (measured: the attendance import fell
 * from 5,000 to 330 rows/s). A statement given a list is planned for its values every time.
 */
const PLANNABLE = /^\s*(select|with|insert|update|delete)\b/i;

/** An array, or PostgreSQL's text form of one (`{a,b}`; a JSON object starts `{"`). */
const isList = (value: unknown) =>
  Array.isArray(value) || (typeof value === "string" && value.startsWith("{") && !value.startsWith('{"'));

export function worthNaming(text: string, params: readonly unknown[] | undefined): boolean {
  return PLANNABLE.test(text) && !(params ?? []).some(isList);
}
