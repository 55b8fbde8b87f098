/** /api/documents — the policy documents of the profile's kinds: list, create, detail, audience, review. */

import { createRoute } from "@hono/zod-openapi";
import { authorize, requireActor } from "../../../access";
import { departmentUnit } from "../../../directory";
import type { Actor } from "../../../http/context";
import { fieldError, forbidden } from "../../../http/errors";
import { createRouter, errorResponses, requestContext, SESSION_ROUTE } from "../../../http/router";
import type { Profile } from "../../../profile";
import { createInOf } from "../access";
import { createDocument, updateDocument } from "../commands/documents";
import { recordReview } from "../commands/versions";
import { presentDocument, presentKindOf, presentVersionMeta, visibleVersions } from "../presenter";
import { acknowledgedNumbers, departmentNames, kindOf, personNames } from "../queries";
import { DocumentDetailRes, DocumentKindsRes, DocumentListRes, DocumentRowRes } from "../responses";
import { DocumentPatch, DocumentReq, IdParam, ListQuery, ok, ReviewReq } from "../schema";
import { body, readableDocument, TAG } from "./common";
import { documentExportRoutes, documentsForViewer } from "./documents-export";

/** GET /api/documents/kinds: the profile's kinds, each with where the viewer may create one. */
export function kindsView(actor: Actor, section: Profile["documents"]) {
  const data = (section?.kinds ?? []).map((k) => {
    const createIn = createInOf(actor, k);
    return { ...presentKindOf(k), createIn };
  });
  return {
    data,
    posting: section?.posting ?? null,
    paperAcknowledgement: section?.paper_acknowledgement ?? null,
  };
}

/** GET /api/documents/{id}: the document with the versions the viewer sees. */
export function documentDetailView(
  document: ReturnType<typeof presentDocument>,
  versions: ReturnType<typeof presentVersionMeta>[],
) {
  return { data: { ...document, versions } };
}

export type DocumentKinds = ReturnType<typeof kindsView>;
export type DocumentDetail = ReturnType<typeof documentDetailView>;

export function documentRoutes() {
  const app = createRouter();
  // Before the detail route: its `{id}` would take `export.xlsx`.
  documentExportRoutes(app);

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/documents/kinds",
      tags: TAG,
      security: SESSION_ROUTE,
      summary:
        "文書の種類（プロファイル）と作成できる範囲 / Document kinds of the profile and where I may create them",
      responses: { 200: ok("Kinds", DocumentKindsRes), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      return c.json(kindsView(actor, c.get("deps").profile().documents), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/documents",
      tags: TAG,
      security: SESSION_ROUTE,
      summary:
        "文書の一覧（view=to_read: 閲覧確認が必要なもの） / Documents (to_read: those I must acknowledge)",
      request: { query: ListQuery },
      responses: { 200: ok("Documents", DocumentListRes), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const data = await documentsForViewer(c, actor, c.req.valid("query").view);
      return c.json({ data }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/documents",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "文書の登録（種類の所管者） / Create a document (by the keeper the profile names)",
      request: body(DocumentReq),
      responses: { 201: ok("Created", DocumentRowRes), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const db = deps.database.db;
      const input = c.req.valid("json");
      const kind = kindOf(deps.profile(), input.kind);
      if (!kind)
        throw fieldError(
          "kind",
          "この種類の文書はプロファイルにありません。",
          "The profile has no such kind of document.",
        );
      let unit = { departmentId: null as string | null, bureauId: null as string | null };
      if (kind.unit === "department") {
        if (!input.departmentId)
          throw fieldError(
            "departmentId",
            "所管の課を指定してください。",
            "Name the department that keeps it.",
          );
        const u = await departmentUnit(db, input.departmentId);
        if (!u) throw fieldError("departmentId", "その課はありません。", "No such department.");
        unit = { departmentId: u.id, bureauId: u.bureauId };
      } else if (input.departmentId) {
        throw fieldError(
          "departmentId",
          "全庁の文書には課を指定しません。",
          "An organization-wide document has no department.",
        );
      }
      authorize(actor, "create", "document_kind", { kind, ...unit });
      const row = await createDocument(
        db,
        requestContext(c),
        {
          kind,
          title: input.title,
          departmentId: unit.departmentId,
          systemName: input.systemName,
          audience: input.audience,
        },
        deps.now(),
      );
      return c.json({ data: row }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/documents/{id}",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "文書と版の一覧 / A document and its versions",
      request: { params: IdParam },
      responses: { 200: ok("Document", DocumentDetailRes), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const db = c.get("deps").database.db;
      const d = await readableDocument(c, actor, c.req.valid("param").id);
      const versions = visibleVersions(actor, d);
      const names = await personNames(
        db,
        versions
          .flatMap((v) => [v.approvedByPersonId, v.publishedByPersonId])
          .filter((x): x is string => Boolean(x)),
      );
      const acks = await acknowledgedNumbers(db, [d.row.id], [actor.personId]);
      const dept = d.row.departmentId
        ? (await departmentNames(db, [d.row.departmentId])).get(d.row.departmentId)
        : null;
      return c.json(
        documentDetailView(
          presentDocument(actor, d, acks.get(d.row.id)?.get(actor.personId) ?? [], names, dept ?? null),
          versions.map((v) => presentVersionMeta(v, names)).reverse(),
        ),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/api/documents/{id}",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "文書の件名・公開先の変更 / Change a document's title, system or audience",
      request: { params: IdParam, ...body(DocumentPatch) },
      responses: { 200: ok("Updated", DocumentRowRes), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const d = await readableDocument(c, actor, c.req.valid("param").id);
      authorize(actor, "write", "document", d.record);
      const row = await updateDocument(
        deps.database.db,
        requestContext(c),
        d.row,
        c.req.valid("json"),
        deps.now(),
      );
      return c.json({ data: row }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/documents/{id}/reviews",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "評価（見直し）の記録（西原村 10.3 毎年度） / Record the periodic evaluation",
      request: { params: IdParam, ...body(ReviewReq) },
      responses: { 200: ok("Reviewed", DocumentRowRes), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const d = await readableDocument(c, actor, c.req.valid("param").id);
      authorize(actor, "review", "document", d.record);
      if (!d.kind) throw forbidden();
      const row = await recordReview(
        deps.database.db,
        requestContext(c),
        d.row.id,
        d.kind,
        c.req.valid("json").outcome,
        deps.now(),
      );
      return c.json({ data: row }, 200);
    },
  );

  return app;
}
