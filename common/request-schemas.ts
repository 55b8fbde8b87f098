/**
 * The request bodies of the requests module (申請・承認), declared once: the server's routes check
 * them (server/modules/requests/schema.ts re-exports them) and the web app's forms build their
 * schemas from the same pieces (web/src/scenes/requests), so a limit changed here changes both.
 * Plain zod: the server's @hono/zod-openapi reads the same zod instance.
 */
import { z } from "zod";

const Uuid = z.string().uuid();
const Text = (max: number) => z.string().max(max);
const IsoDateTime = z
  .string()
  .max(40)
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/);
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Field values of a kind; checked in detail against the kind's fields (the server's domain/kinds.ts). */
const Fields = z.record(
  z.string().max(64),
  z.union([z.string().max(4000), z.boolean(), z.number(), z.null()]),
);

export const RequestCreateReq = z.strictObject({
  kind: z.string().min(1).max(40),
  assetIds: z.array(Uuid).max(100).default([]),
  fields: Fields.default({}),
});

/** PATCH of a draft: either part may be left out (kept as it is). */
export const RequestUpdateReq = z.strictObject({
  assetIds: z.array(Uuid).max(100).optional(),
  fields: Fields.optional(),
});

export const PreviewReq = z.strictObject({
  kind: z.string().min(1).max(40),
  assetIds: z.array(Uuid).max(100).default([]),
  /** The form so far: its choices may decide approval or the chain (川崎市 第9章6(1), 第9章2(5)イ). */
  fields: Fields.optional(),
});

export const SubmitReq = z.strictObject({ fields: Fields.optional() });

export const ApproveReq = z.strictObject({
  comment: Text(2000).optional(),
  override: z.strictObject({ reason: Text(2000) }).optional(),
});

export const RejectReq = z.strictObject({
  comment: Text(2000),
  override: z.strictObject({ reason: Text(2000) }).optional(),
});

export const StartReq = z.strictObject({ at: IsoDateTime.optional() });

export const ReturnReportReq = z.strictObject({
  returnedAt: IsoDateTime,
  note: Text(2000).optional(),
});

export const CompleteReq = z.strictObject({
  nothingMissing: z.boolean().optional(),
  note: Text(2000).optional(),
  method: Text(40).optional(),
  disposedOn: IsoDate.optional(),
  personId: Uuid.optional(),
  certificateNumber: Text(200).optional(),
  photoRef: Text(500).optional(),
  providedOn: IsoDate.optional(),
  recipient: Text(500).optional(),
  encrypted: z.boolean().optional(),
  quantity: Text(100).optional(),
  mediumForm: Text(200).optional(),
});

export const CancelReq = z.strictObject({ reason: Text(2000).optional() });

export const PostReportReq = z.strictObject({ report: z.string().min(1).max(4000) });

/** A kind's form field as the server describes it (GET /api/requests/kinds, a request's fieldSpecs). */
export interface RequestFieldSpec {
  key: string;
  type: "text" | "longtext" | "date" | "datetime" | "boolean" | "number" | "select" | "person";
  label: { ja: string; en: string };
  required: boolean;
  options?: ReadonlyArray<{ value: string }>;
  max?: number;
}

/**
 * What a kind's form checks before it is sent, field by field under `fields.<key>` (the paths of
 * the server's own field errors): required fields asked for by their label, the server's lengths
 * (text 500 unless the kind says, long text 4000), a choice among the kind's options. Empty
 * optional fields are "not given" (null or ""), as the server reads them.
 */
export function requestFieldsSchema(specs: readonly RequestFieldSpec[]) {
  const shape: Record<string, z.ZodType> = {};
  for (const f of specs) {
    const max = f.max ?? (f.type === "longtext" ? 4000 : 500);
    let s: z.ZodType;
    switch (f.type) {
      case "boolean":
        s = z.boolean().nullable().optional();
        break;
      case "number":
        s = f.required ? z.number() : z.number().nullable().optional();
        break;
      case "select": {
        const values = (f.options ?? []).map((o) => o.value) as [string, ...string[]];
        const choice = values.length ? z.enum(values) : z.string().min(1);
        s = f.required ? z.string().pipe(choice) : z.union([z.literal(""), choice]).nullish();
        break;
      }
      case "date":
        s = f.required ? z.string().nullable().pipe(IsoDate) : z.union([z.literal(""), IsoDate]).nullish();
        break;
      case "datetime":
        s = f.required
          ? z.string().nullable().pipe(IsoDateTime)
          : z.union([z.literal(""), IsoDateTime]).nullish();
        break;
      case "person":
        s = f.required ? z.string().nullable().pipe(Uuid) : z.union([z.literal(""), Uuid]).nullish();
        break;
      default:
        // Blank text is "not given" (the server's "…を入力してください"), not "too short".
        s = f.required
          ? z.preprocess(
              (v) => (typeof v === "string" && v.trim() === "" ? null : v),
              z.string().trim().max(max),
            )
          : z.string().max(max).nullish();
    }
    shape[f.key] = s;
  }
  return z.object({ fields: z.object(shape) });
}

/** The kind's field labels by key, for the messages of requestFieldsSchema. */
export const requestFieldLabels = (specs: readonly RequestFieldSpec[]) =>
  Object.fromEntries(specs.map((f) => [f.key, f.label]));
