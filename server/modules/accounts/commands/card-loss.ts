/**
 * A loss report by someone who may not see the card (#12): anyone may report a card lost by the
 * number printed on it (6.4(1)①(ウ): 速やかに, by whoever finds or loses it), but the answer must
 * not turn the form into a directory of card numbers or a way to learn who was signed out. So the
 * reporter who is neither the holder nor a keeper gets one answer — "received", with the receipt
 * of the incident it opened — whether the number is in use, was lost before, or is unknown; the
 * outcome goes to the audit log and to the keepers. The holder and the keepers get the full
 * answer (routes/ic-cards.ts decides which, by access.ts `ic_card.learn_loss_outcome`).
 */
import { and, eq, type SQL } from "drizzle-orm";
import { recordEvent } from "../../../audit/record";
import type { Db, DbOrTx } from "../../../db/client";
import type { Actor, RequestContext } from "../../../http/context";
import { AppError, type FieldError, invalid } from "../../../http/errors";
import type { Profile } from "../../../profile";
import { icCards } from "../tables";
import {
  type CardRow,
  lossRecipients,
  lossUnit,
  openLossIncident,
  reportLoss,
  uniformLossText,
} from "./ic-cards";
import { accountsRule } from "./reconciliation";

const fe = (ja: string, en: string): FieldError => ({ message_ja: ja, message_en: en });

export interface LossInput {
  cardId?: string;
  cardNumber?: string;
  circumstances: string;
  lostAt: string | null;
}

/** The card a report names; when both the id and the number are given, both must match. */
export async function findCardForLoss(db: DbOrTx, by: LossInput): Promise<CardRow | null> {
  const conditions: SQL[] = [];
  if (by.cardId) conditions.push(eq(icCards.id, by.cardId));
  if (by.cardNumber) conditions.push(eq(icCards.cardNumber, by.cardNumber.normalize("NFKC").trim()));
  if (!conditions.length)
    throw invalid({ cardNumber: fe("カード番号を入力してください。", "Give the card number.") });
  const [row] = await db
    .select()
    .from(icCards)
    .where(and(...conditions));
  return row ?? null;
}

/** What a reporter who may not see the card is told — the same for every outcome. */
export interface UniformLossAnswer {
  accepted: true;
  cardNumber: string | null;
  incident: { id: string; receiptNumber: string };
  clause: string | null;
}

/**
 * Reports a loss for someone who may not learn the outcome: a card in use is suspended as for the
 * holder (reportLoss, with the uniform incident text); otherwise the report still opens the same
 * incident, the keepers of a known card are told, and the audit records what the number matched.
 */
export async function reportLossUniformly(
  db: Db,
  ctx: RequestContext,
  actor: Actor,
  profile: Profile,
  card: CardRow | null,
  input: LossInput,
  now: Date,
): Promise<UniformLossAnswer> {
  const text = uniformLossText(actor, profile, input, input);
  const clause = accountsRule(profile).ic_card_loss.clause;
  const answer = (incident: { id: string; receiptNumber: string }): UniformLossAnswer => ({
    accepted: true,
    cardNumber: input.cardNumber?.normalize("NFKC").trim() ?? null,
    incident: { id: incident.id, receiptNumber: incident.receiptNumber },
    clause,
  });
  if (card?.state === "issued") {
    try {
      return answer((await reportLoss(db, ctx, actor, profile, card, input, now, text)).incident);
    } catch (e) {
      // Lost by a report that raced this one: answered like any card no longer in use.
      if (!(e instanceof AppError && e.code === "card_not_in_use")) throw e;
      [card] = await db.select().from(icCards).where(eq(icCards.id, card.id));
    }
  }
  const unit = card ? await lossUnit(db, card) : null;
  return db.transaction(async (tx) => {
    // A card already lost, returned or destroyed turning up again is news for its keepers.
    const recipients = unit ? await lossRecipients(tx, profile, unit, now) : null;
    const incident = await openLossIncident(
      tx,
      ctx,
      profile,
      text,
      input.lostAt,
      card && recipients
        ? {
            cardId: card.id,
            to: recipients.told.flatMap((r) => r.personIds),
            message: (receipt) => ({
              ja: `使用中でないICカード ${card.cardNumber} について紛失届がありました（受付番号 ${receipt}）。`,
              en: `IC card ${card.cardNumber}, not in use, was reported lost again (receipt ${receipt}).`,
            }),
          }
        : null,
      now,
    );
    await recordEvent(
      tx,
      ctx,
      {
        type: "accounts.card_loss_unmatched",
        targetType: "ic_card",
        targetId: card?.id,
        departmentId: card?.departmentId ?? null,
        data: {
          cardNumber: input.cardNumber ?? null,
          cardId: input.cardId ?? null,
          outcome: card ? "not_in_use" : "unknown",
          state: card?.state ?? null,
          incidentId: incident.id,
          receiptNumber: incident.receiptNumber,
          clause,
        },
      },
      now,
    );
    return answer(incident);
  });
}

/** A refused report is recorded too (who tried which number, and why it was refused). */
export async function recordLossRefused(
  db: Db,
  ctx: RequestContext,
  card: CardRow | null,
  input: LossInput,
  reason: "rate_limited" | "not_in_use",
  now: Date,
) {
  await db.transaction((tx) =>
    recordEvent(
      tx,
      ctx,
      {
        type: "accounts.card_loss_refused",
        targetType: "ic_card",
        targetId: card?.id,
        departmentId: card?.departmentId ?? null,
        data: { cardNumber: input.cardNumber ?? null, cardId: input.cardId ?? null, reason },
      },
      now,
    ),
  );
}
