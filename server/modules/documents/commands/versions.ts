/**
 * The life of a version: drafted → approved (by the profile's approver duty, with 施行日) →
 * published (the previous published version becomes superseded) — and the yearly evaluation
 * (西原村 10.3) that moves the review due date. Each step one transaction with its audit event.
 */

import { and, eq, inArray, max, sql } from "drizzle-orm";
import { addMonths, todayJst } from "../../../../common/calendar";
import { requireActor } from "../../../access";
import { checkSelfApproval } from "../../../access/self-approval";
import { changedFields, recordEvent } from "../../../audit/record";
import type { Db } from "../../../db/client";
import type { RequestContext } from "../../../http/context";
import { conflict } from "../../../http/errors";
import { defineKindTexts, notify } from "../../../notify";
import type { Profile } from "../../../profile";
import type { DocumentKindT } from "../../../profile/documents-schema";
import { versionApproval } from "../access";
import { inAudience } from "../domain/audience";
import { audienceWithLogins } from "../queries";
import { documents, documentVersions } from "../tables";

defineKindTexts("documents", {
  version_published: {
    ja: "閲覧確認をお願いします（文書の新しい版）",
    en: "Please read and acknowledge a new document version",
  },
});

type VersionRow = typeof documentVersions.$inferSelect;

export interface DraftInput {
  body: string;
  changeSummary: string | null;
  materialChange: boolean;
  content?: unknown;
}

const openDraft = () =>
  conflict(
    "open_version",
    "承認待ち又は公開待ちの版があります。先にその版を公開するか修正してください。",
    "A version is already waiting for approval or publication; publish or edit it first.",
  );

export async function draftVersion(
  db: Db,
  ctx: RequestContext,
  documentId: string,
  input: DraftInput,
  now: Date,
) {
  return db.transaction(async (tx) => {
    const [pending] = await tx
      .select({ id: documentVersions.id })
      .from(documentVersions)
      .where(
        and(
          eq(documentVersions.documentId, documentId),
          inArray(documentVersions.state, ["draft", "approved"]),
        ),
      );
    if (pending) throw openDraft();
    const [{ last }] = await tx
      .select({ last: max(documentVersions.number) })
      .from(documentVersions)
      .where(eq(documentVersions.documentId, documentId));
    const number = (last ?? 0) + 1;
    const [row] = await tx
      .insert(documentVersions)
      .values({
        documentId,
        number,
        body: input.body,
        changeSummary: input.changeSummary,
        // The first version is read by everyone in the audience, whatever the flag says.
        materialChange: number === 1 ? true : input.materialChange,
        content: input.content ?? null,
        state: "draft",
        createdByPersonId: ctx.actor?.personId ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "document.version_drafted",
        targetType: "document",
        targetId: documentId,
        data: { number, materialChange: row.materialChange },
      },
      now,
    );
    return row;
  });
}

export async function editDraft(
  db: Db,
  ctx: RequestContext,
  before: VersionRow,
  patch: Partial<DraftInput>,
  now: Date,
) {
  if (before.state !== "draft")
    throw conflict(
      "not_draft",
      "承認済みの版は修正できません。新しい版を作成してください。",
      "An approved version cannot be edited; draft a new one.",
    );
  const next = {
    ...patch,
    ...(before.number === 1 ? { materialChange: true } : {}),
  };
  // An editor's hand is in the version as much as its drafter's: none of them approves it. Added
  // in the statement itself, so two editors at once are both kept.
  const editor = ctx.actor?.personId;
  const v = documentVersions;
  const editedByPersonIds = editor
    ? sql`case when ${v.createdByPersonId} is not distinct from ${editor}::uuid
        or ${editor}::uuid = any(${v.editedByPersonIds}) then ${v.editedByPersonIds}
        else array_append(${v.editedByPersonIds}, ${editor}::uuid) end`
    : v.editedByPersonIds;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(documentVersions)
      .set({ ...next, editedByPersonIds, updatedAt: now })
      .where(and(eq(documentVersions.id, before.id), eq(documentVersions.state, "draft")))
      .returning();
    if (!row)
      throw conflict("not_draft", "この版は既に承認されています。", "This version was approved meanwhile.");
    const changes = changedFields<Record<string, unknown>>(
      { ...before, body: before.body.length },
      { ...next, ...(next.body !== undefined ? { body: next.body.length } : {}) },
    );
    await recordEvent(
      tx,
      ctx,
      { type: "document.version_edited", targetType: "document", targetId: before.documentId, data: changes },
      now,
    );
    return row;
  });
}

