import { and, eq } from "drizzle-orm";
import { toIsoDate } from "../../../../common/calendar";
import { recordEvent } from "../../../audit/record";
import type { Db } from "../../../db/client";
import type { RequestContext } from "../../../http/context";
import { invalid, notFound } from "../../../http/errors";
import type { Profile } from "../../../profile";
import { statusAfterSubmit } from "../domain/state";
import { assetsOf } from "../queries";
import { requestAssets, requests } from "../tables";
import { encryptionProblem, evaluate, type Requester } from "./evaluate";
import { scheduleFollowUps } from "./follow-ups";
import { refilerOf } from "./refilers";
import {
  enqueueAssetStatus,
  ensureTransition,
  lockRequest,
  logCarryOut,
  notify,
  requestLabel,
} from "./support";

/**
 * Submits a draft (or a request returned for changes, optionally with new fields). Everything is
 * evaluated again against today's facts: asset levels, dates, approvers from today's role
 * assignments. Without a needed approval (or for an emergency exception taken first) the request
 * is in effect at once, and its act is still recorded.
 */
export async function submitRequest(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  requester: Requester,
  id: string,
  input: { fields?: Record<string, unknown> },
  now: Date,
) {
  return db.transaction(async (tx) => {
    const before = await lockRequest(tx, id);
    if (!before) throw notFound({ ja: "申請", en: "The request" });
    ensureTransition("submit", before);
    const assetIds = (await assetsOf(tx, id)).map((a) => a.assetId);
    const previous = before.fields as Record<string, unknown>;
    // A request filed with another module's record takes that record's details as they are today.
    const refiler = refilerOf(before.kind);
    const fields = refiler
      ? await refiler(tx, { requestId: id, fields: input.fields, previous, ctx, profile, now })
      : (input.fields ?? previous);
    const e = await evaluate(tx, profile, requester, { kind: before.kind, assetIds, fields }, now, id);
    const enc = encryptionProblem(e);
    if (enc) throw invalid({ "fields.encrypted": enc }, "encryption_required");
    const status = statusAfterSubmit(e.approvalRequired, e.emergency);
    const [row] = await tx
      .update(requests)
      .set({
        status,
        fields: e.fields,
        approvalRequired: e.approvalRequired,
        basis: e.basis,
        approvers: e.approvers,
        resolved: e.resolved,
        currentStep: status === "submitted" ? 1 : 0,
        encryptionRequired: e.encryption.required,
        encryptionClause: e.encryption.clause,
        emergency: e.emergency,
        startsAt: e.startsAt,
        endsAt: e.endsAt,
        returnReportDueAt: e.returnReportDueAt,
        postReportDueAt: e.postReportDueAt,
        submittedAt: now,
        inEffectAt: status === "in_effect" ? now : null,
        updatedAt: now,
      })
      .where(eq(requests.id, id))
      .returning();
    // Asset facts may have changed since the draft: keep the ones the decision rests on.
    for (const f of e.facts)
      await tx
        .update(requestAssets)
        .set({
          snapshot: {
            assetNumber: f.assetNumber,
            name: f.name,
            kind: f.kind,
            subkind: f.subkind,
            confidentiality: f.confidentiality,
            integrity: f.integrity,
            availability: f.availability,
            zone: f.zone,
          },
        })
        .where(and(eq(requestAssets.requestId, id), eq(requestAssets.assetId, f.id)));
    await recordEvent(
      tx,
      ctx,
      {
        type: "request.submitted",
        targetType: "request",
        targetId: row.id,
        departmentId: row.departmentId,
        data: {
          kind: row.kind,
          from: before.status,
          to: status,
          approvalRequired: e.approvalRequired,
          emergency: e.emergency,
          basis: e.basis.map((b) => b.clause),
          approvers: e.resolved.map((s) => ({
            step: s.step,
            duty: s.duty,
            people: s.candidates.map((c) => c.personId),
          })),
        },
      },
      now,
    );
    const label = requestLabel(row, e.rule.title);
    if (status === "submitted") {
      await notify(
        tx,
        e.resolved[0]?.candidates.map((c) => c.personId) ?? [],
        {
          requestId: row.id,
          kind: "approval_needed",
          ja: `${label.ja}の承認をお願いします。`,
          en: `Please decide ${label.en}.`,
        },
        now,
      );
    } else {
      // In effect at once: the act is recorded all the same.
      const assets = await assetsOf(tx, id);
      if (e.spec.carryOutEvent)
        await logCarryOut(
          tx,
          row,
          e.spec.carryOutEvent,
          assets,
          {
            occurredAt: e.startsAt ?? now,
            recordedByPersonId: ctx.actor?.personId ?? null,
            note: e.approvalRequired ? "緊急のため事後報告" : "承認不要（記録のみ）",
          },
          now,
        );
      if (e.spec.carryOutEvent === "carried_out")
        await enqueueAssetStatus(
          tx,
          row,
          assets.map((a) => a.assetId),
          "carried_out",
          toIsoDate(e.startsAt ?? now),
          now,
        );
      await scheduleFollowUps(tx, row, e.spec, now);
      if (e.emergency)
        await notify(
          tx,
          e.resolved.flatMap((s) => s.candidates.map((c) => c.personId)),
          {
            requestId: row.id,
            kind: "emergency_taken",
            ja: `${label.ja}は緊急のため先に実施されました。事後報告を待っています。`,
            en: `${label.en} was taken first in an emergency; a post-report is due.`,
          },
          now,
        );
    }
    return row;
  });
}
