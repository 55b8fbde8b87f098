import { eq } from "drizzle-orm";
import { toIsoDate, toJstIsoString } from "../../../../common/calendar";
import { recordEvent } from "../../../audit/record";
import type { Db } from "../../../db/client";
import type { Actor, RequestContext } from "../../../http/context";
import { AppError, conflict, invalid, notFound } from "../../../http/errors";
import type { Profile } from "../../../profile";
import { requiredFieldProblems } from "../../../profile/register-rules";
import { type CompleteInput, completionProblems } from "../domain/completion";
import { kindSpec } from "../domain/kinds";
import { assetsOf } from "../queries";
import { type RequestCompletion, requests } from "../tables";
import { returnReportDueOf, scheduleFollowUps } from "./follow-ups";
import {
  enqueueAssetStatus,
  enqueueRegisterEntry,
  ensureTransition,
  lockRequest,
  logCarryOut,
  notify,
  type RequestRow,
  requestLabel,
} from "./support";

const REQUEST = { ja: "申請", en: "The request" };
const titleOf = (profile: Profile, kind: string) =>
  profile.request_kinds.find((k) => k.key === kind)?.title ?? { ja: kind, en: kind };
const approverIds = (row: RequestRow) => row.resolved.flatMap((s) => s.candidates.map((c) => c.personId));

function notInFuture(at: Date, now: Date, field: string) {
  if (at.getTime() > now.getTime() + 60_000)
    throw invalid(
      { [field]: { message_ja: "未来の日時は記録できません。", message_en: "It cannot be in the future." } },
      "invalid_dates",
    );
}

/** approved → in_effect: the requester records that the act started (e.g. the asset went out). */
export async function startRequest(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  id: string,
  input: { at?: string },
  now: Date,
) {
  return db.transaction(async (tx) => {
    const before = await lockRequest(tx, id);
    if (!before) throw notFound(REQUEST);
    ensureTransition("start", before);
    const at = input.at ? new Date(input.at) : now;
    notInFuture(at, now, "at");
    const [row] = await tx
      .update(requests)
      .set({ status: "in_effect", inEffectAt: at, updatedAt: now })
      .where(eq(requests.id, id))
      .returning();
    const spec = kindSpec(row.kind);
    const assets = await assetsOf(tx, id);
    if (spec?.carryOutEvent)
      await logCarryOut(
        tx,
        row,
        spec.carryOutEvent,
        assets,
        { occurredAt: at, recordedByPersonId: ctx.actor?.personId ?? null },
        now,
      );
    if (spec?.carryOutEvent === "carried_out")
      await enqueueAssetStatus(
        tx,
        row,
        assets.map((a) => a.assetId),
        "carried_out",
        toIsoDate(at),
        now,
      );
    if (spec) await scheduleFollowUps(tx, row, spec, now);
    await recordEvent(
      tx,
      ctx,
      {
        type: "request.started",
        targetType: "request",
        targetId: id,
        departmentId: row.departmentId,
        data: { kind: row.kind, from: before.status, to: row.status, at: at.toISOString() },
      },
      now,
    );
    return row;
  });
}

