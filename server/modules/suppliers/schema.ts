/** Request schemas of contractors and contracts (zod; field names are labelled in common/field-labels.ts). */
import { z } from "@hono/zod-openapi";
import { ZONE_KEYS } from "../../profile/schema";
import { EXTERNAL_SERVICE_CATEGORIES, EXTERNAL_SERVICE_CHECK_PHASES } from "../../profile/suppliers-schema";
import {
  CERTIFICATION_KINDS,
  CHECK_IMPORTANCE,
  CHECK_RESULTS,
  CONTRACT_ROLES,
  CONTRACT_STATES,
  RELIABILITY_JUDGEMENTS,
  TERMS_KINDS,
} from "./tables";

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");
const Text = (max: number) => z.string().trim().min(1).max(max);
const Optional = (max: number) => z.string().trim().max(max).nullable().default(null);

export const Certification = z.strictObject({
  kind: z.enum(CERTIFICATION_KINDS),
  number: Text(100),
  expiresOn: IsoDate.nullable().default(null),
});

export const ContractorReq = z
  .strictObject({
    name: Text(200),
    corporateNumber: z.string().trim().max(20).nullable().default(null),
    certifications: z.array(Certification).max(20).default([]),
    contactName: Optional(100),
    contactPhone: Optional(50),
    contactEmail: z.string().trim().email().max(254).nullable().default(null),
    address: Optional(300),
    note: Optional(2000),
  })
  .openapi("SupplierContractor");
export const ContractorPatch = ContractorReq.partial().openapi("SupplierContractorPatch");

const Attributes = {
  informationLevels: z.array(z.string().min(1).max(20)).max(10),
  personalInformation: z.boolean(),
  specificPersonalInformation: z.boolean(),
  systemWork: z.boolean(),
  designatedManager: z.boolean(),
  maintenance: z.boolean(),
};
export const ContractReq = z
  .strictObject({
    contractorId: z.string().uuid(),
    departmentId: z.string().uuid(),
    subject: Text(300),
    startsOn: IsoDate,
    endsOn: IsoDate,
    informationLevels: Attributes.informationLevels.default([]),
    personalInformation: Attributes.personalInformation.default(false),
    specificPersonalInformation: Attributes.specificPersonalInformation.default(false),
    systemWork: Attributes.systemWork.default(false),
    designatedManager: Attributes.designatedManager.default(false),
    maintenance: Attributes.maintenance.default(false),
  })
  .openapi("SupplierContract");
export const ContractPatch = z
  .strictObject({
    subject: Text(300).optional(),
    startsOn: IsoDate.optional(),
    endsOn: IsoDate.optional(),
    informationLevels: Attributes.informationLevels.optional(),
    personalInformation: Attributes.personalInformation.optional(),
    specificPersonalInformation: Attributes.specificPersonalInformation.optional(),
    systemWork: Attributes.systemWork.optional(),
    designatedManager: Attributes.designatedManager.optional(),
    maintenance: Attributes.maintenance.optional(),
  })
  .openapi("SupplierContractPatch");

export const ClauseConfirmReq = z
  .strictObject({
    confirmations: z
      .array(
        z.strictObject({
          clauseKey: z.string().regex(/^[a-z0-9_]+$/),
          included: z.boolean(),
          location: Optional(200),
        }),
      )
      .min(1)
      .max(100),
  })
  .openapi("SupplierClauseConfirm");

export const TransitionReq = z
  .strictObject({ state: z.enum(CONTRACT_STATES) })
  .openapi("SupplierContractTransition");

export const SecurityPlanReq = z
  .strictObject({ receivedOn: IsoDate, note: Optional(2000) })
  .openapi("SupplierSecurityPlan");
export const NoCopyReq = z
  .strictObject({ confirmedOn: IsoDate, note: Optional(2000) })
  .openapi("SupplierNoCopyConfirmation");

export const PersonReq = z
  .strictObject({
    role: z.enum(CONTRACT_ROLES),
    /** An existing person of the directory, or a new one (no login) created as 委託事業者の作業員. */
    personId: z.string().uuid().nullable().default(null),
    name: z.string().trim().min(1).max(100).nullable().default(null),
    nameKana: Optional(100),
    email: z.string().trim().email().max(254).nullable().default(null),
    phone: Optional(50),
  })
  .openapi("SupplierContractPerson");

export const PledgeReq = z
  .strictObject({
    contractId: z.string().uuid(),
    personId: z.string().uuid(),
    version: Text(50),
    signedOn: IsoDate,
    receivedOn: IsoDate,
    note: Optional(2000),
  })
  .openapi("SupplierPledge");

export const CheckReq = z
  .strictObject({
    contractId: z.string().uuid(),
    checkedOn: IsoDate,
    result: z.enum(CHECK_RESULTS),
    importance: z.enum(CHECK_IMPORTANCE),
    findings: Optional(4000),
    measures: Optional(4000),
  })
  .openapi("SupplierCheck");

export const ExplanationReq = z
  .strictObject({
    explainedOn: IsoDate,
    explainedByPersonId: z.string().uuid(),
    explainedTo: Text(200),
    subcontractId: z.string().uuid().nullable().default(null),
    content: Text(4000),
  })
  .openapi("SupplierExplanation");

