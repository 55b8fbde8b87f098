/** /api/suppliers/contracts/{id}/subcontracts — 再委託 at every level, decided by the requests engine. */
import { createRoute } from "@hono/zod-openapi";
import { authorize, can } from "../../../access";
import { createRouter, SESSION_ROUTE } from "../../../http/router";
import { fileSubcontract, recordSubcontractConsent } from "../commands/subcontracts";
import { contractNotFound } from "../load";
import { ConsentReq, IdParam, SubcontractParam, SubcontractReq } from "../schema";
import { body, type C, changed, created, env, TAG } from "./common";
import { keeper } from "./keeper";

const filer = (c: C) => (unit: Parameters<ReturnType<typeof keeper>>[0]) => {
  const { actor } = env(c);
  if (!can(actor, "read", "contract", unit)) throw contractNotFound();
  authorize(actor, "file_subcontract", "contract", unit);
};

export function subcontractRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/suppliers/contracts/{id}/subcontracts",
      tags: TAG,
      security: SESSION_ROUTE,
      summary:
        "再委託の申請（申請・承認で決裁、再々委託以降も各段階）/ File a subcontract for approval through the request engine",
      request: { params: IdParam, ...body(SubcontractReq) },
      responses: created("Filed with its request"),
    }),
    async (c) => {
      const { db, now, ctx, profile, actor } = env(c);
      const row = await fileSubcontract(
        db,
        ctx,
        profile,
        actor,
        c.req.valid("param").id,
        c.req.valid("json"),
        now,
        filer(c),
      );
      return c.json({ data: row }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/suppliers/contracts/{id}/subcontracts/{subcontractId}/consent",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "再委託の書面による許諾の記録（課長）/ Record the written consent of an approved level",
      request: { params: SubcontractParam, ...body(ConsentReq) },
      responses: changed("Recorded"),
    }),
    async (c) => {
      const { db, now, ctx, profile } = env(c);
      const { id, subcontractId } = c.req.valid("param");
      const row = await recordSubcontractConsent(
        db,
        ctx,
        profile,
        id,
        subcontractId,
        c.req.valid("json"),
        now,
        keeper(c),
      );
      return c.json({ data: row }, 200);
    },
  );

  return app;
}
