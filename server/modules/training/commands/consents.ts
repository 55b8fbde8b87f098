/**
 * 同意書 (西原村 6.1(2)②, 川崎市 第2章5(4)イ): where the 課長 decides it is needed (必要に応じ), they
 * ask a non-regular staff member to agree to the policy; the person signs in the app, or the 課長
 * records the paper form as received. The text and its version are kept with the record.
 */
import { createHash } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { todayJst } from "../../../../common/calendar";
import { recordEvent } from "../../../audit/record";
import type { Db } from "../../../db/client";
import type { RequestContext } from "../../../http/context";
import { conflict, fieldError, notFound } from "../../../http/errors";
import { defineKindTexts, notify } from "../../../notify";
import type { Profile } from "../../../profile";
import { memberOn } from "../directory";
import { trainingConsents } from "../tables";

defineKindTexts("training", {
  consent_requested: { ja: "同意書への署名のお願い", en: "Please sign the consent form" },
});

/** The version label of a consent text: the profile id and a hash of the text. */
export const consentTextVersion = (profileId: string, text: string) =>
  `${profileId}:${createHash("sha256").update(text).digest("hex").slice(0, 12)}`;

export async function requestConsent(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  personId: string,
  now: Date,
) {
  const rule = profile.training?.consent;
  if (!rule)
    throw conflict(
      "no_consent_rule",
      "このポリシーには同意書の定めがありません。",
      "The policy names no consent form.",
    );
  const person = await memberOn(db, personId, todayJst(now));
  if (!person) throw fieldError("personId", "職員が見つかりません。", "The person was not found.");
  if (!(rule.employment_types as string[]).includes(person.employmentType))
    throw fieldError(
      "personId",
      `同意書は${rule.employment_types.length}つの任用形態（会計年度任用職員等）の職員に求めるものです（根拠: ${rule.clause}）。`,
      `The consent form is for the employment types the policy names (${rule.clause}).`,
    );
  const textVersion = consentTextVersion(profile.id, rule.text.ja);
  return db.transaction(async (tx) => {
    const [open] = await tx
      .select({ id: trainingConsents.id })
      .from(trainingConsents)
      .where(and(eq(trainingConsents.personId, personId), eq(trainingConsents.textVersion, textVersion)));
    if (open)
      throw conflict(
        "consent_exists",
        "この版の同意書はすでに依頼済みです。",
        "This version of the consent was already requested.",
        {
          personId: { message_ja: "依頼済みです。", message_en: "Already requested." },
        },
      );
    const [row] = await tx
      .insert(trainingConsents)
      .values({
        personId,
        requestedByPersonId: ctx.actor?.personId ?? personId,
        requestedAt: now,
        text: rule.text.ja,
        textVersion,
        clause: rule.clause,
      })
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "training.consent_requested",
        targetType: "training_consent",
        targetId: row.id,
        data: { personId, textVersion, clause: rule.clause },
      },
      now,
    );
    await notify(tx, {
      to: personId,
      module: "training",
      kind: "consent_requested",
      record: { type: "training_consent", id: row.id },
      link: "/training",
      now,
      message: {
        ja: "情報セキュリティポリシーの遵守に関する同意書への署名をお願いします。",
        en: "Please sign the consent to comply with the security policy.",
      },
    });
    return row;
  });
}

export async function loadConsent(db: Db, id: string) {
  const [row] = await db.select().from(trainingConsents).where(eq(trainingConsents.id, id));
  if (!row) throw notFound({ ja: "同意書", en: "The consent form" });
  return row;
}

/** Signed in the app by the person, or received on paper and recorded by the 課長. */
export async function signConsent(
  db: Db,
  ctx: RequestContext,
  id: string,
  method: "app" | "paper",
  now: Date,
) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(trainingConsents)
      .set({ signedAt: now, signedMethod: method, recordedByPersonId: ctx.actor?.personId ?? null })
      .where(and(eq(trainingConsents.id, id), isNull(trainingConsents.signedAt)))
      .returning();
    if (!row)
      throw conflict(
        "consent_signed",
        "この同意書はすでに署名・受領済みです。",
        "This consent is already signed.",
      );
    await recordEvent(
      tx,
      ctx,
      {
        type: "training.consent_signed",
        targetType: "training_consent",
        targetId: id,
        data: { method, textVersion: row.textVersion },
      },
      now,
    );
    return row;
  });
}
