import type { Context } from "hono";
import { requireActor } from "../../../access";
import type { AppEnv } from "../../../http/context";
import { errorResponses, requestContext } from "../../../http/router";
import { DataRes } from "../schema";

export type C = Context<AppEnv>;
export const TAG = ["suppliers"];

export const ok = (description: string) => ({
  200: { description, content: { "application/json": { schema: DataRes } } },
  ...errorResponses,
});
export const created = (description: string) => ({
  201: { description, content: { "application/json": { schema: DataRes } } },
  409: { description: "Conflict with the record's state" },
  422: { description: "Refused by the profile's rules (the blockers are named)" },
  ...errorResponses,
});
export const changed = (description: string) => ({
  ...ok(description),
  409: { description: "Conflict with the record's state" },
  422: { description: "Refused by the profile's rules (the blockers are named)" },
});
export const body = <T>(schema: T) => ({
  body: { required: true as const, content: { "application/json": { schema } } },
});

export function env(c: C) {
  const deps = c.get("deps");
  return {
    actor: requireActor(c.get("actor")),
    db: deps.database.db,
    profile: deps.profile(),
    now: deps.now(),
    ctx: requestContext(c),
  };
}
