import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { and, eq } from "drizzle-orm";
import type { AppEnv } from "../../../http/context";
import { notFound } from "../../../http/errors";
import { errorResponses, requestContext, SESSION_ROUTE } from "../../../http/router";
import type { Unit } from "../access";
import { auditsCovering, logAuditorRead } from "../commands/auditor-reads";
import { FileParam, FileUploadReq, IdParam } from "../schema";
import { assuranceFiles } from "../tables";
import { FileAddedRes } from "../views";
import { type C, env, evidenceLimit, evidenceOf, fileResponse, ok, TAG } from "./common";

type Uploaded = Awaited<ReturnType<typeof evidenceOf>>;

export interface EvidenceRoutesSpec {
  /** `answers` or `findings`: the path segment under /api/assurance. */
  segment: "answers" | "findings";
  ownerType: "answer" | "finding";
  /** "回答" / "an answer" in the summaries. */
  noun: { ja: string; en: string };
  /** Answers 404 for a record the viewer may not read; else the record's unit. */
  authorizeRead: (c: C, id: string) => Promise<Unit>;
  /** Stores the file; the command checks the caller's right to add evidence. */
  addFile: (c: C, id: string, file: Uploaded) => Promise<unknown>;
}

/** Upload and download of evidence files: the same for answers and findings but for the owner. */
export function evidenceRoutes(app: OpenAPIHono<AppEnv>, spec: EvidenceRoutesSpec) {
  const base = `/api/assurance/${spec.segment}`;
  app.use(`${base}/:id/files`, evidenceLimit);
  app.openapi(
    createRoute({
      method: "post",
      path: `${base}/{id}/files`,
      tags: TAG,
      security: SESSION_ROUTE,
      summary: `${spec.noun.ja}の証跡（PDF/PNG/JPEG/テキスト、10MBまで） / Evidence for ${spec.noun.en}`,
      request: {
        params: IdParam,
        body: { required: true, content: { "multipart/form-data": { schema: FileUploadReq } } },
      },
      responses: { ...ok("The stored file", FileAddedRes), 413: { description: "Too large" } },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      // An answer or finding the caller may not read is answered like an unknown id (404), not 403.
      await spec.authorizeRead(c, id);
      const file = await evidenceOf(c.req.valid("form").file);
      return c.json({ data: await spec.addFile(c, id, file) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: `${base}/{id}/files/{fileId}`,
      tags: TAG,
      security: SESSION_ROUTE,
      summary: `証跡のダウンロード / Download evidence of ${spec.noun.en}`,
      request: { params: FileParam },
      responses: { 200: { description: "The file (always as a download)" }, ...errorResponses },
    }),
    async (c) => {
      const { actor, db, now } = env(c);
      const { id, fileId } = c.req.valid("param");
      const unit = await spec.authorizeRead(c, id);
      const [file] = await db
        .select()
        .from(assuranceFiles)
        .where(
          and(
            eq(assuranceFiles.id, fileId),
            eq(assuranceFiles.ownerType, spec.ownerType),
            eq(assuranceFiles.ownerId, id),
          ),
        );
      if (!file) throw notFound({ ja: "ファイル", en: "The file" });
      await logAuditorRead(
        db,
        requestContext(c),
        {
          auditIds: auditsCovering(actor, unit),
          what: "evidence",
          targetType: `assurance_${spec.ownerType}`,
          targetId: id,
          departmentId: unit.departmentId,
          fileId: file.id,
        },
        now,
      );
      return fileResponse(file);
    },
  );
}
