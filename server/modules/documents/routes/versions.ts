/**
 * /api/documents/{id}/versions — draft, edit, read, approve, publish; and the 新旧対照表 of two
 * versions. Reading a restricted document (実施手順) is logged and watermarked with the viewer.
 */

import { createRoute } from "@hono/zod-openapi";
import { isIsoDate, todayJst } from "../../../../common/calendar";
import { authorize, requireActor, serialize } from "../../../access";
import { contentDisposition } from "../../../http/attachment-name";
import { fieldError } from "../../../http/errors";
import { exportMarking } from "../../../http/export-marking";
import { createRouter, errorResponses, requestContext, SESSION_ROUTE } from "../../../http/router";
import { logRestrictedView } from "../commands/acknowledgements";
import { approveVersion, draftVersion, editDraft, publishVersion } from "../commands/versions";
import { type DiffRow, diffSummary, sideBySide } from "../domain/diff";
import { versionPdf } from "../export";
import { presentVersion, presentVersionMeta, watermark } from "../presenter";
import { personNames } from "../queries";
import { ComparisonRes, VersionPageRes, VersionRes } from "../responses";
import { ApproveReq, CompareQuery, IdParam, ok, VersionParam, VersionPatch, VersionReq } from "../schema";
import { body, readableDocument, readableVersion, TAG } from "./common";

/** GET /api/documents/{id}/versions/{number}: a version's text, watermarked when restricted. */
export interface VersionPage {
  data: ReturnType<typeof presentVersion> & {
    documentTitle: string;
    restricted: boolean;
    watermark: ReturnType<typeof watermark> | null;
    policies: Record<string, boolean>;
  };
}

/** GET /api/documents/{id}/compare: the 新旧対照表 of two versions. */
export interface Comparison {
  data: {
    documentTitle: string;
    from: ReturnType<typeof presentVersionMeta>;
    to: ReturnType<typeof presentVersionMeta>;
    rows: DiffRow[];
    summary: ReturnType<typeof diffSummary>;
    restricted: boolean;
    watermark: ReturnType<typeof watermark> | null;
    printedOn: string;
  };
}

