/**
 * A staff member asks for the deletion of an ID they no longer need (西原村 対策基準 7.2(1)②(イ):
 * 職員等は…利用者登録を抹消するよう…通知しなければならない). The ask is recorded on the ID, audited
 * in the same transaction, and those the profile's `accounts.deletion_request` names are told
 * (the system's administrator and/or holders of duties over its owner 課). The administrator
 * then removes the ID through the usual change (PATCH state removed).
 */
import { and, eq, isNull, or } from "drizzle-orm";
import { recordEvent } from "../../../audit/record";
import type { Db } from "../../../db/client";
import { holdersOf } from "../../../directory";
import type { RequestContext } from "../../../http/context";
import { conflict } from "../../../http/errors";
import { defineKindTexts, notify } from "../../../notify";
import type { Profile } from "../../../profile";
import type { AccountRecord } from "../access";
import { systemAccounts } from "../tables";
import type { AccountRow } from "./accounts";
import { chooseRecipients } from "./recipients";

defineKindTexts("accounts", {
  id_deletion_requested: {
    ja: "利用者IDの削除が依頼されました",
    en: "The deletion of a user ID was requested",
  },
});

export interface DeletionRecipient {
  /** "system_administrator", or the duty named in the profile. */
  via: string;
  role: string | null;
  personIds: string[];
}

/**
 * Who the profile's rule tells of a deletion request over this ID's system; when the named ones
 * reach nobody, the rule's fallback office (chooseRecipients).
 */
export async function deletionRecipients(
  db: Db,
  profile: Profile,
  unit: AccountRecord,
  now: Date,
): Promise<{ told: DeletionRecipient[]; unreached: DeletionRecipient[]; fellBack: boolean }> {
  const rule = profile.accounts?.deletion_request;
  if (!rule) return { told: [], unreached: [], fellBack: false };
  const resolve = async (r: { duty: string; role?: string }): Promise<DeletionRecipient> => {
    const holders = await holdersOf(db, profile, r.duty, unit, now);
    return {
      via: r.duty,
      role: r.role ?? null,
      personIds: [...new Set(holders.filter((h) => !r.role || h.roleKey === r.role).map((h) => h.personId))],
    };
  };
  const named: DeletionRecipient[] = [];
  if (rule.system_administrator)
    named.push({
      via: "system_administrator",
      role: null,
      personIds: unit.administratorPersonId ? [unit.administratorPersonId] : [],
    });
  for (const r of rule.notify) named.push(await resolve(r));
  return chooseRecipients(named, rule.mode, rule.fallback, resolve);
}

export async function requestDeletion(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  row: AccountRow,
  unit: AccountRecord,
  input: { reason: string | null },
  now: Date,
) {
  const refused = () =>
    conflict(
      "deletion_already_requested",
      "このIDの削除は依頼済みか、削除済みです。",
      "The deletion of this ID was already requested, or it is removed.",
    );
  // A declined ask may be made again (the holder still does not need the ID); an open one may not.
  const askedBefore = row.deletionRequestedAt && row.deletionOutcome !== "declined";
  if (askedBefore || row.state === "removed") throw refused();
  const rule = profile.accounts?.deletion_request ?? null;
  const recipients = await deletionRecipients(db, profile, unit, now);
  return db.transaction(async (tx) => {
    // Of two asks at once, the second finds the first recorded (no second notice).
    const [marked] = await tx
      .update(systemAccounts)
      .set({
        deletionRequestedAt: now,
        deletionReason: input.reason,
        deletionOutcome: null,
        deletionDecidedAt: null,
        deletionDecidedBy: null,
        deletionNote: null,
        updatedAt: now,
      })
      .where(
        and(
          eq(systemAccounts.id, row.id),
          or(isNull(systemAccounts.deletionRequestedAt), eq(systemAccounts.deletionOutcome, "declined")),
        ),
      )
      .returning();
    if (!marked) throw refused();
    const to = [...new Set(recipients.told.flatMap((r) => r.personIds))];
    if (to.length)
      await notify(tx, {
        to,
        module: "accounts",
        kind: "id_deletion_requested",
        record: { type: "system_account", id: row.id },
        link: "/accounts/systems",
        message: {
          // The system is not named: a recipient who may not open its asset (機密性3 / 区分Ⅰ) must not
          // learn its name here; the ID's row in their list shows it with their own rights.
          ja: `利用者ID ${row.loginName} の削除が本人から依頼されました${input.reason ? `（理由: ${input.reason}）` : ""}。対象システムはID管理の画面で確認してください。`,
          en: `The holder of user ID ${row.loginName} asked for its deletion${input.reason ? ` (reason: ${input.reason})` : ""}. See the ID management screen for its system.`,
        },
        now,
      });
    await recordEvent(
      tx,
      ctx,
      {
        type: "accounts.deletion_requested",
        targetType: "system_account",
        targetId: row.id,
        departmentId: row.departmentId,
        data: {
          systemId: row.systemId,
          loginName: row.loginName,
          reason: input.reason,
          told: recipients.told,
          unreached: recipients.unreached.map((r) => ({ via: r.via, role: r.role })),
          fellBack: recipients.fellBack,
          clause: rule?.clause ?? null,
        },
      },
      now,
    );
    return { account: marked, told: recipients.told };
  });
}
