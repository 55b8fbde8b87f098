/** Request schemas of documents (zod; field names are labelled in common/field-labels.ts). */
import { z } from "@hono/zod-openapi";

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");
const Key = z
  .string()
  .regex(/^[a-z0-9_]+$/)
  .max(100);

export const AudienceReq = z
  .strictObject({
    everyone: z.boolean(),
    roles: z.array(Key).max(50).default([]),
    departments: z.array(z.string().uuid()).max(500).default([]),
  })
  .openapi("DocumentAudience");

export const DocumentReq = z
  .strictObject({
    kind: Key,
    title: z.string().trim().min(1).max(200),
    departmentId: z.string().uuid().nullable().default(null),
    systemName: z.string().trim().max(200).nullable().default(null),
    audience: AudienceReq,
  })
  .openapi("DocumentReq");

export const DocumentPatch = z
  .strictObject({
    title: z.string().trim().min(1).max(200).optional(),
    systemName: z.string().trim().max(200).nullable().optional(),
    audience: AudienceReq.optional(),
  })
  .openapi("DocumentPatch");

export const VersionReq = z
  .strictObject({
    text: z.string().min(1).max(500_000),
    changeSummary: z.string().trim().max(2000).nullable().default(null),
    materialChange: z.boolean().default(true),
  })
  .openapi("DocumentVersionReq");

export const VersionPatch = z
  .strictObject({
    text: z.string().min(1).max(500_000).optional(),
    changeSummary: z.string().trim().max(2000).nullable().optional(),
    materialChange: z.boolean().optional(),
  })
  .openapi("DocumentVersionPatch");

export const ApproveReq = z
  .strictObject({
    effectiveOn: IsoDate,
    /** Only for one's own draft where nobody else can approve (やむを得ない場合, recorded). */
    overrideReason: z.string().trim().max(2000).optional(),
  })
  .openapi("DocumentApproveReq");
export const ReviewReq = z
  .strictObject({ outcome: z.enum(["no_change", "revise"]) })
  .openapi("DocumentReviewReq");
export const AckReq = z.strictObject({ versionNumber: z.number().int().min(1) }).openapi("DocumentAckReq");
export const PaperAckReq = z
  .strictObject({
    versionNumber: z.number().int().min(1),
    personId: z.string().uuid(),
    signedOn: IsoDate,
  })
  .openapi("DocumentPaperAckReq");

export const IdParam = z.object({ id: z.string().uuid() });
export const VersionParam = z.object({
  id: z.string().uuid(),
  number: z.coerce.number().int().min(1).max(100_000),
});
export const ListQuery = z.object({
  /** mine: only the documents I must still acknowledge. */
  view: z.enum(["all", "to_read"]).default("all"),
});
export const CompareQuery = z.object({
  from: z.coerce.number().int().min(1).max(100_000),
  to: z.coerce.number().int().min(1).max(100_000),
});
export const FiguresQuery = z.object({ departmentId: z.string().uuid().optional() });

/** A JSON answer with its response schema (responses.ts). */
export const ok = <S extends z.ZodType>(description: string, schema: S) => ({
  description,
  content: { "application/json": { schema } },
});
