/**
 * Response schemas of the external services register and the check reports: what the routes
 * declare in /api/openapi.json, what the tests parse the answers against, and what the screens
 * read (web/src/contract.ts).
 */
import { z } from "@hono/zod-openapi";
import { EXTERNAL_SERVICE_CATEGORIES, EXTERNAL_SERVICE_CHECK_PHASES } from "../../profile/suppliers-schema";
import { CHECK_IMPORTANCE, CHECK_RESULTS, TERMS_KINDS } from "./tables";

const Label = z.object({ ja: z.string(), en: z.string() });
const Policies = z.record(z.string(), z.boolean());
const SERVICE_STATUSES = ["requested", "refused", "in_use", "terminated"] as const;
const Phase = z.enum(EXTERNAL_SERVICE_CHECK_PHASES);
const NextCheck = z.object({ phase: Phase, dueOn: z.string(), phaseLabel: Label }).nullable();

const ServiceCommon = {
  id: z.string(),
  name: z.string(),
  provider: z.string(),
  category: z.enum(EXTERNAL_SERVICE_CATEGORIES),
  categoryLabel: Label,
  highestLevel: z.string().nullable(),
  path: z.string(),
  pathClause: z.string(),
  departmentId: z.string(),
  departmentName: z.string().nullable(),
  managerPersonId: z.string(),
  managerName: z.string().nullable(),
  requestId: z.string().nullable(),
  consultedOn: z.string().nullable(),
  state: z.string(),
  terminatedOn: z.string().nullable(),
  status: z.enum(SERVICE_STATUSES),
  statusLabel: Label,
  nextCheck: NextCheck,
};

export const ServiceListItem = z
  .object({
    ...ServiceCommon,
    highestLevelLabel: Label.nullable(),
    pathTitle: Label.nullable(),
    pathClauseLabel: z.string(),
    requestNumber: z.number().nullable(),
    checkOverdue: z.boolean(),
  })
  .openapi("ExternalServiceListItem");
export const ServiceListRes = z
  .object({ data: z.array(ServiceListItem), total: z.number() })
  .openapi("ExternalServiceList");

export const ServiceCheckRow = z.object({
  id: z.string(),
  serviceId: z.string(),
  phase: Phase,
  phaseLabel: Label,
  checkedOn: z.string(),
  result: z.enum(CHECK_RESULTS),
  findings: z.string().nullable(),
  checkedByPersonId: z.string(),
  checkedByName: z.string().nullable(),
  createdAt: z.string(),
});

export const ServiceView = z
  .object({
    ...ServiceCommon,
    termsKind: z.enum(TERMS_KINDS),
    contractId: z.string().nullable(),
    zone: z.string().nullable(),
    purpose: z.string(),
    termsCheckedOn: z.string().nullable(),
    necessityReason: z.string().nullable(),
    consultationNote: z.string().nullable(),
    consultedByPersonId: z.string().nullable(),
    consultedByName: z.string().nullable(),
    createdByPersonId: z.string(),
    createdByName: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    highestLevelLabel: Label,
    pathInfo: z.object({
      key: z.string(),
      title: Label.nullable(),
      clause: z.string(),
      clauseLabel: z.string(),
      needs: z
        .object({
          approval: z.boolean(),
          termsCheck: z.boolean(),
          necessityReason: z.boolean(),
          consultation: z.boolean(),
          checks: z.array(Phase),
        })
        .nullable(),
    }),
    request: z
      .object({ id: z.string(), number: z.number(), status: z.string(), decidedAt: z.string().nullable() })
      .nullable(),
    blockers: z.array(
      z.object({
        code: z.string(),
        ja: z.string(),
        en: z.string(),
        clause: z.string(),
        clauseLabel: z.string(),
      }),
    ),
    checks: z.array(ServiceCheckRow),
    policies: Policies,
  })
  .openapi("ExternalServiceView");
export const ServiceRes = z
  .object({ data: ServiceView, policies: Policies.optional() })
  .openapi("ExternalServiceRes");

/** A contractor check as the reports list it, with the duties it was reported to. */
export const CheckRow = z
  .object({
    id: z.string(),
    contractId: z.string(),
    subject: z.string(),
    contractorName: z.string(),
    departmentId: z.string(),
    departmentName: z.string().nullable(),
    checkedOn: z.string(),
    result: z.enum(CHECK_RESULTS),
    importance: z.enum(CHECK_IMPORTANCE),
    findings: z.string().nullable(),
    measures: z.string().nullable(),
    reportedTo: z.array(z.string()),
    reportedToLabels: z.array(Label),
    checkedByName: z.string().nullable(),
  })
  .openapi("SupplierCheckRow");
export const CheckListRes = z
  .object({
    data: z.array(CheckRow),
    /** The clause the checks and their reporting rest on (西原村 9.1(3)), when the profile names one. */
    clause: z.string().nullable(),
    clauseLabel: z.string().nullable(),
  })
  .openapi("SupplierCheckList");

/** The path a service would take (shown while the 課 fills in the form, before it is filed). */
export const ServicePathRes = z
  .object({
    data: z
      .object({
        key: z.string(),
        title: Label,
        text: Label,
        clause: z.string(),
        clauseLabel: z.string(),
        approval: z.boolean(),
        termsCheck: z.boolean(),
        necessityReason: z.boolean(),
        consultation: z.boolean(),
        checks: z.array(z.object({ phase: Phase, label: Label })),
        filedBy: z
          .object({ roles: Label, clause: z.string(), clauseLabel: z.string(), mayFile: z.boolean() })
          .nullable()
          .describe(
            "The applicant the path's text names (null: any member of the 課), and whether the viewer is one",
          ),
      })
      .nullable(),
  })
  .openapi("ExternalServicePath");
