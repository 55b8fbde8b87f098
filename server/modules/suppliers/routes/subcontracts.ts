import { authorize, can } from "../../../access";
import { createRouter } from "../../../http/router";
import { fileSubcontract, recordSubcontractConsent } from "../commands/subcontracts";
import { contractNotFound } from "../load";
import { SubcontractFiledRes, SubcontractRowRes } from "../responses-writes";
import { ConsentReq, IdParam, SubcontractParam, SubcontractReq } from "../schema";
import { body, type C, changed, created, env, jsonRoute } from "./common";
import { keeper } from "./keeper";

const filer = (c: C) => (unit: Parameters<ReturnType<typeof keeper>>[0]) => {
  const { actor } = env(c);
  if (!can(actor, "read", "contract", unit)) throw contractNotFound();
  authorize(actor, "file_subcontract", "contract", unit);
};

export function subcontractRoutes() {
  const app = createRouter();

  jsonRoute(
    app,
    {
      method: "post",
      path: "/api/suppliers/contracts/{id}/subcontracts",
      summary:
        "再委託の申請（申請・承認で決裁、再々委託以降も各段階）/ File a subcontract for approval through the request engine",
      request: { params: IdParam, ...body(SubcontractReq) },
      responses: created("Filed with its request", SubcontractFiledRes),
    },
    async (c, { db, now, ctx, profile, actor }) => {
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
      return { data: row };
    },
  );

  jsonRoute(
    app,
    {
      method: "post",
      path: "/api/suppliers/contracts/{id}/subcontracts/{subcontractId}/consent",
      summary: "再委託の書面による許諾の記録（課長）/ Record the written consent of an approved level",
      request: { params: SubcontractParam, ...body(ConsentReq) },
      responses: changed("Recorded", SubcontractRowRes),
    },
    async (c, { db, now, ctx, profile }) => {
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
      return { data: row };
    },
  );

  return app;
}
