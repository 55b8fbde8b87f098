import { date, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** 人事異動: a batch of transfers effective on a date. */
export const transferBatches = pgTable("transfer_batches", {
  id: uuid("id").primaryKey().defaultRandom(),
  title: text("title").notNull(),
  effectiveDate: date("effective_date").notNull(),
  status: text("status").notNull().$type<"planned" | "applied" | "cancelled">(),
  /** How the batch was made: a form or an uploaded sheet (file name kept in `sourceFile`). */
  source: text("source").notNull().default("form").$type<"form" | "import">(),
  sourceFile: text("source_file"),
  createdBy: uuid("created_by"),
  appliedAt: timestamp("applied_at", { withTimezone: true }),
  appliedBy: uuid("applied_by"),
  cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
  cancelledBy: uuid("cancelled_by"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const transferItems = pgTable(
  "transfer_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    batchId: uuid("batch_id").notNull(),
    personId: uuid("person_id").notNull(),
    fromDepartmentId: uuid("from_department_id"),
    toDepartmentId: uuid("to_department_id"),
    newTitle: text("new_title"),
    /** Role changes: [{op:"add"|"remove", roleKey, scopeDepartmentId}] */
    roleChanges: jsonb("role_changes").notNull().default([]),
    /** What the person owned or had to approve that now needs a new holder (filled on apply). */
    handover: jsonb("handover").notNull().default([]),
  },
  (t) => [index("transfer_items_batch_idx").on(t.batchId)],
);

/** A person the directory (LDAP/AD) speaks for: linked by 職員番号 at the first applied sync. */
export const directoryLinks = pgTable("directory_links", {
  personId: uuid("person_id").primaryKey(),
  dn: text("dn").notNull(),
  linkedAt: timestamp("linked_at", { withTimezone: true }).notNull(),
  /** The last applied run that found the person in the directory. */
  lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull(),
});

/**
 * One directory sync: the dry run's differences (kept, never rewritten), approved and applied
 * later by a person; a run whose directory answer differs at apply time is refused.
 */
export const directorySyncRuns = pgTable(
  "directory_sync_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    status: text("status").notNull().$type<"previewed" | "applied" | "failed">(),
    /** Who asked for the dry run (null: the scheduled job). */
    createdBy: uuid("created_by"),
    /** The plan (server/modules/org/directory-sync/plan.ts) and its SHA-256. */
    plan: jsonb("plan"),
    digest: text("digest"),
    /** The directory could not be read: the error shown. */
    failure: jsonb("failure"),
    appliedAt: timestamp("applied_at", { withTimezone: true }),
    appliedBy: uuid("applied_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("directory_sync_runs_created_idx").on(t.createdAt)],
);

/**
 * 休職・退職 (leave, retirement) of one person, effective on a date: planned, then applied on or
 * after that date (access ends: login disabled, sessions ended, role assignments and deputy
 * arrangements ended, the person inactive) or cancelled. The handover lists what was ended and
 * what the old 課's manager must reassign (assets, open requests), kept as it was on the day.
 */
export const separations = pgTable(
  "separations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("person_id").notNull(),
    kind: text("kind").notNull().$type<"leave" | "retirement">(),
    /** First day the person no longer works (退職日の翌日 / 休職の発令日). */
    effectiveDate: date("effective_date").notNull(),
    /** Expected return from leave (informational; a return is a new role assignment and login). */
    expectedReturn: date("expected_return"),
    note: text("note"),
    status: text("status").notNull().$type<"planned" | "applied" | "cancelled">(),
    /** The department the person left (set on apply). */
    fromDepartmentId: uuid("from_department_id"),
    handover: jsonb("handover").notNull().default([]),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    appliedAt: timestamp("applied_at", { withTimezone: true }),
    appliedBy: uuid("applied_by"),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    cancelledBy: uuid("cancelled_by"),
  },
  (t) => [
    index("separations_person_idx").on(t.personId),
    index("separations_status_idx").on(t.status, t.effectiveDate),
  ],
);
