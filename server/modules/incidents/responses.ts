/**
 * Response schemas of the incident routes (zod + OpenAPI): what /api/openapi.json documents, what
 * the web's typed contract (web/src/contract.ts) derives the incident screens' types from, and —
 * through the `Checks` below — what `tsc` holds the routes' view functions to, field for field.
 */
import { z } from "@hono/zod-openapi";
import {
  type Assert,
  type Conforms,
  I18nText,
  Instant,
  IsoDay,
  orNull,
  PersonRef,
  Policies,
  QuoteText,
} from "../../http/wire";
import type { incidentMetrics } from "./domain/metrics";
import {
  CATEGORIES,
  ESCALATION_STATUSES,
  FILE_KINDS,
  OUTSIDE_DECISIONS,
  SEVERITIES,
  SOURCES,
  STAGES,
  TIMELINE_KINDS,
  TRIAGE_DECISIONS,
} from "./domain/types";
import type * as Routes from "./routes";
import type * as ViolationRoutes from "./routes-violations";

const summaryFields = {
  id: z.string(),
  receiptNumber: z.string(),
  source: z.enum(SOURCES),
  summary: z.string(),
  occurredAt: Instant.nullable(),
  place: z.string().nullable(),
  personalInfo: z.boolean(),
  personCount: z.number().int().nullable(),
  reporter: orNull(PersonRef),
  departmentId: z.string().nullable(),
  stage: z.enum(STAGES),
  stageLabel: I18nText,
  triageDecision: z.enum(TRIAGE_DECISIONS).nullable(),
  triageReason: z.string().nullable(),
  duplicateOfId: z.string().nullable(),
  severity: z.enum(SEVERITIES).nullable(),
  severityLabel: I18nText.nullable(),
  category: z.enum(CATEGORIES).nullable(),
  categoryLabel: I18nText.nullable(),
  restricted: z.boolean(),
  cause: z.string().nullable(),
  measures: z.string().nullable(),
  press: z
    .object({
      decision: z.enum(["publish", "not_publish"]),
      reason: z.string().nullable(),
      approver: orNull(PersonRef),
      decidedAt: Instant.nullable(),
    })
    .nullable(),
  firstAcknowledgedAt: Instant.nullable(),
  triagedAt: Instant.nullable(),
  containedAt: Instant.nullable(),
  recoveredAt: Instant.nullable(),
  closedAt: Instant.nullable(),
  createdAt: Instant.nullable(),
  updatedAt: Instant.nullable(),
  policies: Policies,
};

/** A case as lists show it (no report text). */
export const IncidentSummary = z.object(summaryFields).openapi("IncidentSummary");
export const IncidentPage = z
  .object({ items: z.array(IncidentSummary), total: z.number().int(), policies: Policies })
  .openapi("IncidentPage");
/** What a report answers: the case as its reporter sees it, report text included. */
export const IncidentReported = z
  .object({ ...summaryFields, details: z.string(), contact: z.string().nullable() })
  .openapi("IncidentReported");

const Target = z.object({ personId: z.string(), name: z.string(), actingForPersonId: z.string().nullable() });

const Escalation = z.object({
  id: z.string(),
  step: z.number().int(),
  duty: z.string(),
  dutyLabel: I18nText,
  scope: z.string(),
  text: I18nText.nullable(),
  clause: z.string().nullable(),
  status: z.enum(ESCALATION_STATUSES),
  targets: z.array(Target),
  notifiedAt: Instant.nullable(),
  dueAt: Instant.nullable(),
  acknowledgedAt: Instant.nullable(),
  acknowledgedBy: orNull(PersonRef),
  acknowledgedFor: orNull(PersonRef),
  escalatedAt: Instant.nullable(),
  note: z.string().nullable(),
  postReport: z.string().nullable(),
  postReportedAt: Instant.nullable(),
  mayPostReport: z.boolean(),
});

const Custody = z.object({
  id: z.string(),
  handedFrom: z.string(),
  handedTo: z.string(),
  handedAt: Instant.nullable(),
  note: z.string().nullable(),
  recordedBy: orNull(PersonRef),
  recordedAt: Instant.nullable(),
});

