import { z } from "@hono/zod-openapi";
import { isIsoDate } from "../../../common/calendar";
import { AUDIENCES } from "../../profile/assurance-schema";
import { ZONE_KEYS } from "../../profile/schema";
import { ANSWER_VALUES, FINDING_STATES, SEVERITIES } from "./tables";

/** Request and response schemas of /api/assurance/… (DESIGN.md §4). */
/** A real calendar date: 2026-13-45 is refused here, not passed to the database (a 500). */
const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD")
  .refine(isIsoDate, "not a calendar date");
const Text = (max: number) => z.string().trim().min(1).max(max);

export const IdParam = z.object({ id: z.string().uuid() });
export const FileParam = z.object({ id: z.string().uuid(), fileId: z.string().uuid() });

export const ItemsQuery = z.object({
  audience: z.enum(AUDIENCES).optional(),
  status: z.enum(["active", "retired", "changed"]).optional(),
});
export const ItemEditReq = z
  .strictObject({
    question: Text(2000).optional(),
    audience: z.enum(AUDIENCES).optional(),
    /** The office has read the catalog change and clears its mark. */
    acknowledgeChange: z.literal(true).optional(),
  })
  .openapi("AssuranceItemEdit");

export const CampaignCreateReq = z
  .strictObject({
    fiscalYear: z.number().int().min(2000).max(2100),
    scopeKey: z.string().regex(/^[a-z0-9_]+$/),
  })
  .openapi("AssuranceCampaignCreate");
export const CampaignsQuery = z.object({
  fiscalYear: z.coerce.number().int().min(2000).max(2100).optional(),
});
export const ProgressQuery = z.object({
  by: z.enum(["bureau", "department"]).default("department"),
  bureauId: z.string().uuid().optional(),
});

export const UnitSheetsQuery = z.object({
  departmentId: z.string().uuid().optional(),
  bureauId: z.string().uuid().optional(),
  status: z.enum(["not_started", "in_progress", "submitted"]).optional(),
});

export const ExportQuery = z.object({ format: z.enum(["xlsx", "pdf"]) });

export const AnswersReq = z
  .strictObject({
    answers: z
      .array(
        z.strictObject({
          itemId: z.string().uuid(),
          value: z.enum(ANSWER_VALUES),
          comment: z.string().trim().max(2000).optional(),
        }),
      )
      .min(1)
      .max(500),
  })
  .openapi("AssuranceAnswers");

export const FileUploadReq = z
  .object({ file: z.instanceof(File).openapi({ type: "string", format: "binary" }) })
  .openapi("AssuranceFileUpload");

const FindingFields = {
  severity: z.enum(SEVERITIES),
  ownerPersonId: z.string().uuid().optional(),
  correctiveAction: z.string().trim().max(4000).optional(),
  dueDate: IsoDate,
};
/** From an answer of できていない (auditors' observations come with audits). */
export const FindingCreateReq = z
  .strictObject({ answerId: z.string().uuid(), title: Text(300).optional(), ...FindingFields })
  .openapi("AssuranceFindingCreate");
export const FindingUpdateReq = z
  .strictObject({
    state: z.enum(FINDING_STATES).optional(),
    severity: z.enum(SEVERITIES).optional(),
    ownerPersonId: z.string().uuid().nullable().optional(),
    correctiveAction: z.string().trim().max(4000).optional(),
    dueDate: IsoDate.optional(),
    note: z.string().trim().max(2000).optional(),
  })
  .openapi("AssuranceFindingUpdate");
export const FindingsQuery = z.object({
  state: z.enum([...FINDING_STATES, "overdue", "not_closed"]).optional(),
  departmentId: z.string().uuid().optional(),
  auditId: z.string().uuid().optional(),
  /** Recorded on or after / on or before these JST days (the overview's age buckets). */
  createdFrom: IsoDate.optional(),
  createdTo: IsoDate.optional(),
});
/** An auditor's observation made a finding of an audited unit (西原村 10.1(7), 川崎市 第12章8). */
export const AuditFindingReq = z
  .strictObject({
    departmentId: z.string().uuid(),
    /** The check item it concerns (its clause is cited); else the audit kind's clause. */
    itemId: z.string().uuid().optional(),
    title: Text(300),
    ...FindingFields,
  })
  .openapi("AssuranceAuditFinding");
/** 横展開: the 課 by name, or by system kind (the profile's zones), or both (one at least). */
export const LateralReq = z
  .strictObject({
    departmentIds: z.array(z.string().uuid()).max(500).optional(),
    systemKind: z.enum(ZONE_KEYS).optional(),
    dueDate: IsoDate,
    note: z.string().trim().max(2000).optional(),
  })
  .openapi("AssuranceLateral");

export const PlanCreateReq = z
  .strictObject({
    title: Text(300),
    description: Text(8000),
    departmentId: z.string().uuid().optional(),
    findingIds: z.array(z.string().uuid()).min(1).max(200),
  })
  .openapi("AssurancePlanCreate");
export const PlanDecisionReq = z
  .strictObject({ decision: z.enum(["approve", "return"]), note: z.string().trim().max(2000).optional() })
  .openapi("AssurancePlanDecision");

export const AuditCreateReq = z
  .strictObject({
    kind: z.string().regex(/^[a-z0-9_]+$/),
    fiscalYear: z.number().int().min(2000).max(2100),
    title: Text(300),
    unitIds: z.array(z.string().uuid()).min(1).max(200),
    /** Audited systems (assets of kind system) and contractors, chosen from the registers. */
    systemIds: z.array(z.string().uuid()).max(200).optional(),
    contractorIds: z.array(z.string().uuid()).max(200).optional(),
    scopeNote: z.string().trim().max(4000).optional(),
    periodFrom: IsoDate,
    periodTo: IsoDate,
    startDate: IsoDate,
    endDate: IsoDate,
    auditors: z
      .array(
        z.strictObject({
          personId: z.string().uuid(),
          unavoidableReason: z.string().trim().max(2000).optional(),
        }),
      )
      .min(1)
      .max(20),
  })
  .openapi("AssuranceAuditCreate");
export const PaperReq = z
  .strictObject({
    title: Text(300),
    description: Text(20000),
    departmentId: z.string().uuid().optional(),
  })
  .openapi("AssuranceWorkingPaper");
export const ReportReq = z.strictObject({ report: Text(50000) }).openapi("AssuranceAuditReport");
