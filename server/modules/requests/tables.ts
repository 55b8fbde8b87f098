import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import type { CompleteInput } from "./domain/completion";

/**
 * 申請・承認 — requests for the permissions the profile demands, their decisions, and the carry-out / bring-in register (持ち出し・持ち込み記録) that
 * requests write. `carry_out_log` is append-only (a trigger refuses UPDATE and DELETE; a
 * correction is a new row whose `corrects_id` names the row it corrects). Other modules may READ
 * these tables through server/db/schema; only this module writes them.
 */

/**
 * The values of a request's fields by key, as its kind's fields (the profile) type them: text,
 * dates and choices as text, numbers, yes/no; null for left empty (schema.ts Fields writes only these).
 */
export type RequestFieldValues = Record<string, string | number | boolean | null>;

/** What completing a request recorded (domain/completion.ts per follow-up), who did, and the post-report. */
export type RequestCompletion = CompleteInput & { completedBy?: string; postReport?: string };

export const REQUEST_STATUSES = [
  "draft",
  "submitted",
  "approved",
  "rejected",
  "returned",
  "in_effect",
  "completed",
  "expired",
  "cancelled",
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** One approver step as resolved when the request was submitted (duty + scope → people). */
export interface ResolvedStep {
  step: number;
  duty: string;
  scope: string;
  /** The unit the duty must cover (null = organization). */
  scopeDepartmentId: string | null;
  candidates: Array<{ personId: string; name: string; deputyFor: string | null }>;
}

export const requests = pgTable(
  "requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Display number (申請番号), increasing. */
    number: bigserial("number", { mode: "number" }).notNull(),
    kind: text("kind").notNull(),
    status: text("status").notNull().$type<RequestStatus>().default("draft"),
    requesterPersonId: uuid("requester_person_id").notNull(),
    /** The requester's department, which is also the owner department of every asset concerned. */
    departmentId: uuid("department_id").notNull(),
    bureauId: uuid("bureau_id"),
    fields: jsonb("fields").$type<RequestFieldValues>().notNull().default({}),
    approvalRequired: boolean("approval_required").notNull(),
    basis: jsonb("basis").$type<Array<{ clause: string; text: string }>>().notNull().default([]),
    /** The chain from the profile: [{step, duty, scope}]; resolved to people in `resolved`. */
    approvers: jsonb("approvers")
      .$type<Array<{ step: number; duty: string; scope: string }>>()
      .notNull()
      .default([]),
    resolved: jsonb("resolved").$type<ResolvedStep[]>().notNull().default([]),
    /** The approver step waiting for a decision (1-based); 0 when none. */
    currentStep: integer("current_step").notNull().default(0),
    encryptionRequired: boolean("encryption_required").notNull().default(false),
    encryptionClause: text("encryption_clause"),
    /** Emergency exception taken first and reported after (事後報告). */
    emergency: boolean("emergency").notNull().default(false),
    postReportDueAt: timestamp("post_report_due_at", { withTimezone: true }),
    postReportedAt: timestamp("post_reported_at", { withTimezone: true }),
    /** Start of the act (carry-out date, validity start). */
    startsAt: timestamp("starts_at", { withTimezone: true }),
    /** Return due (carry-out) or end of validity (exception, permission). */
    endsAt: timestamp("ends_at", { withTimezone: true }),
    /**
     * When the return report (carry-out) is due: the return due time, plus the profile's
     * `follow_ups.return_report.due_days` where it states them (川崎市 第4章1(5)エ(オ) 帰庁後速やかに: 1 day).
     */
    returnReportDueAt: timestamp("return_report_due_at", { withTimezone: true }),
    /** The return report (carry-out): when reported, and when the approver confirmed nothing is missing. */
    returnedAt: timestamp("returned_at", { withTimezone: true }),
    returnConfirmedAt: timestamp("return_confirmed_at", { withTimezone: true }),
    returnConfirmedByPersonId: uuid("return_confirmed_by_person_id"),
    /** Facts recorded at completion (disposal method/date/person/evidence, return report …). */
    completion: jsonb("completion").$type<RequestCompletion>(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    inEffectAt: timestamp("in_effect_at", { withTimezone: true }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    /** Number of escalations of an overdue return / post-report (reminders first, then up the chain). */
    overdueNotices: integer("overdue_notices").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("requests_requester_idx").on(t.requesterPersonId, t.createdAt),
    index("requests_department_idx").on(t.departmentId, t.status),
    index("requests_status_idx").on(t.status, t.endsAt),
    // "Awaiting my approval" for bureau-scoped approvers (the rule lives in JSON, so the step
    // holder predicate narrows by unit and status first).
    index("requests_bureau_idx").on(t.bureauId, t.status),
    // Overdue follow-ups (queries.followUpSql "late", counted on the steering overview): the two
    // branches of the condition, each a small partial index, so the count reads the few
    // candidates (a BitmapOr) instead of every request.
    // By kind first: only carry-outs are returned, and the count reads the heap of those alone.
    index("requests_return_due_idx")
      .on(t.kind, t.returnReportDueAt)
      .where(sql`${t.status} = 'in_effect' and ${t.returnedAt} is null`),
    index("requests_post_report_due_idx")
      .on(t.postReportDueAt)
      .where(sql`${t.emergency} and ${t.postReportedAt} is null`),
  ],
);

/**
 * Requests counted per department and status for the steering overview, kept by statement
 * triggers on `requests` (migration 0035): an organization-wide viewer's figure reads these few
 * rows instead of every request. Derived, so never backed up (restoring the requests rebuilds it).
 */
export const requestOverviewCounts = pgTable(
  "request_overview_counts",
  {
    departmentId: uuid("department_id").notNull(),
    status: text("status").notNull(),
    n: integer("n").notNull(),
  },
  (t) => [unique("request_overview_counts_key").on(t.departmentId, t.status)],
);

/** The assets a request concerns, with the facts the decision rested on (snapshot). */
export const requestAssets = pgTable(
  "request_assets",
  {
    requestId: uuid("request_id").notNull(),
    assetId: uuid("asset_id").notNull(),
    snapshot: jsonb("snapshot").$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.assetId] }), index("request_assets_asset_idx").on(t.assetId)],
);