export function versionRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/documents/{id}/versions",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "新しい版（案）の作成 / Draft a new version",
      request: { params: IdParam, ...body(VersionReq) },
      responses: {
        201: ok("Drafted", VersionRes),
        ...errorResponses,
        409: { description: "A version is already pending" },
      },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const d = await readableDocument(c, actor, c.req.valid("param").id);
      authorize(actor, "write", "document", d.record);
      const input = c.req.valid("json");
      const row = await draftVersion(
        deps.database.db,
        requestContext(c),
        d.row.id,
        { body: input.text, changeSummary: input.changeSummary, materialChange: input.materialChange },
        deps.now(),
      );
      return c.json({ data: presentVersion(row, new Map()) }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/api/documents/{id}/versions/{number}",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "版（案）の修正 / Edit a draft version",
      request: { params: VersionParam, ...body(VersionPatch) },
      responses: { 200: ok("Edited", VersionRes), ...errorResponses, 409: { description: "Not a draft" } },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const { id, number } = c.req.valid("param");
      const d = await readableDocument(c, actor, id);
      authorize(actor, "write", "document", d.record);
      const v = await readableVersion(c, actor, d, number);
      const input = c.req.valid("json");
      const { text, ...rest } = input;
      const row = await editDraft(
        deps.database.db,
        requestContext(c),
        v,
        { ...rest, ...(text !== undefined ? { body: text } : {}) },
        deps.now(),
      );
      return c.json({ data: presentVersion(row, new Map()) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/documents/{id}/versions/{number}",
      tags: TAG,
      security: SESSION_ROUTE,
      summary:
        "版の本文（非公開文書は閲覧を記録し、閲覧者名の透かしを付ける） / A version's text (restricted: logged and watermarked)",
      request: { params: VersionParam },
      responses: { 200: ok("Version", VersionPageRes), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const { id, number } = c.req.valid("param");
      const d = await readableDocument(c, actor, id);
      const v = await readableVersion(c, actor, d, number);
      const now = deps.now();
      const restricted = d.kind === null || d.kind.restricted !== undefined;
      if (restricted) await logRestrictedView(deps.database.db, requestContext(c), v, "version", now);
      const names = await personNames(
        deps.database.db,
        [v.approvedByPersonId, v.publishedByPersonId].filter((x): x is string => Boolean(x)),
      );
      return c.json(
        {
          data: {
            ...presentVersion(v, names),
            documentTitle: d.row.title,
            restricted,
            watermark: restricted ? watermark(actor, now) : null,
            policies: serialize(actor, "document", d.record),
          },
        } satisfies VersionPage,
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/documents/{id}/versions/{number}/pdf",
      tags: TAG,
      security: SESSION_ROUTE,
      summary:
        "版のPDF（非公開文書は閲覧を記録し、全ページに閲覧者名と日時の透かし） / A version as PDF (restricted: logged, watermarked)",
      request: { params: VersionParam },
      responses: {
        200: {
          description: "PDF",
          content: { "application/pdf": { schema: { type: "string", format: "binary" } } },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const { id, number } = c.req.valid("param");
      const d = await readableDocument(c, actor, id);
      const v = await readableVersion(c, actor, d, number);
      const now = deps.now();
      const restricted = d.kind === null || d.kind.restricted !== undefined;
      if (restricted) await logRestrictedView(deps.database.db, requestContext(c), v, "pdf", now);
      const pdf = await versionPdf({
        title: d.row.title,
        number: v.number,
        effectiveOn: v.effectiveOn,
        text: v.body,
        watermark: restricted ? watermark(actor, now).text : null,
        marking: exportMarking(deps.profile(), [], actor, now),
      });
      return new Response(new Uint8Array(pdf), {
        status: 200,
        headers: {
          "content-type": "application/pdf",
          // The title is typed by a keeper: cleaned like an attachment name (no path, no bidi override).
          "content-disposition": contentDisposition(`${d.row.title}_第${v.number}版.pdf`),
          "cache-control": "no-store",
        },
      });
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/documents/{id}/versions/{number}/approve",
      tags: TAG,
      security: SESSION_ROUTE,
      summary:
        "版の承認（プロファイルが定める承認者、施行日を定める。作成者本人は承認できない） / Approve a version (the profile's approver, never its drafter; sets the effective date)",
      request: { params: VersionParam, ...body(ApproveReq) },
      responses: { 200: ok("Approved", VersionRes), ...errorResponses, 409: { description: "Not a draft" } },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const { id, number } = c.req.valid("param");
      const d = await readableDocument(c, actor, id);
      authorize(actor, "approve", "document", d.record);
      const v = await readableVersion(c, actor, d, number);
      const { effectiveOn, overrideReason } = c.req.valid("json");
      if (!isIsoDate(effectiveOn))
        throw fieldError("effectiveOn", "施行日が日付ではありません。", "The effective date is not a date.");
      if (!d.kind)
        throw fieldError(
          "kind",
          "この種類の文書はプロファイルにありません。",
          "The profile has no such kind.",
        );
      const row = await approveVersion(
        deps.database.db,
        requestContext(c),
        deps.profile(),
        d.record,
        v,
        d.kind,
        { effectiveOn, overrideReason },
        deps.now(),
      );
      return c.json({ data: presentVersion(row, new Map()) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/documents/{id}/versions/{number}/publish",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "版の公開（周知）。前の版は旧版になる / Publish a version to the document's audience",
      request: { params: VersionParam },
      responses: {
        200: ok("Published", VersionRes),
        ...errorResponses,
        409: { description: "Not approved" },
      },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const { id, number } = c.req.valid("param");
      const d = await readableDocument(c, actor, id);
      authorize(actor, "write", "document", d.record);
      const v = await readableVersion(c, actor, d, number);
      if (!d.kind)
        throw fieldError(
          "kind",
          "この種類の文書はプロファイルにありません。",
          "The profile has no such kind.",
        );
      const row = await publishVersion(deps.database.db, requestContext(c), v, d.kind, d.row, deps.now());
      return c.json({ data: presentVersion(row, new Map()) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/documents/{id}/compare",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "新旧対照表（2つの版の比較） / Side-by-side comparison of two versions",
      request: { params: IdParam, query: CompareQuery },
      responses: { 200: ok("Comparison", ComparisonRes), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const d = await readableDocument(c, actor, c.req.valid("param").id);
      const q = c.req.valid("query");
      const from = await readableVersion(c, actor, d, q.from);
      const to = await readableVersion(c, actor, d, q.to);
      const now = deps.now();
      const restricted = d.kind === null || d.kind.restricted !== undefined;
      if (restricted) await logRestrictedView(deps.database.db, requestContext(c), to, "comparison", now);
      const rows = sideBySide(from.body, to.body);
      return c.json(
        {
          data: {
            documentTitle: d.row.title,
            from: presentVersionMeta(from, new Map()),
            to: presentVersionMeta(to, new Map()),
            rows,
            summary: diffSummary(rows),
            restricted,
            watermark: restricted ? watermark(actor, now) : null,
            printedOn: todayJst(now),
          },
        } satisfies Comparison,
        200,
      );
    },
  );

  return app;
}
