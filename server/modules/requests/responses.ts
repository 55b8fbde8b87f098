/**
 * Response schemas of the requests routes (zod + OpenAPI): what /api/openapi.json documents, what
 * the web's typed contract (web/src/contract.ts) derives its types from, and what the route tests
 * parse real answers against. The routes declare them, so a presenter that drifts from its schema
 * fails `tsc` at the route.
 */
import { z } from "@hono/zod-openapi";
import type { Assert, Conforms } from "../../http/wire";
import type { presentRequestNotification } from "./commands/notifications";
import type {
  RequestKindView,
  RequestPreview as RequestPreviewT,
  RequestSummaryView,
  RequestView as RequestViewT,
} from "./presenter";
import type { listOverrides } from "./queries";
import { REQUEST_STATUSES } from "./tables";

const I18n = z.object({ ja: z.string(), en: z.string() });
const Policies = z.record(z.string(), z.boolean());
/** A timestamp as JSON carries it (ISO 8601). */
const Instant = z.string();

const FieldSpec = z.object({
  key: z.string(),
  type: z.enum(["text", "longtext", "date", "datetime", "boolean", "number", "select", "person"]),
  label: I18n,
  required: z.boolean(),
  options: z.array(z.object({ value: z.string(), ja: z.string(), en: z.string() })).optional(),
  max: z.number().optional(),
});
/** A field's value: text, a date or a choice as text, a number, yes/no; null when left empty. */
const FieldValues = z
  .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))
  .openapi("RequestFieldValues");
/**
 * What completing a request recorded, per follow-up (domain/completion.ts): a return's
 * `nothingMissing`; a disposal's method, day, person and evidence; a provision's day, recipient,
 * encryption, quantity and form — and who completed it, and an emergency's post-report.
 */
const Completion = z
  .object({
    nothingMissing: z.boolean().optional(),
    note: z.string().nullable().optional(),
    method: z.string().optional(),
    disposedOn: z.string().optional(),
    personId: z.string().optional(),
    certificateNumber: z.string().nullable().optional(),
    photoRef: z.string().nullable().optional(),
    providedOn: z.string().optional(),
    recipient: z.string().optional(),
    encrypted: z.boolean().optional(),
    quantity: z.string().nullable().optional(),
    mediumForm: z.string().nullable().optional(),
    completedBy: z.string().optional(),
    postReport: z.string().optional(),
  })
  .openapi("RequestCompletion");
const FollowUp = z.enum(["return_report", "disposal_evidence", "provision_record", "validity", "none"]);
const Basis = z.array(z.object({ clause: z.string(), text: z.string() }));

export const RequestSummary = z
  .object({
    id: z.string(),
    number: z.number(),
    kind: z.string(),
    kindTitle: I18n,
    status: z.enum(REQUEST_STATUSES),
    statusLabel: I18n,
    requester: z.object({ personId: z.string(), name: z.string().nullable() }),
    departmentId: z.string(),
    approvalRequired: z.boolean().nullable(),
    currentStep: z.number().nullable(),
    startsAt: Instant.nullable(),
    endsAt: Instant.nullable(),
    returnedAt: Instant.nullable(),
    createdAt: Instant,
    policies: Policies,
  })
  .openapi("RequestSummary");

const Level = z.object({ key: z.string(), label: z.string() }).nullable();
const RequestAsset = z.object({
  id: z.string(),
  hidden: z.boolean(),
  assetNumber: z.string().nullable(),
  name: z.string().nullable(),
  kind: z.string().nullable(),
  zone: z.string().nullable(),
  levels: z.record(z.string(), Level),
  handling: z.array(z.object({ code: z.string(), text: I18n, clause: z.string() })),
});

export const RequestDecision = z.object({
  id: z.string(),
  step: z.number(),
  duty: z.string(),
  decision: z.enum(["approved", "rejected", "returned", "return_confirmed"]),
  personId: z.string(),
  personName: z.string().nullable(),
  actingForPersonId: z.string().nullable(),
  override: z.boolean(),
  overrideReason: z.string().nullable(),
  comment: z.string().nullable(),
  decidedAt: Instant,
});

