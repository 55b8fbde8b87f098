import { sql } from "drizzle-orm";
import {
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
import type { I18nText, ReportModule, ReportTable } from "../../../common/yearly-report";

/**
 * 年次報告 (yearly report). A report is generated once from a snapshot frozen at its date: every
 * figure with the ids of the records it counts is stored in `yearly_report_figures`, the breakdowns
 * and the audit log's signed head in the report row. Nothing here is ever updated except the
 * report's state (draft → approved); triggers refuse any other change, so a record changed later
 * cannot change a report.
 */
export const YEARLY_REPORT_STATES = ["draft", "approved"] as const;
export type YearlyReportState = (typeof YEARLY_REPORT_STATES)[number];

export interface SignedHeadSnapshot {
  seq: number;
  eventId: number;
  hash: string;
  occurredAt: string;
  signedAt: string;
  signature: string;
  printable: string;
}

export const yearlyReports = pgTable(
  "yearly_reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    profileId: text("profile_id").notNull(),
    fiscalYear: integer("fiscal_year").notNull(),
    /** The snapshot date (JST calendar day, inclusive). */
    asOf: date("as_of").notNull(),
    /** The profile's rule when generated: required or not, recipient, approver, clauses. */
    rule: jsonb("rule").$type<Record<string, unknown>>().notNull(),
    organizationName: text("organization_name").notNull(),
    tables: jsonb("tables").$type<Array<ReportTable & { module: ReportModule }>>().notNull(),
    signedHead: jsonb("signed_head").$type<SignedHeadSnapshot | null>(),
    state: text("state").notNull().$type<YearlyReportState>().default("draft"),
    generatedByPersonId: uuid("generated_by_person_id").notNull(),
    generatedAt: timestamp("generated_at", { withTimezone: true }).notNull(),
    approvedByPersonId: uuid("approved_by_person_id"),
    approvedAt: timestamp("approved_at", { withTimezone: true }),
    /** Why the preparer had to approve their own report (やむを得ない場合), when they did. */
    approvalOverrideReason: text("approval_override_reason"),
  },
  (t) => [index("yearly_reports_year_idx").on(t.profileId, t.fiscalYear)],
);

export const yearlyReportFigures = pgTable(
  "yearly_report_figures",
  {
    reportId: uuid("report_id").notNull(),
    module: text("module").notNull().$type<ReportModule>(),
    key: text("key").notNull(),
    ordinal: integer("ordinal").notNull(),
    label: jsonb("label").$type<I18nText>().notNull(),
    count: integer("count").notNull(),
    recordIds: uuid("record_ids").array().notNull().default(sql`'{}'::uuid[]`),
  },
  (t) => [uniqueIndex("yearly_report_figures_key_uq").on(t.reportId, t.key)],
);
