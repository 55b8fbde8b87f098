import { eq } from "drizzle-orm";
import { recordEvent } from "../../../audit/record";
import type { Db, DbOrTx } from "../../../db/client";
import type { Actor, RequestContext } from "../../../http/context";
import { AppError, conflict, forbidden, notFound } from "../../../http/errors";
import type { Profile } from "../../../profile";
import { resolveChain } from "../domain/approvers";
import { kindSpec } from "../domain/kinds";
import { checkDecision } from "../domain/sod";
import { afterApproval } from "../domain/state";
import { assetsOf, assignmentsFor, deciderIds } from "../queries";
import { requestDecisions, requests } from "../tables";
import { approvalEffectsOf } from "./approval-effects";
import { notifyOnApproval } from "./approval-notice";
import { scheduleFollowUps } from "./follow-ups";
import { ensureTransition, lockRequest, logCarryOut, notify, requestLabel } from "./support";

export type Decision = "approve" | "reject" | "return";

/** Holders of the step's duty over the request's unit, and their deputies in force, but not the requester. */
async function othersWhoCanDecide(
  tx: DbOrTx,
  profile: Profile,
  step: { step: number; duty: string; scope: string },
  unit: { departmentId: string | null; bureauId: string | null },
  requesterPersonId: string,
  now: Date,
): Promise<{ personId: string; name: string }[]> {
  const { assignments, deputies } = await assignmentsFor(tx, profile, [step.duty], now);
  const [resolved] = resolveChain(profile, [step], unit, assignments, deputies, requesterPersonId);
  return resolved.candidates
    .filter((c) => c.personId !== requesterPersonId && c.deputyFor !== requesterPersonId)
    .map((c) => ({ personId: c.personId, name: c.name }));
}

const SOD_REFUSALS = {
  separation_of_duties: {
    status: 403,
    ja: "自分の申請は承認できません（兼務の禁止）。やむを得ない場合は、理由を記録して承認してください。",
    en: "You cannot decide your own request (separation of duties). If it is unavoidable, record the reason.",
  },
  override_not_allowed: {
    status: 403,
    ja: "この組織のポリシーでは、自分の申請を承認することは認められていません。",
    en: "The policy does not allow deciding your own request.",
  },
  reason_required: {
    status: 400,
    ja: "やむを得ない理由を10文字以上で記録してください。",
    en: "Record the unavoidable reason (at least 10 characters).",
  },
} as const;

/**
 * Approve, reject or return the waiting step. Separation of duties is checked here, on the
 * server: the requester (or their deputy) is refused with 403 `separation_of_duties` unless the
 * profile allows an unavoidable case and a reason is recorded (an override, reported).
 */
