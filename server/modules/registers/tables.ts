import { sql } from "drizzle-orm";
import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * 記録簿 — the books the policy requires, in one append-only table (a trigger refuses UPDATE and
 * DELETE). Each register's fields are a strict schema in ./domain/registers.ts; the common facts
 * (when, which department, who, which asset) are columns so lists filter in SQL.
 *
 * - a correction is a new entry whose `corrects_id` names the entry it corrects;
 * - an entry that ends an earlier one (exit from a management area, return of a lent medium,
 *   the second person's confirmation of a work record) names it in `closes_id`.
 * The carry-out / bring-in register is written by the requests module (table carry_out_log).
 */
export const REGISTER_KEYS = [
  "disposal_log",
  "area_access_log",
  "media_loan_log",
  "work_log",
  "failure_log",
  "data_handover_log",
] as const;
export type RegisterKey = (typeof REGISTER_KEYS)[number];

export const registerEntries = pgTable(
  "register_entries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    seq: bigserial("seq", { mode: "number" }).notNull(),
    register: text("register").notNull().$type<RegisterKey>(),
    /** in, out, lend, return, record, confirm, correction … (per register). */
    entryType: text("entry_type").notNull(),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
    departmentId: uuid("department_id").notNull(),
    /** The person the entry is about (担当者, the person entering, the borrower …). */
    personId: uuid("person_id"),
    assetId: uuid("asset_id"),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    correctsId: uuid("corrects_id"),
    closesId: uuid("closes_id"),
    /** Set when the entry was written for a request (via the registers.append job). */
    sourceRequestId: uuid("source_request_id"),
    recordedByPersonId: uuid("recorded_by_person_id"),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("register_entries_register_idx").on(t.register, t.departmentId, t.occurredAt),
    index("register_entries_closes_idx").on(t.closesId),
    // "Not corrected" (open entries: unreturned media, work records to confirm) probes this.
    index("register_entries_corrects_idx").on(t.correctsId),
    // Work records waiting for a given second person to confirm (the dashboard, ?state=to_confirm).
    index("register_entries_second_person_idx")
      .on(sql`(data->>'secondPersonId')`)
      .where(sql`register = 'work_log'`),
    index("register_entries_source_idx").on(t.sourceRequestId),
  ],
);
