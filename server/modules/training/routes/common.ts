import type { Context } from "hono";
import { requireActor } from "../../../access";
import type { AppEnv } from "../../../http/context";
import { errorResponses } from "../../../http/router";
import { DataRes } from "../schema";

export type C = Context<AppEnv>;
export const TAG = ["training"];

export const ok = (description: string) => ({
  200: { description, content: { "application/json": { schema: DataRes } } },
  ...errorResponses,
});
export const created = (description: string) => ({
  201: { description, content: { "application/json": { schema: DataRes } } },
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
