/**
 * The owner's decision on a match (the task): 影響なし / 対応中 / 適用済 / 回避策 / 受容. Reasons are
 * required where the decision must be explained; acceptance also needs an expiry (and the profile's
 * duty, checked by the route through access.ts). The decision is kept across re-imports.
 */
import { eq } from "drizzle-orm";
import { todayJst } from "../../../../common/calendar";
import { recordEvent } from "../../../audit/record";
import type { DbOrTx } from "../../../db/client";
import type { RequestContext } from "../../../http/context";
import { conflict, type FieldError, invalid } from "../../../http/errors";
import { type MatchState, vulnMatches } from "../tables";

export interface DecisionInput {
  state: Exclude<MatchState, "unconfirmed">;
  reason: string | null;
  evidence: string | null;
  acceptedUntil: string | null;
}

/** Which decisions may follow which (a closed task may be reopened as in progress). */
const NEXT: Record<MatchState, readonly MatchState[]> = {
  unconfirmed: ["not_affected", "in_progress", "applied", "workaround", "accepted"],
  in_progress: ["not_affected", "applied", "workaround", "accepted"],
  workaround: ["in_progress", "applied", "accepted"],
  accepted: ["in_progress", "applied", "workaround"],
  not_affected: ["in_progress"],
  applied: ["in_progress"],
};

export function checkDecision(
  from: MatchState,
  input: DecisionInput,
  today: string,
): Record<string, FieldError> {
  const errors: Record<string, FieldError> = {};
  if (!NEXT[from].includes(input.state)) {
    errors.state = {
      message_ja: "この状態からは選べない判断です。",
      message_en: "That decision cannot follow the current state.",
    };
  }
  const needsReason =
    input.state === "not_affected" || input.state === "workaround" || input.state === "accepted";
  if (needsReason && !input.reason?.trim()) {
    errors.reason = {
      message_ja:
        input.state === "workaround" ? "回避策の内容を記入してください。" : "理由を記入してください。",
      message_en: input.state === "workaround" ? "Describe the workaround." : "Give the reason.",
    };
  }
  if (input.state === "accepted") {
    if (!input.acceptedUntil)
      errors.acceptedUntil = {
        message_ja: "受容の期限を入力してください。",
        message_en: "Give the expiry of the acceptance.",
      };
    else if (input.acceptedUntil <= today)
      errors.acceptedUntil = {
        message_ja: "受容の期限は明日以降にしてください。",
        message_en: "The expiry must be after today.",
      };
  } else if (input.acceptedUntil) {
    errors.acceptedUntil = {
      message_ja: "期限は受容のときだけ入力します。",
      message_en: "An expiry is given only when accepting.",
    };
  }
  return errors;
}

export async function decideMatch(
  tx: DbOrTx,
  ctx: RequestContext,
  matchId: string,
  input: DecisionInput,
  now: Date,
) {
  const [m] = await tx.select().from(vulnMatches).where(eq(vulnMatches.id, matchId)).for("update");
  if (!m) throw conflict("gone", "対象が見つかりません。", "The match is gone.");
  const errors = checkDecision(m.state, input, todayJst(now));
  if (Object.keys(errors).length) throw invalid(errors);
  const [row] = await tx
    .update(vulnMatches)
    .set({
      state: input.state,
      decisionReason: input.reason?.trim() || null,
      evidence: input.evidence?.trim() || null,
      acceptedUntil: input.state === "accepted" ? input.acceptedUntil : null,
      decidedByPersonId: ctx.actor?.personId ?? null,
      decidedAt: now,
    })
    .where(eq(vulnMatches.id, matchId))
    .returning();
  await recordEvent(
    tx,
    ctx,
    {
      type: "vulnerability.decided",
      targetType: "vuln_match",
      targetId: matchId,
      departmentId: m.departmentId,
      data: {
        state: { from: m.state, to: input.state },
        reason: row.decisionReason,
        acceptedUntil: row.acceptedUntil,
      },
    },
    now,
  );
  return row;
}
