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
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

/**
 * 自己点検・監査. Items are generated from the clause catalog (obligations mapped `checklist`) and
 * kept per profile; a campaign snapshots the items it asks, so later edits never change what was
 * answered. A sheet (assignment) is one unit's questionnaire: a person, a 課, a 局 or the whole
 * organization; answers are rows only once given, so a 20,000-person campaign is 20,000 rows.
 */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

export const ANSWER_VALUES = ["yes", "partial", "no", "na"] as const;
export type AnswerValue = (typeof ANSWER_VALUES)[number];
export const FINDING_STATES = ["open", "in_progress", "done", "verified", "closed"] as const;
export type FindingState = (typeof FINDING_STATES)[number];
export const SEVERITIES = ["high", "medium", "low"] as const;
export type Severity = (typeof SEVERITIES)[number];

export const assuranceItems = pgTable(
  "assurance_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    profileId: text("profile_id").notNull(),
    clauseId: text("clause_id").notNull(),
    clauseTitle: text("clause_title"),
    clauseText: text("clause_text").notNull(),
    /** The question as generated from the clause text. */
    generatedQuestion: text("generated_question").notNull(),
    /** The question shown: the generated one, or the CISO office's wording. */
    question: text("question").notNull(),
    questionEdited: boolean("question_edited").notNull().default(false),
    audience: text("audience").notNull(),
    /** The profile rule (its clause) that gave the audience, or null for the default. */
    audienceClause: text("audience_clause"),
    status: text("status").notNull().$type<"active" | "retired">().default("active"),
    /** The last catalog change seen: new item, changed clause text, clause no longer checklist. */
    lastChange: text("last_change").$type<"new" | "text_changed" | "retired" | "restored">(),
    previousClauseText: text("previous_clause_text"),
    changedAt: timestamp("changed_at", { withTimezone: true }),
    ordinal: integer("ordinal").notNull(),
    updatedByPersonId: uuid("updated_by_person_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("assurance_items_clause_uq").on(t.profileId, t.clauseId)],
);

export const assuranceCampaigns = pgTable(
  "assurance_campaigns",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    profileId: text("profile_id").notNull(),
    fiscalYear: integer("fiscal_year").notNull(),
    /** The profile's self_inspection scope key (department, network, staff, assets, bureau). */
    scopeKey: text("scope_key").notNull(),
    title: text("title").notNull(),
    dueDate: date("due_date").notNull(),
    status: text("status").notNull().$type<"open" | "closed">().default("open"),
    clause: text("clause").notNull(),
    createdByPersonId: uuid("created_by_person_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    closedAt: timestamp("closed_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("assurance_campaigns_scope_uq").on(t.profileId, t.fiscalYear, t.scopeKey)],
);

/** The items a campaign asks, as worded when it was generated. */
export const assuranceCampaignItems = pgTable(
  "assurance_campaign_items",
  {
    campaignId: uuid("campaign_id").notNull(),
    itemId: uuid("item_id").notNull(),
    clauseId: text("clause_id").notNull(),
    question: text("question").notNull(),
    audience: text("audience").notNull(),
    ordinal: integer("ordinal").notNull(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.itemId] })],
);

/** One unit's sheet in a campaign. */
export const assuranceSheets = pgTable(
  "assurance_sheets",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    campaignId: uuid("campaign_id").notNull(),
    unitKind: text("unit_kind").notNull().$type<"person" | "department" | "bureau" | "organization">(),
    /** The person answering for themselves (person sheets). */
    personId: uuid("person_id"),
    /** The 課 (or the person's 課), the 局, both null for the organization's sheet. */
    departmentId: uuid("department_id"),
    bureauId: uuid("bureau_id"),
    itemCount: integer("item_count").notNull(),
    answeredCount: integer("answered_count").notNull().default(0),
    noCount: integer("no_count").notNull().default(0),
    status: text("status")
      .notNull()
      .$type<"not_started" | "in_progress" | "submitted">()
      .default("not_started"),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    submittedByPersonId: uuid("submitted_by_person_id"),
    late: boolean("late").notNull().default(false),
  },
  (t) => [
    index("assurance_sheets_campaign_idx").on(t.campaignId, t.bureauId, t.departmentId),
    index("assurance_sheets_person_idx").on(t.personId),
  ],
);