/** The requester reports a carried-out asset back (帰庁後速やかに報告); the approver is asked to confirm. */
export async function reportReturn(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  id: string,
  input: { returnedAt: string; note?: string | null },
  now: Date,
) {
  return db.transaction(async (tx) => {
    const before = await lockRequest(tx, id);
    if (!before) throw notFound(REQUEST);
    if (kindSpec(before.kind)?.followUp !== "return_report")
      throw conflict(
        "not_a_carry_out",
        "この申請は持ち出しではないため、返却の報告はできません。",
        "Only a carry-out has a return report.",
      );
    if (before.status !== "in_effect")
      throw conflict(
        "not_carried_out",
        "持ち出しが記録されていないため、返却の報告はできません。",
        "Nothing was carried out under this request, so there is nothing to report back.",
      );
    if (before.returnedAt)
      throw conflict(
        "already_returned",
        "返却はすでに報告されています。",
        "The return has already been reported.",
      );
    const at = new Date(input.returnedAt);
    notInFuture(at, now, "returnedAt");
    // Forms give minutes: a return in the same minute as the carry-out is not "before" it.
    if (
      before.inEffectAt &&
      at.getTime() < before.inEffectAt.getTime() - (before.inEffectAt.getTime() % 60_000)
    )
      throw invalid(
        {
          returnedAt: {
            message_ja: "返却日時が持ち出し日時より前です。",
            message_en: "The return is before the carry-out.",
          },
        },
        "invalid_dates",
      );
    const [row] = await tx
      .update(requests)
      .set({ returnedAt: at, updatedAt: now })
      .where(eq(requests.id, id))
      .returning();
    const assets = await assetsOf(tx, id);
    await logCarryOut(
      tx,
      row,
      "returned",
      assets,
      { occurredAt: at, recordedByPersonId: ctx.actor?.personId ?? null, note: input.note ?? null },
      now,
    );
    await enqueueAssetStatus(
      tx,
      row,
      assets.map((a) => a.assetId),
      "in_use",
      toIsoDate(at),
      now,
    );
    await recordEvent(
      tx,
      ctx,
      {
        type: "request.return_reported",
        targetType: "request",
        targetId: id,
        departmentId: row.departmentId,
        data: {
          kind: row.kind,
          returnedAt: at.toISOString(),
          overdue: row.endsAt ? at > row.endsAt : false,
          // The report itself against its due (the return due + the profile's due_days).
          reportDueAt: returnReportDueOf(row)?.toISOString() ?? null,
          reportLate: (returnReportDueOf(row)?.getTime() ?? Number.POSITIVE_INFINITY) < now.getTime(),
          note: input.note ?? null,
        },
      },
      now,
    );
    const label = requestLabel(row, titleOf(profile, row.kind));
    await notify(
      tx,
      row.resolved[0]?.candidates.map((c) => c.personId) ?? [],
      {
        requestId: id,
        kind: "return_reported",
        ja: `${label.ja}の返却が報告されました。紛失等がないことを確認してください。`,
        en: `The return of ${label.en} was reported. Please confirm nothing is missing.`,
      },
      now,
    );
    return row;
  });
}

const given = (o: Record<string, string | null | undefined>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => typeof v === "string" && v.trim() !== ""));

/**
 * What the profile asks the disposal log to record of this disposal (registers.required_fields,
 * e.g. 川崎市 第4章4(3) 数量・残骸の写真 for a 区分Ⅰ/Ⅱ medium, 第7章3(5)イ(イ) a contractor's
 * 証明書): checked here, before the completion writes the disposal log.
 */
function disposalRuleProblems(
  profile: Profile,
  input: CompleteInput,
  assets: Array<{ snapshot: Record<string, unknown> }>,
) {
  return requiredFieldProblems(
    profile.registers?.required_fields ?? [],
    "disposal_log",
    {
      method: input.method,
      quantity: input.quantity,
      photoRef: input.photoRef,
      certificateNumber: input.certificateNumber,
    },
    assets.map((a) => ({
      kind: typeof a.snapshot.kind === "string" ? a.snapshot.kind : null,
      confidentiality: typeof a.snapshot.confidentiality === "string" ? a.snapshot.confidentiality : null,
    })),
    "",
  );
}

/** The completion's problems with the profile's register rules added (the first message per field kept). */
function withRegisterRules(
  problem: ReturnType<typeof completionProblems>,
  rules: Array<{ field: string; ja: string; en: string }>,
) {
  if (!rules.length) return problem;
  const fields = { ...(problem?.fields ?? {}) };
  for (const r of rules) fields[r.field] ??= { message_ja: r.ja, message_en: r.en };
  return { code: problem?.code ?? "evidence_required", fields };
}

