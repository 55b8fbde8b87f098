import { z } from "@hono/zod-openapi";
import { PUBLIC_MAX_FILES } from "./domain/files";
import {
  CATEGORIES,
  FILE_KINDS,
  OUTSIDE_DECISIONS,
  SEVERITIES,
  STAGES,
  TIMELINE_KINDS,
  TRIAGE_DECISIONS,
} from "./domain/types";

/** Request and response schemas of the incident module. Bodies are strict, strings bounded. */

const Uuid = z.uuid();
const IsoDate = z.iso.date();
const Instant = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

/** Field limits of the public form (also shown on the page). */
export const PUBLIC_LIMITS = { summary: 200, details: 4000, contact: 300 } as const;

export const Policies = z.record(z.string(), z.boolean()).openapi("IncidentPolicies");
export const IdParam = z.object({ id: Uuid.openapi({ param: { name: "id", in: "path" } }) });
const sub = (name: string) => Uuid.openapi({ param: { name, in: "path" } });
export const TaskParam = z.object({ id: IdParam.shape.id, taskId: sub("taskId") });
export const FileParam = z.object({ id: IdParam.shape.id, fileId: sub("fileId") });
export const MemberParam = z.object({ id: IdParam.shape.id, personId: sub("personId") });
export const ActionParam = z.object({ id: IdParam.shape.id, actionId: sub("actionId") });
export const EscalationParam = z.object({ id: IdParam.shape.id, escalationId: sub("escalationId") });
export const BodyParam = z.object({
  id: IdParam.shape.id,
  bodyKey: z
    .string()
    .regex(/^[a-z0-9_]{1,40}$/)
    .openapi({ param: { name: "bodyKey", in: "path" } }),
});

// ── intake ───────────────────────────────────────────────────────────────────

export const PublicReportReq = z
  .strictObject({
    summary: text(PUBLIC_LIMITS.summary),
    details: text(PUBLIC_LIMITS.details),
    contact: optionalText(PUBLIC_LIMITS.contact),
  })
  .openapi("PublicReportReq");

/**
 * The public form with attachments (multipart/form-data): the same fields, plus up to
 * PUBLIC_MAX_FILES parts named `files` (PDF/PNG/JPEG/text by content, each ≤ 5 MB).
 */
const UploadFile = z.instanceof(File).openapi({ type: "string", format: "binary" });
export const PublicReportForm = z
  .strictObject({
    ...PublicReportReq.shape,
    files: z.union([UploadFile, z.array(UploadFile).max(PUBLIC_MAX_FILES)]).optional(),
  })
  .openapi("PublicReportForm");

export const PublicReportRes = z.object({ receiptNumber: z.string() }).openapi("PublicReportRes");

export const ContactPointRes = z
  .object({
    name: z.object({ ja: z.string(), en: z.string() }),
    howToReach: z.object({ ja: z.string(), en: z.string() }),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    publicForm: z.boolean(),
    clause: z.string(),
  })
  .openapi("ContactPoint");

export const StaffReportReq = z
  .strictObject({
    summary: text(200),
    details: text(8000),
    occurredAt: Instant.nullable().optional(),
    place: optionalText(300),
    personalInfo: z.boolean().default(false),
    personCount: z.number().int().min(0).max(100_000_000).nullable().optional(),
  })
  .openapi("StaffReportReq");

// ── case work ────────────────────────────────────────────────────────────────

