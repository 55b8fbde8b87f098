/**
 * IC cards (ICカード等): issue, loss report, found, replacement (old card collected and destroyed)
 * and return at leaving. A loss suspends at the moment of the report: in one transaction the card
 * is marked lost, every Sekimori session of the holder ends, the duties the profile names are
 * told (all of them for 及び, the first that has a holder for 又は) and an incident is opened.
 */
import { and, eq, isNull, or } from "drizzle-orm";
import { clauseLabel } from "../../../../common/clause-label";
import { requireVisiblePerson } from "../../../access/people";
import { recordEvent } from "../../../audit/record";
import { endSessionsOfPerson } from "../../../auth/person-sessions";
import type { Db, DbOrTx } from "../../../db/client";
import { departmentUnit, findPerson, holdersOf, personUnit, type Unit } from "../../../directory";
import type { Actor, RequestContext } from "../../../http/context";
import { conflict, type FieldError, invalid, notFound } from "../../../http/errors";
import { defineKindTexts, notify } from "../../../notify";
import type { Profile } from "../../../profile";
import { openStaffReport } from "../../incidents";
import type { CardRecord } from "../access";
import { icCards } from "../tables";
import { chooseRecipients } from "./recipients";
import { accountsRule } from "./reconciliation";

defineKindTexts("accounts", {
  ic_card_lost: { ja: "ICカードの紛失が届けられました", en: "An IC card was reported lost" },
});

const fe = (ja: string, en: string): FieldError => ({ message_ja: ja, message_en: en });
export type CardRow = typeof icCards.$inferSelect;

export async function cardUnit(
  db: DbOrTx,
  c: Pick<CardRow, "departmentId" | "personId">,
): Promise<CardRecord> {
  const unit = await departmentUnit(db, c.departmentId);
  return { departmentId: c.departmentId, bureauId: unit?.bureauId ?? null, personId: c.personId };
}

export async function findCard(db: DbOrTx, by: { id?: string; cardNumber?: string }): Promise<CardRow> {
  const conditions = [
    by.id ? eq(icCards.id, by.id) : undefined,
    by.cardNumber ? eq(icCards.cardNumber, by.cardNumber.normalize("NFKC").trim()) : undefined,
  ].filter((x) => x !== undefined);
  if (!conditions.length)
    throw invalid({ cardNumber: fe("カード番号を入力してください。", "Give the card number.") });
  const [row] = await db
    .select()
    .from(icCards)
    .where(or(...conditions));
  if (!row) throw notFound({ ja: "ICカード", en: "The IC card" });
  return row;
}

export async function issueCard(
  db: Db,
  ctx: RequestContext,
  input: {
    cardNumber: string;
    personId: string | null;
    departmentId: string | null;
    issuedOn: string;
    note: string | null;
  },
  now: Date,
  authorizeUnit: (u: CardRecord) => void,
) {
  let departmentId = input.departmentId;
  if (input.personId) {
    const person = await findPerson(db, input.personId);
    // A person the caller may not see is answered like an unknown one (#12 item 3).
    const seen =
      !!ctx.actor &&
      (await requireVisiblePerson(db, ctx.actor, input.personId, "personId").then(
        () => true,
        () => false,
      ));
    if (!person?.active || !seen)
      throw invalid({ personId: fe("職員が見つからないか、無効です。", "No such active person.") });
    if (!person.departmentId)
      throw invalid({ personId: fe("所属のない職員です。", "The person belongs to no department.") });
    departmentId = person.departmentId;
  }
  if (!departmentId)
    throw invalid({
      departmentId: fe(
        "共用カードは管理する所属を指定してください。",
        "A shared card needs the managing department.",
      ),
    });
  if (!(await departmentUnit(db, departmentId)))
    throw invalid({ departmentId: fe("所属が見つかりません。", "No such department.") });
  authorizeUnit(await cardUnit(db, { departmentId, personId: input.personId }));
  const cardNumber = input.cardNumber.normalize("NFKC").trim();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(icCards)
      .values({
        cardNumber,
        personId: input.personId,
        departmentId,
        issuedOn: input.issuedOn,
        note: input.note,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing()
      .returning();
    if (!row)
      throw conflict(
        "card_exists",
        "このカード番号は登録済みです。",
        "This card number is already registered.",
        {
          cardNumber: fe("登録済みのカード番号です。", "Already registered."),
        },
      );
    await recordEvent(
      tx,
      ctx,
      {
        type: "accounts.card_issued",
        targetType: "ic_card",
        targetId: row.id,
        departmentId,
        data: { cardNumber, personId: input.personId, shared: !input.personId },
      },
      now,
    );
    return row;
  });
}

