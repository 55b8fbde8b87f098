import { sql } from "drizzle-orm";
import {
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

/**
 * 委託・外部サービス — contractors (委託事業者), their contracts with the profile's clause checklist,
 * the contractor's people and their pledges (誓約書), periodic checks, and what was lent to them
 * (受渡票) until it comes back or its disposal is certified. Never imported by another module:
 * they read through ./index.ts.
 */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

export const CERTIFICATION_KINDS = ["isms", "pmark", "other"] as const;
export type CertificationKind = (typeof CERTIFICATION_KINDS)[number];
export interface Certification {
  kind: CertificationKind;
  /** Registration number, or the name of an `other` certification. */
  number: string;
  expiresOn: string | null;
}

export const CONTRACT_STATES = ["draft", "checked", "active", "ending", "closed"] as const;
export type ContractState = (typeof CONTRACT_STATES)[number];
export const CONTRACT_ROLES = ["responsible", "worker"] as const;
export type ContractRole = (typeof CONTRACT_ROLES)[number];
export const LENDING_STATES = ["lent", "returned", "disposed"] as const;
export type LendingState = (typeof LENDING_STATES)[number];
export const CHECK_RESULTS = ["ok", "issues"] as const;
export const CHECK_IMPORTANCE = ["normal", "high"] as const;

export const supplierContractors = pgTable(
  "supplier_contractors",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    /** 法人番号 (13 digits, check digit verified on write); null for an individual. */
    corporateNumber: text("corporate_number"),
    certifications: jsonb("certifications").$type<Certification[]>().notNull().default([]),
    contactName: text("contact_name"),
    contactPhone: text("contact_phone"),
    contactEmail: text("contact_email"),
    address: text("address"),
    note: text("note"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("supplier_contractors_corporate_number_uq")
      .on(t.corporateNumber)
      .where(sql`${t.corporateNumber} is not null`),
    index("supplier_contractors_name_idx").on(t.name),
  ],
);

export const supplierContracts = pgTable(
  "supplier_contracts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    contractorId: uuid("contractor_id").notNull(),
    /** The 課 that contracts (its 課長 keeps the contract). */
    departmentId: uuid("department_id").notNull(),
    subject: text("subject").notNull(),
    startsOn: date("starts_on").notNull(),
    endsOn: date("ends_on").notNull(),
    /** Confidentiality level keys of the profile for the information the contractor handles. */
    informationLevels: text("information_levels").array().notNull().default(sql`'{}'::text[]`),
    personalInformation: boolean("personal_information").notNull().default(false),
    specificPersonalInformation: boolean("specific_personal_information").notNull().default(false),
    systemWork: boolean("system_work").notNull().default(false),
    designatedManager: boolean("designated_manager").notNull().default(false),
    maintenance: boolean("maintenance").notNull().default(false),
    state: text("state").notNull().$type<ContractState>().default("draft"),
    /** 安全管理体制及び安全管理方法の書面 received (川崎市 9(2)イ). */
    securityPlanReceivedOn: date("security_plan_received_on"),
    securityPlanNote: text("security_plan_note"),
    /** The written confirmation that nothing was copied (川崎市 9(2)カ). */
    noCopyConfirmedOn: date("no_copy_confirmed_on"),
    noCopyConfirmedByPersonId: uuid("no_copy_confirmed_by_person_id"),
    noCopyNote: text("no_copy_note"),
    createdByPersonId: uuid("created_by_person_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
    closedAt: timestamp("closed_at", { withTimezone: true }),
  },
  (t) => [
    index("supplier_contracts_department_idx").on(t.departmentId, t.state),
    index("supplier_contracts_contractor_idx").on(t.contractorId),
    index("supplier_contracts_ends_idx").on(t.endsOn),
  ],
);

/** A required clause confirmed as included (or not) with the contract's page or article. */
export const supplierContractClauses = pgTable(
  "supplier_contract_clauses",
  {
    contractId: uuid("contract_id").notNull(),
    clauseKey: text("clause_key").notNull(),
    included: boolean("included").notNull(),
    /** 契約書・仕様書の頁又は条 where the clause is. */
    location: text("location"),
    confirmedByPersonId: uuid("confirmed_by_person_id"),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.contractId, t.clauseKey] })],
);

/** The contractor's responsible person and workers on a contract (people of the directory). */
export const supplierContractPeople = pgTable(
  "supplier_contract_people",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    contractId: uuid("contract_id").notNull(),
    personId: uuid("person_id").notNull(),
    role: text("role").notNull().$type<ContractRole>(),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull(),
    removedAt: timestamp("removed_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("supplier_contract_people_uq").on(t.contractId, t.personId),
    index("supplier_contract_people_person_idx").on(t.personId),
  ],
);

