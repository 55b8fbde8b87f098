import type { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { requireActor } from "../../../access";
import type { AppEnv } from "../../../http/context";
import { errorResponses } from "../../../http/router";

export type C = Context<AppEnv>;
export const TAG = ["training"];

/** A 200 answer with its response schema (responses*.ts; the screens read it typed). */
export const ok = <S extends z.ZodType>(description: string, schema: S) => ({
  200: { description, content: { "application/json": { schema } } },
  ...errorResponses,
});
export const created = <S extends z.ZodType>(description: string, schema: S) => ({
  201: { description, content: { "application/json": { schema } } },
  409: { description: "Conflict with the record's state" },
  ...errorResponses,
});

export function env(c: C) {
  const deps = c.get("deps");
  return {
    actor: requireActor(c.get("actor")),
    db: deps.database.db,
    profile: deps.profile(),
    now: deps.now(),
  };
}

export const iso = (d: Date | null) => (d ? d.toISOString() : null);
