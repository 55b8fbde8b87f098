/**
 * Approves a yearly report (draft → approved) by the duty the profile names (西原村: the
 * committee). The preparer approving their own report is refused unless the profile allows an
 * unavoidable case (requester_not_approver, やむを得ない場合を除き), nobody else holds the duty,
 * and a reason is recorded — as for requests.
 */
import { and, eq } from "drizzle-orm";
import { authorize } from "../../../access";
import { recordEvent } from "../../../audit/record";
import type { Db } from "../../../db/client";
import { holdersOf } from "../../../directory";
import type { RequestContext } from "../../../http/context";
import { AppError, conflict, notFound } from "../../../http/errors";
import type { Profile } from "../../../profile";
import type { YearlyReportRuleT } from "../../../profile/reports-schema";
import { yearlyReports } from "../tables";
import { ruleRef } from "./generate";

export const YEARLY_REPORT = { ja: "年次報告", en: "The yearly report" };

export async function approveYearlyReport(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  id: string,
  input: { overrideReason?: string },
  now: Date,
) {
  return db.transaction(async (tx) => {
    const [report] = await tx
      .select()
      .from(yearlyReports)
      .where(and(eq(yearlyReports.id, id), eq(yearlyReports.profileId, profile.id)))
      .for("update");
    if (!report) throw notFound(YEARLY_REPORT);
    // The rule frozen with the report decides who approves it.
    const rule = report.rule as unknown as YearlyReportRuleT;
    const ref = ruleRef(rule, report.state);
    authorize(ctx.actor, "read", "yearly_report", ref);
    if (report.state !== "draft")
      throw conflict(
        "already_approved",
        "この年次報告は承認済みです。",
        "This yearly report is already approved.",
      );
    const actor = authorize(ctx.actor, "approve", "yearly_report", ref);
    let override: string | null = null;
    if (report.generatedByPersonId === actor.personId) {
      const sod = profile.separation_of_duties.find((r) => r.kind === "requester_not_approver");
      const reason = input.overrideReason?.trim() ?? "";
      if (!reason)
        throw new AppError(
          403,
          "separation_of_duties",
          "自分が作成した年次報告は承認できません（兼務の禁止）。やむを得ない場合は、理由を記録して承認してください。",
          "You cannot approve a report you generated (separation of duties). If it is unavoidable, record the reason.",
        );
      if (sod && !sod.unless_unavoidable)
        throw new AppError(
          403,
          "override_not_allowed",
          "この組織のポリシーでは、自分が作成した年次報告を承認することは認められていません。",
          "The policy does not allow approving a report you generated.",
        );
      const others = (await holdersOf(tx, profile, rule.approver_duty, "organization", now)).filter(
        (h) => h.personId !== actor.personId,
      );
      if (others.length)
        throw new AppError(
          403,
          "others_can_decide",
          `ほかに承認できる人がいます（${[...new Set(others.map((o) => o.name))].join("、")}）。`,
          "Someone else can approve this report.",
        );
      if (reason.length < 10)
        throw new AppError(
          400,
          "reason_required",
          "やむを得ない理由を10文字以上で記録してください。",
          "Record the unavoidable reason (at least 10 characters).",
          {
            overrideReason: {
              message_ja: "10文字以上で入力してください。",
              message_en: "At least 10 characters.",
            },
          },
        );
      override = reason;
    }
    const [updated] = await tx
      .update(yearlyReports)
      .set({
        state: "approved",
        approvedByPersonId: actor.personId,
        approvedAt: now,
        approvalOverrideReason: override,
      })
      .where(eq(yearlyReports.id, id))
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "report.yearly_approved",
        targetType: "yearly_report",
        targetId: id,
        data: {
          fiscalYear: report.fiscalYear,
          asOf: report.asOf,
          approverDuty: rule.approver_duty,
          overrideReason: override,
          clause: rule.clause,
        },
      },
      now,
    );
    return updated;
  });
}
