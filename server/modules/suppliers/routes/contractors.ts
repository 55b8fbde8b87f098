/** /api/suppliers/contractors — the shared catalog of contractors (委託事業者). */
import { createRoute } from "@hono/zod-openapi";
import { authorize, serialize } from "../../../access";
import { notFound } from "../../../http/errors";
import { createRouter, SESSION_ROUTE } from "../../../http/router";
import { createContractor, updateContractor } from "../commands/contractors";
import { contractorById, listContractors } from "../queries";
import { ContractorPatch, ContractorQuery, ContractorReq, IdParam } from "../schema";
import { body, changed, created, env, ok, TAG } from "./common";

export function contractorRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/suppliers/contractors",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "委託事業者の一覧 / Contractors (with the departments whose contracts you see)",
      request: { query: ContractorQuery },
      responses: ok("Contractors"),
    }),
    async (c) => {
      const { actor, db } = env(c);
      authorize(actor, "read", "contractor", null);
      const data = await listContractors(db, actor, c.req.valid("query"));
      return c.json({ data, policies: serialize(actor, "contractor", null) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/suppliers/contractors/{id}",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "委託事業者 / A contractor",
      request: { params: IdParam },
      responses: ok("The contractor"),
    }),
    async (c) => {
      const { actor, db } = env(c);
      authorize(actor, "read", "contractor", null);
      const row = await contractorById(db, c.req.valid("param").id);
      if (!row) throw notFound({ ja: "委託事業者", en: "The contractor" });
      return c.json({ data: row, policies: serialize(actor, "contractor", null) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/suppliers/contractors",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "委託事業者の登録（法人番号はチェックディジットを検査）/ Register a contractor",
      request: body(ContractorReq),
      responses: created("Registered"),
    }),
    async (c) => {
      const { actor, db, now, ctx } = env(c);
      authorize(actor, "write", "contractor", null);
      return c.json({ data: await createContractor(db, ctx, c.req.valid("json"), now) }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/api/suppliers/contractors/{id}",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "委託事業者の訂正 / Correct a contractor",
      request: { params: IdParam, ...body(ContractorPatch) },
      responses: changed("Updated"),
    }),
    async (c) => {
      const { actor, db, now, ctx } = env(c);
      authorize(actor, "write", "contractor", null);
      const row = await updateContractor(db, ctx, c.req.valid("param").id, c.req.valid("json"), now);
      return c.json({ data: row }, 200);
    },
  );

  return app;
}