/** A pledge (誓約書) on paper, its receipt recorded by the 課長. */
export const supplierPledges = pgTable(
  "supplier_pledges",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    contractId: uuid("contract_id").notNull(),
    personId: uuid("person_id").notNull(),
    /** The pledge form's version (様式の版). */
    version: text("version").notNull(),
    signedOn: date("signed_on").notNull(),
    receivedOn: date("received_on").notNull(),
    receivedByPersonId: uuid("received_by_person_id").notNull(),
    note: text("note"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("supplier_pledges_uq").on(t.contractId, t.personId, t.version)],
);

/**
 * The policy explained to the contractor or one of its subcontractors (西原村 6.1(4)): when, by whom
 * (a holder of the profile's `suppliers.explanation.duty` over the contract's 課), to whom at the
 * company, and what. `subcontractId` null: the contractor itself.
 */
export const supplierExplanations = pgTable(
  "supplier_explanations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    contractId: uuid("contract_id").notNull(),
    subcontractId: uuid("subcontract_id"),
    explainedOn: date("explained_on").notNull(),
    explainedByPersonId: uuid("explained_by_person_id").notNull(),
    /** The person (and post) at the company who heard it. */
    explainedTo: text("explained_to").notNull(),
    /** What was explained: the parts of the policy the contractor keeps, the confidential matters. */
    content: text("content").notNull(),
    recordedByPersonId: uuid("recorded_by_person_id").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("supplier_explanations_contract_idx").on(t.contractId, t.explainedOn)],
);

/** A periodic check of the contractor's security (西原村 9.1(3)), reported up the chain. */
export const supplierChecks = pgTable(
  "supplier_checks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    contractId: uuid("contract_id").notNull(),
    checkedOn: date("checked_on").notNull(),
    result: text("result").notNull().$type<(typeof CHECK_RESULTS)[number]>(),
    importance: text("importance").notNull().$type<(typeof CHECK_IMPORTANCE)[number]>(),
    findings: text("findings"),
    measures: text("measures"),
    checkedByPersonId: uuid("checked_by_person_id").notNull(),
    /** The duties the result was reported to (the profile's chain at that importance). */
    reportedTo: text("reported_to").array().notNull().default(sql`'{}'::text[]`),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("supplier_checks_contract_idx").on(t.contractId, t.checkedOn)],
);

/** 受渡票: information lent to the contractor, until returned or its disposal certified. */
export const supplierLendings = pgTable(
  "supplier_lendings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    contractId: uuid("contract_id").notNull(),
    slipNumber: text("slip_number").notNull(),
    description: text("description").notNull(),
    /** The asset lent (assets.id), read through the assets face. */
    assetId: uuid("asset_id"),
    lentOn: date("lent_on").notNull(),
    state: text("state").notNull().$type<LendingState>().default("lent"),
    returnedOn: date("returned_on"),
    certificateNumber: text("certificate_number"),
    certifiedOn: date("certified_on"),
    certificateName: text("certificate_name"),
    certificateType: text("certificate_type"),
    certificateSha256: text("certificate_sha256"),
    certificateContent: bytea("certificate_content"),
    closedByPersonId: uuid("closed_by_person_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("supplier_lendings_slip_uq").on(t.contractId, t.slipNumber),
    index("supplier_lendings_asset_idx").on(t.assetId),
  ],
);

/**
 * インシデントと委託契約: an incident the contract's contractor was involved in (a leak at the
 * contractor, lost media, a worker's misuse), named by the 課長 who keeps the contract so the
 * contract shows its incidents and the periodic checks and the audit of the contractor (西原村
 * 9.1(3), 10.1(4)) can take them up. The incident is the incidents module's, read through its face.
 */
export const supplierContractIncidents = pgTable(
  "supplier_contract_incidents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    contractId: uuid("contract_id").notNull(),
    incidentId: uuid("incident_id").notNull(),
    /** How the contractor was involved. */
    involvement: text("involvement").notNull(),
    recordedByPersonId: uuid("recorded_by_person_id").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("supplier_contract_incidents_uq").on(t.contractId, t.incidentId),
    index("supplier_contract_incidents_incident_idx").on(t.incidentId),
  ],
);

/**
 * 再委託: one level of the contract's chain (parent null = the contractor's own subcontractor),
 * approved through its `subcontracting` request; the written consent (許諾書) is recorded after it.
 */
