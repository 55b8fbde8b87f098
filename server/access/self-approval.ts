import type { Duty } from "../../common/duties";
import type { DbOrTx } from "../db/client";
import { holdersOf, type Over } from "../directory";
import type { Actor } from "../http/context";
import { AppError } from "../http/errors";
import type { Profile } from "../profile";
import { consumesRule } from "../profile/consumers";

/*
 * The same rule requests follow (requests/domain/sod.ts) and the yearly report follows
 * (reports/commands/approve.ts), for every other approval, confirmation and sign-off.
 */
consumesRule("separation_of_duties.requester_not_approver", "access");

/** An approval of someone's work, as the module's access.ts describes it. */
export interface Approval {
  /** What is approved, as the refusal names it: 「自分が作成した版」. */
  what: { ja: string; en: string };
  /** Whose work it is (its drafter, submitter, preparer); nulls are ignored. */
  authors: ReadonlyArray<string | null | undefined>;
  /** The duty that approves, and over which unit its holders are counted. */
  duty: Duty;
  over: Over;
}

/**
 * Is this the actor's own work (pure)? They made it, or they hold the approving duty only as a
 * deputy of whoever made it — a deputy is the author's hand, as for requests.
 */
export function isOwnWork(actor: Pick<Actor, "personId" | "grants">, a: Pick<Approval, "authors" | "duty">) {
  const authors = new Set(a.authors.filter((x): x is string => !!x));
  if (authors.has(actor.personId)) return true;
  const grants = actor.grants.filter((g) => g.duty === a.duty);
  return grants.length > 0 && grants.every((g) => g.deputyFor !== null && authors.has(g.deputyFor));
}

/**
 * Separation of duties (兼務の禁止, the profile's `requester_not_approver`, 西原村 対策基準 2.(6)①,
 * 川崎市 第2章1(11)ア): nobody approves their own work. Only where the profile allows an
 * unavoidable case (やむを得ない場合を除き) may the author approve — when nobody else holds the
 * duty over the unit, and with a reason of at least ten characters, which the caller records in
 * the approval's audit event. Returns that reason, or null when the work is not the actor's;
 * throws 403 `separation_of_duties` / `override_not_allowed` / `others_can_decide` or 400
 * `reason_required` (field `overrideReason`) otherwise.
 */
export async function checkSelfApproval(
  db: DbOrTx,
  profile: Profile,
  actor: Actor,
  a: Approval,
  /** The reason given for an unavoidable self-approval; `false` where the route takes none. */
  overrideReason: string | null | undefined | false,
  now: Date,
): Promise<string | null> {
  if (!isOwnWork(actor, a)) return null;
  if (overrideReason === false)
    throw new AppError(
      403,
      "separation_of_duties",
      `${a.what.ja}は承認できません（兼務の禁止）。ほかの方に承認を依頼してください。`,
      `You cannot approve ${a.what.en} (separation of duties). Ask someone else to approve it.`,
    );
  const reason = overrideReason?.trim() ?? "";
  if (!reason)
    throw new AppError(
      403,
      "separation_of_duties",
      `${a.what.ja}は承認できません（兼務の禁止）。やむを得ない場合は、理由を記録して承認してください。`,
      `You cannot approve ${a.what.en} (separation of duties). If it is unavoidable, record the reason.`,
    );
  const rule = profile.separation_of_duties.find((r) => r.kind === "requester_not_approver");
  if (!rule?.unless_unavoidable)
    throw new AppError(
      403,
      "override_not_allowed",
      `この組織のポリシーでは、${a.what.ja}を承認することは認められていません。`,
      `The policy does not allow approving ${a.what.en}.`,
    );
  const authors = new Set(a.authors.filter((x): x is string => !!x));
  const others = (await holdersOf(db, profile, a.duty, a.over, now)).filter(
    (h) => !authors.has(h.personId) && !(h.deputyFor && authors.has(h.deputyFor)),
  );
  if (others.length) {
    // Named in both languages: the screen shows whom to ask, whatever its language.
    const names = [...new Set(others.map((o) => o.name))];
    throw new AppError(
      403,
      "others_can_decide",
      `${a.what.ja}は承認できません（兼務の禁止）。次の方が承認できます: ${names.join("、")}`,
      `You cannot approve ${a.what.en} (separation of duties). These people can approve it: ${names.join(", ")}`,
    );
  }
  if (reason.length < 10)
    throw new AppError(
      400,
      "reason_required",
      "やむを得ない理由を10文字以上で記録してください。",
      "Record the unavoidable reason (at least 10 characters).",
      {
        overrideReason: {
          message_ja: "10文字以上で入力してください。",
          message_en: "At least 10 characters.",
        },
      },
    );
  return reason;
}
