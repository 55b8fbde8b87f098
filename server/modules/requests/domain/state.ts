/**
 * The request state machine (pure). Every transition the API offers is here; anything else is a
 * 409 with a message that says what state the request is in and what would be needed.
 *
 *   draft ──submit──▶ submitted ──approve (last step)──▶ approved ──start──▶ in_effect ──complete──▶ completed
 *     │                 │  ├─approve (more steps)─▶ submitted                    │
 *     │                 │  ├─reject─▶ rejected                                   ├─expire (job)─▶ expired
 *     │                 │  └─return─▶ returned ──submit──▶ submitted             │
 *     └──submit (no approval needed, or emergency)──────────────────────────────▶ in_effect
 *   draft / submitted / returned / approved ──cancel──▶ cancelled
 */
import type { RequestStatus } from "../tables";

export type Action =
  | "submit"
  | "approve"
  | "reject"
  | "return"
  | "start"
  | "return_report"
  | "confirm_return"
  | "post_report"
  | "complete"
  | "cancel"
  | "expire";

const FROM: Record<Action, readonly RequestStatus[]> = {
  submit: ["draft", "returned"],
  approve: ["submitted"],
  reject: ["submitted"],
  return: ["submitted"],
  start: ["approved"],
  return_report: ["in_effect"],
  confirm_return: ["in_effect"],
  post_report: ["in_effect", "approved", "completed"],
  complete: ["approved", "in_effect"],
  cancel: ["draft", "submitted", "returned", "approved"],
  expire: ["approved", "in_effect"],
};

export const TERMINAL: readonly RequestStatus[] = ["completed", "rejected", "expired", "cancelled"];

export const STATUS_LABELS: Record<RequestStatus, { ja: string; en: string }> = {
  draft: { ja: "下書き", en: "draft" },
  submitted: { ja: "承認待ち", en: "waiting for approval" },
  approved: { ja: "承認済み", en: "approved" },
  rejected: { ja: "却下", en: "rejected" },
  returned: { ja: "差し戻し", en: "returned for changes" },
  in_effect: { ja: "実施中", en: "in effect" },
  completed: { ja: "完了", en: "completed" },
  expired: { ja: "期限切れ", en: "expired" },
  cancelled: { ja: "取消し", en: "cancelled" },
};

export const ACTION_LABELS: Record<Action, { ja: string; en: string }> = {
  submit: { ja: "提出", en: "submit" },
  approve: { ja: "承認", en: "approve" },
  reject: { ja: "却下", en: "reject" },
  return: { ja: "差し戻し", en: "return" },
  start: { ja: "実施の記録", en: "record the start" },
  return_report: { ja: "返却の報告", en: "report the return" },
  confirm_return: { ja: "返却の確認", en: "confirm the return" },
  post_report: { ja: "事後報告", en: "post-report" },
  complete: { ja: "完了", en: "complete" },
  cancel: { ja: "取消し", en: "cancel" },
  expire: { ja: "期限切れ", en: "expire" },
};

export function canTransition(action: Action, from: RequestStatus): boolean {
  return FROM[action].includes(from);
}

/** Why an action is refused in a state, in Japanese and English (null when it is allowed). */
export function refusal(action: Action, from: RequestStatus): { ja: string; en: string } | null {
  if (canTransition(action, from)) return null;
  const s = STATUS_LABELS[from];
  const a = ACTION_LABELS[action];
  const allowed = FROM[action].map((x) => STATUS_LABELS[x]);
  return {
    ja: `この申請は「${s.ja}」のため${a.ja}できません（${allowed.map((x) => `「${x.ja}」`).join("・")}のときにできます）。`,
    en: `This request is ${s.en}, so it cannot ${a.en === "approve" ? "be approved" : `take "${a.en}"`} (allowed when ${allowed.map((x) => x.en).join(" or ")}).`,
  };
}

/** Status after submit: needs approval → submitted; otherwise (or an emergency taken first) → in_effect. */
export function statusAfterSubmit(approvalRequired: boolean, emergency: boolean): RequestStatus {
  return approvalRequired && !emergency ? "submitted" : "in_effect";
}

/** After an approval at `step` of `steps`: the next step waits, or the request is approved. */
export function afterApproval(step: number, steps: number): { status: RequestStatus; currentStep: number } {
  return step < steps
    ? { status: "submitted", currentStep: step + 1 }
    : { status: "approved", currentStep: 0 };
}
