import type { AuditDataOf } from "../../common/audit-events";
import { recordEvent } from "../audit/record";
import type { Db } from "../db/client";
import { holdersOf } from "../directory";
import type { RequestContext } from "../http/context";
import { AppError } from "../http/errors";
import { defineKindTexts, notify } from "../notify";
import type { Profile } from "../profile";
import { consumesRule } from "../profile/consumers";

consumesRule("auth.single_administrator", "access");

defineKindTexts("access", {
  self_grant_refused: {
    ja: "自分自身への権限付与が拒否されました",
    en: "Someone tried to grant themselves power",
  },
});

/** The changes that would give their maker power over records or people. */
export type SelfGrant =
  | "role_assignment"
  | "deputy"
  | "asset_named_person"
  | "own_department"
  | "own_transfer"
  | "privileged_id"
  | "system_administrator";

const WHAT: Record<SelfGrant, { ja: string; en: string }> = {
  role_assignment: { ja: "自分への役割の任命", en: "assigning a role to oneself" },
  deputy: { ja: "自分を代行者とする指定", en: "appointing oneself as a deputy" },
  asset_named_person: { ja: "情報資産への自分の記名", en: "naming oneself on an asset" },
  own_department: { ja: "自分の所属の変更", en: "changing one's own department" },
  own_transfer: { ja: "自分を含む人事異動", en: "a transfer that moves oneself" },
  privileged_id: {
    ja: "自分を保有者とする特権IDの登録",
    en: "registering oneself as a privileged ID's holder",
  },
  system_administrator: {
    ja: "自分をシステムの管理担当者とする指定",
    en: "naming oneself a system's administrator",
  },
};

/**
 * No one grants themselves power (#12 item 4): whoever makes a change that would widen their own
 * access (a role or deputy for themselves, being named on an asset, moving their own department)
 * is refused. Where the organization has several administrators the change needs a second one:
 * another administrator makes it, under their own name — the two-person rule — and the
 * administrators are told of the attempt. Where the profile says the organization has a single
 * administrator (`auth.single_administrator`), nobody else could, so it is refused and reported
 * to the CISO. Either way the attempt is audited (its own transaction: the change never happens).
 */
export async function refuseSelfGrant(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  change: SelfGrant,
  detail: AuditDataOf<"access.self_grant_refused">["detail"],
  now: Date,
): Promise<never> {
  const single = profile.auth.single_administrator === true;
  const what = WHAT[change];
  const name = ctx.actor?.name ?? "";
  await db.transaction(async (tx) => {
    await recordEvent(
      tx,
      ctx,
      {
        type: "access.self_grant_refused",
        targetType: "person",
        targetId: ctx.actor?.personId,
        data: { change, detail, singleAdministrator: single },
      },
      now,
    );
    const duty = single ? "chief_information_security_officer" : "administer_system";
    const to = (await holdersOf(tx, profile, duty, "organization", now))
      .map((h) => h.personId)
      .filter((id) => id !== ctx.actor?.personId);
    await notify(tx, {
      to,
      module: "access",
      kind: "self_grant_refused",
      record: ctx.actor ? { type: "person", id: ctx.actor.personId } : null,
      now,
      message: {
        ja: `${name}さんが${what.ja}を試み、拒否されました。${single ? "" : "必要なら別の管理者が確認のうえ行ってください（二者確認）。"}`,
        en: `${name} tried ${what.en}; it was refused.${single ? "" : " If it is needed, another administrator checks and makes it (two-person rule)."}`,
      },
    });
  });
  throw new AppError(
    403,
    "self_grant",
    single
      ? `${what.ja}はできません。この組織の管理者は一人のため、最高情報セキュリティ責任者（CISO）に報告しました。`
      : `${what.ja}はできません。別の管理者に依頼してください（二者確認）。管理者に通知しました。`,
    single
      ? `No one may grant themselves power (${what.en}). This organization has a single administrator: the attempt was reported to the CISO.`
      : `No one may grant themselves power (${what.en}). Ask another administrator to make the change (two-person rule); the administrators were told.`,
  );
}