export interface LossRecipientResult {
  duty: string;
  role: string | null;
  personIds: string[];
}

/**
 * Who is told of a loss under the profile's rule, over the holder's (or managing) unit; when the
 * named duties reach nobody, the rule's fallback office (chooseRecipients).
 */
export async function lossRecipients(
  db: DbOrTx,
  profile: Profile,
  unit: Unit,
  now: Date,
): Promise<{
  mode: "all" | "any";
  told: LossRecipientResult[];
  unreached: LossRecipientResult[];
  fellBack: boolean;
}> {
  const rule = accountsRule(profile).ic_card_loss;
  const resolve = async (r: { duty: string; role?: string }): Promise<LossRecipientResult> => {
    const holders = await holdersOf(db, profile, r.duty, unit, now);
    return {
      duty: r.duty,
      role: r.role ?? null,
      personIds: [...new Set(holders.filter((h) => !r.role || h.roleKey === r.role).map((h) => h.personId))],
    };
  };
  const named: LossRecipientResult[] = [];
  for (const r of rule.notify) named.push(await resolve(r));
  return { mode: rule.mode, ...(await chooseRecipients(named, rule.mode, rule.fallback, resolve)) };
}

/** The unit a loss is reported over: the holder's own (a transfer moves it), or, for a shared card, its managing 課's. */
export async function lossUnit(db: DbOrTx, card: CardRow): Promise<Unit> {
  return card.personId
    ? ((await personUnit(db, card.personId)) ?? { departmentId: card.departmentId, bureauId: null })
    : {
        departmentId: card.departmentId,
        bureauId: (await departmentUnit(db, card.departmentId))?.bureauId ?? null,
      };
}

/**
 * The step both loss paths share (the holder's or keeper's report, and the uniform one of
 * card-loss.ts), in the caller's transaction: the incident the report opens, then — when a card is
 * named — the notice to those the profile's rule tells, worded with the incident's receipt.
 */
export async function openLossIncident(
  tx: DbOrTx,
  ctx: RequestContext,
  profile: Profile,
  text: LossIncidentText,
  lostAt: string | null,
  notice: { cardId: string; to: string[]; message: (receipt: string) => { ja: string; en: string } } | null,
  now: Date,
) {
  const incident = await openStaffReport(
    tx,
    ctx,
    profile,
    { summary: text.summary, details: text.details.join("\n"), occurredAt: lostAt, personalInfo: false },
    now,
  );
  if (notice)
    await notify(tx, {
      to: notice.to,
      module: "accounts",
      kind: "ic_card_lost",
      record: { type: "ic_card", id: notice.cardId },
      link: "/accounts/ic-cards",
      message: notice.message(incident.receiptNumber),
      now,
    });
  return incident;
}

/** Text of the incident a loss report opens. */
export interface LossIncidentText {
  summary: string;
  details: string[];
}

/**
 * The incident a report opens when the reporter may not learn what the number matched: the same
 * words whether a card of that number is in use, lost before, or unknown (the reporter follows
 * the incident, so its text must not tell them either).
 */
export function uniformLossText(
  actor: Actor,
  profile: Profile,
  given: { cardNumber?: string; cardId?: string },
  input: { circumstances: string },
): LossIncidentText {
  const rule = accountsRule(profile).ic_card_loss;
  const number = given.cardNumber?.normalize("NFKC").trim() ?? "（カードIDで指定）";
  return {
    summary: `ICカードの紛失届（カード番号 ${number}）`,
    details: [
      input.circumstances,
      "",
      `届出者: ${actor.name}`,
      "登録されている使用中のカードであれば、届出の時点で利用を停止し、持ち主の Sekimori のセッションを終了します。",
      `根拠: ${clauseLabel(rule.clause)}`,
    ],
  };
}

