/**
 * Tells the manager of the 課 a person leaves — by a transfer, a leave or a retirement — under the
 * profile's `personnel.leaving` rule (西原村 6.1(1)⑧ 利用していた情報資産を返却; 川崎市 第4章1(2)イ
 * 利用資格の停止…速やかに). Runs in the transaction of the apply, beside its audit event.
 */
import type { DbOrTx } from "../../../db/client";
import { departmentUnit, holdersOf } from "../../../directory";
import { defineKindTexts, notify } from "../../../notify";
import type { Profile } from "../../../profile";
import { consumesRule } from "../../../profile/consumers";
import { findRole } from "../util";

consumesRule("personnel.leaving", "org");

defineKindTexts("org", {
  person_left_unit: {
    ja: "課の職員が異動・休職・退職しました（資産の返却・再割当てと利用資格の停止）",
    en: "A member of your section has left (return or reassign assets, stop access rights)",
  },
});

export type LeavingReason = "transfer" | "leave" | "retirement" | "directory_disabled";

const REASON: Record<LeavingReason, { ja: string; en: string }> = {
  transfer: { ja: "異動", en: "transferred" },
  leave: { ja: "休職", en: "went on leave" },
  retirement: { ja: "退職", en: "retired" },
  // A leaver found by the LDAP/AD sync: the directory does not say whether it is a leave or a retirement.
  directory_disabled: {
    ja: "ディレクトリ上で無効化（休職・退職等）",
    en: "was disabled in the directory (leave, retirement or similar)",
  },
};

/**
 * The people told: holders of the rule's duty over the old 課 by a role of that 課 (the 課長, not
 * the 局長 whose bureau role also covers it); when the 課 has none, whoever holds it over the 課.
 * The person who left is never told about themselves.
 */
export async function leavingRecipients(
  db: DbOrTx,
  profile: Profile,
  personId: string,
  fromDepartmentId: string | null,
  at: Date,
): Promise<string[]> {
  const rule = profile.personnel?.leaving;
  if (!rule || !fromDepartmentId) return [];
  const unit = await departmentUnit(db, fromDepartmentId);
  const over = { departmentId: fromDepartmentId, bureauId: unit?.bureauId ?? null };
  const holders = (await holdersOf(db, profile, rule.notify_duty, over, at)).filter(
    (h) => h.personId !== personId,
  );
  const own = holders.filter((h) => findRole(profile, h.roleKey)?.scope === "department");
  return [...new Set((own.length ? own : holders).map((h) => h.personId))];
}

export async function notifyLeaving(
  tx: DbOrTx,
  profile: Profile,
  input: {
    personId: string;
    personName: string;
    fromDepartmentId: string | null;
    reason: LeavingReason;
    effectiveDate: string;
    link: string;
    record: { type: string; id: string };
  },
  now: Date,
): Promise<string[]> {
  const rule = profile.personnel?.leaving;
  if (!rule) return [];
  const to = await leavingRecipients(tx, profile, input.personId, input.fromDepartmentId, now);
  const reason = REASON[input.reason];
  await notify(tx, {
    to,
    module: "org",
    kind: "person_left_unit",
    record: input.record,
    link: input.link,
    message: {
      ja: `${input.personName}さんが${input.effectiveDate}付で${reason.ja}しました。利用していた情報資産の返却・再割当てと利用資格の停止を確認してください（根拠: ${rule.clause}）。`,
      en: `${input.personName} ${reason.en} as of ${input.effectiveDate}. Check that the assets they used are returned or reassigned and their access rights stopped (${rule.clause}).`,
    },
    now,
  });
  return to;
}
