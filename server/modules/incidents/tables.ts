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
import type {
  Category,
  EscalationStatus,
  FileKind,
  IncidentSource,
  OutsideDecision,
  PpcFacts,
  Severity,
  Stage,
  TimelineKind,
  TriageDecision,
} from "./domain/types";

/** bytea as a Node Buffer (evidence and attachments are kept in the database with their SHA-256). */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

/** A report (報告) and, once triaged, the case (インシデント) it becomes. */
export const incidents = pgTable(
  "incidents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Given to the reporter: R-2026-XXXXXX (unguessable, no 0/O/1/I). */
    receiptNumber: text("receipt_number").notNull(),
    source: text("source").notNull().$type<IncidentSource>(),
    summary: text("summary").notNull(),
    details: text("details").notNull().default(""),
    /** Public reports: how to reach the reporter (free text, stored as text only). */
    contact: text("contact"),
    /** When it happened (reporter's account) — distinct from createdAt (when recorded). */
    occurredAt: timestamp("occurred_at", { withTimezone: true }),
    place: text("place"),
    personalInfo: boolean("personal_info").notNull().default(false),
    personCount: integer("person_count"),
    reporterPersonId: uuid("reporter_person_id"),
    /** Department of the reporter when reported: the chain's department-scoped steps. */
    departmentId: uuid("department_id"),
    stage: text("stage").notNull().default("new").$type<Stage>(),
    triageDecision: text("triage_decision").$type<TriageDecision>(),
    triageReason: text("triage_reason"),
    duplicateOfId: uuid("duplicate_of_id"),
    severity: text("severity").$type<Severity>(),
    category: text("category").$type<Category>(),
    /** Restricted cases are seen only by their named members. */
    restricted: boolean("restricted").notNull().default(false),
    cause: text("cause"),
    measures: text("measures"),
    ppcFacts: jsonb("ppc_facts").$type<PpcFacts>(),
    /** 報道発表 decision: publish or not, reason, approver. */
    pressDecision: text("press_decision").$type<"publish" | "not_publish">(),
    pressReason: text("press_reason"),
    pressApproverPersonId: uuid("press_approver_person_id"),
    pressDecidedAt: timestamp("press_decided_at", { withTimezone: true }),
    firstAcknowledgedAt: timestamp("first_acknowledged_at", { withTimezone: true }),
    triagedAt: timestamp("triaged_at", { withTimezone: true }),
    containedAt: timestamp("contained_at", { withTimezone: true }),
    recoveredAt: timestamp("recovered_at", { withTimezone: true }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("incidents_receipt_uq").on(t.receiptNumber),
    index("incidents_created_idx").on(t.createdAt),
    index("incidents_reporter_idx").on(t.reporterPersonId),
  ],
);

/**
 * People with a reason to see a case: its reporter, those notified along the chain, and named
 * members (the only ones who see a restricted case).
 */
export const incidentAccess = pgTable(
  "incident_access",
  {
    incidentId: uuid("incident_id").notNull(),
    personId: uuid("person_id").notNull(),
    via: text("via").notNull().$type<"reporter" | "notified" | "member">(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.incidentId, t.personId, t.via] }),
    index("incident_access_person_idx").on(t.personId),
  ],
);

/** One step of the escalation chain for one case. */
export const incidentEscalations = pgTable(
  "incident_escalations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    incidentId: uuid("incident_id").notNull(),
    step: integer("step").notNull(),
    duty: text("duty").notNull(),
    scope: text("scope").notNull(),
    /** People told: [{personId, name, actingForPersonId}] (deputies act for absent principals). */
    targets: jsonb("targets")
      .$type<Array<{ personId: string; name: string; actingForPersonId: string | null }>>()
      .notNull()
      .default([]),
    status: text("status").notNull().$type<EscalationStatus>(),
    notifiedAt: timestamp("notified_at", { withTimezone: true }).notNull(),
    dueAt: timestamp("due_at", { withTimezone: true }).notNull(),
    acknowledgedAt: timestamp("acknowledged_at", { withTimezone: true }),
    acknowledgedByPersonId: uuid("acknowledged_by_person_id"),
    /** Set when a deputy (代行) acknowledged for an absent principal. */
    acknowledgedForPersonId: uuid("acknowledged_for_person_id"),
    note: text("note"),
    escalatedAt: timestamp("escalated_at", { withTimezone: true }),
    /** The deputy's report afterwards (事後報告) to the principal. */
    postReport: text("post_report"),
    postReportedAt: timestamp("post_reported_at", { withTimezone: true }),
  },
  (t) => [index("incident_escalations_incident_idx").on(t.incidentId, t.step)],
);

export const incidentTasks = pgTable(
  "incident_tasks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    incidentId: uuid("incident_id").notNull(),
    title: text("title").notNull(),
    assigneePersonId: uuid("assignee_person_id"),
    dueDate: date("due_date"),
    result: text("result"),
    doneAt: timestamp("done_at", { withTimezone: true }),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("incident_tasks_incident_idx").on(t.incidentId)],
);

