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

/**
 * The marker of a statement that runs with a generic plan on the embedded database
 * (`genericPlanSql` in sql.ts; pglite-statements.ts). PostgreSQL's `plan_cache_mode = auto`
 * keeps planning a statement per call while the generic plan's estimated cost is above the
 * custom plans' — for the asset list's visibility and search predicates it always is, although
 * the generic plan runs as fast — and planning in WebAssembly cost more than running it
 * (measured at Kawasaki scale: 6.2 ms of CPU per asset list statement with a plan per call, 3.7
 * ms with the generic plan). Only statements whose plan does not depend on their values carry it;
 * a list is never among them (worthNaming leaves those unnamed and planned per call).
 */
export const GENERIC_PLAN_MARK = "/* sekimori:generic-plan */";

export function wantsGenericPlan(text: string): boolean {
  return text.includes(GENERIC_PLAN_MARK);
}
