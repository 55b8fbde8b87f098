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