/** Completes a request with what its kind needs (see domain/completion.ts). */
export async function completeRequest(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  actor: Actor,
  id: string,
  input: CompleteInput,
  now: Date,
) {
  return db.transaction(async (tx) => {
    const before = await lockRequest(tx, id);
    if (!before) throw notFound(REQUEST);
    ensureTransition("complete", before);
    const spec = kindSpec(before.kind);
    if (!spec) throw conflict("unknown_kind", "申請の種類が不明です。", "Unknown request kind.");
    if (spec.followUp === "return_report" && before.status !== "in_effect")
      throw conflict(
        "not_carried_out",
        "持ち出しが記録されていません。",
        "Nothing was carried out under this request.",
      );
    const assets = await assetsOf(tx, id);
    const problem = withRegisterRules(
      completionProblems(spec, input, {
        today: toIsoDate(now),
        returned: before.returnedAt != null,
        encryptionRequired: before.encryptionRequired,
        startDate: before.submittedAt ? toIsoDate(before.submittedAt) : null,
      }),
      spec.followUp === "disposal_evidence" ? disposalRuleProblems(profile, input, assets) : [],
    );
    if (problem) {
      if (problem.code === "return_not_reported")
        throw conflict(problem.code, "返却の報告がまだありません。", "The return has not been reported yet.");
      throw new AppError(
        400,
        problem.code,
        "完了に必要な記録が不足しています。",
        "Completing needs more records.",
        problem.fields,
      );
    }
    const completion: RequestCompletion = { ...input, completedBy: actor.personId };
    const [row] = await tx
      .update(requests)
      .set({
        status: "completed",
        completion,
        closedAt: now,
        ...(spec.followUp === "return_report"
          ? { returnConfirmedAt: now, returnConfirmedByPersonId: actor.personId }
          : {}),
        updatedAt: now,
      })
      .where(eq(requests.id, id))
      .returning();
    if (spec.followUp === "return_report")
      await logCarryOut(
        tx,
        row,
        "return_confirmed",
        assets,
        { occurredAt: now, recordedByPersonId: actor.personId, note: input.note ?? "紛失等なし" },
        now,
      );
    if (spec.followUp === "disposal_evidence") {
      for (const a of assets)
        await enqueueRegisterEntry(
          tx,
          `disposal:${id}:${a.assetId}`,
          {
            register: "disposal_log",
            entryType: "record",
            occurredAt: toJstIsoString(input.disposedOn as string),
            departmentId: row.departmentId,
            personId: input.personId ?? null,
            assetId: a.assetId,
            data: {
              assetLabel: `${String(a.snapshot.assetNumber ?? "")} ${String(a.snapshot.name ?? "")}`.trim(),
              method: input.method,
              // Only what was given: the register's schema takes no nulls.
              ...given({
                certificateNumber: input.certificateNumber,
                photoRef: input.photoRef,
                quantity: input.quantity,
                note: input.note,
              }),
              requestNumber: row.number,
            },
            sourceRequestId: id,
            recordedByPersonId: actor.personId,
          },
          now,
        );
      // Only now is the asset (and the data on it) marked disposed.
      await enqueueAssetStatus(
        tx,
        row,
        assets.map((a) => a.assetId),
        "disposed",
        input.disposedOn as string,
        now,
      );
    }
    if (spec.followUp === "provision_record")
      await enqueueRegisterEntry(
        tx,
        `provision:${id}`,
        {
          register: "data_handover_log",
          entryType: "record",
          occurredAt: toJstIsoString(input.providedOn as string),
          departmentId: row.departmentId,
          personId: row.requesterPersonId,
          assetId: assets[0]?.assetId ?? null,
          data: {
            direction: "out",
            fromDepartment: row.departmentId,
            toParty: input.recipient,
            dataName: assets
              .map((a) => `${String(a.snapshot.assetNumber ?? "")} ${String(a.snapshot.name ?? "")}`.trim())
              .join("、"),
            quantity: input.quantity ?? null,
            mediumForm: input.mediumForm ?? (row.fields as Record<string, unknown>).method ?? null,
            encrypted: input.encrypted === true,
            requestNumber: row.number,
          },
          sourceRequestId: id,
          recordedByPersonId: actor.personId,
        },
        now,
      );
    if (row.kind === "system_change") {
      const f = row.fields as Record<string, unknown>;
      await enqueueRegisterEntry(
        tx,
        `work:${id}`,
        {
          register: "work_log",
          entryType: "record",
          occurredAt: String(f.startsAt ?? now.toISOString()),
          departmentId: row.departmentId,
          personId: row.requesterPersonId,
          assetId: assets[0]?.assetId ?? null,
          data: {
            system: f.system,
            work: f.description,
            secondPersonId: f.secondPersonId,
            requestNumber: row.number,
          },
          sourceRequestId: id,
          recordedByPersonId: actor.personId,
        },
        now,
      );
    }
    await recordEvent(
      tx,
      ctx,
      {
        type: "request.completed",
        targetType: "request",
        targetId: id,
        departmentId: row.departmentId,
        data: { kind: row.kind, from: before.status, to: row.status, completion },
      },
      now,
    );
    const label = requestLabel(row, titleOf(profile, row.kind));
    const others = [row.requesterPersonId, ...approverIds(row)].filter((p) => p !== actor.personId);
    await notify(
      tx,
      others,
      {
        requestId: id,
        kind: "request_completed",
        ja: `${label.ja}が完了しました。`,
        en: `${label.en} was completed.`,
      },
      now,
    );
    return row;
  });
}

