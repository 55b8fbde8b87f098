/**
 * Response schemas of contractors, contracts, the external services register and the check
 * reports: what the routes declare in /api/openapi.json, what the tests parse the answers against,
 * and what the screens read (web/src/contract.ts). The `Checks` at the end fail `tsc` when a
 * presenter or a query answers a shape its schema does not document.
 */
import { z } from "@hono/zod-openapi";
import type { Assert, Conforms } from "../../http/wire";
import { EXTERNAL_SERVICE_CATEGORIES, EXTERNAL_SERVICE_CHECK_PHASES } from "../../profile/suppliers-schema";
import { AssetLabelSchema as AssetLabel } from "../assets";
import type { judgeReliability, writeCriteria } from "./commands/criteria";
import type { presentCriteria } from "./criteria-view";
import type { presentContract } from "./presenter";
import type { ContractListRow, ContractorRow, listContractors } from "./queries";
import {
  CERTIFICATION_KINDS,
  CHECK_IMPORTANCE,
  CHECK_RESULTS,
  CONTRACT_ROLES,
  CONTRACT_STATES,
  LENDING_STATES,
  RELIABILITY_JUDGEMENTS,
  TERMS_KINDS,
} from "./tables";

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

// ── contractors and contracts ───────────────────────────────────────────────

const Certification = z.object({
  kind: z.enum(CERTIFICATION_KINDS),
  number: z.string(),
  expiresOn: z.string().nullable(),
});
const ContractorFields = {
  id: z.string(),
  name: z.string(),
  corporateNumber: z.string().nullable(),
  certifications: z.array(Certification),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  contactEmail: z.string().nullable(),
  address: z.string().nullable(),
  note: z.string().nullable(),
};
export const Contractor = z.object(ContractorFields).openapi("SupplierContractorView");
export const ContractorListItem = z
  .object({
    ...ContractorFields,
    /** The 課 (names) of the open contracts with it that the viewer sees. */
    departments: z.array(z.string().nullable()),
  })
  .openapi("SupplierContractorListItem");
export const ContractorListRes = z
  .object({ data: z.array(ContractorListItem), policies: Policies })
  .openapi("SupplierContractorList");
export const ContractorRes = z
  .object({ data: Contractor, policies: Policies })
  .openapi("SupplierContractorRes");

const State = z.enum(CONTRACT_STATES);
const ContractAttributes = {
  informationLevels: z.array(z.string()),
  personalInformation: z.boolean(),
  specificPersonalInformation: z.boolean(),
  systemWork: z.boolean(),
  designatedManager: z.boolean(),
  maintenance: z.boolean(),
};

export const ContractListItem = z
  .object({
    id: z.string(),
    subject: z.string(),
    state: State,
    contractorId: z.string(),
    contractorName: z.string(),
    departmentId: z.string(),
    bureauId: z.string().nullable(),
    departmentName: z.string().nullable(),
    startsOn: z.string(),
    endsOn: z.string(),
    ...ContractAttributes,
    nextCheckOn: z.string().nullable(),
    checkOverdue: z.boolean(),
    openLendings: z.number().int(),
    informationLevelLabels: z.array(Label),
    policies: Policies,
  })
  .openapi("SupplierContractListItem");
export const ContractListRes = z
  .object({ data: z.array(ContractListItem), policies: Policies })
  .openapi("SupplierContractList");

const IncidentLabel = z.union([
  z.object({ id: z.string(), hidden: z.literal(true) }),
  z.object({ id: z.string(), hidden: z.literal(false), receiptNumber: z.string(), summary: z.string() }),
]);
/** What stands between the contract and its next state, named with the profile's clause. */
const Blocker = z.object({
  code: z.enum([
    "missing_clauses",
    "missing_pledges",
    "no_people",
    "missing_security_plan",
    "open_lendings",
    "missing_no_copy_confirmation",
    "unsettled_subcontracts",
  ]),
  message_ja: z.string(),
  message_en: z.string(),
  clause: z.string(),
  items: z.array(z.string()),
});