export async function approveVersion(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  unit: { departmentId: string | null; bureauId: string | null },
  version: VersionRow,
  kind: DocumentKindT,
  input: { effectiveOn: string; overrideReason?: string },
  now: Date,
) {
  const { effectiveOn } = input;
  if (version.state !== "draft")
    throw conflict("not_draft", "承認できるのは案の版だけです。", "Only a draft version can be approved.");
  const actor = requireActor(ctx.actor);
  return db.transaction(async (tx) => {
    // The drafter does not approve their own version (the rule: documents/access.ts).
    const override = await checkSelfApproval(
      tx,
      profile,
      actor,
      versionApproval({ ...unit, kind }, version),
      input.overrideReason,
      now,
    );
    const [row] = await tx
      .update(documentVersions)
      .set({
        state: "approved",
        effectiveOn,
        approvedAt: now,
        approvedByPersonId: ctx.actor?.personId ?? null,
        approvedDuty: kind.approver.duty,
        approvedClause: kind.approver.clause,
        updatedAt: now,
      })
      .where(and(eq(documentVersions.id, version.id), eq(documentVersions.state, "draft")))
      .returning();
    if (!row)
      throw conflict("not_draft", "この版は既に承認されています。", "This version was approved meanwhile.");
    await recordEvent(
      tx,
      ctx,
      {
        type: "document.version_approved",
        targetType: "document",
        targetId: version.documentId,
        data: {
          number: row.number,
          effectiveOn,
          duty: kind.approver.duty,
          clause: kind.approver.clause,
          ...(override ? { overrideReason: override } : {}),
        },
      },
      now,
    );
    return row;
  });
}

/**
 * Publishing a version that asks for acknowledgement (the first, or a material change) tells every
 * member of the audience who has a login (people without one sign on paper, recorded by their 課長).
 */
export async function publishVersion(
  db: Db,
  ctx: RequestContext,
  version: VersionRow,
  kind: DocumentKindT,
  doc: Pick<typeof documents.$inferSelect, "id" | "title" | "audience">,
  now: Date,
) {
  if (version.state !== "approved")
    throw conflict(
      "not_approved",
      "公開できるのは承認済みの版だけです。",
      "Only an approved version can be published.",
    );
  return db.transaction(async (tx) => {
    const superseded = await tx
      .update(documentVersions)
      .set({ state: "superseded", supersededAt: now, updatedAt: now })
      .where(
        and(eq(documentVersions.documentId, version.documentId), eq(documentVersions.state, "published")),
      )
      .returning({ number: documentVersions.number });
    const [row] = await tx
      .update(documentVersions)
      .set({
        state: "published",
        publishedAt: now,
        publishedByPersonId: ctx.actor?.personId ?? null,
        updatedAt: now,
      })
      .where(and(eq(documentVersions.id, version.id), eq(documentVersions.state, "approved")))
      .returning();
    if (!row)
      throw conflict(
        "not_approved",
        "この版は既に公開されています。",
        "This version was published meanwhile.",
      );
    // The evaluation cycle (西原村 10.3: every 年度) runs from the version in effect.
    const reviewDueOn = kind.review
      ? addMonths(row.effectiveOn ?? todayJst(now), kind.review.every_months)
      : null;
    await tx
      .update(documents)
      .set({ reviewDueOn, updatedAt: now })
      .where(eq(documents.id, version.documentId));
    if (row.materialChange) {
      const readers = (await audienceWithLogins(tx, now)).filter(
        (p) => p.hasLogin && inAudience(doc.audience, p),
      );
      await notify(tx, {
        to: readers.map((p) => p.id),
        module: "documents",
        kind: "version_published",
        record: { type: "document", id: doc.id },
        link: `/documents/${doc.id}`,
        now,
        message: {
          ja: `「${doc.title}」の第${row.number}版が公開されました。読んで閲覧確認をしてください。`,
          en: `Version ${row.number} of "${doc.title}" is published. Please read and acknowledge it.`,
        },
      });
    }
    await recordEvent(
      tx,
      ctx,
      {
        type: "document.version_published",
        targetType: "document",
        targetId: version.documentId,
        data: { number: row.number, superseded: superseded[0]?.number ?? null, reviewDueOn },
      },
      now,
    );
    return row;
  });
}

export async function recordReview(
  db: Db,
  ctx: RequestContext,
  documentId: string,
  kind: DocumentKindT,
  outcome: "no_change" | "revise",
  now: Date,
) {
  const review = kind.review;
  if (!review)
    throw conflict(
      "no_review",
      "この種類の文書には評価の周期がありません。",
      "This kind of document has no review cycle.",
    );
  return db.transaction(async (tx) => {
    const reviewDueOn = addMonths(todayJst(now), review.every_months);
    const [row] = await tx
      .update(documents)
      .set({ lastReviewedAt: now, reviewDueOn, updatedAt: now })
      .where(eq(documents.id, documentId))
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "document.reviewed",
        targetType: "document",
        targetId: documentId,
        data: { outcome, reviewDueOn, clause: review.clause },
      },
      now,
    );
    return row;
  });
}