export const RequestView = RequestSummary.omit({})
  .extend({
    departmentName: z.string().nullable(),
    /** The kind's field values by key (`fieldSpecs` names them and their types). */
    fields: FieldValues,
    fieldSpecs: z.array(FieldSpec),
    basis: Basis,
    approvers: z.array(
      z.object({
        step: z.number(),
        duty: z.string(),
        dutyLabel: I18n,
        scope: z.string(),
        people: z.array(
          z.object({ personId: z.string(), name: z.string(), deputyFor: z.string().nullable() }),
        ),
      }),
    ),
    waitingDuty: z.string().nullable(),
    encryptionRequired: z.boolean(),
    encryptionClause: z.string().nullable(),
    emergency: z.boolean(),
    postReportDueAt: Instant.nullable(),
    postReportedAt: Instant.nullable(),
    returnReportDueAt: Instant.nullable(),
    returnConfirmedAt: Instant.nullable(),
    completion: z.union([Completion, z.null()]),
    followUp: FollowUp,
    /**
     * The profile's rules on what the completion of a disposal must record (registers.required_fields
     * of the disposal log): its fields are required when `byAssets`, or when the method is one of `methods`.
     */
    completionRules: z.array(
      z.object({
        key: z.string(),
        fields: z.array(z.string()),
        byAssets: z.boolean(),
        methods: z.array(z.string()),
        text: I18n,
        clause: z.string(),
      }),
    ),
    submittedAt: Instant.nullable(),
    decidedAt: Instant.nullable(),
    inEffectAt: Instant.nullable(),
    closedAt: Instant.nullable(),
    assets: z.array(RequestAsset),
    decisions: z.array(RequestDecision),
  })
  .openapi("Request");

export const RequestKind = z
  .object({
    key: z.string(),
    title: I18n,
    plain: I18n,
    /** The profile's quotation (its English may be absent). */
    text: z.object({ ja: z.string(), en: z.string().optional() }),
    clause: z.string(),
    assets: z.enum(["required", "optional", "none"]),
    fields: z.array(FieldSpec),
    followUp: FollowUp,
    filedFrom: I18n.nullable(),
    filedBy: z.object({ roles: I18n, text: z.string(), clause: z.string() }).nullable(),
    canFile: z.boolean(),
    approvalAlways: z.boolean(),
    approvalNever: z.boolean(),
    grounds: z.array(z.object({ clause: z.string(), text: z.string() })),
    approvers: z.array(
      z.object({
        step: z.number(),
        duty: z.string(),
        dutyLabel: I18n,
        scope: z.string(),
        clause: z.string(),
      }),
    ),
    emergencyAllowed: z
      .object({
        text: I18n,
        clause: z.string(),
        dueDays: z.union([z.number(), z.object({ business_days: z.number() })]),
      })
      .nullable(),
    encryption: z.object({ clause: z.string(), text: z.string() }).nullable(),
    records: z.array(z.object({ key: z.string(), text: I18n, clause: z.string() })),
  })
  .openapi("RequestKind");

export const RequestPreview = z
  .object({
    approvalRequired: z.boolean(),
    basis: Basis,
    approvers: z.array(z.object({ step: z.number(), duty: z.string(), scope: z.string(), dutyLabel: I18n })),
    encryption: z.object({
      required: z.boolean(),
      clause: z.string().nullable(),
      text: z.string().nullable(),
    }),
  })
  .openapi("RequestPreview");

export const RequestNotification = z
  .object({
    id: z.string(),
    personId: z.string(),
    requestId: z.string().nullable(),
    kind: z.string(),
    messageJa: z.string(),
    messageEn: z.string(),
    channel: z.literal("in_app"),
    delivery: z.literal("delivered"),
    createdAt: Instant,
    readAt: Instant.nullable(),
  })
  .openapi("RequestNotification");

export const RequestOverride = z
  .object({
    requestId: z.string(),
    number: z.number(),
    kind: z.string(),
    departmentId: z.string(),
    step: z.number(),
    duty: z.string(),
    decision: RequestDecision.shape.decision,
    personId: z.string(),
    personName: z.string().nullable(),
    reason: z.string().nullable(),
    decidedAt: Instant,
  })
  .openapi("RequestOverride");

export const RequestRes = z.object({ data: RequestView, policies: Policies }).openapi("RequestRes");
export const RequestListRes = z.object({ data: z.array(RequestSummary) }).openapi("RequestListRes");
export const RequestKindsRes = z.object({ data: z.array(RequestKind) }).openapi("RequestKindsRes");
export const RequestPreviewRes = z.object({ data: RequestPreview }).openapi("RequestPreviewRes");
export const RequestNotificationsRes = z
  .object({ data: z.array(RequestNotification) })
  .openapi("RequestNotificationsRes");
export const RequestNotificationRes = z
  .object({ data: RequestNotification })
  .openapi("RequestNotificationReadRes");
export const RequestOverridesRes = z
  .object({ data: z.array(RequestOverride) })
  .openapi("RequestOverridesRes");

// The presenters answer exactly these shapes (tsc checks it; nothing here runs).
export type Checks = [
  Assert<Conforms<RequestSummaryView, z.output<typeof RequestSummary>>>,
  Assert<Conforms<RequestViewT, z.output<typeof RequestView>>>,
  Assert<Conforms<RequestKindView, z.output<typeof RequestKind>>>,
  Assert<Conforms<RequestPreviewT, z.output<typeof RequestPreview>>>,
  Assert<Conforms<ReturnType<typeof presentRequestNotification>, z.output<typeof RequestNotification>>>,
  Assert<Conforms<Awaited<ReturnType<typeof listOverrides>>[number], z.output<typeof RequestOverride>>>,
];