export const supplierSubcontracts = pgTable(
  "supplier_subcontracts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    contractId: uuid("contract_id").notNull(),
    parentId: uuid("parent_id"),
    /** 1 = 再委託, 2 = 再々委託, … */
    level: integer("level").notNull(),
    /** The subcontractor, an entry of the contractor catalog. */
    contractorId: uuid("contractor_id").notNull(),
    work: text("work").notNull(),
    dataHandled: text("data_handled"),
    measures: text("measures").notNull(),
    /** The `subcontracting` request (requests module) deciding this level. */
    requestId: uuid("request_id").notNull(),
    consentNumber: text("consent_number"),
    consentOn: date("consent_on"),
    consentRecordedByPersonId: uuid("consent_recorded_by_person_id"),
    createdByPersonId: uuid("created_by_person_id").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("supplier_subcontracts_contract_idx").on(t.contractId),
    uniqueIndex("supplier_subcontracts_request_uq").on(t.requestId),
  ],
);

export const EXTERNAL_SERVICE_STATES = ["requested", "in_use", "terminated"] as const;
export type ExternalServiceState = (typeof EXTERNAL_SERVICE_STATES)[number];
export const TERMS_KINDS = ["terms", "contract"] as const;

/** 外部サービス: the register of services, each used once its request is approved (9.2(4)③). */
export const externalServices = pgTable(
  "external_services",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    departmentId: uuid("department_id").notNull(),
    name: text("name").notNull(),
    provider: text("provider").notNull(),
    /** 約款 (terms of service) or a negotiated contract. */
    termsKind: text("terms_kind").notNull().$type<(typeof TERMS_KINDS)[number]>(),
    /** The supplier contract, when the service is contracted. */
    contractId: uuid("contract_id"),
    category: text("category").notNull(),
    /** Highest confidentiality level key it may hold (null: below the profile's lowest guarded). */
    highestLevel: text("highest_level"),
    zone: text("zone"),
    purpose: text("purpose").notNull(),
    /** The profile path taken (key) and its clause at filing. */
    path: text("path").notNull(),
    pathClause: text("path_clause").notNull(),
    termsCheckedOn: date("terms_checked_on"),
    necessityReason: text("necessity_reason"),
    consultedOn: date("consulted_on"),
    consultationNote: text("consultation_note"),
    consultedByPersonId: uuid("consulted_by_person_id"),
    /** 外部サービス管理者. */
    managerPersonId: uuid("manager_person_id").notNull(),
    requestId: uuid("request_id"),
    state: text("state").notNull().$type<ExternalServiceState>().default("requested"),
    terminatedOn: date("terminated_on"),
    createdByPersonId: uuid("created_by_person_id").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("external_services_department_idx").on(t.departmentId, t.state),
    index("external_services_manager_idx").on(t.managerPersonId),
    index("external_services_name_idx").on(t.name),
  ],
);

/** A lifecycle check of a service (build, periodic, termination) by its manager. */
export const externalServiceChecks = pgTable(
  "external_service_checks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    serviceId: uuid("service_id").notNull(),
    phase: text("phase").notNull(),
    checkedOn: date("checked_on").notNull(),
    result: text("result").notNull().$type<(typeof CHECK_RESULTS)[number]>(),
    findings: text("findings"),
    checkedByPersonId: uuid("checked_by_person_id").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("external_service_checks_service_idx").on(t.serviceId, t.checkedOn)],
);

/**
 * The rules the profile's writer duty keeps for external services (西原村 9.2(1), (5)①, (6)①, (7)①,
 * 9.3(1)): one row per version of a section; the highest version is in force, the rest is history.
 */
export const externalServiceCriteria = pgTable(
  "external_service_criteria",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sectionKey: text("section_key").notNull(),
    version: integer("version").notNull(),
    body: text("body").notNull(),
    writtenByPersonId: uuid("written_by_person_id").notNull(),
    writtenAt: timestamp("written_at", { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("external_service_criteria_section_version_idx").on(t.sectionKey, t.version)],
);

export const RELIABILITY_JUDGEMENTS = ["sufficient", "insufficient"] as const;
export type ReliabilityJudgement = (typeof RELIABILITY_JUDGEMENTS)[number];

/** The judgement of a service's provider's reliability (西原村 9.2(2)⑨), latest first when read. */
export const externalServiceReliability = pgTable(
  "external_service_reliability",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    serviceId: uuid("service_id").notNull(),
    judgement: text("judgement").notNull().$type<ReliabilityJudgement>(),
    /** What it rests on: audit reports, certifications (ISMAP, ISO/IEC 27017 …). */
    basis: text("basis").notNull(),
    judgedOn: date("judged_on").notNull(),
    judgedByPersonId: uuid("judged_by_person_id").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("external_service_reliability_service_idx").on(t.serviceId, t.createdAt)],
);
