/**
 * The yearly plan and its courses (6.2(2)①②④; 川崎市 第5章3(2)). Each write in one transaction
 * with its audit event; the approving duty and its clause come from the profile.
 */
import { and, eq } from "drizzle-orm";
import { fiscalYearRange } from "../../../../common/calendar";
import type { Duty } from "../../../../common/duties";
import { requireActor } from "../../../access";
import { checkSelfApproval } from "../../../access/self-approval";
import { recordEvent } from "../../../audit/record";
import type { Db } from "../../../db/client";
import { holdersOf } from "../../../directory";
import type { RequestContext } from "../../../http/context";
import { conflict, fieldError, notFound } from "../../../http/errors";
import { defineKindTexts, notify } from "../../../notify";
import type { Profile } from "../../../profile";
import { planApproval } from "../access";
import { editable, nextStatus, type PlanAction } from "../domain/plan";
import type { AudienceT, QuizT } from "../domain/types";
import { dutiesOf, trainingRules } from "../rules";
import { type Delivery, trainingCourses, trainingPlans } from "../tables";

defineKindTexts("training", {
  plan_submitted: { ja: "研修計画の承認依頼", en: "A training plan awaits approval" },
  plan_decided: { ja: "研修計画の承認・差戻し", en: "A training plan was approved or returned" },
});

const uniqueViolation = (e: unknown) => (e as { cause?: { code?: string } })?.cause?.code === "23505";

export async function createPlan(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  input: { fiscalYear: number; title: string; note?: string },
  now: Date,
) {
  trainingRules(profile);
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(trainingPlans)
        .values({
          profileId: profile.id,
          ...input,
          createdByPersonId: ctx.actor?.personId ?? null,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      await recordEvent(
        tx,
        ctx,
        {
          type: "training.plan_created",
          targetType: "training_plan",
          targetId: row.id,
          data: { fiscalYear: input.fiscalYear },
        },
        now,
      );
      return row;
    });
  } catch (e) {
    if (uniqueViolation(e))
      throw conflict(
        "plan_exists",
        "この年度の研修計画はすでにあります。",
        "A plan for this fiscal year already exists.",
        {
          fiscalYear: { message_ja: "作成済みの年度です。", message_en: "Already has a plan." },
        },
      );
    throw e;
  }
}

export async function loadPlan(db: Db, profileId: string, id: string) {
  const [row] = await db
    .select()
    .from(trainingPlans)
    .where(and(eq(trainingPlans.id, id), eq(trainingPlans.profileId, profileId)));
  if (!row) throw notFound({ ja: "研修計画", en: "The training plan" });
  return row;
}

const EVENT = {
  submit: "training.plan_submitted",
  return: "training.plan_returned",
  approve: "training.plan_approved",
  put_in_effect: "training.plan_in_effect",
} as const;

