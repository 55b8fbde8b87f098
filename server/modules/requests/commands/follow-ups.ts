import type { DbOrTx } from "../../../db/client";
import { enqueue } from "../../../jobs";
import { consumesRule } from "../../../profile/consumers";
import { jstDay } from "../domain/deadlines";
import type { KindSpec } from "../domain/kinds";
import type { RequestRow } from "./support";

// The profile's `return_report` follow-up (西原村 6.1(1)⑤ 持ち帰りの記録; 川崎市 第4章1(5)エ(オ)
// 帰庁後速やかに報告・確認) acts: the return check reminds the requester from the report's due time,
// then the approvers, and the approver confirms the return. Its `due_days` (川崎市: 1) sets that due
// time after the return due (evaluate.ts returnReportDue); the overdue list reads the same instant.
// Any other follow-up (e.g. offsite_equipment's periodic_check) is shown as text only.
consumesRule("request_kinds.*.follow_ups.return_report", "requests");
consumesRule("request_kinds.*.follow_ups.return_report.due_days", "requests");

/** A carry-out's return report due (rows filed before the column existed: the return due). */
export const returnReportDueOf = (row: Pick<RequestRow, "returnReportDueAt" | "endsAt">) =>
  row.returnReportDueAt ?? row.endsAt;

export const RETURN_CHECK_JOB = "requests.return_check";
export const EXPIRE_JOB = "requests.expire";
export const POST_REPORT_CHECK_JOB = "requests.post_report_check";

/**
 * Jobs a request in effect needs: the return check at the return due time (carry-out), the end
 * of a permission's validity, and the post-report deadline of an emergency exception. Unique keys
 * make each scheduled once, however often this runs.
 */
export async function scheduleFollowUps(tx: DbOrTx, row: RequestRow, spec: KindSpec, now: Date) {
  const reportDue = returnReportDueOf(row);
  if (spec.followUp === "return_report" && reportDue) {
    const at = new Date(Math.max(reportDue.getTime() + 1, now.getTime()));
    await enqueue(tx, {
      kind: RETURN_CHECK_JOB,
      payload: { requestId: row.id },
      runAt: at,
      uniqueKey: `${RETURN_CHECK_JOB}:${row.id}:${jstDay(at)}`,
    });
  }
  if (spec.followUp === "validity" && row.endsAt) {
    await enqueue(tx, {
      kind: EXPIRE_JOB,
      payload: { requestId: row.id },
      runAt: new Date(row.endsAt.getTime() + 1),
      uniqueKey: `${EXPIRE_JOB}:${row.id}`,
    });
  }
  if (row.emergency && row.postReportDueAt) {
    await enqueue(tx, {
      kind: POST_REPORT_CHECK_JOB,
      payload: { requestId: row.id },
      runAt: new Date(row.postReportDueAt.getTime() + 1),
      uniqueKey: `${POST_REPORT_CHECK_JOB}:${row.id}:${jstDay(new Date(row.postReportDueAt.getTime() + 1))}`,
    });
  }
}