/** 今連絡すべき人: one step of the chain and who holds its duty now. */
const CallStep = z.object({
  step: z.number().int(),
  duty: z.string(),
  text: I18nText,
  clause: z.string(),
  people: z.array(
    z.object({
      personId: z.string(),
      name: z.string(),
      actingForPersonId: z.string().nullable(),
      phone: z.string().nullable(),
      emergencyPhone: z.string().nullable(),
    }),
  ),
  phonesVisible: z.boolean(),
});

export const IncidentCase = z
  .object({
    ...summaryFields,
    details: z.string(),
    contact: z.string().nullable(),
    members: z.array(PersonRef),
    escalations: z.array(Escalation),
    tasks: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        assignee: orNull(PersonRef),
        dueDate: IsoDay.nullable(),
        result: z.string().nullable(),
        done: z.boolean(),
        doneAt: Instant.nullable(),
        createdAt: Instant.nullable(),
      }),
    ),
    timeline: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(TIMELINE_KINDS),
        occurredAt: Instant.nullable(),
        recordedAt: Instant.nullable(),
        text: z.string(),
        recordedBy: orNull(PersonRef),
      }),
    ),
    assets: z.array(
      z.object({
        assetId: z.string(),
        /** true when the viewer may not open the asset: neither number nor name is sent. */
        hidden: z.boolean(),
        assetNumber: z.string().nullable(),
        assetName: z.string(),
        needToKnowReason: z.string().nullable(),
        departmentId: z.string().nullable(),
        note: z.string().nullable(),
        linkedBy: orNull(PersonRef),
        linkedAt: Instant.nullable(),
      }),
    ),
    files: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(FILE_KINDS),
        fileName: z.string(),
        contentType: z.string(),
        size: z.number().int(),
        sha256: z.string(),
        description: z.string().nullable(),
        uploadedByPersonId: z.string().nullable(),
        uploadedBy: orNull(PersonRef),
        createdAt: Instant.nullable(),
        custody: z.array(Custody),
      }),
    ),
    outsideReports: z.array(
      z.object({
        bodyKey: z.string(),
        name: I18nText,
        when: QuoteText,
        clause: z.string(),
        decision: z.enum(OUTSIDE_DECISIONS).nullable(),
        reason: z.string().nullable(),
        sentOn: IsoDay.nullable(),
        referenceNumber: z.string().nullable(),
        decidedBy: orNull(PersonRef),
        decidedAt: Instant.nullable(),
      }),
    ),
    ppc: z.object({
      clause: z.string().nullable(),
      facts: z
        .object({
          personCount: z.number().int().nullable(),
          sensitive: z.boolean(),
          financialHarm: z.boolean(),
          improperPurpose: z.boolean(),
          awareAt: Instant,
        })
        .nullable(),
      mandatory: z.boolean().nullable(),
      reasons: z.array(
        z.object({
          key: z.enum(["over_100_people", "sensitive", "financial_harm", "improper_purpose"]),
          label: I18nText,
        }),
      ),
      deadlines: z.array(
        z.object({
          key: z.string(),
          label: I18nText,
          days: z.number().int(),
          businessDays: z.boolean(),
          period: I18nText,
          due: IsoDay,
        }),
      ),
    }),
    preventionActions: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        owner: orNull(PersonRef),
        dueDate: IsoDay.nullable(),
        status: z.enum(["open", "done"]),
        result: z.string().nullable(),
        doneAt: Instant.nullable(),
      }),
    ),
    pressRule: z.object({ text: QuoteText, clause: z.string() }).nullable(),
    callNow: z.array(CallStep),
    /** Contracts that recorded the case (through the suppliers face): the hidden ones only counted. */
    contracts: z.object({
      contracts: z.array(
        z.object({
          contractId: z.string(),
          subject: z.string(),
          contractorName: z.string(),
          departmentName: z.string().nullable(),
          state: z.string(),
          involvement: z.string(),
          recordedAt: Instant,
        }),
      ),
      hiddenCount: z.number().int(),
    }),
  })
  .openapi("IncidentCase");

/** A case action's answer: the case, or — after removing oneself from a restricted case — that it is gone from view. */
export const CaseAnswer = z
  .union([IncidentCase, z.object({ id: z.string(), visible: z.literal(false) })])
  .openapi("IncidentCaseAnswer");

const RIGHTS_ACTIONS = ["none", "suspend", "withdraw"] as const;

