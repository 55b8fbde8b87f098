/** /api/suppliers/contracts — contracts, their clause checklist and their life (draft → closed). */

import { createRoute } from "@hono/zod-openapi";
import { compactIsoDate, formatDateJa } from "../../../../common/calendar";
import { serialize } from "../../../access";
import { recordEvent } from "../../../audit/record";
import { exportMarking } from "../../../http/export-marking";
import { createRouter, errorResponses, SESSION_ROUTE } from "../../../http/router";
import { markedSheet, newWorkbook, putRow, setWidths, workbookBuffer } from "../../../http/workbook";
import {
  confirmClauses,
  confirmNoCopy,
  createContract,
  recordSecurityPlan,
  transitionContract,
  updateContract,
} from "../commands/contracts";
import { checklistOf, levelLabels, presentContract } from "../presenter";
import { listContracts } from "../queries";
import { ContractListRes, ContractRes } from "../responses";
import { ClausesConfirmedRes, ContractRowRes } from "../responses-writes";
import {
  ClauseConfirmReq,
  ContractPatch,
  ContractQuery,
  ContractReq,
  IdParam,
  NoCopyReq,
  SecurityPlanReq,
  TransitionReq,
} from "../schema";
import { body, changed, created, env, jsonRoute, ok, runCommand, TAG } from "./common";
import { keeper, readable } from "./keeper";

