/** Request schemas of software and vulnerabilities (zod; field names are labelled in common/field-labels.ts). */
import { z } from "@hono/zod-openapi";
import { LICENCE_TYPES, MATCH_STATES } from "./tables";

/** A real calendar date (2026-13-45 and 2026-02-30 are refused, not passed to the database). */
const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD")
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
  }, "not a calendar date");
const Text = (max: number) => z.string().trim().min(1).max(max);

export const ProductReq = z.strictObject({
  vendor: Text(200),
  product: Text(200),
  version: z.string().trim().max(100).default(""),
  edition: z.string().trim().max(100).default(""),
  cpe: z.string().trim().max(500).nullable().default(null),
  jvnProductIds: z
    .array(z.string().regex(/^\d{1,10}$/))
    .max(50)
    .default([]),
  endOfSupport: IsoDate.nullable().default(null),
});
/** What the product form has typed so far, for the CPE suggestions. */
export const CpeSuggestQuery = z.object({
  vendor: z.string().trim().max(200).default(""),
  product: Text(200),
  version: z.string().trim().max(100).default(""),
  limit: z.coerce.number().int().min(1).max(20).default(8),
});
export const ProductPatch = z.strictObject({
  vendor: Text(200).optional(),
  product: Text(200).optional(),
  version: z.string().trim().max(100).optional(),
  edition: z.string().trim().max(100).optional(),
  cpe: z.string().trim().max(500).nullable().optional(),
  jvnProductIds: z
    .array(z.string().regex(/^\d{1,10}$/))
    .max(50)
    .optional(),
  endOfSupport: IsoDate.nullable().optional(),
});
export const InstallationReq = z.strictObject({
  productId: z.string().uuid(),
  assetId: z.string().uuid(),
  plannedEndOfUse: IsoDate.nullable().default(null),
  // No approvalRequestId here (#12): an installation is tied to its approval only by the approval
  // itself (commands/install-from-request.ts). A field a caller fills could claim any request —
  // another 課's, one still pending, one for other software — as this installation's permission.
  note: z.string().trim().max(2000).nullable().default(null),
});
export const LicenceReq = z.strictObject({
  productId: z.string().uuid(),
  departmentId: z.string().uuid(),
  licenceType: z.enum(LICENCE_TYPES),
  seats: z.number().int().min(1).max(1_000_000).nullable().default(null),
  expiresOn: IsoDate.nullable().default(null),
  note: z.string().trim().max(2000).nullable().default(null),
});
export const DecisionReq = z.strictObject({
  state: z.enum(MATCH_STATES).exclude(["unconfirmed"]),
  reason: z.string().max(4000).nullable().default(null),
  evidence: z.string().max(4000).nullable().default(null),
  acceptedUntil: IsoDate.nullable().default(null),
});

export const StaffNoticeReq = z.strictObject({
  kind: z.enum(["malware", "urgent"]),
  message: z.string().trim().min(1).max(2000),
});

export const IdParam = z.object({ id: z.string().uuid() });
export const Paging = {
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
};
export const ProductQuery = z.object({ q: z.string().max(200).optional(), ...Paging });
export const InstallationQuery = z.object({
  mine: z.enum(["true", "false"]).optional(),
  departmentId: z.string().uuid().optional(),
  assetId: z.string().uuid().optional(),
  eos: z.enum(["flagged", "unknown", "ok"]).optional(),
  ...Paging,
});
export const AdvisoryQuery = z.object({
  q: z.string().max(200).optional(),
  severity: z.enum(["critical", "high", "medium", "low", "none"]).optional(),
  kev: z.enum(["true", "false"]).optional(),
  matched: z.enum(["true", "false"]).optional(),
  ...Paging,
});
export const MatchQuery = z.object({
  state: z.enum(MATCH_STATES).optional(),
  /** confirm: the confirmation queue (the matcher could not tell); overdue: past the deadline and open. */
  view: z.enum(["confirm", "overdue", "open", "all"]).default("open"),
  departmentId: z.string().uuid().optional(),
  advisoryId: z.string().uuid().optional(),
  severity: z.enum(["critical", "high", "medium", "low", "none"]).optional(),
  /** Days since first matched (JST): 0-7, 8-30, 31-90, 91+ (the overview's age buckets). */
  age: z.enum(["0-7", "8-30", "31-90", "91+"]).optional(),
  ...Paging,
});
export const CalendarQuery = z.object({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});
