/**
 * The states of a yearly plan: draft → submitted → approved → in effect → reported. Without an
 * approving duty in the profile (川崎市: the text names none), a submitted plan goes straight into
 * effect; with one (西原村 6.2(2)①: the committee), it cannot take effect before approval.
 */
import type { PlanStatus } from "../tables";

export type PlanAction = "submit" | "approve" | "return" | "put_in_effect" | "report";

export function nextStatus(
  status: PlanStatus,
  action: PlanAction,
  approvalRequired: boolean,
): PlanStatus | null {
  switch (action) {
    case "submit":
      return status === "draft" ? "submitted" : null;
    case "return":
      return status === "submitted" ? "draft" : null;
    case "approve":
      return approvalRequired && status === "submitted" ? "approved" : null;
    case "put_in_effect":
      if (approvalRequired) return status === "approved" ? "in_effect" : null;
      return status === "submitted" ? "in_effect" : null;
    case "report":
      return status === "in_effect" ? "reported" : null;
  }
}

/** Courses may be changed only while the plan is a draft (what was approved is what runs). */
export const editable = (status: PlanStatus) => status === "draft";
