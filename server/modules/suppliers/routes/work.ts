/**
 * /api/suppliers/… during and after a contract: the contractor's people and their pledges
 * (誓約書), periodic checks, and what was lent (受渡票) until returned or its disposal certified.
 */

import { createRoute } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { DUTIES, type Duty } from "../../../../common/duties";
import { attachmentName, contentDisposition } from "../../../http/attachment-name";
import { AppError, fieldError } from "../../../http/errors";
import { sha256Hex, sniffType } from "../../../http/files";
import { createRouter, errorResponses, SESSION_ROUTE } from "../../../http/router";
import { recordCheck } from "../commands/checks";
import { recordExplanation } from "../commands/explanations";
import { nameIncident } from "../commands/incidents";
import { certificateOf, certifyDisposal, lend, returnLending } from "../commands/lendings";
import { addContractPerson, recordPledge } from "../commands/people";
import { clauseLabel } from "../domain/contract";
import { listChecks, listPledges } from "../queries";
import { CheckListRes } from "../responses";
import {
  CheckRowRes,
  ContractPersonRowRes,
  ExplanationRowRes,
  IncidentNamedRes,
  LendingDisposedRes,
  LendingReturnedRes,
  LendingRowRes,
  PledgeListRes,
  PledgeRowRes,
} from "../responses-writes";
import {
  CheckQuery,
  CheckReq,
  DisposalReq,
  ExplanationReq,
  IdParam,
  IncidentNameReq,
  LendingParam,
  LendingReq,
  PersonReq,
  PledgeQuery,
  PledgeReq,
  ReturnReq,
} from "../schema";
import { body, changed, created, env, jsonRoute, ok, TAG } from "./common";
import { keeper, readable } from "./keeper";

/** Disposal certificates: PDF or an image of the paper, at most this size. */
export const CERTIFICATE_MAX_BYTES = 10 * 1024 * 1024;
/** The upload path: the app skips its 1 MB JSON limit there and this route's limit applies. */
export const SUPPLIER_FILE_UPLOAD = /^\/api\/suppliers\/contracts\/[^/]+\/lendings\/[^/]+\/disposal$/;

const tooLarge = () =>
  new AppError(
    413,
    "payload_too_large",
    "廃棄証明書は10MBまでです。",
    "A certificate may be at most 10 MB.",
    {
      file: { message_ja: "10MBを超えています。", message_en: "Larger than 10 MB." },
    },
  );

async function certificateFile(file: File) {
  const bytes = Buffer.from(await file.arrayBuffer());
  if (bytes.length === 0) throw fieldError("file", "ファイルが空です。", "The file is empty.");
  if (bytes.length > CERTIFICATE_MAX_BYTES) throw tooLarge();
  const type = sniffType(bytes);
  // A certificate is a signed paper: its PDF or a scan of it, judged by the bytes, not the name.
  if (type !== "application/pdf" && type !== "image/png" && type !== "image/jpeg")
    throw fieldError(
      "file",
      "廃棄証明書はPDF・PNG・JPEGのファイルで添付してください。",
      "Attach the certificate as a PDF, PNG or JPEG file.",
    );
  return { fileName: attachmentName(file.name, type), contentType: type, bytes, sha256: sha256Hex(bytes) };
}

