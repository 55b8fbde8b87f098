/**
 * 改善計画: findings grouped into a plan, submitted and approved (or returned) by the duty the
 * profile names in `assurance.improvement_plan` (西原村 2(5)②: the committee; 川崎市 第12章8: the
 * 情報セキュリティ責任者). Each write in one transaction with its audit event and notifications.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Duty } from "../../../../common/duties";
import { authorize, can } from "../../../access";
import { recordEvent } from "../../../audit/record";
import type { Db, DbOrTx } from "../../../db/client";
import { holdersOf } from "../../../directory";
import type { RequestContext } from "../../../http/context";
import { conflict, fieldError, notFound } from "../../../http/errors";
import { defineKindTexts, notify } from "../../../notify";
import type { Profile } from "../../../profile";
import type { PlanRef } from "../access";
import { unitsByIds } from "../directory";
import { assuranceFindings, assurancePlans } from "../tables";
import { loadFindingRef } from "./findings";

defineKindTexts("assurance", {
  plan_submitted: { ja: "改善計画の承認依頼があります", en: "An improvement plan awaits your approval" },
  plan_decided: { ja: "改善計画が承認または差し戻されました", en: "An improvement plan was decided" },
});

type PlanRow = typeof assurancePlans.$inferSelect;

export function planRef(profile: Profile, p: PlanRow): PlanRef {
  return {
    departmentId: p.departmentId,
    bureauId: p.bureauId,
    approverDuty: (profile.assurance?.improvement_plan.approver_duty ?? p.approverDuty) as Duty,
    status: p.status,
    createdByPersonId: p.createdByPersonId,
  };
}

export async function loadPlan(db: DbOrTx, profileId: string, id: string, lock = false) {
  const q = db
    .select()
    .from(assurancePlans)
    .where(and(eq(assurancePlans.id, id), eq(assurancePlans.profileId, profileId)));
  const [row] = lock ? await q.for("update") : await q;
  if (!row) throw notFound({ ja: "改善計画", en: "The improvement plan" });
  return row;
}

export interface PlanInput {
  title: string;
  description: string;
  departmentId?: string;
  findingIds: string[];
}

export async function createPlan(db: Db, ctx: RequestContext, profile: Profile, input: PlanInput, now: Date) {
  const rule = profile.assurance?.improvement_plan;
  if (!rule)
    throw conflict(
      "not_configured",
      "このプロファイルには改善計画の定めがありません。",
      "This profile defines no improvement plans.",
    );
  return db.transaction(async (tx) => {
    // Who may plan for the unit is checked before anything is told about the findings.
    const departmentId = input.departmentId ?? null;
    const unit = departmentId ? (await unitsByIds(tx, [departmentId])).get(departmentId) : undefined;
    if (departmentId && !unit)
      throw fieldError("departmentId", "課が見つかりません。", "The department was not found.");
    const bureauId = unit ? (unit.kind === "bureau" ? unit.id : unit.parentId) : null;
    authorize(ctx.actor, "create", "assurance_plan", { departmentId, bureauId });
    const ids = [...new Set(input.findingIds)];
    const findings = await tx
      .select()
      .from(assuranceFindings)
      .where(and(eq(assuranceFindings.profileId, profile.id), inArray(assuranceFindings.id, ids)))
      .for("update");
    for (const [i, id] of ids.entries()) {
      const f = findings.find((x) => x.id === id);
      const where = `findingIds.${i}`;
      if (!f || !can(ctx.actor, "read", "assurance_finding", await loadFindingRef(tx, profile, f)))
        throw fieldError(where, "指摘事項が見つかりません。", "The finding was not found.");
      if (f.state === "closed")
        throw fieldError(
          where,
          "完了した指摘事項は計画に含められません。",
          "A closed finding cannot be planned.",
        );
      if (f.planId)
        throw fieldError(
          where,
          "この指摘事項はすでに別の改善計画に含まれています。",
          "This finding is already in another improvement plan.",
        );
    }
    // A plan of one 課 groups that 課's findings only.
    if (departmentId)
      for (const [i, f] of findings.entries())
        if (f.departmentId !== departmentId && f.bureauId !== departmentId)
          throw fieldError(
            `findingIds.${i}`,
            "計画の課と異なる課の指摘事項です。",
            "The finding belongs to another department than the plan.",
          );
    const [plan] = await tx
      .insert(assurancePlans)
      .values({
        profileId: profile.id,
        title: input.title,
        body: input.description,
        departmentId,
        bureauId: unit?.kind === "bureau" ? null : bureauId,
        approverDuty: rule.approver_duty,
        createdByPersonId: ctx.actor?.personId ?? null,
        createdAt: now,
      })
      .returning();
    await tx
      .update(assuranceFindings)
      .set({ planId: plan.id, updatedAt: now })
      .where(inArray(assuranceFindings.id, ids));
    await recordEvent(
      tx,
      ctx,
      {
        type: "assurance.plan_created",
        targetType: "assurance_plan",
        targetId: plan.id,
        departmentId,
        data: { title: plan.title, findingIds: ids, approverDuty: rule.approver_duty, clause: rule.clause },
      },
      now,
    );
    return plan;
  });
}

/** Sends the plan to the approver duty's holders over its unit. */
export async function submitPlan(db: Db, ctx: RequestContext, profile: Profile, id: string, now: Date) {
  return db.transaction(async (tx) => {
    const plan = await loadPlan(tx, profile.id, id, true);
    const ref = planRef(profile, plan);
    authorize(ctx.actor, "submit", "assurance_plan", ref);
    const [row] = await tx
      .update(assurancePlans)
      .set({ status: "submitted" })
      .where(eq(assurancePlans.id, id))
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "assurance.plan_submitted",
        targetType: "assurance_plan",
        targetId: id,
        departmentId: plan.departmentId,
      },
      now,
    );
    const approvers = await holdersOf(
      tx,
      profile,
      ref.approverDuty,
      { departmentId: plan.departmentId, bureauId: plan.bureauId },
      now,
    );
    await notify(tx, {
      to: approvers.map((h) => h.personId).filter((p) => p !== ctx.actor?.personId),
      module: "assurance",
      kind: "plan_submitted",
      record: { type: "assurance_plan", id },
      link: `/assurance/plans/${id}`,
      now,
      message: {
        ja: `改善計画「${plan.title}」の承認依頼`,
        en: `Improvement plan awaiting approval: ${plan.title}`,
      },
    });
    return row;
  });
}

