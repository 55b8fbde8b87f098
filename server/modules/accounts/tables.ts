import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

/**
 * ID管理 — information systems (from the asset register) and the IDs in each, IC cards. Never
 * imported by another module: they read through ./index.ts.
 */

/** A system of the asset register (kind system) whose IDs are managed here. */
export const accountSystems = pgTable(
  "account_systems",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The asset (kind system), read through the assets face. */
    assetId: uuid("asset_id").notNull(),
    /** The owner department (the asset's department when registered; lists filter by it in SQL). */
    departmentId: uuid("department_id").notNull(),
    /** The system's administrator: receives removal tasks. */
    administratorPersonId: uuid("administrator_person_id"),
    /** Whose staff may hold IDs: the whole organization, or the listed 課 (default: the owner). */
    userScope: text("user_scope").notNull().$type<"organization" | "departments">().default("departments"),
    userDepartmentIds: uuid("user_department_ids").array().notNull().default(sql`'{}'::uuid[]`),
    note: text("note"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("account_systems_asset_uq").on(t.assetId),
    index("account_systems_dept_idx").on(t.departmentId),
  ],
);

export const HOLDER_KINDS = ["person", "shared", "system"] as const;
export type HolderKind = (typeof HOLDER_KINDS)[number];
export const ACCOUNT_STATES = ["active", "suspended", "removed"] as const;
export type AccountState = (typeof ACCOUNT_STATES)[number];
export const DELETION_OUTCOMES = ["removed", "suspended", "declined"] as const;
export type DeletionOutcome = (typeof DELETION_OUTCOMES)[number];

/** One ID in one system. */
export const systemAccounts = pgTable(
  "system_accounts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    systemId: uuid("system_id").notNull(),
    /** The system's owner department (copied; lists filter by it in SQL). */
    departmentId: uuid("department_id").notNull(),
    loginName: text("login_name").notNull(),
    holderKind: text("holder_kind").notNull().$type<HolderKind>(),
    /** The person it belongs to (holderKind person); null = nobody known (a finding). */
    personId: uuid("person_id"),
    privileged: boolean("privileged").notNull().default(false),
    role: text("role"),
    createdOn: date("created_on"),
    lastUsedOn: date("last_used_on"),
    state: text("state").notNull().$type<AccountState>().default("active"),
    /** What approved a privileged ID (request number, decision, document). */
    approvalRef: text("approval_ref"),
    /** A privileged ID's initial (vendor default) name and when it was changed (7.2(1)③(カ)). */
    renamedFrom: text("renamed_from"),
    renamedOn: date("renamed_on"),
    /** The connection time limit set for a privileged ID, in minutes (7.2(5)). */
    connectionLimitMinutes: integer("connection_limit_minutes"),
    /** operation, or development: deleted when development ends (7.3(2)②). */
    purpose: text("purpose").notNull().$type<"operation" | "development">().default("operation"),
    developmentEndsOn: date("development_ends_on"),
    note: text("note"),
    /** How it came: by hand or from an imported user list (file name). */
    source: text("source").notNull().default("manual"),
    /**
     * The holder asked for the ID's deletion (西原村 7.2(1)②(イ): staff tell the administrators of
     * IDs they no longer need); the administrator removes it (state removed) or keeps it.
     */
    deletionRequestedAt: timestamp("deletion_requested_at", { withTimezone: true }),
    deletionReason: text("deletion_reason"),
    /**
     * What became of the ask: the keeper removed or suspended the ID, or declined with a reason
     * (deletionNote). Null while the ask is open; the holder sees the outcome on "my accounts".
     */
    deletionOutcome: text("deletion_outcome").$type<DeletionOutcome>(),
    deletionDecidedAt: timestamp("deletion_decided_at", { withTimezone: true }),
    deletionDecidedBy: uuid("deletion_decided_by"),
    deletionNote: text("deletion_note"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("system_accounts_login_uq").on(t.systemId, t.loginName),
    index("system_accounts_dept_idx").on(t.departmentId),
    index("system_accounts_person_idx").on(t.personId),
  ],
);

export const CARD_STATES = ["issued", "lost", "returned", "destroyed"] as const;
export type CardState = (typeof CARD_STATES)[number];

/** An IC card (認証用 ICカード等): issued to a person or shared (managed by a department). */
export const icCards = pgTable(
  "ic_cards",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    cardNumber: text("card_number").notNull(),
    /** The holder; null for a shared card. */
    personId: uuid("person_id"),
    /** The holder's department, or the department managing a shared card. */
    departmentId: uuid("department_id").notNull(),
    issuedOn: date("issued_on").notNull(),
    state: text("state").notNull().$type<CardState>().default("issued"),
    lostAt: timestamp("lost_at", { withTimezone: true }),
    lostReportedBy: uuid("lost_reported_by"),
    /** The incident opened for the loss (incidents module). */
    incidentId: uuid("incident_id"),
    /** The card that replaced this one, and how the old card was destroyed. */
    replacedById: uuid("replaced_by_id"),
    destroyedAt: timestamp("destroyed_at", { withTimezone: true }),
    destroyMethod: text("destroy_method"),
    returnedAt: timestamp("returned_at", { withTimezone: true }),
    note: text("note"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("ic_cards_number_uq").on(t.cardNumber),
    index("ic_cards_person_idx").on(t.personId),
    index("ic_cards_dept_idx").on(t.departmentId),
  ],
);

