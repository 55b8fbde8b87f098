import { and, eq, inArray, sql } from "drizzle-orm";
import { todayJst } from "../../../../common/calendar";
import { authorize } from "../../../access";
import { recordEvent } from "../../../audit/record";
import type { Db, DbOrTx } from "../../../db/client";
import { rowsOf } from "../../../db/sql";
import { attachmentName } from "../../../http/attachment-name";
import type { RequestContext } from "../../../http/context";
import { conflict, invalid, notFound } from "../../../http/errors";
import { sha256Hex } from "../../../http/files";
import type { Profile } from "../../../profile";
import { isLate } from "../domain/campaign";
import { loadSheet, sheetRef } from "../queries";
import {
  type AnswerValue,
  assuranceAnswers,
  assuranceCampaignItems,
  assuranceFiles,
  assuranceSheets,
} from "../tables";

/**
 * Saves answers to a sheet in one transaction: every item must belong to the sheet's campaign
 * (else nothing is written and the bad rows are named), answers after the deadline are kept and
 * marked late, the sheet's counts are recomputed from its answers. A submitted sheet is final.
 */
export async function saveAnswers(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  sheetId: string,
  answers: Array<{ itemId: string; value: AnswerValue; comment?: string }>,
  now: Date,
) {
  return db.transaction(async (tx) => {
    const sheet = await loadSheet(tx, profile.id, sheetId, true);
    authorize(ctx.actor, "answer", "assurance_sheet", sheetRef(profile, sheet));
    if (sheet.status === "submitted")
      throw conflict(
        "sheet_submitted",
        "提出済みの点検票は変更できません。",
        "A submitted sheet cannot be changed.",
      );
    const ids = [...new Set(answers.map((a) => a.itemId))];
    const known = new Set(
      (
        await tx
          .select({ id: assuranceCampaignItems.itemId })
          .from(assuranceCampaignItems)
          .where(
            and(
              eq(assuranceCampaignItems.campaignId, sheet.campaign_id),
              inArray(assuranceCampaignItems.itemId, ids),
            ),
          )
      ).map((r) => r.id),
    );
    const bad: Record<string, { message_ja: string; message_en: string }> = {};
    answers.forEach((a, i) => {
      if (!known.has(a.itemId))
        bad[`answers.${i}.itemId`] = {
          message_ja: "この点検票にない点検項目です。",
          message_en: "This check item is not on the sheet.",
        };
    });
    if (ids.length !== answers.length)
      bad.answers = {
        message_ja: "同じ点検項目が重複しています。",
        message_en: "An item is answered twice.",
      };
    if (Object.keys(bad).length) throw invalid(bad);
    const late = isLate(todayJst(now), sheet.due_date);
    for (const a of answers)
      await tx
        .insert(assuranceAnswers)
        .values({
          sheetId,
          itemId: a.itemId,
          value: a.value,
          comment: a.comment ?? null,
          answeredByPersonId: ctx.actor?.personId ?? null,
          answeredAt: now,
          late,
        })
        .onConflictDoUpdate({
          target: [assuranceAnswers.sheetId, assuranceAnswers.itemId],
          set: {
            value: a.value,
            comment: a.comment ?? null,
            answeredByPersonId: ctx.actor?.personId ?? null,
            answeredAt: now,
            late,
          },
        });
    const [counts] = rowsOf<{ answered: number; no: number }>(
      await tx.execute(sql`
        select count(*)::int as answered, count(*) filter (where value = 'no')::int as no
        from assurance_answers where sheet_id = ${sheetId}::uuid`),
    );
    await tx
      .update(assuranceSheets)
      .set({ answeredCount: counts.answered, noCount: counts.no, status: "in_progress" })
      .where(eq(assuranceSheets.id, sheetId));
    await recordEvent(
      tx,
      ctx,
      {
        type: "assurance.answers_saved",
        targetType: "assurance_sheet",
        targetId: sheetId,
        departmentId: sheet.department_id,
        data: { answers: answers.map((a) => ({ itemId: a.itemId, value: a.value })), late },
      },
      now,
    );
    return { answered: counts.answered, no: counts.no, late };
  });
}