export async function cancelRequest(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  id: string,
  input: { reason?: string | null },
  now: Date,
) {
  return db.transaction(async (tx) => {
    const before = await lockRequest(tx, id);
    if (!before) throw notFound(REQUEST);
    ensureTransition("cancel", before);
    const [row] = await tx
      .update(requests)
      .set({ status: "cancelled", currentStep: 0, closedAt: now, updatedAt: now })
      .where(eq(requests.id, id))
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "request.cancelled",
        targetType: "request",
        targetId: id,
        departmentId: row.departmentId,
        data: { kind: row.kind, from: before.status, to: row.status, reason: input.reason ?? null },
      },
      now,
    );
    if (before.status === "submitted" || before.status === "approved") {
      const label = requestLabel(row, titleOf(profile, row.kind));
      await notify(
        tx,
        approverIds(before),
        {
          requestId: id,
          kind: "request_cancelled",
          ja: `${label.ja}は申請者により取り消されました。`,
          en: `${label.en} was cancelled by the requester.`,
        },
        now,
      );
    }
    return row;
  });
}

/** The post-report of an emergency exception taken first (事後報告). */
export async function postReport(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  id: string,
  input: { report: string },
  now: Date,
) {
  return db.transaction(async (tx) => {
    const before = await lockRequest(tx, id);
    if (!before) throw notFound(REQUEST);
    if (!before.emergency)
      throw conflict(
        "not_an_emergency",
        "緊急時の例外措置ではないため、事後報告は不要です。",
        "Only an emergency exception needs a post-report.",
      );
    ensureTransition("post_report", before);
    if (before.postReportedAt)
      throw conflict(
        "already_reported",
        "事後報告はすでに提出されています。",
        "The post-report was already made.",
      );
    const [row] = await tx
      .update(requests)
      .set({
        postReportedAt: now,
        completion: { ...(before.completion ?? {}), postReport: input.report },
        updatedAt: now,
      })
      .where(eq(requests.id, id))
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "request.post_reported",
        targetType: "request",
        targetId: id,
        departmentId: row.departmentId,
        data: {
          kind: row.kind,
          late: before.postReportDueAt ? now > before.postReportDueAt : false,
          dueAt: before.postReportDueAt?.toISOString() ?? null,
        },
      },
      now,
    );
    const label = requestLabel(row, titleOf(profile, row.kind));
    await notify(
      tx,
      approverIds(row),
      {
        requestId: id,
        kind: "post_reported",
        ja: `${label.ja}（緊急時の例外措置）の事後報告が提出されました。`,
        en: `The post-report of ${label.en} (emergency exception) was made.`,
      },
      now,
    );
    return row;
  });
}