/**
 * Sheet counts per campaign and unit (局, 課), kept by statement triggers on `assurance_sheets`
 * (migration "assurance_sheet_tallies": transition tables, one grouped upsert per statement, so a
 * 20,000-sheet campaign pays one). Progress per 局 / 課 reads these few rows instead of every
 * sheet; the read rule over units (`campaignSheetReach`) is a predicate over exactly these keys.
 * Never written by the app.
 */
export const assuranceSheetTallies = pgTable(
  "assurance_sheet_tallies",
  {
    campaignId: uuid("campaign_id").notNull(),
    bureauId: uuid("bureau_id"),
    departmentId: uuid("department_id"),
    sheets: integer("sheets").notNull(),
    submitted: integer("submitted").notNull(),
    late: integer("late").notNull(),
    inProgress: integer("in_progress").notNull(),
    notStarted: integer("not_started").notNull(),
    answers: integer("answers").notNull(),
    items: integer("items").notNull(),
    noAnswers: integer("no_answers").notNull(),
  },
  (t) => [
    unique("assurance_sheet_tallies_key").on(t.campaignId, t.bureauId, t.departmentId).nullsNotDistinct(),
  ],
);

export const assuranceAnswers = pgTable(
  "assurance_answers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sheetId: uuid("sheet_id").notNull(),
    itemId: uuid("item_id").notNull(),
    value: text("value").notNull().$type<AnswerValue>(),
    comment: text("comment"),
    answeredByPersonId: uuid("answered_by_person_id"),
    answeredAt: timestamp("answered_at", { withTimezone: true }).notNull(),
    late: boolean("late").notNull().default(false),
  },
  (t) => [uniqueIndex("assurance_answers_sheet_item_uq").on(t.sheetId, t.itemId)],
);

