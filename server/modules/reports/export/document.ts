/**
 * The yearly report as one printable document, the same for the PDF and the .xlsx: the cover
 * lines (organization, 年度 and snapshot date in 和暦 with 西暦, recipient, state, the profile's
 * basis — marked 「本文上の義務なし」 where the text requires no report), the sections with their
 * figures and breakdowns, and the audit log's signed head.
 */
import { formatDateTimeJa } from "../../../../common/calendar";
import type { YearlyReportRuleT } from "../../../profile/reports-schema";
import type { presentReport, presentSections } from "../presenter";
import type { YearlyReportRow } from "../queries";

export const NOT_REQUIRED_MARK = "本文上の義務なし / not required by the text";

export interface YearlyDocument {
  title: string;
  organizationName: string;
  marking: string;
  notRequired: boolean;
  lines: string[];
  sections: ReturnType<typeof presentSections>;
  signedHead: string | null;
}

export function yearlyDocument(
  row: YearlyReportRow,
  view: ReturnType<typeof presentReport>,
  sections: ReturnType<typeof presentSections>,
): YearlyDocument {
  const rule = row.rule as unknown as YearlyReportRuleT;
  const state =
    row.state === "approved"
      ? `承認済み / Approved — ${view.approvedByName ?? ""}（${view.approvedAt ? formatDateTimeJa(view.approvedAt) : ""}）`
      : "案（未承認） / Draft (not approved)";
  return {
    title: `${view.fiscalYearLabel} ${rule.title.ja}`,
    organizationName: row.organizationName,
    marking: view.marking,
    notRequired: !rule.required,
    lines: [
      `${row.organizationName}　${rule.title.ja} / ${rule.title.en}`,
      `対象年度 / Fiscal year: ${view.fiscalYearLabel}`,
      `基準日（スナップショット） / Snapshot date: ${view.asOfLabel}`,
      `報告先 / To: ${rule.recipient.ja} / ${rule.recipient.en}`,
      `承認 / Approval: ${view.approverDutyLabel.ja} / ${view.approverDutyLabel.en}　— ${state}`,
      ...(view.approvalOverrideReason
        ? [`やむを得ない理由 / Unavoidable reason: ${view.approvalOverrideReason}`]
        : []),
      `作成 / Generated: ${view.generatedByName ?? ""}（${formatDateTimeJa(row.generatedAt)}）`,
      `根拠 / Basis: ${rule.basis.ja}（${[rule.clause, ...(rule.also ?? [])].join("、")}）`,
      ...(rule.required ? [] : [`${NOT_REQUIRED_MARK}: ${rule.basis.en}`]),
      "数値は基準日時点で固定され、後の記録の変更では変わりません。 / Figures are frozen as of the snapshot date.",
    ],
    sections,
    signedHead: (row.signedHead as { printable?: string } | null)?.printable ?? null,
  };
}
