/** POST /api/accounts/accounts/{id}/deletion-request — the holder asks for their own ID's deletion. */
import { createRoute, z } from "@hono/zod-openapi";
import { can, requireActor } from "../../../access";
import { notFound } from "../../../http/errors";
import { createRouter, errorResponses, requestContext, SESSION_ROUTE } from "../../../http/router";
import { loadAccount } from "../commands/accounts";
import { requestDeletion } from "../commands/deletion-request";
import { loadSystem, systemUnit } from "../commands/systems";
import { answer } from "../responses";
import { DeletionReq, IdParam } from "../schema";

const DeletionRes = z
  .object({
    data: z.object({
      id: z.string(),
      deletionRequestedAt: z.string(),
      deletionReason: z.string().nullable(),
      told: z.array(z.object({ via: z.string(), role: z.string().nullable(), count: z.number().int() })),
    }),
  })
  .openapi("AccountDeletionRequest");

const NOT_FOUND = { ja: "利用者ID", en: "The user ID" };

export function deletionRequestRoutes() {
  const app = createRouter();
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/accounts/accounts/{id}/deletion-request",
      tags: ["accounts"],
      security: SESSION_ROUTE,
      summary:
        "自分のIDの削除を依頼（西原村 7.2(1)②(イ)）: プロファイルの定める者へ通知 / Ask for the deletion of one's own ID; those the profile names are told",
      request: {
        params: IdParam,
        body: { required: true, content: { "application/json": { schema: DeletionReq } } },
      },
      responses: {
        201: answer("Requested", DeletionRes),
        ...errorResponses,
        409: { description: "Already requested, or removed" },
      },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const db = deps.database.db;
      const row = await loadAccount(db, c.req.valid("param").id);
      const system = await loadSystem(db, row.systemId);
      const unit = { ...(await systemUnit(db, system)), personId: row.personId };
      // Someone else's ID is answered like an unknown one, even to its keepers: this is the holder's ask.
      if (!can(actor, "request_deletion", "system_account", unit)) throw notFound(NOT_FOUND);
      const result = await requestDeletion(
        db,
        requestContext(c),
        deps.profile(),
        row,
        unit,
        c.req.valid("json"),
        deps.now(),
      );
      return c.json(
        {
          data: {
            id: result.account.id,
            deletionRequestedAt: (result.account.deletionRequestedAt as Date).toISOString(),
            deletionReason: result.account.deletionReason,
            told: result.told.map((t) => ({ via: t.via, role: t.role, count: t.personIds.length })),
          },
        },
        201,
      );
    },
  );
  return app;
}
