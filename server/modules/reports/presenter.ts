/**
 * How a yearly report is shown (screen, PDF, .xlsx): the frozen rule's words, 和暦 with 西暦, the
 * 機密性 marking in the profile's own label, and what the viewer may do with it.
 */
import { formatDateJa, formatFiscalYear } from "../../../common/calendar";
import { DUTIES, type Duty } from "../../../common/duties";
import {
  REPORT_MODULE_TITLES,
  REPORT_MODULES,
  type ReportModule,
  type ReportTable,
} from "../../../common/yearly-report";
import { serialize } from "../../access";
import type { Actor } from "../../http/context";
import type { Profile } from "../../profile";
import type { YearlyReportRuleT } from "../../profile/reports-schema";
import { ruleRef } from "./commands/generate";
import type { YearlyReportRow } from "./queries";

/** "機密性2" — the marking printed on every page (the profile's label of the rule's level). */
export function markingText(profile: Profile, rule: YearlyReportRuleT): string {
  const level = profile.classification.confidentiality.levels.find((l) => l.key === rule.marking.level);
  return level?.label ?? `機密性 ${rule.marking.level}`;
}

export function presentReport(
  row: YearlyReportRow,
  profile: Profile,
  actor: Actor,
  names: Map<string, string>,
) {
  const rule = row.rule as unknown as YearlyReportRuleT;
  const policies = serialize(actor, "yearly_report", ruleRef(rule, row.state));
  return {
    id: row.id,
    fiscalYear: row.fiscalYear,
    fiscalYearLabel: formatFiscalYear(row.fiscalYear),
    asOf: row.asOf,
    asOfLabel: formatDateJa(row.asOf),
    state: row.state,
    required: rule.required,
    title: rule.title,
    recipient: rule.recipient,
    basis: rule.basis,
    approverDuty: rule.approver_duty,
    approverDutyLabel: DUTIES[rule.approver_duty as Duty] ?? { ja: "承認者", en: "Approver" },
    marking: markingText(profile, rule),
    organizationName: row.organizationName,
    generatedByName: names.get(row.generatedByPersonId) ?? null,
    generatedAt: row.generatedAt.toISOString(),
    approvedByName: row.approvedByPersonId ? (names.get(row.approvedByPersonId) ?? null) : null,
    approvedAt: row.approvedAt?.toISOString() ?? null,
    approvalOverrideReason: row.approvalOverrideReason,
    clause: rule.clause,
    also: rule.also ?? [],
    policies: {
      read: policies.read === true,
      generate: policies.generate === true,
      approve: policies.approve === true,
    },
  };
}

export interface FigureRow {
  module: ReportModule;
  key: string;
  label: { ja: string; en: string };
  count: number;
}

/** Figures and tables grouped into the report's sections, in the report's order. */
export function presentSections(figures: FigureRow[], tables: Array<ReportTable & { module: ReportModule }>) {
  return REPORT_MODULES.map((module) => ({
    module,
    title: REPORT_MODULE_TITLES[module],
    figures: figures
      .filter((f) => f.module === module)
      .map(({ key, label, count }) => ({ key, label, count })),
    tables: tables.filter((t) => t.module === module).map(({ key, title, rows }) => ({ key, title, rows })),
  })).filter((s) => s.figures.length || s.tables.length);
}
