/**
 * POST /api/accounts/accounts/{id}/deletion-request — the holder asks for their own ID's deletion;
 * POST …/deletion-request/decision — a keeper answers it (西原村 7.2(1)②(イ)). The open asks are
 * listed by GET /api/accounts/accounts?deletion=open (the keepers' screen).
 */
import { createRoute, z } from "@hono/zod-openapi";
import { authorize, can, requireActor } from "../../../access";
import { notFound } from "../../../http/errors";
import { createRouter, errorResponses, requestContext, SESSION_ROUTE } from "../../../http/router";
import { loadAccount } from "../commands/accounts";
import { decideDeletion } from "../commands/deletion-decision";
import { requestDeletion } from "../commands/deletion-request";
import { loadSystem, systemUnit } from "../commands/systems";
import { answer } from "../responses";
import { AccountRowRes } from "../responses-writes";
import { DeletionDecisionReq, DeletionReq, IdParam } from "../schema";

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
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/accounts/accounts/{id}/deletion-request/decision",
      tags: ["accounts"],
      security: SESSION_ROUTE,
      summary:
        "削除依頼への回答（西原村 7.2(1)②(イ)）: IDを削除・停止するか、理由を付けて残す。依頼した本人へ通知 / Answer a deletion ask: remove or suspend the ID, or keep it with a reason; the holder is told",
      request: {
        params: IdParam,
        body: { required: true, content: { "application/json": { schema: DeletionDecisionReq } } },
      },
      responses: {
        200: answer("Answered", AccountRowRes),
        ...errorResponses,
        409: { description: "No open ask on this ID" },
      },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const db = deps.database.db;
      const row = await loadAccount(db, c.req.valid("param").id);
      const unit = { ...(await systemUnit(db, await loadSystem(db, row.systemId))), personId: row.personId };
      if (!can(actor, "read", "system_account", unit)) throw notFound(NOT_FOUND);
      authorize(actor, "decide_deletion", "system_account", unit);
      const input = c.req.valid("json");
      const answered = await decideDeletion(
        db,
        requestContext(c),
        actor,
        deps.profile(),
        row,
        { outcome: input.outcome, note: input.note || null },
        deps.now(),
      );
      return c.json({ data: answered }, 200);
    },
  );
  return app;
}