export const ContractView = z
  .object({
    id: z.string(),
    contractorId: z.string(),
    departmentId: z.string(),
    subject: z.string(),
    startsOn: z.string(),
    endsOn: z.string(),
    ...ContractAttributes,
    state: State,
    securityPlanReceivedOn: z.string().nullable(),
    securityPlanNote: z.string().nullable(),
    noCopyConfirmedOn: z.string().nullable(),
    noCopyConfirmedByPersonId: z.string().nullable(),
    noCopyNote: z.string().nullable(),
    createdByPersonId: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    closedAt: z.string().nullable(),
    contractor: Contractor.nullable(),
    departmentName: z.string().nullable(),
    informationLevelLabels: z.array(Label),
    checklist: z.array(
      z.object({
        key: z.string(),
        text: z.string(),
        clause: z.string(),
        clauseLabel: z.string(),
        included: z.boolean().nullable(),
        location: z.string().nullable(),
        confirmedAt: z.string().nullable(),
      }),
    ),
    pledgeRule: z.object({ required: z.boolean(), asNeeded: z.boolean(), clause: z.string().nullable() }),
    securityPlanRule: z.object({ required: z.boolean(), clause: z.string().nullable() }),
    noCopyRule: z.object({ clause: z.string().nullable() }),
    noCopyConfirmedByName: z.string().nullable(),
    nextCheckOn: z.string().nullable(),
    people: z.array(
      z.object({
        id: z.string(),
        personId: z.string(),
        name: z.string(),
        role: z.enum(CONTRACT_ROLES),
        pledges: z.array(
          z.object({
            id: z.string(),
            version: z.string(),
            signedOn: z.string(),
            receivedOn: z.string(),
            receivedByName: z.string().nullable(),
          }),
        ),
      }),
    ),
    checks: z.array(
      z.object({
        id: z.string(),
        contractId: z.string(),
        checkedOn: z.string(),
        result: z.enum(CHECK_RESULTS),
        importance: z.enum(CHECK_IMPORTANCE),
        findings: z.string().nullable(),
        measures: z.string().nullable(),
        checkedByPersonId: z.string(),
        reportedTo: z.array(z.string()),
        createdAt: z.string(),
        checkedByName: z.string().nullable(),
      }),
    ),
    explanationRule: z.object({ duty: z.string(), dutyLabel: Label, clause: z.string() }).nullable(),
    explanations: z.array(
      z.object({
        id: z.string(),
        subcontractId: z.string().nullable(),
        subcontractorName: z.string().nullable(),
        explainedOn: z.string(),
        explainedByName: z.string().nullable(),
        explainedTo: z.string(),
        content: z.string(),
        recordedByName: z.string().nullable(),
        createdAt: z.string(),
      }),
    ),
    incidents: z.array(
      z.object({
        id: z.string(),
        incident: IncidentLabel,
        involvement: z.string(),
        recordedByName: z.string().nullable(),
        createdAt: z.string(),
      }),
    ),
    lendings: z.array(
      z.object({
        id: z.string(),
        contractId: z.string(),
        slipNumber: z.string(),
        description: z.string(),
        assetId: z.string().nullable(),
        lentOn: z.string(),
        state: z.enum(LENDING_STATES),
        returnedOn: z.string().nullable(),
        certificateNumber: z.string().nullable(),
        certifiedOn: z.string().nullable(),
        certificateName: z.string().nullable(),
        certificateType: z.string().nullable(),
        certificateSha256: z.string().nullable(),
        closedByPersonId: z.string().nullable(),
        createdAt: z.string(),
        asset: AssetLabel.nullable(),
        hasCertificate: z.boolean(),
      }),
    ),
    subcontractRule: z
      .object({ writtenConsent: z.boolean(), clause: z.string(), consentClause: z.string().nullable() })
      .nullable(),
    subcontracts: z.array(
      z.object({
        id: z.string(),
        parentId: z.string().nullable(),
        level: z.number().int(),
        contractorId: z.string(),
        contractorName: z.string(),
        work: z.string(),
        dataHandled: z.string().nullable(),
        measures: z.string(),
        decision: z.enum(["approved", "refused", "open"]),
        requestId: z.string(),
        requestNumber: z.number().nullable(),
        decidedAt: z.string().nullable(),
        consentNumber: z.string().nullable(),
        consentOn: z.string().nullable(),
        consentRecordedByName: z.string().nullable(),
      }),
    ),
    openItems: z.array(Blocker),
    policies: Policies,
  })
  .openapi("SupplierContractView");
