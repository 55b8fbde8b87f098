/**
 * Response schemas of the assurance read routes (OpenAPI, and the web app's typed contract in
 * web/src/contract.ts): the routes declare them, so `tsc` fails when a handler answers another
 * shape, and the tests parse real answers against them (server/test/response-schema.ts).
 * Timestamps arrive as ISO strings; dates (YYYY-MM-DD) as text.
 */
import { z } from "@hono/zod-openapi";
import { rowSchema } from "../../http/wire";
import { AssuranceSection, AuditKind, InspectionScope } from "../../profile/assurance-schema";
import { AssetLabelSchema } from "../assets";
import {
  ANSWER_VALUES,
  assuranceAudits,
  assuranceCampaigns,
  assurancePapers,
  FINDING_STATES,
  SEVERITIES,
} from "./tables";

const Policies = z.record(z.string(), z.boolean());
/** A timestamp: an ISO string once on the wire. */
const Instant = z.string();
const Uuid = z.string();
const Severity = z.enum(SEVERITIES);
const FindingState = z.enum(FINDING_STATES);
const UnitKind = z.enum(["person", "department", "bureau", "organization"]);

/** `{ data }`, for lists whose rows carry no actions. */
const data = <S extends z.ZodType>(name: string, schema: S) => z.object({ data: schema }).openapi(name);
/** `{ data, policies }`: what the viewer may do with the record (DESIGN.md §4 rule 1). */
const withPolicies = <S extends z.ZodType>(name: string, schema: S) =>
  z.object({ data: schema, policies: Policies }).openapi(name);

export const EvidenceFile = z
  .object({
    id: Uuid,
    ownerId: Uuid,
    fileName: z.string(),
    contentType: z.string(),
    size: z.number(),
    sha256: z.string(),
    createdAt: Instant,
  })
  .openapi("AssuranceEvidenceFile");

// ── campaigns ────────────────────────────────────────────────────────────────
export const Campaign = z
  .object({
    id: Uuid,
    profileId: z.string(),
    fiscalYear: z.number(),
    scopeKey: z.string(),
    title: z.string(),
    dueDate: z.string(),
    status: z.enum(["open", "closed"]),
    clause: z.string(),
    createdByPersonId: Uuid.nullable(),
    createdAt: Instant,
    closedAt: Instant.nullable(),
    sheets: z.number(),
    submitted: z.number(),
  })
  .openapi("AssuranceCampaign");
export const CampaignsRes = withPolicies(
  "AssuranceCampaigns",
  z.object({ campaigns: z.array(Campaign), scopes: z.array(InspectionScope) }),
);

export const ProgressRow = z
  .object({
    unit_id: Uuid.nullable(),
    unit_name: z.string().nullable(),
    sheets: z.number(),
    submitted: z.number(),
    late: z.number(),
    in_progress: z.number(),
    not_started: z.number(),
    overdue: z.number(),
    answers: z.number().nullable(),
    items: z.number().nullable(),
    no_answers: z.number().nullable(),
  })
  .openapi("AssuranceProgressRow");
export const ProgressRes = data(
  "AssuranceProgress",
  z.object({
    campaignId: Uuid,
    dueDate: z.string(),
    by: z.enum(["bureau", "department"]),
    rows: z.array(ProgressRow),
  }),
);

export const ItemAnswers = z
  .object({
    item_id: Uuid,
    clause_id: z.string(),
    question: z.string(),
    yes: z.number(),
    partial: z.number(),
    no: z.number(),
    na: z.number(),
  })
  .openapi("AssuranceItemAnswers");
export const SummaryRes = withPolicies(
  "AssuranceCampaignSummary",
  z.object({ campaignId: Uuid, items: z.array(ItemAnswers) }),
);

// ── sheets ───────────────────────────────────────────────────────────────────
export const Sheet = z
  .object({
    id: Uuid,
    campaignId: Uuid,
    campaignTitle: z.string(),
    scopeKey: z.string(),
    fiscalYear: z.number(),
    dueDate: z.string(),
    campaignStatus: z.enum(["open", "closed"]),
    clause: z.string(),
    unitKind: UnitKind,
    personId: Uuid.nullable(),
    personName: z.string().nullable(),
    departmentId: Uuid.nullable(),
    bureauId: Uuid.nullable(),
    unitName: z.string().nullable(),
    itemCount: z.number(),
    answeredCount: z.number(),
    noCount: z.number(),
    status: z.enum(["not_started", "in_progress", "submitted"]),
    submittedAt: z.string().nullable(),
    late: z.boolean(),
  })
  .openapi("AssuranceSheet");
export const SheetsRes = data("AssuranceSheets", z.array(Sheet));

export const SheetItem = z
  .object({
    itemId: Uuid,
    clauseId: z.string(),
    question: z.string(),
    audience: z.string(),
    answerId: Uuid.nullable(),
    value: z.enum(ANSWER_VALUES).nullable(),
    comment: z.string().nullable(),
    answeredAt: z.string().nullable(),
    late: z.boolean(),
    findingId: Uuid.nullable(),
    files: z.array(EvidenceFile),
  })
  .openapi("AssuranceSheetItem");
