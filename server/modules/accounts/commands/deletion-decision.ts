/**
 * The keepers answer a holder's ask to delete their ID (西原村 対策基準 7.2(1)②(イ)): the ID is
 * removed or suspended, or the ask is declined with a reason. One transaction: the ID's state, the
 * ask's outcome, the audit event and the notice to the holder who asked — so the holder's "my
 * accounts" and the keepers' list never disagree with the log. A keeper who removes or suspends
 * the ID through the ordinary change (PATCH) closes the open ask the same way (closeDeletionAsk).
 */
import { and, eq, isNotNull, isNull } from "drizzle-orm";
import { clauseLabel } from "../../../../common/clause-label";
import { recordEvent } from "../../../audit/record";
import type { Db, DbOrTx } from "../../../db/client";
import type { Actor, RequestContext } from "../../../http/context";
import { conflict, type FieldError, invalid } from "../../../http/errors";
import { defineKindTexts, notify } from "../../../notify";
import type { Profile } from "../../../profile";
import { type DeletionOutcome, systemAccounts } from "../tables";
import type { AccountRow } from "./accounts";

defineKindTexts("accounts", {
  id_deletion_decided: {
    ja: "利用者IDの削除依頼に回答がありました",
    en: "Your ask to delete a user ID was answered",
  },
});

const fe = (ja: string, en: string): FieldError => ({ message_ja: ja, message_en: en });

const OUTCOME_TEXT: Record<DeletionOutcome, { ja: string; en: string }> = {
  removed: { ja: "削除しました", en: "was removed" },
  suspended: { ja: "利用を停止しました", en: "was suspended" },
  declined: { ja: "削除しないこととしました", en: "is kept (the ask was declined)" },
};

/** An ask is open when it was made and nobody has answered it yet. */
export const isAskOpen = (row: Pick<AccountRow, "deletionRequestedAt" | "deletionDecidedAt">) =>
  !!row.deletionRequestedAt && !row.deletionDecidedAt;

/**
 * Records the answer on the ID (in the caller's transaction), tells the holder who asked, and
 * audits it. Returns null when the ask was answered meanwhile (of two answers at once, one wins).
 */
export async function closeDeletionAsk(
  tx: DbOrTx,
  ctx: RequestContext,
  actor: Actor,
  profile: Profile,
  row: AccountRow,
  outcome: DeletionOutcome,
  note: string | null,
  now: Date,
) {
  const [closed] = await tx
    .update(systemAccounts)
    .set({
      deletionOutcome: outcome,
      deletionDecidedAt: now,
      deletionDecidedBy: actor.personId,
      deletionNote: note,
      // A removed ID stays removed whatever the answer; otherwise the answer sets the state.
      ...(outcome === "removed" || (outcome === "suspended" && row.state !== "removed")
        ? { state: outcome }
        : {}),
      updatedAt: now,
    })
    .where(
      and(
        eq(systemAccounts.id, row.id),
        isNotNull(systemAccounts.deletionRequestedAt),
        isNull(systemAccounts.deletionDecidedAt),
      ),
    )
    .returning();
  if (!closed) return null;
  const clause = profile.accounts?.deletion_request?.clause ?? null;
  const said = OUTCOME_TEXT[outcome];
  // Only the holder can ask (access.ts request_deletion), so the holder is the one who asked.
  if (row.personId)
    await notify(tx, {
      to: [row.personId],
      module: "accounts",
      kind: "id_deletion_decided",
      record: { type: "system_account", id: row.id },
      link: "/accounts",
      message: {
        ja: `削除を依頼された利用者ID ${row.loginName} は、${said.ja}${note ? `（${note}）` : ""}。${clause ? `（根拠: ${clauseLabel(clause)}）` : ""}`,
        en: `User ID ${row.loginName}, whose deletion you asked for, ${said.en}${note ? ` (${note})` : ""}.${clause ? ` (clause: ${clauseLabel(clause)})` : ""}`,
      },
      now,
    });
  await recordEvent(
    tx,
    ctx,
    {
      type: "accounts.deletion_decided",
      targetType: "system_account",
      targetId: row.id,
      departmentId: row.departmentId,
      data: {
        systemId: row.systemId,
        loginName: row.loginName,
        outcome,
        note,
        state: { from: row.state, to: closed.state },
        askedAt: row.deletionRequestedAt?.toISOString() ?? null,
        clause,
      },
    },
    now,
  );
  return closed;
}

/** The keeper's answer from the list of open asks (POST …/deletion-request/decision). */
export async function decideDeletion(
  db: Db,
  ctx: RequestContext,
  actor: Actor,
  profile: Profile,
  row: AccountRow,
  input: { outcome: DeletionOutcome; note: string | null },
  now: Date,
) {
  const notOpen = () =>
    conflict(
      "deletion_not_requested",
      "このIDには回答待ちの削除依頼がありません（回答済みか、依頼されていません）。",
      "This ID has no open deletion ask (answered already, or never asked).",
    );
  if (!isAskOpen(row)) throw notOpen();
  // A declined ask says why: the holder asked because they no longer need the ID.
  if (input.outcome === "declined" && !input.note)
    throw invalid({
      note: fe("削除しない場合は、その理由を記入してください。", "Give the reason when the ID is kept."),
    });
  return db.transaction(async (tx) => {
    const closed = await closeDeletionAsk(tx, ctx, actor, profile, row, input.outcome, input.note, now);
    if (!closed) throw notOpen();
    return closed;
  });
}

/**
 * An ID removed or suspended another way (the ordinary change, a review's removal task) answers
 * its open ask too, so the holder is not left waiting on an ID that is already gone.
 */
export async function closeAskOnStateChange(
  tx: DbOrTx,
  ctx: RequestContext,
  actor: Actor,
  profile: Profile,
  accountId: string,
  state: string | undefined,
  note: string | null,
  now: Date,
) {
  if (state !== "removed" && state !== "suspended") return;
  const [row] = await tx.select().from(systemAccounts).where(eq(systemAccounts.id, accountId));
  if (row && isAskOpen(row)) await closeDeletionAsk(tx, ctx, actor, profile, row, state, note, now);
}