export const ContractRes = z.object({ data: ContractView }).openapi("SupplierContractRes");

// ── the rules for external services and the providers' reliability (西原村 9.2(1), 9.2(2)⑨) ──

const Judgement = z.enum(RELIABILITY_JUDGEMENTS);
const CriteriaView = z.object({
  text: Label,
  clause: z.string(),
  clauseLabel: z.string(),
  writerRoles: Label,
  sections: z.array(
    z.object({
      key: z.string(),
      title: Label,
      text: Label.describe("What the section must cover, as the policy text says"),
      clause: z.string(),
      clauseLabel: z.string(),
      current: z
        .object({
          version: z.number(),
          body: z.string(),
          writtenAt: z.string(),
          writtenByName: z.string().nullable(),
        })
        .nullable()
        .describe("The text in force; null: not written yet"),
    }),
  ),
  reliability: z
    .object({
      text: Label,
      clause: z.string(),
      clauseLabel: z.string(),
      roles: Label,
      paths: z.array(z.object({ key: z.string(), title: Label })),
    })
    .nullable(),
  services: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      provider: z.string(),
      departmentName: z.string().nullable(),
      judgement: z
        .object({
          judgement: Judgement,
          label: Label,
          basis: z.string(),
          judgedOn: z.string(),
          judgedByName: z.string().nullable(),
        })
        .nullable(),
    }),
  ),
  policies: z.object({ write: z.boolean(), judge: z.boolean() }),
});
export const CriteriaRes = z
  .object({
    data: CriteriaView.nullable().describe("null: the profile names no rules for external services"),
  })
  .openapi("ExternalServiceCriteria");
export const CriteriaWriteRes = z
  .object({
    data: z.object({
      id: z.string(),
      sectionKey: z.string(),
      version: z.number(),
      body: z.string(),
      writtenByPersonId: z.string(),
      writtenAt: z.string(),
    }),
  })
  .openapi("ExternalServiceCriteriaVersion");
export const ReliabilityRes = z
  .object({
    data: z.object({
      id: z.string(),
      serviceId: z.string(),
      judgement: Judgement,
      basis: z.string(),
      judgedOn: z.string(),
      judgedByPersonId: z.string(),
      createdAt: z.string(),
    }),
  })
  .openapi("ExternalServiceReliabilityJudgement");

type ContractListAnswer = ContractListRow & { informationLevelLabels: Array<{ ja: string; en: string }> } & {
  policies: Record<string, boolean>;
};
// The presenters and queries answer exactly these shapes (tsc checks it; nothing here runs).
export type Checks = [
  Assert<Conforms<Awaited<ReturnType<typeof presentContract>>, z.output<typeof ContractView>>>,
  Assert<Conforms<ContractListAnswer, z.output<typeof ContractListItem>>>,
  Assert<Conforms<Awaited<ReturnType<typeof listContractors>>[number], z.output<typeof ContractorListItem>>>,
  Assert<Conforms<ContractorRow, z.output<typeof Contractor>>>,
  Assert<Conforms<NonNullable<Awaited<ReturnType<typeof presentCriteria>>>, z.output<typeof CriteriaView>>>,
  Assert<Conforms<Awaited<ReturnType<typeof writeCriteria>>, z.output<typeof CriteriaWriteRes>["data"]>>,
  Assert<Conforms<Awaited<ReturnType<typeof judgeReliability>>, z.output<typeof ReliabilityRes>["data"]>>,
];