/** Timeline: when something happened (occurredAt) vs when it was written down (recordedAt). */
export const incidentTimeline = pgTable(
  "incident_timeline",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    incidentId: uuid("incident_id").notNull(),
    kind: text("kind").notNull().$type<TimelineKind>(),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull(),
    text: text("text").notNull(),
    recordedByPersonId: uuid("recorded_by_person_id"),
  },
  (t) => [index("incident_timeline_incident_idx").on(t.incidentId, t.occurredAt)],
);

/** Affected assets: the asset id and a snapshot of its number, name and owning department. */
export const incidentAssets = pgTable(
  "incident_assets",
  {
    incidentId: uuid("incident_id").notNull(),
    assetId: uuid("asset_id").notNull(),
    assetNumber: text("asset_number").notNull(),
    assetName: text("asset_name").notNull(),
    departmentId: uuid("department_id"),
    note: text("note"),
    linkedByPersonId: uuid("linked_by_person_id"),
    linkedAt: timestamp("linked_at", { withTimezone: true }).notNull(),
    /**
     * Set when a decider of the case (CSIRT, CISO) linked an asset they may not open: why they
     * need to know it (#13 item 5). The grant shows the asset's number and name inside this case
     * only, to the case's deciders; it opens nothing elsewhere.
     */
    needToKnowReason: text("need_to_know_reason"),
  },
  (t) => [
    primaryKey({ columns: [t.incidentId, t.assetId] }),
    index("incident_assets_department_idx").on(t.departmentId),
  ],
);

/** Attachments of a report and evidence of a case, with SHA-256. */
export const incidentFiles = pgTable(
  "incident_files",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    incidentId: uuid("incident_id").notNull(),
    kind: text("kind").notNull().$type<FileKind>(),
    fileName: text("file_name").notNull(),
    contentType: text("content_type").notNull(),
    size: integer("size").notNull(),
    sha256: text("sha256").notNull(),
    content: bytea("content").notNull(),
    description: text("description"),
    uploadedByPersonId: uuid("uploaded_by_person_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("incident_files_incident_idx").on(t.incidentId)],
);

/** Chain of custody of an evidence item: who handed it to whom, when. Append-only. */
export const incidentCustody = pgTable(
  "incident_custody",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    fileId: uuid("file_id").notNull(),
    handedFrom: text("handed_from").notNull(),
    handedTo: text("handed_to").notNull(),
    handedAt: timestamp("handed_at", { withTimezone: true }).notNull(),
    note: text("note"),
    recordedByPersonId: uuid("recorded_by_person_id"),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("incident_custody_file_idx").on(t.fileId)],
);

/** Decision and sending of a report to one outside body of the profile. */
export const incidentOutsideReports = pgTable(
  "incident_outside_reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    incidentId: uuid("incident_id").notNull(),
    bodyKey: text("body_key").notNull(),
    decision: text("decision").notNull().$type<OutsideDecision>(),
    reason: text("reason"),
    sentOn: date("sent_on"),
    referenceNumber: text("reference_number"),
    decidedByPersonId: uuid("decided_by_person_id"),
    decidedAt: timestamp("decided_at", { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("incident_outside_reports_uq").on(t.incidentId, t.bodyKey)],
);

/** 再発防止策: stays tracked after the case closes, until done. */
export const incidentPreventionActions = pgTable(
  "incident_prevention_actions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    incidentId: uuid("incident_id").notNull(),
    title: text("title").notNull(),
    ownerPersonId: uuid("owner_person_id"),
    dueDate: date("due_date"),
    status: text("status").notNull().default("open").$type<"open" | "done">(),
    result: text("result"),
    doneAt: timestamp("done_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("incident_prevention_status_idx").on(t.status, t.incidentId)],
);

/** 違反: a violation of the policy by a person, and the measures taken. */
export const violations = pgTable(
  "violations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("person_id").notNull(),
    departmentId: uuid("department_id"),
    description: text("description").notNull(),
    occurredOn: date("occurred_on"),
    incidentId: uuid("incident_id"),
    reportedByPersonId: uuid("reported_by_person_id"),
    managerNotifiedAt: timestamp("manager_notified_at", { withTimezone: true }),
    /** [{personId, name}] of the department's managers told. */
    managersNotified: jsonb("managers_notified")
      .$type<Array<{ personId: string; name: string }>>()
      .notNull()
      .default([]),
    measures: text("measures"),
    rightsAction: text("rights_action").notNull().default("none").$type<"none" | "suspend" | "withdraw">(),
    rightsActionAt: timestamp("rights_action_at", { withTimezone: true }),
    rightsReason: text("rights_reason"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("violations_person_idx").on(t.personId),
    index("violations_department_idx").on(t.departmentId),
  ],
);

/**
 * 緊急時対応計画 as it was kept before it became a document of the documents module (migration
 * 0023 copied every version there; /api/emergency-plan reads and saves through that module now).
 * Kept, no longer written, so the copy can be checked against its source.
 */
export const emergencyPlans = pgTable(
  "emergency_plans",
  {
    version: integer("version").primaryKey(),
    content: jsonb("content").notNull(),
    note: text("note"),
    createdByPersonId: uuid("created_by_person_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("emergency_plans_created_idx").on(t.createdAt)],
);