export async function decideRequest(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  actor: Actor,
  id: string,
  decision: Decision,
  input: { comment?: string | null; override?: { reason: string } | null },
  now: Date,
) {
  return db.transaction(async (tx) => {
    const before = await lockRequest(tx, id);
    if (!before) throw notFound({ ja: "申請", en: "The request" });
    ensureTransition(decision, before);
    const step = before.resolved.find((s) => s.step === before.currentStep);
    if (!step)
      throw conflict("no_waiting_step", "承認待ちの段階がありません。", "No step is waiting for a decision.");
    const rule = profile.separation_of_duties.find((r) => r.kind === "requester_not_approver");
    const unit = { departmentId: before.departmentId, bureauId: before.bureauId };
    // Who else can decide this step today (holders and deputies in force, the requester excluded).
    const others =
      before.requesterPersonId === actor.personId || input.override
        ? await othersWhoCanDecide(tx, profile, step, unit, before.requesterPersonId, now)
        : [];
    const check = checkDecision({
      actorPersonId: actor.personId,
      grants: actor.grants,
      step,
      unit: { departmentId: before.departmentId, bureauId: before.bureauId },
      requesterPersonId: before.requesterPersonId,
      overrideReason: input.override ? input.override.reason : null,
      unlessUnavoidable: rule?.unless_unavoidable ?? false,
      othersWhoCanDecide: others,
    });
    if (!check.ok) {
      if (check.code === "not_an_approver")
        throw forbidden(
          "この段階を承認する権限がありません。",
          "You do not hold the duty this step needs over the request's department.",
        );
      if (
        check.code === "others_can_decide" ||
        (check.code === "separation_of_duties" && others.length > 0)
      ) {
        const names = others.map((o) => o.name).join("、");
        throw new AppError(
          403,
          check.code,
          `自分の申請は承認できません（兼務の禁止）。この段階は次の方が承認できます: ${names}`,
          `You cannot decide your own request (separation of duties). These people can decide this step: ${names}`,
        );
      }
      const r = SOD_REFUSALS[check.code];
      throw new AppError(
        r.status,
        check.code,
        r.ja,
        r.en,
        check.code === "reason_required" ? { "override.reason": { message_ja: r.ja, message_en: r.en } } : {},
      );
    }
    if (input.override && !check.override)
      throw new AppError(
        400,
        "override_not_needed",
        "自分の申請ではないため、理由の記録は不要です。",
        "An override is only for your own request.",
      );
    const earlier = await deciderIds(tx, id);
    if (decision === "approve" && earlier.includes(actor.personId) && !check.override)
      throw conflict(
        "already_decided",
        "この申請の前の段階をすでに承認しています。別の承認者が承認してください。",
        "You already decided an earlier step of this request; another approver must decide this one.",
      );
    if ((decision === "reject" || decision === "return") && !input.comment?.trim())
      throw new AppError(400, "validation_failed", "入力内容に誤りがあります。", "The input is not valid.", {
        comment: { message_ja: "理由を入力してください。", message_en: "Give the reason." },
      });

    const steps = before.resolved.length;
    const next =
      decision === "approve"
        ? afterApproval(step.step, steps)
        : { status: decision === "reject" ? ("rejected" as const) : ("returned" as const), currentStep: 0 };
    const closing = next.status === "rejected";
    const [row] = await tx
      .update(requests)
      .set({
        status: next.status,
        currentStep: next.currentStep,
        decidedAt: next.status === "submitted" ? before.decidedAt : now,
        closedAt: closing ? now : before.closedAt,
        updatedAt: now,
      })
      .where(eq(requests.id, id))
      .returning();
    const actingFor = check.grant.deputyFor;
    await tx.insert(requestDecisions).values({
      requestId: id,
      step: step.step,
      duty: step.duty,
      decision: decision === "approve" ? "approved" : decision === "reject" ? "rejected" : "returned",
      personId: actor.personId,
      actingForPersonId: actingFor,
      override: check.override,
      overrideReason: check.override ? (input.override?.reason.trim() ?? null) : null,
      comment: input.comment?.trim() || null,
      decidedAt: now,
    });
    await recordEvent(
      tx,
      ctx,
      {
        type: `request.${decision === "approve" ? "approved" : decision === "reject" ? "rejected" : "returned"}`,
        targetType: "request",
        targetId: id,
        departmentId: row.departmentId,
        actingForPersonId: actingFor,
        data: {
          kind: row.kind,
          step: step.step,
          duty: step.duty,
          from: before.status,
          to: row.status,
          comment: input.comment?.trim() || null,
          ...(check.override
            ? { override: true, overrideReason: input.override?.reason.trim(), clause: rule?.clause }
            : {}),
        },
      },
      now,
    );
    const title = profile.request_kinds.find((k) => k.key === row.kind)?.title ?? {
      ja: row.kind,
      en: row.kind,
    };
    const label = requestLabel(row, title);
    if (row.status === "submitted") {
      const nextStep = row.resolved.find((s) => s.step === row.currentStep);
      await notify(
        tx,
        nextStep?.candidates.map((c) => c.personId) ?? [],
        {
          requestId: id,
          kind: "approval_needed",
          ja: `${label.ja}の承認をお願いします（第${row.currentStep}段階）。`,
          en: `Please decide ${label.en} (step ${row.currentStep}).`,
        },
        now,
      );
    } else {
      const words = {
        approved: { ja: "承認されました", en: "was approved" },
        rejected: { ja: "却下されました", en: "was rejected" },
        returned: { ja: "差し戻されました", en: "was returned for changes" },
      }[row.status as "approved" | "rejected" | "returned"];
      await notify(
        tx,
        [row.requesterPersonId],
        {
          requestId: id,
          kind: `request_${row.status}`,
          ja: `${label.ja}が${words.ja}。${input.comment?.trim() ? `（${input.comment.trim()}）` : ""}`,
          en: `${label.en} ${words.en}.${input.comment?.trim() ? ` (${input.comment.trim()})` : ""}`,
        },
        now,
      );
    }
    if (check.override) {
      // Reported: the CISO is told of every self-approval.
      await notify(
        tx,
        await cisoIds(tx, profile, now),
        {
          requestId: id,
          kind: "override_reported",
          ja: `${label.ja}は申請者本人が承認しました（やむを得ない理由: ${input.override?.reason.trim()}）。`,
          en: `${label.en} was decided by its requester (unavoidable: ${input.override?.reason.trim()}).`,
        },
        now,
      );
    }
    if (row.status === "approved") {
      await notifyOnApproval(tx, ctx, profile, row, label, now);
      const spec = kindSpec(row.kind);
      if (spec?.carryOutEvent)
        await logCarryOut(
          tx,
          row,
          "permitted",
          await assetsOf(tx, id),
          {
            occurredAt: now,
            recordedByPersonId: actor.personId,
            note: check.override ? `本人承認（理由: ${input.override?.reason.trim()}）` : null,
          },
          now,
        );
      if (spec?.followUp === "validity") await scheduleFollowUps(tx, row, spec, now);
      const effects = approvalEffectsOf(row.kind);
      if (effects.length) {
        const assetIds = (await assetsOf(tx, id)).map((a) => a.assetId);
        for (const effect of effects)
          await effect(tx, {
            id,
            number: Number(row.number),
            kind: row.kind,
            departmentId: row.departmentId,
            requesterPersonId: row.requesterPersonId,
            fields: row.fields,
            assetIds,
            ctx,
            profile,
            now,
          });
      }
    }
    return row;
  });
}

async function cisoIds(tx: DbOrTx, profile: Profile, now: Date) {
  const { assignments } = await assignmentsFor(tx, profile, ["chief_information_security_officer"], now);
  return assignments.map((a) => a.personId);
}