export function workRoutes() {
  const app = createRouter();

  jsonRoute(
    app,
    {
      method: "post",
      path: "/api/suppliers/contracts/{id}/people",
      summary: "委託事業者の責任者・作業員の登録（ログインなしの職員等として）/ Add the contractor's person",
      request: { params: IdParam, ...body(PersonReq) },
      responses: created("Added", ContractPersonRowRes),
    },
    async (c, { db, now, ctx }) => {
      const row = await addContractPerson(
        db,
        ctx,
        c.req.valid("param").id,
        c.req.valid("json"),
        now,
        keeper(c),
      );
      return { data: row };
    },
  );

  jsonRoute(
    app,
    {
      method: "get",
      path: "/api/suppliers/pledges",
      summary: "誓約書（契約ごと）/ Pledges of a contract",
      request: { query: PledgeQuery },
      responses: ok("Pledges", PledgeListRes),
    },
    async (c, { db }) => {
      const { contractId } = c.req.valid("query");
      await readable(c, contractId);
      return { data: await listPledges(db, contractId) };
    },
  );

  jsonRoute(
    app,
    {
      method: "post",
      path: "/api/suppliers/pledges",
      summary: "誓約書の受領の記録（課長）/ Record a pledge received on paper",
      request: body(PledgeReq),
      responses: created("Recorded", PledgeRowRes),
    },
    async (c, { db, now, ctx }) => {
      const row = await recordPledge(db, ctx, c.req.valid("json"), now, keeper(c));
      return { data: row };
    },
  );

  jsonRoute(
    app,
    {
      method: "get",
      path: "/api/suppliers/checks",
      summary:
        "委託事業者の確認（見える契約のみ。reported_to_me: 自分の職務に報告されたもの、重要度順）/ Contractor checks",
      request: { query: CheckQuery },
      responses: ok("Checks, the important first", CheckListRes),
    },
    async (c, { actor, db, profile }) => {
      const rows = await listChecks(db, actor, c.req.valid("query"));
      const clause = profile.suppliers?.checks.clause ?? null;
      return {
        data: rows.map((r) => ({
          ...r,
          reportedToLabels: r.reportedTo.map((d) => DUTIES[d as Duty] ?? { ja: d, en: d }),
        })),
        clause,
        clauseLabel: clause ? clauseLabel(clause) : null,
      };
    },
  );

  jsonRoute(
    app,
    {
      method: "post",
      path: "/api/suppliers/checks",
      summary:
        "委託事業者の確認の記録と報告（重要度に応じて）/ Record a contractor check and report it up the chain",
      request: body(CheckReq),
      responses: created("Recorded", CheckRowRes),
    },
    async (c, { db, profile, now, ctx }) => {
      const row = await recordCheck(db, ctx, profile, c.req.valid("json"), now, keeper(c));
      return { data: row };
    },
  );

  jsonRoute(
    app,
    {
      method: "post",
      path: "/api/suppliers/contracts/{id}/explanations",
      summary:
        "委託事業者（再委託先を含む）への情報セキュリティポリシーの説明の記録 / Record the policy explained to the contractor",
      request: { params: IdParam, ...body(ExplanationReq) },
      responses: created("Recorded", ExplanationRowRes),
    },
    async (c, { db, profile, now, ctx }) => {
      const row = await recordExplanation(
        db,
        ctx,
        profile,
        c.req.valid("param").id,
        c.req.valid("json"),
        now,
        keeper(c),
      );
      return { data: row };
    },
  );

  jsonRoute(
    app,
    {
      method: "post",
      path: "/api/suppliers/contracts/{id}/incidents",
      summary:
        "委託事業者が関わったインシデントを契約に記録 / Name an incident the contractor was involved in",
      request: { params: IdParam, ...body(IncidentNameReq) },
      responses: created("Named", IncidentNamedRes),
    },
    async (c, { actor, db, now, ctx }) => {
      const row = await nameIncident(
        db,
        ctx,
        actor,
        c.req.valid("param").id,
        c.req.valid("json"),
        now,
        keeper(c),
      );
      return { data: row };
    },
  );

  jsonRoute(
    app,
    {
      method: "post",
      path: "/api/suppliers/contracts/{id}/lendings",
      summary: "受渡票による貸与の記録（データ等の受渡し記録にも記載）/ Record information lent",
      request: { params: IdParam, ...body(LendingReq) },
      responses: created("Recorded", LendingRowRes),
    },
    async (c, { actor, db, profile, now, ctx }) => {
      const row = await lend(
        db,
        ctx,
        { actor, profile },
        c.req.valid("param").id,
        c.req.valid("json"),
        now,
        keeper(c),
      );
      return { data: row };
    },
  );

  jsonRoute(
    app,
    {
      method: "post",
      path: "/api/suppliers/contracts/{id}/lendings/{lendingId}/return",
      summary: "貸与物の返却 / Record a lent item returned",
      request: { params: LendingParam, ...body(ReturnReq) },
      responses: changed("Returned", LendingReturnedRes),
    },
    async (c, { db, now, ctx }) => {
      const { id, lendingId } = c.req.valid("param");
      const row = await returnLending(db, ctx, id, lendingId, c.req.valid("json").returnedOn, now, keeper(c));
      return { data: row };
    },
  );

  app.use(
    "/api/suppliers/contracts/:id/lendings/:lendingId/disposal",
    bodyLimit({
      maxSize: CERTIFICATE_MAX_BYTES + 64 * 1024,
      onError: () => {
        throw tooLarge();
      },
    }),
  );
  jsonRoute(
    app,
    {
      method: "post",
      path: "/api/suppliers/contracts/{id}/lendings/{lendingId}/disposal",
      summary: "廃棄証明の登録（証明書番号・日付・PDF/PNG/JPEG）/ Certify the disposal of a lent item",
      request: {
        params: LendingParam,
        body: { required: true, content: { "multipart/form-data": { schema: DisposalReq } } },
      },
      responses: { ...changed("Certified", LendingDisposedRes), 413: { description: "Too large" } },
    },
    async (c, { db, now, ctx }) => {
      const { id, lendingId } = c.req.valid("param");
      const form = c.req.valid("form");
      const file = await certificateFile(form.file);
      const row = await certifyDisposal(
        db,
        ctx,
        id,
        lendingId,
        { certificateNumber: form.certificateNumber, certifiedOn: form.certifiedOn, file },
        now,
        keeper(c),
      );
      return { data: row };
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/suppliers/contracts/{id}/lendings/{lendingId}/certificate",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "廃棄証明書のダウンロード / Download a disposal certificate",
      request: { params: LendingParam },
      responses: { 200: { description: "The file (always as a download)" }, ...errorResponses },
    }),
    async (c) => {
      const { db } = env(c);
      const { id, lendingId } = c.req.valid("param");
      await readable(c, id);
      const f = await certificateOf(db, id, lendingId);
      return new Response(new Uint8Array(f.content), {
        status: 200,
        headers: {
          "content-type": f.contentType,
          "content-disposition": contentDisposition(f.fileName),
          "x-content-sha256": f.sha256,
          "cache-control": "no-store",
        },
      });
    },
  );

  return app;
}