export const Violation = z
  .object({
    id: z.string(),
    person: PersonRef,
    departmentId: z.string().nullable(),
    description: z.string(),
    occurredOn: IsoDay.nullable(),
    incidentId: z.string().nullable(),
    reportedBy: orNull(PersonRef),
    managerNotifiedAt: Instant.nullable(),
    /** The department's managers told. */
    managersNotified: z.array(z.object({ personId: z.string(), name: z.string() })),
    measures: z.string().nullable(),
    rightsAction: z.enum(RIGHTS_ACTIONS),
    rightsActionAt: Instant.nullable(),
    rightsReason: z.string().nullable(),
    createdAt: Instant,
    clause: z.string().nullable(),
    policies: Policies,
  })
  .openapi("Violation");

export const ViolationList = z
  .object({
    items: z.array(Violation),
    /** The measures on access rights the profile allows. */
    rightsMeasures: z.array(z.enum(["suspend", "withdraw"])),
    clause: z.string().nullable(),
    policies: Policies,
  })
  .openapi("ViolationList");

const PlanContent = z.object({
  contacts: z.array(
    z.object({
      role: z.string(),
      name: z.string(),
      phone: z.string().nullable().optional(),
      note: z.string().nullable().optional(),
    }),
  ),
  whatToReport: z.array(z.string()),
  responseMeasures: z.array(z.string()),
  recurrencePrevention: z.array(z.string()),
});
export const EmergencyPlan = z
  .object({
    current: z
      .object({
        version: z.number().int(),
        content: PlanContent,
        note: z.string().nullable(),
        createdAt: Instant,
      })
      .nullable(),
    versions: z.array(
      z.object({
        version: z.number().int(),
        note: z.string().nullable(),
        createdAt: Instant,
        createdBy: z.string().nullable(),
      }),
    ),
    documentId: z.string().nullable(),
    /** The draft (or approved, not yet published) version: only for those who write the plan. */
    pending: z
      .object({
        version: z.number().int(),
        state: z.enum(["draft", "approved"]),
        content: PlanContent,
        note: z.string().nullable(),
      })
      .nullable(),
    rule: z.object({ text: QuoteText, clause: z.string() }).nullable(),
    policies: Policies,
  })
  .openapi("EmergencyPlan");

/** Hours from the report to a step: how many cases reached it, average, median and longest. */
const DurationStats = z.object({
  count: z.number().int(),
  averageHours: z.number().nullable(),
  medianHours: z.number().nullable(),
  maxHours: z.number().nullable(),
});
const MetricFigures = z.object({
  reports: z.number().int(),
  incidents: z.number().int(),
  timeToAcknowledge: DurationStats,
  timeToTriage: DurationStats,
  timeToContain: DurationStats,
  timeToClose: DurationStats,
  /** Cases per category and per severity key (the labels are common/labels' CATEGORY/SEVERITY). */
  byCategory: z.record(z.string(), z.number().int()),
  bySeverity: z.record(z.string(), z.number().int()),
});
export const IncidentMetrics = MetricFigures.extend({
  fiscalYear: z.number().int(),
  range: z.object({ start: IsoDay, end: IsoDay }),
}).openapi("IncidentMetrics");

export const IncidentNotifications = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        incidentId: z.string().nullable(),
        violationId: z.string().nullable(),
        kind: z.string(),
        message: I18nText,
        createdAt: Instant,
        readAt: Instant.nullable(),
      }),
    ),
  })
  .openapi("IncidentNotifications");

// The view functions answer exactly these shapes (tsc checks it; nothing here runs).
export type Checks = [
  Assert<Conforms<ReturnType<typeof incidentMetrics>, z.output<typeof MetricFigures>>>,
  Assert<Conforms<Routes.IncidentCase, z.output<typeof IncidentCase>>>,
  Assert<Conforms<Routes.IncidentSummary, z.output<typeof IncidentSummary>>>,
  Assert<Conforms<ViolationRoutes.ViolationView, z.output<typeof Violation>>>,
  Assert<Conforms<ViolationRoutes.ViolationList, z.output<typeof ViolationList>>>,
  Assert<Conforms<ViolationRoutes.EmergencyPlanView, z.output<typeof EmergencyPlan>>>,
];
