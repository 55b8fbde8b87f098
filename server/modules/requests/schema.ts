import { z } from "@hono/zod-openapi";

const Uuid = z.string().uuid();
const Text = (max: number) => z.string().max(max);
const IsoDateTime = z
  .string()
  .max(40)
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/);
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const IdParam = z.object({ id: Uuid });

/** Field values of a kind; checked in detail against the kind's fields (domain/kinds.ts). */
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

export const ListQuery = z.object({
  scope: z.enum(["mine", "waiting", "all"]).default("mine"),
  status: z.string().max(200).optional(),
  kind: z.string().max(40).optional(),
  /** overdue: my reports past due; return_to_confirm: returns I confirm; late: any visible report past due (queries.followUpSql). */
  followUp: z.enum(["overdue", "return_to_confirm", "late"]).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const AnyRecord = z.record(z.string(), z.unknown());