/** Moves a plan along its states; approval exists only when the profile names an approving duty. */
export async function actOnPlan(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  id: string,
  action: Exclude<PlanAction, "report">,
  note: string | undefined,
  now: Date,
  overrideReason?: string,
) {
  const rules = trainingRules(profile);
  const approval = rules.plan_approval ?? null;
  return db.transaction(async (tx) => {
    const [plan] = await tx
      .select()
      .from(trainingPlans)
      .where(and(eq(trainingPlans.id, id), eq(trainingPlans.profileId, profile.id)))
      .for("update");
    if (!plan) throw notFound({ ja: "研修計画", en: "The training plan" });
    const to = nextStatus(plan.status, action, approval !== null);
    if (!to) {
      if (action === "approve" && !approval)
        throw conflict(
          "no_approval_in_policy",
          "このポリシーは研修計画の承認を定めていません（提出後そのまま実施できます）。",
          "The policy names no approval of the training plan (a submitted plan is put in effect directly).",
          { action: { message_ja: "承認の定めがありません。", message_en: "No approval in the policy." } },
        );
      if (action === "put_in_effect" && approval && plan.status === "submitted")
        throw conflict(
          "plan_not_approved",
          "承認前の研修計画は実施できません。",
          "The plan must be approved before it takes effect.",
          {
            action: {
              message_ja: `承認が必要です（根拠: ${approval.clause}）。`,
              message_en: `Approval needed (${approval.clause}).`,
            },
          },
        );
      throw conflict(
        "plan_state",
        "この状態の研修計画にはその操作はできません。",
        "The plan's state does not allow this.",
        {
          action: {
            message_ja: "現在の状態では行えません。",
            message_en: "Not allowed in the current state.",
          },
        },
      );
    }
    if (action === "submit") {
      const courses = await tx
        .select({ id: trainingCourses.id })
        .from(trainingCourses)
        .where(eq(trainingCourses.planId, id));
      if (!courses.length)
        throw conflict(
          "plan_without_courses",
          "研修が1件もない計画は提出できません。",
          "A plan without courses cannot be submitted.",
        );
    }
    // The drafter or submitter does not approve their own plan (the rule: training/access.ts).
    const override =
      action === "approve" && approval
        ? await checkSelfApproval(
            tx,
            profile,
            requireActor(ctx.actor),
            planApproval({ ...dutiesOf(profile), approver: approval.duty as Duty }, plan),
            overrideReason,
            now,
          )
        : null;
    const actor = ctx.actor?.personId ?? null;
    const patch: Partial<typeof trainingPlans.$inferInsert> = { status: to, updatedAt: now };
    if (action === "submit") Object.assign(patch, { submittedAt: now, submittedByPersonId: actor });
    if (action === "approve")
      Object.assign(patch, { approvedAt: now, approvedByPersonId: actor, approvalClause: approval?.clause });
    if (action === "put_in_effect") patch.effectiveAt = now;
    const [row] = await tx.update(trainingPlans).set(patch).where(eq(trainingPlans.id, id)).returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: EVENT[action],
        targetType: "training_plan",
        targetId: id,
        data: {
          from: plan.status,
          to,
          note: note ?? null,
          clause: approval?.clause ?? rules.organizer.clause,
          ...(override ? { overrideReason: override } : {}),
        },
      },
      now,
    );
    if (action === "submit" && approval) {
      const holders = await holdersOf(tx, profile, approval.duty, "organization", now);
      await notify(tx, {
        to: holders.map((h) => h.personId),
        module: "training",
        kind: "plan_submitted",
        record: { type: "training_plan", id },
        link: `/training/plans/${id}`,
        now,
        message: {
          ja: `${plan.title}の承認をお願いします。`,
          en: `Please approve the training plan "${plan.title}".`,
        },
      });
    }
    if ((action === "approve" || action === "return") && plan.submittedByPersonId) {
      await notify(tx, {
        to: plan.submittedByPersonId,
        module: "training",
        kind: "plan_decided",
        record: { type: "training_plan", id },
        link: `/training/plans/${id}`,
        now,
        message:
          action === "approve"
            ? { ja: `${plan.title}が承認されました。`, en: `The training plan "${plan.title}" was approved.` }
            : {
                ja: `${plan.title}が差し戻されました。`,
                en: `The training plan "${plan.title}" was returned.`,
              },
      });
    }
    return row;
  });
}

export async function addCourse(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  input: {
    planId: string;
    title: string;
    description?: string;
    delivery: Delivery;
    mandatory: boolean;
    audience: AudienceT;
    newHire: boolean;
    dueDate?: string;
    materialText?: string;
    quiz?: QuizT;
  },
  now: Date,
) {
  trainingRules(profile);
  if (input.quiz?.questions.some((q) => q.correct >= q.choices.length))
    throw fieldError(
      "quiz",
      "正解の番号が選択肢の数を超えています。",
      "A correct choice is beyond the choices.",
    );
  if (input.quiz && input.delivery !== "elearning")
    throw fieldError(
      "quiz",
      "確認テストはeラーニングの研修にのみ設定できます。",
      "Only an e-learning course has a quiz.",
    );
  return db.transaction(async (tx) => {
    const [plan] = await tx
      .select()
      .from(trainingPlans)
      .where(and(eq(trainingPlans.id, input.planId), eq(trainingPlans.profileId, profile.id)))
      .for("update");
    if (!plan) throw fieldError("planId", "研修計画が見つかりません。", "The training plan was not found.");
    if (!editable(plan.status))
      throw conflict(
        "plan_not_draft",
        "提出後の研修計画には研修を追加できません。",
        "Courses can be added only to a draft plan.",
      );
    const range = fiscalYearRange(plan.fiscalYear);
    const dueDate = input.dueDate ?? range.end;
    if (dueDate < range.start || dueDate > range.end)
      throw fieldError(
        "dueDate",
        "期限は計画の年度内の日付にしてください。",
        "The deadline must fall within the plan's fiscal year.",
      );
    const [row] = await tx
      .insert(trainingCourses)
      .values({ ...input, fiscalYear: plan.fiscalYear, dueDate, createdAt: now })
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "training.course_created",
        targetType: "training_course",
        targetId: row.id,
        data: { planId: plan.id, title: row.title, delivery: row.delivery, audience: row.audience },
      },
      now,
    );
    return row;
  });
}
