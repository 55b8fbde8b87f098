/**
 * The profile's `reports:` section (報告): whether the text requires a yearly report (年次報告)
 * and to whom, who prepares it and which duty approves (receives) it. Where the text requires
 * none (川崎市), the same report is available to the named duty and is marked as not required by
 * the text. Every rule cites its clause; server/modules/reports only follows this data.
 */
import { z } from "zod";
import { DUTY_KEYS, type Duty } from "../../common/duties";

const ClauseRef = z
  .string()
  .regex(/^[a-z0-9-]+:[^/\s]+(\/\S+)*$/, "clause must look like <catalog>:<document>/<path>");
const I18n = z.strictObject({ ja: z.string().min(1), en: z.string().min(1) });
const DutyKey = z.enum(DUTY_KEYS as [Duty, ...Duty[]]);

export const YearlyReportRule = z.strictObject({
  /** Does the text require a yearly report? false: available, marked 「本文上の義務なし」. */
  required: z.boolean(),
  title: I18n,
  /** To whom it goes (the committee, or the CISO where nothing is required). */
  recipient: I18n,
  /** Who generates it (organization-wide holders of this duty). */
  prepared_by: DutyKey,
  /** Who approves (receives) it: draft → approved by an organization-wide holder of this duty. */
  approver_duty: DutyKey,
  /** The snapshot date within the 年度's closing, MM-DD (3/31 unless the profile says otherwise). */
  default_snapshot: z
    .string()
    .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "MM-DD")
    .default("03-31"),
  /** The 機密性 level printed on every page of the report and its exports (a confidentiality level key). */
  marking: z.strictObject({ level: z.string().min(1), clause: ClauseRef }),
  /** Why (or why not): shown on the report's cover. */
  basis: I18n,
  /** The clause requiring it, or — when not required — the nearest clause the text has. */
  clause: ClauseRef,
  /** Further clauses the report answers (training, audit, self-inspection reports …). */
  also: z.array(ClauseRef).default([]),
});

/**
 * Exports of registers and lists (issue 20 item 3): the 機密性 level every exported file is marked
 * with at least (raised to the highest level of the records it holds), citing the clause that
 * classifies such administrative records.
 */
export const ExportsRule = z.strictObject({
  marking: z.strictObject({ level: z.string().min(1), clause: ClauseRef }),
});

// Without `exports`, files are marked at the yearly report's level at least.
export const ReportsSection = z.strictObject({ yearly: YearlyReportRule, exports: ExportsRule.optional() });

export type YearlyReportRuleT = z.infer<typeof YearlyReportRule>;
export type ExportsRuleT = z.infer<typeof ExportsRule>;
export type ReportsSectionT = z.infer<typeof ReportsSection>;