/** 局点検: how the bureau's sheets of a confirmed scope stand. */
export const Confirmation = z
  .object({
    scope_key: z.string(),
    title: z.string(),
    sheets: z.number(),
    submitted: z.number(),
    late: z.number(),
    no_answers: z.number().nullable(),
  })
  .openapi("AssuranceConfirmation");
export const SheetDetailRes = withPolicies(
  "AssuranceSheetDetail",
  Sheet.extend({ items: z.array(SheetItem), confirms: z.array(Confirmation) }),
);

// ── items ────────────────────────────────────────────────────────────────────
export const Item = z
  .object({
    id: Uuid,
    clauseId: z.string(),
    clauseTitle: z.string().nullable(),
    clauseText: z.string(),
    question: z.string(),
    generatedQuestion: z.string(),
    questionEdited: z.boolean(),
    audience: z.string(),
    audienceClause: z.string().nullable(),
    status: z.enum(["active", "retired"]),
    lastChange: z.enum(["new", "text_changed", "retired", "restored"]).nullable(),
    previousClauseText: z.string().nullable(),
    changedAt: Instant.nullable(),
    ordinal: z.number(),
  })
  .openapi("AssuranceItem");
export const ItemsRes = withPolicies(
  "AssuranceItems",
  z.object({
    configured: z.boolean(),
    items: z.array(Item),
    pendingCatalogChanges: z.object({
      added: z.number(),
      textChanged: z.number(),
      retired: z.number(),
      restored: z.number(),
      unchanged: z.number(),
    }),
    needsSync: z.boolean(),
  }),
);

// ── findings ─────────────────────────────────────────────────────────────────
export const FindingRow = z
  .object({
    id: Uuid,
    source: z.enum(["answer", "audit", "lateral"]),
    origin_finding_id: Uuid.nullable(),
    clause_id: z.string(),
    department_id: Uuid.nullable(),
    bureau_id: Uuid.nullable(),
    title: z.string(),
    severity: Severity,
    owner_person_id: Uuid.nullable(),
    due_date: z.string(),
    state: FindingState,
    plan_id: Uuid.nullable(),
    created_at: Instant,
    overdue: z.boolean(),
    unit_name: z.string().nullable(),
    owner_name: z.string().nullable(),
  })
  .openapi("AssuranceFindingRow");
export const FindingsRes = data("AssuranceFindings", z.array(FindingRow));

export const Finding = z
  .object({
    id: Uuid,
    profileId: z.string(),
    source: z.enum(["answer", "audit", "lateral"]),
    answerId: Uuid.nullable(),
    auditId: Uuid.nullable(),
    originFindingId: Uuid.nullable(),
    /** 横展開 by system kind: the zone (profile key) this lateral check was opened for. */
    lateralZone: z.string().nullable(),
    itemId: Uuid.nullable(),
    clauseId: z.string(),
    departmentId: Uuid.nullable(),
    bureauId: Uuid.nullable(),
    title: z.string(),
    severity: Severity,
    ownerPersonId: Uuid.nullable(),
    correctiveAction: z.string().nullable(),
    dueDate: z.string(),
    state: FindingState,
    planId: Uuid.nullable(),
    verifiedByPersonId: Uuid.nullable(),
    createdByPersonId: Uuid.nullable(),
    createdAt: Instant,
    updatedAt: Instant,
    closedAt: Instant.nullable(),
  })
  .openapi("AssuranceFinding");
export const FindingDetailRes = withPolicies(
  "AssuranceFindingDetail",
  Finding.extend({
    unitName: z.string().nullable(),
    evidenceRequired: z.boolean(),
    ownerName: z.string().nullable(),
    files: z.array(EvidenceFile),
    laterals: z.array(
      z.object({
        id: Uuid,
        departmentId: Uuid.nullable(),
        state: FindingState,
        dueDate: z.string(),
        departmentName: z.string().nullable(),
        lateralZone: z.string().nullable(),
        /** The system kind's name from the profile (null when the 課 was chosen by name). */
        lateralZoneName: z.object({ ja: z.string(), en: z.string() }).nullable(),
      }),
    ),
    lateralProgress: z.object({ total: z.number(), closed: z.number(), open: z.number() }),
    /**
     * For a 横展開 by system kind (to whom may open one): per zone of the profile, the 課 that own
     * systems of it as far as the viewer may see them, and whether each is already covered.
     */
    systemKinds: z.array(
      z.object({
        zone: z.string(),
        name: z.object({ ja: z.string(), en: z.string() }),
        departments: z.array(
          z.object({ id: Uuid, name: z.string().nullable(), systems: z.number(), covered: z.boolean() }),
        ),
      }),
    ),
  }),
);

