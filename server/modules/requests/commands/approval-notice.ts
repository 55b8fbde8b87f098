/**
 * 承認の通知: where the text says who must be told once a request is approved (profile
 * `request_kinds.*.notify_on_approval`, e.g. 西原村 7.2(1)③(ウ) 「CISO は、代行者を認めた場合、速やかに
 * ネットワーク管理者及び情報セキュリティ・システム管理者に通知しなければならない」), the holders of those
 * duties over the request's unit are told in the approval's own transaction — 速やかに is at once — and
 * the notice is audited with its clause and recipients.
 */
import { recordEvent } from "../../../audit/record";
import type { DbOrTx } from "../../../db/client";
import type { RequestContext } from "../../../http/context";
import type { Profile } from "../../../profile";
import { consumesRule } from "../../../profile/consumers";
import { resolveChain } from "../domain/approvers";
import { assignmentsFor, type RequestRow } from "../queries";
import { notify } from "./support";

consumesRule("request_kinds.*.notify_on_approval", "requests");

/** Tells the profile's recipients of an approved request; returns whom (the requester is told anyway). */
export async function notifyOnApproval(
  tx: DbOrTx,
  ctx: RequestContext,
  profile: Profile,
  row: RequestRow,
  label: { ja: string; en: string },
  now: Date,
): Promise<string[]> {
  const rule = profile.request_kinds.find((k) => k.key === row.kind)?.notify_on_approval;
  if (!rule) return [];
  const { assignments, deputies } = await assignmentsFor(tx, profile, rule.duties, now);
  const steps = rule.duties.map((duty, i) => ({ step: i + 1, duty, scope: "department" }));
  const unit = { departmentId: row.departmentId, bureauId: row.bureauId };
  const to = [
    ...new Set(
      resolveChain(profile, steps, unit, assignments, deputies, row.requesterPersonId).flatMap((s) =>
        s.candidates.filter((c) => c.deputyFor === null).map((c) => c.personId),
      ),
    ),
  ];
  await notify(
    tx,
    to,
    {
      requestId: row.id,
      kind: "approval_notice",
      ja: `${label.ja}が承認されました（${rule.clause}）。`,
      en: `${label.en} was approved (${rule.clause}).`,
    },
    now,
  );
  await recordEvent(
    tx,
    ctx,
    {
      type: "request.approval_notified",
      targetType: "request",
      targetId: row.id,
      departmentId: row.departmentId,
      data: { kind: row.kind, to, clause: rule.clause },
    },
    now,
  );
  return to;
}