export const REVIEW_STATES = ["open", "closed"] as const;
export const REVIEW_DECISIONS = ["keep", "change", "remove"] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/**
 * An ID review campaign (ID棚卸し) over some systems. Started by hand or, once a first campaign
 * exists, by the daily job when the profile's cycle has passed since the last one.
 */
export const accountReviews = pgTable("account_reviews", {
  id: uuid("id").primaryKey().defaultRandom(),
  title: text("title").notNull(),
  startedOn: date("started_on").notNull(),
  dueOn: date("due_on").notNull(),
  state: text("state").notNull().$type<(typeof REVIEW_STATES)[number]>().default("open"),
  /** Null when the daily job started it (the profile's cycle). */
  startedBy: uuid("started_by"),
  systemIds: uuid("system_ids").array().notNull(),
  /** The clause the campaign follows (the profile's review rule at the start). */
  clause: text("clause").notNull(),
  remindedBeforeAt: timestamp("reminded_before_at", { withTimezone: true }),
  remindedOverdueAt: timestamp("reminded_overdue_at", { withTimezone: true }),
  closedAt: timestamp("closed_at", { withTimezone: true }),
  closedBy: uuid("closed_by"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One ID in one campaign: the ID as it was at the start (so the result stays evidence when the
 * ID later changes), what the reconciliation found then, how it differs from the previous
 * campaign, the reviewer's decision, and — for change/remove — the administrator's task.
 */
export const accountReviewItems = pgTable(
  "account_review_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    reviewId: uuid("review_id").notNull(),
    systemId: uuid("system_id").notNull(),
    /** The system's owner department at the start (lists filter by it in SQL). */
    departmentId: uuid("department_id").notNull(),
    accountId: uuid("account_id").notNull(),
    loginName: text("login_name").notNull(),
    holderKind: text("holder_kind").notNull().$type<HolderKind>(),
    personId: uuid("person_id"),
    privileged: boolean("privileged").notNull(),
    role: text("role"),
    lastUsedOn: date("last_used_on"),
    findings: text("findings").array().notNull().default(sql`'{}'::text[]`),
    /** Against the previous campaign over this system: added, privilege_changed, or null. */
    sinceLast: text("since_last").$type<"added" | "privilege_changed">(),
    decision: text("decision").$type<ReviewDecision>(),
    reason: text("reason"),
    decidedBy: uuid("decided_by"),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    taskDueOn: date("task_due_on"),
    taskDoneAt: timestamp("task_done_at", { withTimezone: true }),
    taskDoneBy: uuid("task_done_by"),
    taskNote: text("task_note"),
    taskRemindedAt: timestamp("task_reminded_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("account_review_items_uq").on(t.reviewId, t.accountId),
    index("account_review_items_system_idx").on(t.systemId, t.reviewId),
    index("account_review_items_dept_idx").on(t.departmentId),
  ],
);

export const CHECKOUT_STATES = ["out", "returned", "reviewed"] as const;
export type CheckoutState = (typeof CHECKOUT_STATES)[number];

/**
 * A privileged ID checked out for one task (西原村 7.2(5), 川崎市 第8章6(3)ウ): who, why, from–to,
 * the connection time limit in force when it was taken, the return with what was done, and the
 * keeper's review after use.
 */
export const privilegedCheckouts = pgTable(
  "privileged_checkouts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    accountId: uuid("account_id").notNull(),
    systemId: uuid("system_id").notNull(),
    /** The system's owner department (lists filter by it in SQL). */
    departmentId: uuid("department_id").notNull(),
    personId: uuid("person_id").notNull(),
    /** The deputy entry when a deputy (not the holder) took it. */
    deputyId: uuid("deputy_id"),
    purpose: text("purpose").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    connectionLimitMinutes: integer("connection_limit_minutes"),
    clause: text("clause").notNull(),
    state: text("state").notNull().$type<CheckoutState>().default("out"),
    returnedAt: timestamp("returned_at", { withTimezone: true }),
    workNote: text("work_note"),
    reviewDueOn: date("review_due_on").notNull(),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    reviewedBy: uuid("reviewed_by"),
    reviewNote: text("review_note"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("privileged_checkouts_account_idx").on(t.accountId, t.startsAt),
    index("privileged_checkouts_dept_idx").on(t.departmentId),
    index("privileged_checkouts_person_idx").on(t.personId),
  ],
);

/**
 * A deputy of a privileged ID (西原村 7.2(1)③(イ)): a person named in an approved request of the
 * profile's kind (accounts.privileged_ids.deputy.request_kind), for that request's period.
 */
export const privilegedDeputies = pgTable(
  "privileged_deputies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    accountId: uuid("account_id").notNull(),
    systemId: uuid("system_id").notNull(),
    departmentId: uuid("department_id").notNull(),
    personId: uuid("person_id").notNull(),
    requestId: uuid("request_id").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }),
    endsAt: timestamp("ends_at", { withTimezone: true }),
    clause: text("clause").notNull(),
    recordedBy: uuid("recorded_by").notNull(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("privileged_deputies_uq").on(t.accountId, t.requestId),
    index("privileged_deputies_person_idx").on(t.personId),
  ],
);