// ── improvement plans ────────────────────────────────────────────────────────
export const Plan = z
  .object({
    id: Uuid,
    title: z.string(),
    description: z.string(),
    departmentId: Uuid.nullable(),
    bureauId: Uuid.nullable(),
    status: z.enum(["draft", "submitted", "approved", "returned"]),
    approverDuty: z.string(),
    decidedByPersonId: Uuid.nullable(),
    decidedAt: Instant.nullable(),
    decisionNote: z.string().nullable(),
    createdByPersonId: Uuid.nullable(),
    createdAt: Instant,
  })
  .openapi("AssurancePlan");
const PlanRule = AssuranceSection.shape.improvement_plan.nullable();
export const PlansRes = withPolicies(
  "AssurancePlans",
  z.object({ plans: z.array(Plan.extend({ unitName: z.string().nullable() })), rule: PlanRule }),
);
export const PlanDetailRes = withPolicies(
  "AssurancePlanDetail",
  Plan.extend({
    unitName: z.string().nullable(),
    createdByName: z.string().nullable(),
    decidedByName: z.string().nullable(),
    findings: z.array(
      z.object({
        id: Uuid,
        title: z.string(),
        severity: Severity,
        state: FindingState,
        dueDate: z.string(),
        clauseId: z.string(),
      }),
    ),
    rule: PlanRule,
  }),
);

// ── audits ───────────────────────────────────────────────────────────────────
export const Audit = z
  .object({
    id: Uuid,
    profileId: z.string(),
    kind: z.string(),
    fiscalYear: z.number(),
    title: z.string(),
    unitIds: z.array(Uuid),
    systemIds: z.array(Uuid),
    contractorIds: z.array(Uuid),
    scopeNote: z.string().nullable(),
    periodFrom: z.string(),
    periodTo: z.string(),
    startDate: z.string(),
    endDate: z.string(),
    status: z.enum(["planned", "approved", "fieldwork", "reported", "closed"]),
    approvedByPersonId: Uuid.nullable(),
    approvedAt: Instant.nullable(),
    report: z.string().nullable(),
    reportedAt: Instant.nullable(),
    closedAt: Instant.nullable(),
    createdByPersonId: Uuid.nullable(),
    createdAt: Instant,
  })
  .openapi("AssuranceAudit");
export const AuditsRes = withPolicies(
  "AssuranceAudits",
  z.object({ audits: z.array(Audit), kinds: z.array(AuditKind) }),
);
export const WorkingPaper = z
  .object({
    id: Uuid,
    auditId: Uuid,
    departmentId: Uuid.nullable(),
    title: z.string(),
    body: z.string(),
    writtenByPersonId: Uuid.nullable(),
    createdAt: Instant,
  })
  .openapi("AssuranceWorkingPaperView");
export const AuditDetailRes = withPolicies(
  "AssuranceAuditDetail",
  Audit.extend({
    auditors: z.array(
      z.object({
        auditId: Uuid,
        personId: Uuid,
        unavoidableReason: z.string().nullable(),
        name: z.string().nullable(),
      }),
    ),
    units: z.array(z.object({ id: Uuid, name: z.string().nullable() })),
    /** The audited systems as the viewer may see them (a hidden one by id only). */
    systems: z.array(AssetLabelSchema),
    contractors: z.array(z.object({ id: Uuid, name: z.string().nullable() })),
    papers: z.array(WorkingPaper),
    readOnly: z.boolean(),
  }),
);

// ── write answers ────────────────────────────────────────────────────────────
// What the write routes answer: the record as the reads present it (Finding, Plan, Item), the
// stored row where the command answers it (rowSchema reads the table's columns), or the counts.
export const FindingRes = data("AssuranceFindingWritten", Finding);
export const LateralFindingsRes = data("AssuranceLateralFindings", z.array(Finding));
export const PlanRes = data("AssurancePlanWritten", Plan);
export const ItemRes = data("AssuranceItemWritten", Item);
export const ItemSyncRes = data(
  "AssuranceItemSync",
  z.object({
    added: z.number(),
    textChanged: z.number(),
    retired: z.number(),
    restored: z.number(),
    unchanged: z.number(),
  }),
);
export const CampaignCreatedRes = data("AssuranceCampaignCreated", rowSchema(assuranceCampaigns));
export const CampaignClosedRes = data(
  "AssuranceCampaignClosed",
  z.object({ id: Uuid, status: z.enum(["open", "closed"]) }),
);
export const AnswersSavedRes = data(
  "AssuranceAnswersSaved",
  z.object({ answered: z.number(), no: z.number(), late: z.boolean() }),
);
export const SheetSubmittedRes = data(
  "AssuranceSheetSubmitted",
  z.object({ status: z.literal("submitted"), late: z.boolean() }),
);
export const FileAddedRes = data("AssuranceFileAdded", EvidenceFile.omit({ ownerId: true }));
export const AuditPlannedRes = data(
  "AssuranceAuditPlanned",
  z.intersection(
    rowSchema(assuranceAudits),
    z.object({ exceptions: z.array(z.object({ personId: Uuid, reason: z.string() })) }),
  ),
);
export const AuditRowRes = data("AssuranceAuditRow", rowSchema(assuranceAudits));
export const PaperRowRes = data("AssurancePaperRow", rowSchema(assurancePapers));
