import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { AudienceSpec } from "./domain/audience";

/**
 * 文書・周知: the policy documents (基本方針, 対策基準, 実施手順, 緊急時対応計画 …), each of a kind
 * the profile names, their versions (draft → approved → published → superseded; 施行日 apart from
 * the approval date) and each person's read acknowledgement of a version.
 */
export const VERSION_STATES = ["draft", "approved", "published", "superseded"] as const;
export type VersionState = (typeof VERSION_STATES)[number];
export const ACK_METHODS = ["self", "paper"] as const;
export type AckMethod = (typeof ACK_METHODS)[number];

export const documents = pgTable(
  "documents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The profile's documents.kinds key. */
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    /** The 課 a department-kind document belongs to; null for an organization-wide document. */
    departmentId: uuid("department_id"),
    /** The information system a procedure covers (free text: the system's name in the register). */
    systemName: text("system_name"),
    audience: jsonb("audience").notNull().$type<AudienceSpec>(),
    /** Set once when data of another module became this document (e.g. "incidents.emergency_plan"). */
    origin: text("origin"),
    /** The next evaluation (the profile's review cycle), counted from the last publication or review. */
    reviewDueOn: date("review_due_on"),
    lastReviewedAt: timestamp("last_reviewed_at", { withTimezone: true }),
    createdByPersonId: uuid("created_by_person_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("documents_department_idx").on(t.departmentId),
    uniqueIndex("documents_origin_uq").on(t.origin).where(sql`${t.origin} is not null`),
  ],
);

export const documentVersions = pgTable(
  "document_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    documentId: uuid("document_id").notNull(),
    /** 版: 1, 2, 3 … per document. */
    number: integer("number").notNull(),
    body: text("body").notNull(),
    /** What changed, in a sentence (改正理由). */
    changeSummary: text("change_summary"),
    /** A material change asks everyone in the audience to acknowledge again. */
    materialChange: boolean("material_change").notNull(),
    state: text("state").notNull().$type<VersionState>(),
    /** 施行日: the day the version takes effect (not the approval date). */
    effectiveOn: date("effective_on"),
    approvedAt: timestamp("approved_at", { withTimezone: true }),
    approvedByPersonId: uuid("approved_by_person_id"),
    /** The duty and clause under which it was approved (the profile's rule at the time). */
    approvedDuty: text("approved_duty"),
    approvedClause: text("approved_clause"),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    publishedByPersonId: uuid("published_by_person_id"),
    supersededAt: timestamp("superseded_at", { withTimezone: true }),
    /** Structured content kept from where the version came from (the emergency plan's sections). */
    content: jsonb("content"),
    createdByPersonId: uuid("created_by_person_id"),
    /**
     * Everyone who edited the draft after its drafter (兼務の禁止: none of them approves it — the
     * version is their work too; documents/access.ts versionApproval).
     */
    editedByPersonIds: uuid("edited_by_person_ids").array().notNull().default(sql`'{}'::uuid[]`),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("document_versions_number_uq").on(t.documentId, t.number),
    index("document_versions_state_idx").on(t.state),
    // One published version per document at a time (publishing supersedes the previous one).
    uniqueIndex("document_versions_published_uq").on(t.documentId).where(sql`${t.state} = 'published'`),
  ],
);

export const documentAcknowledgements = pgTable(
  "document_acknowledgements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    documentId: uuid("document_id").notNull(),
    versionId: uuid("version_id").notNull(),
    versionNumber: integer("version_number").notNull(),
    personId: uuid("person_id").notNull(),
    /** self: in the app; paper: signed on paper, entered by the person's 課長. */
    method: text("method").notNull().$type<AckMethod>(),
    /** The day on the paper (paper only). */
    signedOn: date("signed_on"),
    recordedByPersonId: uuid("recorded_by_person_id").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("document_acks_person_version_uq").on(t.versionId, t.personId),
    index("document_acks_document_person_idx").on(t.documentId, t.personId),
  ],
);