export async function reportLoss(
  db: Db,
  ctx: RequestContext,
  actor: Actor,
  profile: Profile,
  card: CardRow,
  input: { circumstances: string; lostAt: string | null },
  now: Date,
  /** The incident's words when the reporter may not learn the outcome (uniformLossText). */
  uniform?: LossIncidentText,
) {
  const rule = accountsRule(profile).ic_card_loss;
  const notInUse = () =>
    conflict(
      "card_not_in_use",
      "このカードは使用中ではありません（紛失届済み・返却済み・廃棄済み）。",
      "The card is not in use (already lost, returned or destroyed).",
    );
  if (card.state !== "issued") throw notInUse();
  const unit = await lossUnit(db, card);
  const holder = card.personId ? await findPerson(db, card.personId) : null;
  return db.transaction(async (tx) => {
    // Only a card still in use is marked: of two reports at once, the second finds it lost.
    const [marked] = await tx
      .update(icCards)
      .set({ state: "lost", lostAt: now, lostReportedBy: actor.personId, updatedAt: now })
      .where(and(eq(icCards.id, card.id), eq(icCards.state, "issued")))
      .returning();
    if (!marked) throw notInUse();
    const sessionsEnded = card.personId ? await endSessionsOfPerson(tx, card.personId, now) : 0;
    const recipients = await lossRecipients(tx, profile, unit, now);
    const who = holder ? `${holder.name}さんの` : "共用の";
    const text = uniform ?? {
      summary: `ICカードの紛失（${who}カード ${card.cardNumber}）`,
      details: [
        input.circumstances,
        "",
        `届出者: ${actor.name}`,
        `Sekimori のセッション ${sessionsEnded} 件を届出の時点で終了し、カードを紛失として記録しました。`,
        `根拠: ${clauseLabel(rule.clause)}`,
      ],
    };
    const incident = await openLossIncident(
      tx,
      ctx,
      profile,
      text,
      input.lostAt,
      {
        cardId: card.id,
        to: recipients.told.flatMap((r) => r.personIds),
        message: (receipt) => ({
          ja: `${who}ICカード ${card.cardNumber} の紛失が届けられました（受付番号 ${receipt}）。利用は停止済みです（根拠: ${clauseLabel(rule.clause)}）。`,
          en: `IC card ${card.cardNumber} was reported lost (receipt ${receipt}); its use is suspended (clause: ${clauseLabel(rule.clause)}).`,
        }),
      },
      now,
    );
    await tx.update(icCards).set({ incidentId: incident.id }).where(eq(icCards.id, card.id));
    await recordEvent(
      tx,
      ctx,
      {
        type: "accounts.card_lost",
        targetType: "ic_card",
        targetId: card.id,
        departmentId: card.departmentId,
        data: {
          cardNumber: card.cardNumber,
          holderPersonId: card.personId,
          sessionsEnded,
          incidentId: incident.id,
          receiptNumber: incident.receiptNumber,
          mode: recipients.mode,
          told: recipients.told,
          unreached: recipients.unreached.map((r) => ({ duty: r.duty, role: r.role })),
          fellBack: recipients.fellBack,
          // Whether the reporter was told the outcome (holder, keeper) or the uniform answer.
          answer: uniform ? "uniform" : "full",
          clause: rule.clause,
        },
      },
      now,
    );
    return { card: { ...marked, incidentId: incident.id }, sessionsEnded, recipients, incident };
  });
}

