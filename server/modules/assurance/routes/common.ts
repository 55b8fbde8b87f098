import type { z } from "@hono/zod-openapi";
import { and, eq } from "drizzle-orm";
import type { Context, Next } from "hono";
import { bodyLimit } from "hono/body-limit";
import { requireActor } from "../../../access";
import { contentDisposition } from "../../../http/attachment-name";
import type { AppEnv } from "../../../http/context";
import { AppError, fieldError, notFound } from "../../../http/errors";
import { sniffType } from "../../../http/files";
import { errorResponses } from "../../../http/router";
import { assuranceCampaigns } from "../tables";

export type C = Context<AppEnv>;
export const TAG = ["assurance"];

/** A 200 answer with its response schema (views.ts; the screens read it typed). */
export const ok = <S extends z.ZodType>(description: string, schema: S) => ({
  200: { description, content: { "application/json": { schema } } },
  ...errorResponses,
});
/** A 201 answer with its response schema (views.ts). */
export const created = <S extends z.ZodType>(description: string, schema: S) => ({
  201: { description, content: { "application/json": { schema } } },
  409: { description: "Conflict with the record's state" },
  ...errorResponses,
});

/** Evidence files: PDF, PNG, JPEG or text by content, at most this size. */
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
/** Upload paths: the app skips its 1 MB JSON limit there and `evidenceLimit` applies instead. */
export const ASSURANCE_FILE_UPLOAD = /^\/api\/assurance\/(answers|findings)\/[^/]+\/files$/;

const tooLarge = () =>
  new AppError(
    413,
    "payload_too_large",
    "証跡ファイルは10MBまでです。",
    "An evidence file may be at most 10 MB.",
    { file: { message_ja: "10MBを超えています。", message_en: "Larger than 10 MB." } },
  );

export const evidenceLimit = (c: C, next: Next) =>
  c.req.method !== "POST"
    ? next()
    : bodyLimit({
        maxSize: EVIDENCE_MAX_BYTES + 64 * 1024,
        onError: () => {
          throw tooLarge();
        },
      })(c, next);

/** Reads an uploaded evidence file and checks its size and its type by content. */
export async function evidenceOf(file: File) {
  const bytes = Buffer.from(await file.arrayBuffer());
  if (bytes.length === 0) throw fieldError("file", "ファイルが空です。", "The file is empty.");
  if (bytes.length > EVIDENCE_MAX_BYTES) throw tooLarge();
  const type = sniffType(bytes);
  if (!type)
    throw fieldError(
      "file",
      "証跡はPDF・PNG・JPEG・テキストのファイルのみ登録できます。",
      "Evidence must be a PDF, PNG, JPEG or text file.",
    );
  return { fileName: file.name, contentType: type, bytes };
}

export function env(c: C) {
  const deps = c.get("deps");
  return {
    actor: requireActor(c.get("actor")),
    db: deps.database.db,
    profile: deps.profile(),
    now: deps.now(),
    dir: deps.config.profileDir,
  };
}

export function fileResponse(file: {
  content: Buffer;
  contentType: string;
  fileName: string;
  sha256: string;
}) {
  return new Response(new Uint8Array(file.content), {
    status: 200,
    headers: {
      "content-type": file.contentType,
      "content-disposition": contentDisposition(file.fileName),
      "x-content-sha256": file.sha256,
      "cache-control": "no-store",
    },
  });
}

/** A campaign of the active profile, or 404. */
export async function loadCampaign(c: C, id: string) {
  const { db, profile } = env(c);
  const [row] = await db
    .select()
    .from(assuranceCampaigns)
    .where(and(eq(assuranceCampaigns.id, id), eq(assuranceCampaigns.profileId, profile.id)));
  if (!row) throw notFound({ ja: "自己点検", en: "The campaign" });
  return row;
}
