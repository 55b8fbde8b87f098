import { authorize, serialize } from "../../../access";
import { notFound } from "../../../http/errors";
import { createRouter } from "../../../http/router";
import { createContractor, updateContractor } from "../commands/contractors";
import { contractorById, contractorUnits, listContractors } from "../queries";
import { ContractorListRes, ContractorRes } from "../responses";
import { ContractorRowRes } from "../responses-writes";
import { ContractorPatch, ContractorQuery, ContractorReq, IdParam } from "../schema";
import { body, changed, created, jsonRoute, ok } from "./common";

export function contractorRoutes() {
  const app = createRouter();

  jsonRoute(
    app,
    {
      method: "get",
      path: "/api/suppliers/contractors",
      summary: "委託事業者の一覧 / Contractors (with the departments whose contracts you see)",
      request: { query: ContractorQuery },
      responses: ok("Contractors", ContractorListRes),
    },
    async (c, { actor, db }) => {
      authorize(actor, "read", "contractor", null);
      const data = await listContractors(db, actor, c.req.valid("query"));
      return { data, policies: serialize(actor, "contractor", null) };
    },
  );

  jsonRoute(
    app,
    {
      method: "get",
      path: "/api/suppliers/contractors/{id}",
      summary: "委託事業者 / A contractor",
      request: { params: IdParam },
      responses: ok("The contractor", ContractorRes),
    },
    async (c, { actor, db }) => {
      authorize(actor, "read", "contractor", null);
      const row = await contractorById(db, c.req.valid("param").id);
      if (!row) throw notFound({ ja: "委託事業者", en: "The contractor" });
      const use = { usedBy: await contractorUnits(db, row.id) };
      return { data: row, policies: serialize(actor, "contractor", use) };
    },
  );

  jsonRoute(
    app,
    {
      method: "post",
      path: "/api/suppliers/contractors",
      summary: "委託事業者の登録（法人番号はチェックディジットを検査）/ Register a contractor",
      request: body(ContractorReq),
      responses: created("Registered", ContractorRowRes),
    },
    async (c, { actor, db, now, ctx }) => {
      authorize(actor, "write", "contractor", null);
      return { data: await createContractor(db, ctx, c.req.valid("json"), now) };
    },
  );

  jsonRoute(
    app,
    {
      method: "patch",
      path: "/api/suppliers/contractors/{id}",
      summary: "委託事業者の訂正 / Correct a contractor",
      request: { params: IdParam, ...body(ContractorPatch) },
      responses: changed("Updated", ContractorRowRes),
    },
    async (c, { actor, db, now, ctx }) => {
      authorize(actor, "write", "contractor", null);
      const { id } = c.req.valid("param");
      authorize(actor, "correct", "contractor", { usedBy: await contractorUnits(db, id) });
      const row = await updateContractor(db, ctx, id, c.req.valid("json"), now);
      return { data: row };
    },
  );

  return app;
}