export const ListQuery = z.object({
  stage: z.enum([...STAGES, "open"]).optional(),
  category: z.enum(CATEGORIES).optional(),
  /** acknowledge: cases waiting for my acknowledgement (policies.acknowledge). */
  awaiting: z.enum(["acknowledge"]).optional(),
  /** undecided: open cases with PPC report facts and no decision on that report yet. */
  ppc: z.enum(["undecided"]).optional(),
  /** Severity set at triage; none = not set yet. */
  severity: z.enum([...SEVERITIES, "none"]).optional(),
  /** Recorded (reported) in this 年度 / this month (YYYY-MM), in JST. */
  fiscalYear: z.coerce.number().int().min(2000).max(2100).optional(),
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .optional(),
  q: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const AcknowledgeReq = z.strictObject({ note: optionalText(1000) }).openapi("AcknowledgeReq");
export const PostReportReq = z.strictObject({ report: text(4000) }).openapi("PostReportReq");

export const TriageReq = z
  .strictObject({
    decision: z.enum(TRIAGE_DECISIONS),
    reason: optionalText(2000),
    duplicateOfId: Uuid.nullable().optional(),
    severity: z.enum(SEVERITIES).nullable().optional(),
    category: z.enum(CATEGORIES).nullable().optional(),
  })
  .openapi("TriageReq");

export const StageReq = z
  .strictObject({ stage: z.enum(["recovery"]), note: optionalText(1000) })
  .openapi("StageReq");

export const CloseReq = z
  .strictObject({
    cause: z.string().trim().max(4000),
    measures: z.string().trim().max(4000),
    preventionActions: z
      .array(
        z.strictObject({
          title: z.string().trim().max(500),
          ownerPersonId: Uuid.nullable().optional(),
          dueDate: IsoDate.nullable().optional(),
        }),
      )
      .max(50),
  })
  .openapi("CloseReq");

export const PreventionDoneReq = z.strictObject({ result: text(2000) }).openapi("PreventionDoneReq");

export const TaskCreateReq = z
  .strictObject({
    title: text(500),
    assigneePersonId: Uuid.nullable().optional(),
    dueDate: IsoDate.nullable().optional(),
  })
  .openapi("IncidentTaskCreateReq");

export const TaskUpdateReq = z
  .strictObject({ result: optionalText(4000), done: z.boolean().optional() })
  .openapi("IncidentTaskUpdateReq");

export const TimelineReq = z
  .strictObject({ kind: z.enum(TIMELINE_KINDS), occurredAt: Instant, text: text(4000) })
  .openapi("TimelineReq");

export const LinkAssetReq = z
  .strictObject({
    /** The asset picked from the register (one the linker may open) … */
    assetId: Uuid.optional(),
    /** … or its asset number as reported, for a decider linking an asset they may not open. */
    assetNumber: optionalText(100),
    note: optionalText(1000),
    /** Required when a decider links an asset they may not open (need-to-know, audited). */
    needToKnowReason: optionalText(1000),
  })
  .openapi("LinkAssetReq");

export const FileUploadReq = z
  .object({
    file: z.instanceof(File).openapi({ type: "string", format: "binary" }),
    kind: z.enum(FILE_KINDS).default("attachment"),
    description: z.string().max(1000).optional(),
  })
  .openapi("IncidentFileUpload");

export const CustodyReq = z
  .strictObject({
    handedFrom: text(200),
    handedTo: text(200),
    handedAt: Instant,
    note: optionalText(1000),
  })
  .openapi("CustodyReq");

export const OutsideReportReq = z
  .strictObject({
    decision: z.enum(OUTSIDE_DECISIONS),
    reason: optionalText(2000),
    sentOn: IsoDate.nullable().optional(),
    referenceNumber: optionalText(100),
  })
  .openapi("OutsideReportReq");

export const PpcFactsReq = z
  .strictObject({
    personCount: z.number().int().min(0).max(100_000_000).nullable(),
    sensitive: z.boolean(),
    financialHarm: z.boolean(),
    improperPurpose: z.boolean(),
    awareAt: Instant,
  })
  .openapi("PpcFactsReq");

export const PressReq = z
  .strictObject({
    decision: z.enum(["publish", "not_publish"]),
    reason: text(2000),
    approverPersonId: Uuid,
  })
  .openapi("PressReq");

export const RestrictionReq = z
  .strictObject({ restricted: z.boolean(), memberPersonIds: z.array(Uuid).max(100).default([]) })
  .openapi("RestrictionReq");

export const MetricsQuery = z.object({ fiscalYear: z.coerce.number().int().min(2000).max(2100).optional() });

// ── violations and the emergency plan ────────────────────────────────────────

export const ViolationCreateReq = z
  .strictObject({
    personId: Uuid,
    description: text(4000),
    occurredOn: IsoDate.nullable().optional(),
    incidentId: Uuid.nullable().optional(),
  })
  .openapi("ViolationCreateReq");

export const ViolationMeasuresReq = z.strictObject({ measures: text(4000) }).openapi("ViolationMeasuresReq");
export const ViolationRightsReq = z
  .strictObject({ action: z.enum(["suspend", "withdraw", "restore"]), reason: text(2000) })
  .openapi("ViolationRightsReq");

const lines = z.array(text(1000)).max(100);
export const PlanReq = z
  .strictObject({
    contacts: z
      .array(
        z.strictObject({
          role: text(200),
          name: text(200),
          phone: optionalText(50),
          note: optionalText(500),
        }),
      )
      .max(100),
    whatToReport: lines,
    responseMeasures: lines,
    recurrencePrevention: lines,
    note: optionalText(1000),
  })
  .openapi("EmergencyPlanReq");
export const VersionParam = z.object({
  version: z.coerce
    .number()
    .int()
    .min(1)
    .max(1_000_000)
    .openapi({ param: { name: "version", in: "path" }, type: "integer" }),
});