/** Evidence files of answers, findings and audits (type checked by content; SHA-256 kept). */
export const assuranceFiles = pgTable(
  "assurance_files",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ownerType: text("owner_type").notNull().$type<"answer" | "finding" | "paper">(),
    ownerId: uuid("owner_id").notNull(),
    fileName: text("file_name").notNull(),
    contentType: text("content_type").notNull(),
    size: integer("size").notNull(),
    sha256: text("sha256").notNull(),
    content: bytea("content").notNull(),
    uploadedByPersonId: uuid("uploaded_by_person_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("assurance_files_owner_idx").on(t.ownerType, t.ownerId)],
);

export const assuranceFindings = pgTable(
  "assurance_findings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    profileId: text("profile_id").notNull(),
    source: text("source").notNull().$type<"answer" | "audit" | "lateral">(),
    answerId: uuid("answer_id"),
    auditId: uuid("audit_id"),
    /** 横展開: the finding this lateral check was opened from. */
    originFindingId: uuid("origin_finding_id"),
    /**
     * 横展開 by system kind: the zone (the profile's system kinds, e.g. LGWAN接続系) whose systems'
     * owning 課 this lateral check was opened for; null when the 課 was chosen by name.
     */
    lateralZone: text("lateral_zone"),
    itemId: uuid("item_id"),
    clauseId: text("clause_id").notNull(),
    departmentId: uuid("department_id"),
    bureauId: uuid("bureau_id"),
    title: text("title").notNull(),
    severity: text("severity").notNull().$type<Severity>(),
    ownerPersonId: uuid("owner_person_id"),
    correctiveAction: text("corrective_action"),
    dueDate: date("due_date").notNull(),
    state: text("state").notNull().$type<FindingState>().default("open"),
    planId: uuid("plan_id"),
    verifiedByPersonId: uuid("verified_by_person_id"),
    createdByPersonId: uuid("created_by_person_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
    closedAt: timestamp("closed_at", { withTimezone: true }),
  },
  (t) => [
    index("assurance_findings_unit_idx").on(t.departmentId, t.state),
    index("assurance_findings_origin_idx").on(t.originFindingId),
    uniqueIndex("assurance_findings_answer_uq").on(t.answerId).where(sql`${t.answerId} is not null`),
  ],
);

export const assurancePlans = pgTable("assurance_improvement_plans", {
  id: uuid("id").primaryKey().defaultRandom(),
  profileId: text("profile_id").notNull(),
  title: text("title").notNull(),
  departmentId: uuid("department_id"),
  bureauId: uuid("bureau_id"),
  body: text("body").notNull(),
  status: text("status").notNull().$type<"draft" | "submitted" | "approved" | "returned">().default("draft"),
  approverDuty: text("approver_duty").notNull(),
  decidedByPersonId: uuid("decided_by_person_id"),
  decidedAt: timestamp("decided_at", { withTimezone: true }),
  decisionNote: text("decision_note"),
  createdByPersonId: uuid("created_by_person_id"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
});

export const assuranceAudits = pgTable("assurance_audits", {
  id: uuid("id").primaryKey().defaultRandom(),
  profileId: text("profile_id").notNull(),
  kind: text("kind").notNull(),
  fiscalYear: integer("fiscal_year").notNull(),
  title: text("title").notNull(),
  /** The audited 課 / 局 (uuid list). */
  unitIds: jsonb("unit_ids").$type<string[]>().notNull(),
  /** The audited systems (asset ids of kind system, chosen through the assets face). */
  systemIds: jsonb("system_ids").$type<string[]>().notNull().default([]),
  /** The audited contractors (ids, chosen through the suppliers face; 西原村 10.1(4)). */
  contractorIds: jsonb("contractor_ids").$type<string[]>().notNull().default([]),
  /** A note on the scope beside the chosen units, systems and contractors. */
  scopeNote: text("scope_note"),
  /** The period whose records the auditors may read. */
  periodFrom: date("period_from").notNull(),
  periodTo: date("period_to").notNull(),
  /** Fieldwork dates; independence is judged as of `startDate`. */
  startDate: date("start_date").notNull(),
  endDate: date("end_date").notNull(),
  status: text("status")
    .notNull()
    .$type<"planned" | "approved" | "fieldwork" | "reported" | "closed">()
    .default("planned"),
  approvedByPersonId: uuid("approved_by_person_id"),
  approvedAt: timestamp("approved_at", { withTimezone: true }),
  report: text("report"),
  reportedAt: timestamp("reported_at", { withTimezone: true }),
  closedAt: timestamp("closed_at", { withTimezone: true }),
  createdByPersonId: uuid("created_by_person_id"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
});

export const assuranceAuditors = pgTable(
  "assurance_auditors",
  {
    auditId: uuid("audit_id").notNull(),
    personId: uuid("person_id").notNull(),
    /** やむを得ない場合: why this auditor audits a unit whose work they own (reported with the audit). */
    unavoidableReason: text("unavoidable_reason"),
  },
  (t) => [
    primaryKey({ columns: [t.auditId, t.personId] }),
    index("assurance_auditors_person_idx").on(t.personId),
  ],
);

/** 監査調書: read-only once the audit is closed (a trigger refuses changes then). */
export const assurancePapers = pgTable(
  "assurance_working_papers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    auditId: uuid("audit_id").notNull(),
    departmentId: uuid("department_id"),
    title: text("title").notNull(),
    body: text("body").notNull(),
    writtenByPersonId: uuid("written_by_person_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("assurance_papers_audit_idx").on(t.auditId)],
);