export function contractRoutes() {
  const app = createRouter();

  jsonRoute(
    app,
    {
      method: "get",
      path: "/api/suppliers/contracts",
      summary: "委託契約の一覧（mine: 所管課 / checks_due: 確認期限の到来）/ Contracts",
      request: { query: ContractQuery },
      responses: ok("Contracts", ContractListRes),
    },
    async (c, { actor, db, profile, now }) => {
      const rows = await listContracts(db, actor, profile, c.req.valid("query"), now);
      const data = rows.map((r) => ({
        ...r,
        informationLevelLabels: levelLabels(profile, r.informationLevels),
        policies: serialize(actor, "contract", { departmentId: r.departmentId, bureauId: r.bureauId }),
      }));
      return { data, policies: serialize(actor, "contractor", null) };
    },
  );

  jsonRoute(
    app,
    {
      method: "post",
      path: "/api/suppliers/contracts",
      summary: "委託契約の作成（作成中）/ Prepare a contract (draft)",
      request: body(ContractReq),
      responses: created("Prepared", ContractRowRes),
    },
    async (c, { db, profile, now, ctx }) => ({
      data: await createContract(db, ctx, profile, c.req.valid("json"), now, keeper(c)),
    }),
  );

  jsonRoute(
    app,
    {
      method: "get",
      path: "/api/suppliers/contracts/{id}",
      summary: "委託契約（条項チェックリスト・誓約書・確認・貸与物・未了事項）/ A contract",
      request: { params: IdParam },
      responses: ok("The contract", ContractRes),
    },
    async (c, { actor, db, profile }) => {
      const { contract, unit } = await readable(c, c.req.valid("param").id);
      return { data: await presentContract(db, actor, profile, contract, unit) };
    },
  );

  jsonRoute(
    app,
    {
      method: "patch",
      path: "/api/suppliers/contracts/{id}",
      summary: "委託契約の変更（作成中のみ）/ Change a draft contract",
      request: { params: IdParam, ...body(ContractPatch) },
      responses: changed("Updated", ContractRowRes),
    },
    (c, e) => runCommand(updateContract, e, c.req.valid("param").id, c.req.valid("json"), keeper(c)),
  );

  jsonRoute(
    app,
    {
      method: "put",
      path: "/api/suppliers/contracts/{id}/clauses",
      summary: "契約条項の確認（記載の頁・条）/ Confirm required clauses with their page or article",
      request: { params: IdParam, ...body(ClauseConfirmReq) },
      responses: changed("Confirmed; the clauses still missing are listed", ClausesConfirmedRes),
    },
    async (c, { db, profile, now, ctx }) => {
      const { confirmations } = c.req.valid("json");
      const id = c.req.valid("param").id;
      return { data: await confirmClauses(db, ctx, profile, id, confirmations, now, keeper(c)) };
    },
  );

  jsonRoute(
    app,
    {
      method: "post",
      path: "/api/suppliers/contracts/{id}/transition",
      summary:
        "状態の変更（条項・誓約書・安全管理計画・貸与物・複写なしの確認を検査）/ Move the contract to its next state",
      request: { params: IdParam, ...body(TransitionReq) },
      responses: changed("Moved", ContractRowRes),
    },
    async (c, { db, profile, now, ctx }) => {
      const { state } = c.req.valid("json");
      return {
        data: await transitionContract(db, ctx, profile, c.req.valid("param").id, state, now, keeper(c)),
      };
    },
  );

  jsonRoute(
    app,
    {
      method: "put",
      path: "/api/suppliers/contracts/{id}/security-plan",
      summary: "安全管理体制等の書面の受領 / Record the security plan received",
      request: { params: IdParam, ...body(SecurityPlanReq) },
      responses: changed("Recorded", ContractRowRes),
    },
    (c, e) => runCommand(recordSecurityPlan, e, c.req.valid("param").id, c.req.valid("json"), keeper(c)),
  );

  jsonRoute(
    app,
    {
      method: "put",
      path: "/api/suppliers/contracts/{id}/no-copy-confirmation",
      summary: "複写・複製をしていないことの書面確認 / Record the no-copy confirmation",
      request: { params: IdParam, ...body(NoCopyReq) },
      responses: changed("Recorded", ContractRowRes),
    },
    (c, e) => runCommand(confirmNoCopy, e, c.req.valid("param").id, c.req.valid("json"), keeper(c)),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/suppliers/contracts/{id}/checklist.xlsx",
      tags: TAG,
      security: SESSION_ROUTE,
      summary:
        "契約条項チェックリスト（仕様書の記載例）/ The clause checklist as .xlsx, wording for the 仕様書",
      request: { params: IdParam },
      responses: {
        200: {
          description: "The checklist",
          content: {
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
              schema: { type: "string", format: "binary" },
            },
          },
        },
        ...errorResponses,
      },
    }),
    // biome-ignore lint/suspicious/noExplicitAny: a file, not a JSON body
    (async (c: any) => {
      const { db, profile, now, ctx } = env(c);
      const { contract } = await readable(c, c.req.valid("param").id);
      const list = await checklistOf(db, profile, contract);
      // Who took the wording for a 仕様書, and when (the checklist leaves the system).
      await db.transaction((tx) =>
        recordEvent(
          tx,
          ctx,
          {
            type: "supplier.checklist_downloaded",
            targetType: "supplier_contract",
            targetId: contract.id,
            departmentId: contract.departmentId,
            data: { clauses: list.length, missing: list.filter((r) => !r.included).length },
          },
          now,
        ),
      );
      const wb = await newWorkbook();
      // Marked like every export (the profile's level: a contract's checklist carries none of its own).
      const marking = exportMarking(profile, [], env(c).actor, now);
      const ws = markedSheet(wb, "契約条項", marking, `契約条項チェックリスト ${contract.subject}`);
      putRow(ws, [`件名: ${contract.subject}`]);
      putRow(ws, [`期間: ${formatDateJa(contract.startsOn)} ～ ${formatDateJa(contract.endsOn)}`]);
      putRow(ws, []);
      putRow(ws, ["番号", "仕様書に記載する事項", "根拠", "記載の有無", "記載箇所（頁・条）"], "bold");
      for (const [i, r] of list.entries())
        putRow(ws, [
          i + 1,
          r.text,
          r.clauseLabel,
          r.included == null ? "未確認" : r.included ? "有" : "無",
          r.location ?? "",
        ]);
      setWidths(ws, { 1: 70, 2: 28, 4: 24 });
      const bytes = await workbookBuffer(wb);
      const name = `契約条項チェックリスト_${compactIsoDate(now)}.xlsx`;
      return new Response(new Uint8Array(bytes), {
        status: 200,
        headers: {
          "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "content-disposition": `attachment; filename="checklist_${compactIsoDate(now)}.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
          "cache-control": "no-store",
        },
      });
    }) as never,
  );

  return app;
}
