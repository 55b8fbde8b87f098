/**
 * Follow-up jobs of requests (run by the job queue; several instances may share the database:
 * each job is claimed once with FOR UPDATE SKIP LOCKED, and the request row is locked too).
 *
 * - requests.return_check: a carry-out not reported back by its return due time: the requester is
 *   reminded the first overdue day, and from the second day the approvers are told too
 *   (escalation); it runs again each morning (09:00 JST), one job per request and day.
 * - requests.expire: a permission whose validity ended is expired.
 * - requests.post_report_check: an emergency exception without its post-report by the due time:
 *   the requester and the approvers are told, again each morning until it is reported.
 */
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { recordEvent } from "../../../audit/record";
import type { DbOrTx } from "../../../db/client";
import { defineJob, enqueue } from "../../../jobs";
import type { Profile } from "../../../profile";
import { jstDay, nextMorning, overdueStage } from "../domain/deadlines";
import { requests } from "../tables";
import { EXPIRE_JOB, POST_REPORT_CHECK_JOB, RETURN_CHECK_JOB, returnReportDueOf } from "./follow-ups";
import { lockRequest, notify, requestLabel } from "./support";

const titleOf = (profile: Profile, kind: string) =>
  profile.request_kinds.find((k) => k.key === kind)?.title ?? { ja: kind, en: kind };

export async function runReturnCheck(
  tx: DbOrTx,
  requestId: string,
  now: Date,
  profile: Profile,
): Promise<"done" | "reminded" | "escalated" | "early"> {
  const row = await lockRequest(tx, requestId);
  const reportDue = row ? returnReportDueOf(row) : null;
  if (!row || row.status !== "in_effect" || row.returnedAt || !reportDue) return "done";
  const stage = overdueStage(reportDue, now);
  const next = nextMorning(now);
  await enqueue(tx, {
    kind: RETURN_CHECK_JOB,
    payload: { requestId },
    runAt: next,
    uniqueKey: `${RETURN_CHECK_JOB}:${requestId}:${jstDay(next)}`,
  });
  if (stage === "not_due") return "early";
  const label = requestLabel(row, titleOf(profile, row.kind));
  const due = reportDue.toISOString();
  await notify(
    tx,
    [row.requesterPersonId],
    {
      requestId,
      kind: "return_overdue",
      ja: `${label.ja}の返却の報告期限を過ぎています。返却して報告してください。`,
      en: `${label.en} is past the due time of its return report. Please return it and report.`,
    },
    now,
  );
  if (stage === "escalate")
    await notify(
      tx,
      row.resolved.flatMap((s) => s.candidates.map((c) => c.personId)),
      {
        requestId,
        kind: "return_overdue_escalated",
        ja: `${label.ja}が返却予定を過ぎても返却されていません。申請者に確認してください。`,
        en: `${label.en} is overdue and not returned. Please follow up with the requester.`,
      },
      now,
    );
  await tx
    .update(requests)
    .set({ overdueNotices: sql`${requests.overdueNotices} + 1` })
    .where(eq(requests.id, requestId));
  await recordEvent(
    tx,
    null,
    {
      type: stage === "escalate" ? "request.return_overdue_escalated" : "request.return_overdue_reminded",
      targetType: "request",
      targetId: requestId,
      departmentId: row.departmentId,
      data: { dueAt: due, notices: row.overdueNotices + 1, via: "job" },
    },
    now,
  );
  return stage === "escalate" ? "escalated" : "reminded";
}

export async function runExpire(
  tx: DbOrTx,
  requestId: string,
  now: Date,
  profile: Profile,
): Promise<boolean> {
  const row = await lockRequest(tx, requestId);
  if (!row || !row.endsAt || now.getTime() <= row.endsAt.getTime()) return false;
  if (row.status !== "approved" && row.status !== "in_effect") return false;
  await tx
    .update(requests)
    .set({ status: "expired", closedAt: now, updatedAt: now })
    .where(eq(requests.id, requestId));
  await recordEvent(
    tx,
    null,
    {
      type: "request.expired",
      targetType: "request",
      targetId: requestId,
      departmentId: row.departmentId,
      data: { kind: row.kind, from: row.status, to: "expired", endsAt: row.endsAt.toISOString(), via: "job" },
    },
    now,
  );
  const label = requestLabel(row, titleOf(profile, row.kind));
  await notify(
    tx,
    [row.requesterPersonId],
    {
      requestId,
      kind: "request_expired",
      ja: `${label.ja}の期間が終了しました。`,
      en: `${label.en} has ended (its period is over).`,
    },
    now,
  );
  return true;
}

export async function runPostReportCheck(
  tx: DbOrTx,
  requestId: string,
  now: Date,
  profile: Profile,
): Promise<boolean> {
  const row = await lockRequest(tx, requestId);
  if (!row || !row.emergency || row.postReportedAt || !row.postReportDueAt) return false;
  if (now.getTime() <= row.postReportDueAt.getTime()) return false;
  if (["cancelled", "rejected"].includes(row.status)) return false;
  const next = nextMorning(now);
  await enqueue(tx, {
    kind: POST_REPORT_CHECK_JOB,
    payload: { requestId },
    runAt: next,
    uniqueKey: `${POST_REPORT_CHECK_JOB}:${requestId}:${jstDay(next)}`,
  });
  const label = requestLabel(row, titleOf(profile, row.kind));
  await notify(
    tx,
    [row.requesterPersonId, ...row.resolved.flatMap((s) => s.candidates.map((c) => c.personId))],
    {
      requestId,
      kind: "post_report_overdue",
      ja: `${label.ja}（緊急時の例外措置）の事後報告の期限を過ぎています。`,
      en: `The post-report of ${label.en} (emergency exception) is overdue.`,
    },
    now,
  );
  await recordEvent(
    tx,
    null,
    {
      type: "request.post_report_overdue",
      targetType: "request",
      targetId: requestId,
      departmentId: row.departmentId,
      data: { dueAt: row.postReportDueAt.toISOString(), via: "job" },
    },
    now,
  );
  return true;
}

const RequestPayload = z.object({ requestId: z.uuid() });

export const requestJobs = [
  defineJob({
    kind: RETURN_CHECK_JOB,
    payload: RequestPayload,
    run: async ({ requestId }, { tx, now, profile }) => {
      await runReturnCheck(tx, requestId, now, await profile());
    },
  }),
  defineJob({
    kind: EXPIRE_JOB,
    payload: RequestPayload,
    run: async ({ requestId }, { tx, now, profile }) => {
      await runExpire(tx, requestId, now, await profile());
    },
  }),
  defineJob({
    kind: POST_REPORT_CHECK_JOB,
    payload: RequestPayload,
    run: async ({ requestId }, { tx, now, profile }) => {
      await runPostReportCheck(tx, requestId, now, await profile());
    },
  }),
];