/** Submits a sheet once every item is answered; after the deadline it is recorded as late. */
export async function submitSheet(db: Db, ctx: RequestContext, profile: Profile, sheetId: string, now: Date) {
  return db.transaction(async (tx) => {
    const sheet = await loadSheet(tx, profile.id, sheetId, true);
    authorize(ctx.actor, "answer", "assurance_sheet", sheetRef(profile, sheet));
    if (sheet.status === "submitted")
      throw conflict("sheet_submitted", "この点検票は提出済みです。", "This sheet is already submitted.");
    if (sheet.answered_count < sheet.item_count)
      throw invalid(
        {
          answers: {
            message_ja: `未回答の点検項目が${sheet.item_count - sheet.answered_count}件あります。`,
            message_en: `${sheet.item_count - sheet.answered_count} check items are not answered.`,
          },
        },
        "sheet_incomplete",
      );
    const late = isLate(todayJst(now), sheet.due_date);
    await tx
      .update(assuranceSheets)
      .set({ status: "submitted", submittedAt: now, submittedByPersonId: ctx.actor?.personId ?? null, late })
      .where(eq(assuranceSheets.id, sheetId));
    await recordEvent(
      tx,
      ctx,
      {
        type: "assurance.sheet_submitted",
        targetType: "assurance_sheet",
        targetId: sheetId,
        departmentId: sheet.department_id,
        data: { late, dueDate: sheet.due_date, noAnswers: sheet.no_count },
      },
      now,
    );
    return { status: "submitted" as const, late };
  });
}

export interface NewFile {
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

/** Stores one evidence file with its SHA-256 and the audit event, in the caller's transaction. */
export async function insertFile(
  tx: DbOrTx,
  ctx: RequestContext,
  owner: { type: "answer" | "finding" | "paper"; id: string; departmentId?: string | null },
  file: NewFile,
  now: Date,
) {
  const sha256 = sha256Hex(file.bytes);
  const [row] = await tx
    .insert(assuranceFiles)
    .values({
      ownerType: owner.type,
      ownerId: owner.id,
      fileName: attachmentName(file.fileName, file.contentType),
      contentType: file.contentType,
      size: file.bytes.length,
      sha256,
      content: file.bytes,
      uploadedByPersonId: ctx.actor?.personId ?? null,
      createdAt: now,
    })
    .returning({
      id: assuranceFiles.id,
      fileName: assuranceFiles.fileName,
      contentType: assuranceFiles.contentType,
      size: assuranceFiles.size,
      sha256: assuranceFiles.sha256,
      createdAt: assuranceFiles.createdAt,
    });
  await recordEvent(
    tx,
    ctx,
    {
      type: "assurance.evidence_added",
      targetType: `assurance_${owner.type}`,
      targetId: owner.id,
      departmentId: owner.departmentId ?? null,
      data: { fileId: row.id, fileName: row.fileName, contentType: row.contentType, size: row.size, sha256 },
    },
    now,
  );
  return row;
}

/** Evidence for an answer: only the sheet's respondent, while the sheet is open. */
export async function addAnswerFile(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  answerId: string,
  file: NewFile,
  now: Date,
) {
  return db.transaction(async (tx) => {
    const [answer] = await tx.select().from(assuranceAnswers).where(eq(assuranceAnswers.id, answerId));
    if (!answer) throw notFound({ ja: "回答", en: "The answer" });
    const sheet = await loadSheet(tx, profile.id, answer.sheetId, true);
    authorize(ctx.actor, "answer", "assurance_sheet", sheetRef(profile, sheet));
    if (sheet.status === "submitted")
      throw conflict(
        "sheet_submitted",
        "提出済みの点検票は変更できません。",
        "A submitted sheet cannot be changed.",
      );
    return insertFile(
      tx,
      ctx,
      { type: "answer", id: answerId, departmentId: sheet.department_id },
      file,
      now,
    );
  });
}

export async function filesOf(db: DbOrTx, ownerType: "answer" | "finding" | "paper", ownerIds: string[]) {
  if (!ownerIds.length) return [];
  return db
    .select({
      id: assuranceFiles.id,
      ownerId: assuranceFiles.ownerId,
      fileName: assuranceFiles.fileName,
      contentType: assuranceFiles.contentType,
      size: assuranceFiles.size,
      sha256: assuranceFiles.sha256,
      createdAt: assuranceFiles.createdAt,
    })
    .from(assuranceFiles)
    .where(and(eq(assuranceFiles.ownerType, ownerType), inArray(assuranceFiles.ownerId, ownerIds)));
}