export async function decidePlan(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  id: string,
  input: { decision: "approve" | "return"; note?: string },
  now: Date,
) {
  return db.transaction(async (tx) => {
    const plan = await loadPlan(tx, profile.id, id, true);
    authorize(ctx.actor, "approve", "assurance_plan", planRef(profile, plan));
    const [row] = await tx
      .update(assurancePlans)
      .set({
        status: input.decision === "approve" ? "approved" : "returned",
        decidedByPersonId: ctx.actor?.personId ?? null,
        decidedAt: now,
        decisionNote: input.note ?? null,
      })
      .where(eq(assurancePlans.id, id))
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "assurance.plan_decided",
        targetType: "assurance_plan",
        targetId: id,
        departmentId: plan.departmentId,
        data: { decision: input.decision, ...(input.note ? { note: input.note } : {}) },
      },
      now,
    );
    await notify(tx, {
      to: plan.createdByPersonId,
      module: "assurance",
      kind: "plan_decided",
      record: { type: "assurance_plan", id },
      link: `/assurance/plans/${id}`,
      now,
      message:
        input.decision === "approve"
          ? {
              ja: `改善計画「${plan.title}」が承認されました`,
              en: `Improvement plan approved: ${plan.title}`,
            }
          : {
              ja: `改善計画「${plan.title}」が差し戻されました`,
              en: `Improvement plan returned: ${plan.title}`,
            },
    });
    return row;
  });
}
