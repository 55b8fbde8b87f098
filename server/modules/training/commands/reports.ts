/**
 * The chain of reports of a 年度 (西原村 6.2(2)⑤⑥⑦): each 課長 reports their 課's figures to the
 * ネットワーク管理者, who reports the analysis to the CISO, who reports to the committee once a
 * 年度 — each step a record with its date, the figures as of that date, and its clause. A step
 * needs the one before it; the last step marks the plan reported.
 */
import { and, eq } from "drizzle-orm";
import { recordEvent } from "../../../audit/record";
import type { Db } from "../../../db/client";
import type { Actor, RequestContext } from "../../../http/context";
import { conflict, fieldError } from "../../../http/errors";
import type { Profile } from "../../../profile";
import { completionFigures } from "../queries/completion";
import { trainingPlans, trainingReports } from "../tables";

export async function makeReport(
  db: Db,
  ctx: RequestContext & { actor: Actor },
  profile: Profile,
  input: { planId: string; stepKey: string; departmentId?: string; reportedOn: string; note?: string },
  now: Date,
) {
  const chain = profile.training?.report_chain ?? [];
  const index = chain.findIndex((s) => s.key === input.stepKey);
  if (index < 0)
    throw fieldError(
      "stepKey",
      "ポリシーの報告の段階にありません。",
      "The policy's report chain has no such step.",
    );
  const step = chain[index];
  const perDepartment = index === 0;
  if (perDepartment && !input.departmentId)
    throw fieldError("departmentId", "報告する課を指定してください。", "Name the department reported on.");
  return db.transaction(async (tx) => {
    const [plan] = await tx
      .select()
      .from(trainingPlans)
      .where(and(eq(trainingPlans.id, input.planId), eq(trainingPlans.profileId, profile.id)))
      .for("update");
    if (!plan) throw fieldError("planId", "研修計画が見つかりません。", "The training plan was not found.");
    if (plan.status !== "in_effect")
      throw conflict(
        "plan_not_in_effect",
        "実施中の研修計画についてのみ報告できます。",
        "Only a plan in effect is reported on.",
      );
    if (index > 0) {
      const previous = await tx
        .select({ id: trainingReports.id })
        .from(trainingReports)
        .where(and(eq(trainingReports.planId, plan.id), eq(trainingReports.stepKey, chain[index - 1].key)));
      if (!previous.length)
        throw conflict(
          "previous_step_missing",
          `前の段階（${chain[index - 1].title.ja}）の報告がまだありません。`,
          `The previous step (${chain[index - 1].title.en}) has not been reported.`,
          {
            stepKey: {
              message_ja: "前の段階の報告が必要です。",
              message_en: "The previous step is needed first.",
            },
          },
        );
    }
    const figures = await completionFigures(
      tx,
      profile,
      ctx.actor,
      {
        fiscalYear: plan.fiscalYear,
        asOf: input.reportedOn,
        by: perDepartment ? "department" : "department",
        departmentId: input.departmentId,
      },
      now,
    );
    const [row] = await tx
      .insert(trainingReports)
      .values({
        planId: plan.id,
        stepKey: step.key,
        departmentId: input.departmentId ?? null,
        reportedByPersonId: ctx.actor.personId,
        reportedOn: input.reportedOn,
        summary: figures,
        note: input.note ?? null,
        clause: step.clause,
        createdAt: now,
      })
      .returning();
    if (index === chain.length - 1)
      await tx
        .update(trainingPlans)
        .set({ status: "reported", reportedAt: now, updatedAt: now })
        .where(eq(trainingPlans.id, plan.id));
    await recordEvent(
      tx,
      ctx,
      {
        type: "training.report_made",
        targetType: "training_plan",
        targetId: plan.id,
        data: {
          stepKey: step.key,
          to: step.to,
          departmentId: input.departmentId ?? null,
          reportedOn: input.reportedOn,
          clause: step.clause,
        },
      },
      now,
    );
    return row;
  });
}
