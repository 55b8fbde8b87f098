import type { MiddlewareHandler } from "hono";
import { hitLimit, IMPORT_PER_USER } from "../limits";
import type { AppEnv } from "./context";
import { AppError } from "./errors";

/**
 * Every file import (asset register, transfers, user lists, attendance sheets, software
 * inventories, vulnerability feeds: a POST to a path ending in /import or /imports) is counted per
 * person in the database, so several instances share one limit (#12 item 2). A dry run counts:
 * it parses the whole file all the same. Counted before the route looks at the file or the
 * caller's rights, so a refused or malformed upload costs a try too.
 */
const IMPORT_PATH = /^\/api\/(?:[^/]+\/)*imports?$/;

export const importLimit: MiddlewareHandler<AppEnv> = async (c, next) => {
  const actor = c.get("actor");
  if (c.req.method !== "POST" || !actor || !IMPORT_PATH.test(c.req.path)) return next();
  const deps = c.get("deps");
  const limit = await hitLimit(deps.database.db, IMPORT_PER_USER, actor.personId, deps.now());
  if (!limit.ok) {
    c.header("Retry-After", String(limit.retryAfterSeconds));
    throw new AppError(
      429,
      "rate_limited",
      `取込みの回数が多すぎます。${limit.retryAfterSeconds}秒後に再度お試しください。`,
      `Too many imports. Try again in ${limit.retryAfterSeconds} seconds.`,
    );
  }
  return next();
};