export const LendingReq = z
  .strictObject({
    slipNumber: Text(50),
    description: Text(300),
    assetId: z.string().uuid().nullable().default(null),
    lentOn: IsoDate,
  })
  .openapi("SupplierLending");
export const IncidentNameReq = z
  .strictObject({
    incidentId: z.string().uuid(),
    involvement: Text(1000).describe("How the contractor was involved"),
  })
  .openapi("SupplierIncidentName");
export const ReturnReq = z.strictObject({ returnedOn: IsoDate }).openapi("SupplierLendingReturn");
export const DisposalReq = z
  .object({
    certificateNumber: Text(100),
    certifiedOn: IsoDate,
    file: z.instanceof(File).openapi({ type: "string", format: "binary" }),
  })
  .openapi("SupplierDisposalCertificate");

export const SubcontractReq = z
  .strictObject({
    contractorId: z.string().uuid(),
    parentId: z.string().uuid().nullable().default(null),
    work: Text(2000),
    dataHandled: Optional(2000),
    measures: Text(2000),
  })
  .openapi("SupplierSubcontract");
export const ConsentReq = z
  .strictObject({ consentNumber: Text(100), consentOn: IsoDate })
  .openapi("SupplierSubcontractConsent");
export const SubcontractParam = z.object({ id: z.string().uuid(), subcontractId: z.string().uuid() });

export const IdParam = z.object({ id: z.string().uuid() });
export const LendingParam = z.object({ id: z.string().uuid(), lendingId: z.string().uuid() });
const Paging = {
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
};
export const ContractorQuery = z.object({ q: z.string().max(200).optional(), ...Paging });
export const ContractQuery = z.object({
  q: z.string().max(200).optional(),
  state: z.enum(CONTRACT_STATES).optional(),
  departmentId: z.string().uuid().optional(),
  contractorId: z.string().uuid().optional(),
  /** mine: contracts of the 課 the viewer keeps; checks_due: active contracts whose check is due. */
  view: z.enum(["all", "mine", "checks_due"]).default("all"),
  ...Paging,
});
export const CheckQuery = z.object({
  contractId: z.string().uuid().optional(),
  importance: z.enum(CHECK_IMPORTANCE).optional(),
  result: z.enum(CHECK_RESULTS).optional(),
  /** reported_to_me: the checks reported to a duty the viewer holds (by importance, 西原村 9.1(3)). */
  view: z.enum(["all", "reported_to_me"]).default("all"),
  ...Paging,
});
export const PledgeQuery = z.object({ contractId: z.string().uuid() });

export const ServiceReq = z
  .strictObject({
    departmentId: z.string().uuid(),
    name: Text(200),
    provider: Text(200),
    termsKind: z.enum(TERMS_KINDS),
    contractId: z.string().uuid().nullable().default(null),
    category: z.enum(EXTERNAL_SERVICE_CATEGORIES),
    /** A confidentiality level key of the profile; null: none of its guarded levels. */
    highestLevel: z.string().trim().min(1).max(20).nullable().default(null),
    zone: z.enum(ZONE_KEYS).nullable().default(null),
    purpose: Text(2000),
    managerPersonId: z.string().uuid(),
    necessityReason: Optional(2000),
    termsCheckedOn: IsoDate.nullable().default(null),
  })
  .openapi("ExternalService");
export const ConsultationReq = z
  .strictObject({ consultedOn: IsoDate, consultationNote: Text(2000) })
  .openapi("ExternalServiceConsultation");
export const ServiceCheckReq = z
  .strictObject({
    phase: z.enum(EXTERNAL_SERVICE_CHECK_PHASES),
    checkedOn: IsoDate,
    result: z.enum(CHECK_RESULTS),
    findings: Optional(4000),
  })
  .openapi("ExternalServiceCheck");
export const CriteriaParam = z.object({
  sectionKey: z.string().regex(/^[a-z0-9_]{1,60}$/),
});
export const CriteriaReq = z
  .strictObject({
    criteriaText: Text(20000),
    /** The version the writer edited; null for the section's first text. */
    baseVersion: z.number().int().min(1).max(1_000_000).nullable(),
  })
  .openapi("ExternalServiceCriteriaWrite");
export const ReliabilityReq = z
  .strictObject({
    judgement: z.enum(RELIABILITY_JUDGEMENTS),
    basis: Text(4000),
    judgedOn: IsoDate,
  })
  .openapi("ExternalServiceReliability");
export const TerminateReq = z.strictObject({ terminatedOn: IsoDate }).openapi("ExternalServiceEnd");
export const ServiceQuery = z.object({
  q: z.string().max(200).optional(),
  status: z.enum(["requested", "refused", "in_use", "terminated"]).optional(),
  category: z.enum(EXTERNAL_SERVICE_CATEGORIES).optional(),
  departmentId: z.string().uuid().optional(),
  /** mine: services of the 課 the viewer keeps or manages; checks_due: checks due or overdue. */
  view: z.enum(["all", "mine", "checks_due"]).default("all"),
  ...Paging,
});
export const ServicePathQuery = z.object({
  category: z.enum(EXTERNAL_SERVICE_CATEGORIES).default("general"),
  highestLevel: z.string().trim().min(1).max(20).optional(),
});