/** The lost card turned up before it was replaced: back in use (the incident records the rest). */
export async function markFound(db: Db, ctx: RequestContext, card: CardRow, now: Date) {
  if (card.state !== "lost" || card.replacedById)
    throw conflict("card_not_lost", "紛失中のカードではありません。", "The card is not reported lost.");
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(icCards)
      .set({ state: "issued", updatedAt: now })
      .where(and(eq(icCards.id, card.id), eq(icCards.state, "lost"), isNull(icCards.replacedById)))
      .returning();
    // Of two clicks at once, the second finds the card back in use already (#12: no replay).
    if (!row)
      throw conflict("card_not_lost", "紛失中のカードではありません。", "The card is not reported lost.");
    await recordEvent(
      tx,
      ctx,
      {
        type: "accounts.card_found",
        targetType: "ic_card",
        targetId: card.id,
        departmentId: card.departmentId,
        data: { cardNumber: card.cardNumber },
      },
      now,
    );
    return row;
  });
}

/**
 * Replaces a card: a new card to the same holder; the old card, when it is in hand, is collected
 * and destroyed (how is recorded, 6.4(1)③); a lost old card stays lost, pointing at its successor.
 */
export async function replaceCard(
  db: Db,
  ctx: RequestContext,
  card: CardRow,
  input: { newCardNumber: string; issuedOn: string; destroyMethod: string | null },
  now: Date,
) {
  if (card.replacedById || (card.state !== "issued" && card.state !== "lost"))
    throw conflict("card_not_replaceable", "このカードは交換できません。", "This card cannot be replaced.");
  const collected = card.state === "issued";
  if (collected && !input.destroyMethod)
    throw invalid({
      destroyMethod: fe(
        "回収した旧カードの廃棄方法（破砕等）を記録してください。",
        "Record how the collected old card was destroyed.",
      ),
    });
  const newNumber = input.newCardNumber.normalize("NFKC").trim();
  return db.transaction(async (tx) => {
    const [fresh] = await tx
      .insert(icCards)
      .values({
        cardNumber: newNumber,
        personId: card.personId,
        departmentId: card.departmentId,
        issuedOn: input.issuedOn,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing()
      .returning();
    if (!fresh)
      throw conflict(
        "card_exists",
        "新しいカード番号は登録済みです。",
        "The new card number is already registered.",
        {
          newCardNumber: fe("登録済みのカード番号です。", "Already registered."),
        },
      );
    const [old] = await tx
      .update(icCards)
      .set({
        replacedById: fresh.id,
        updatedAt: now,
        ...(collected
          ? { state: "destroyed" as const, destroyedAt: now, destroyMethod: input.destroyMethod }
          : {}),
      })
      .where(and(eq(icCards.id, card.id), eq(icCards.state, card.state), isNull(icCards.replacedById)))
      .returning({ id: icCards.id });
    // Two replacements at once would each issue a new card to the holder: the second is refused
    // and its new card rolled back (#12: a one-time action cannot be replayed).
    if (!old)
      throw conflict(
        "card_not_replaceable",
        "このカードは交換済みです。",
        "This card was replaced meanwhile.",
      );
    await recordEvent(
      tx,
      ctx,
      {
        type: "accounts.card_replaced",
        targetType: "ic_card",
        targetId: card.id,
        departmentId: card.departmentId,
        data: {
          cardNumber: card.cardNumber,
          newCardNumber: newNumber,
          newCardId: fresh.id,
          collected,
          destroyMethod: collected ? input.destroyMethod : null,
        },
      },
      now,
    );
    return fresh;
  });
}

/** Returned at leaving (or when no longer needed). */
export async function returnCard(db: Db, ctx: RequestContext, card: CardRow, now: Date) {
  if (card.state !== "issued")
    throw conflict("card_not_in_use", "使用中のカードではありません。", "The card is not in use.");
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(icCards)
      .set({ state: "returned", returnedAt: now, updatedAt: now })
      .where(and(eq(icCards.id, card.id), eq(icCards.state, "issued")))
      .returning();
    if (!row) throw conflict("card_not_in_use", "使用中のカードではありません。", "The card is not in use.");
    await recordEvent(
      tx,
      ctx,
      {
        type: "accounts.card_returned",
        targetType: "ic_card",
        targetId: card.id,
        departmentId: card.departmentId,
        data: { cardNumber: card.cardNumber },
      },
      now,
    );
    return row;
  });
}
