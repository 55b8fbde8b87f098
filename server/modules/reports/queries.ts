/**
 * Reads of yearly reports: the list, one report with its figures (counts only), and the records
 * behind one figure — a page of the frozen ids, presented by the owning module's face with the
 * viewer's rights (a record the viewer may not see is left out, never named).
 */
import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { ReportModule, ReportRecord } from "../../../common/yearly-report";
import type { DbOrTx } from "../../db/client";
import type { Actor } from "../../http/context";
import { notFound } from "../../http/errors";
import type { Profile } from "../../profile";
import { accountYearlyRecords } from "../accounts";
import { assetYearlyRecords } from "../assets";
import { assuranceYearlyRecords } from "../assurance";
import { incidentYearlyRecords } from "../incidents";
import { requestYearlyRecords } from "../requests";
import { softwareYearlyRecords } from "../software";
import { supplierYearlyRecords } from "../suppliers";
import { trainingYearlyRecords } from "../training";
import { YEARLY_REPORT } from "./commands/approve";
import { yearlyReportFigures, yearlyReports } from "./tables";

export type YearlyReportRow = typeof yearlyReports.$inferSelect;

export async function listYearlyReports(db: DbOrTx, profileId: string) {
  return db
    .select()
    .from(yearlyReports)
    .where(eq(yearlyReports.profileId, profileId))
    .orderBy(desc(yearlyReports.fiscalYear), desc(yearlyReports.generatedAt))
    .limit(200);
}

export async function loadYearlyReport(db: DbOrTx, profileId: string, id: string) {
  const [row] = await db
    .select()
    .from(yearlyReports)
    .where(and(eq(yearlyReports.id, id), eq(yearlyReports.profileId, profileId)));
  if (!row) throw notFound(YEARLY_REPORT);
  return row;
}

/** The figures of a report in order, without their record ids. */
export async function reportFigures(db: DbOrTx, reportId: string) {
  return db
    .select({
      module: yearlyReportFigures.module,
      key: yearlyReportFigures.key,
      label: yearlyReportFigures.label,
      count: yearlyReportFigures.count,
    })
    .from(yearlyReportFigures)
    .where(eq(yearlyReportFigures.reportId, reportId))
    .orderBy(asc(yearlyReportFigures.ordinal));
}

/** One figure with one page of its frozen record ids (1-based slice in SQL). */
export async function figurePage(db: DbOrTx, reportId: string, key: string, offset: number, limit: number) {
  const [row] = await db
    .select({
      module: yearlyReportFigures.module,
      key: yearlyReportFigures.key,
      label: yearlyReportFigures.label,
      count: yearlyReportFigures.count,
      ids: sql<
        string[]
      >`coalesce(${yearlyReportFigures.recordIds}[${offset + 1}:${offset + limit}], '{}'::uuid[])::text[]`,
    })
    .from(yearlyReportFigures)
    .where(and(eq(yearlyReportFigures.reportId, reportId), eq(yearlyReportFigures.key, key)));
  if (!row) throw notFound({ ja: "数値", en: "The figure" });
  return row;
}

/** The records behind a figure as the viewer may see them, through the owning module's face. */
export async function figureRecords(
  db: DbOrTx,
  actor: Actor,
  profile: Profile,
  module: ReportModule,
  key: string,
  ids: string[],
): Promise<ReportRecord[]> {
  switch (module) {
    case "assets":
      return assetYearlyRecords(db, actor, profile, ids);
    case "requests":
      return requestYearlyRecords(db, actor, profile, ids);
    case "incidents":
      return incidentYearlyRecords(db, actor, ids);
    case "training":
      return trainingYearlyRecords(db, actor, profile, key, ids);
    case "assurance":
      return assuranceYearlyRecords(db, actor, profile, key, ids);
    case "suppliers":
      return supplierYearlyRecords(db, actor, key, ids);
    case "accounts":
      return accountYearlyRecords(db, actor, key, ids);
    case "software":
      return softwareYearlyRecords(db, actor, key, ids);
  }
}