/** Every decision on a request: approve / reject / return, with the deputy and override facts. */
export const requestDecisions = pgTable(
  "request_decisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id").notNull(),
    step: integer("step").notNull(),
    duty: text("duty").notNull(),
    decision: text("decision").notNull().$type<"approved" | "rejected" | "returned" | "return_confirmed">(),
    personId: uuid("person_id").notNull(),
    /** The principal when decided as a deputy (代行). */
    actingForPersonId: uuid("acting_for_person_id"),
    /** やむを得ない場合: the requester decided their own request; the reason is required. */
    override: boolean("override").notNull().default(false),
    overrideReason: text("override_reason"),
    comment: text("comment"),
    decidedAt: timestamp("decided_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("request_decisions_request_idx").on(t.requestId),
    index("request_decisions_override_idx").on(t.override).where(sql`${t.override}`),
  ],
);

export const CARRY_OUT_EVENTS = [
  "permitted",
  "carried_out",
  "returned",
  "return_confirmed",
  "brought_in",
  "transported",
  "correction",
] as const;
export type CarryOutEvent = (typeof CARRY_OUT_EVENTS)[number];

/** 持ち出し・持ち込み記録: append-only, one row per step of each asset's carry-out or bring-in. */
export const carryOutLog = pgTable(
  "carry_out_log",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    seq: bigserial("seq", { mode: "number" }).notNull(),
    requestId: uuid("request_id"),
    assetId: uuid("asset_id"),
    assetLabel: text("asset_label").notNull(),
    event: text("event").notNull().$type<CarryOutEvent>(),
    departmentId: uuid("department_id").notNull(),
    /** The person who carries the asset out or brings it in. */
    personId: uuid("person_id").notNull(),
    destination: text("destination"),
    purpose: text("purpose"),
    dueAt: timestamp("due_at", { withTimezone: true }),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
    note: text("note"),
    /** A correction names the row it corrects. */
    correctsId: uuid("corrects_id"),
    recordedByPersonId: uuid("recorded_by_person_id"),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("carry_out_log_department_idx").on(t.departmentId, t.occurredAt),
    index("carry_out_log_request_idx").on(t.requestId),
  ],
);
