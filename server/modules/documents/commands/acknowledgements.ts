/**
 * Read acknowledgements: a person's own (in the app), or one given on paper and entered by the
 * person's 課長 — and the log of each view of a restricted document (an audit event per view).
 */
import { recordEvent } from "../../../audit/record";
import type { Db } from "../../../db/client";
import type { RequestContext } from "../../../http/context";
import { conflict } from "../../../http/errors";
import { documentAcknowledgements } from "../tables";

interface VersionRef {
  id: string;
  documentId: string;
  number: number;
}

const already = () =>
  conflict("already_acknowledged", "この版は既に閲覧確認済みです。", "This version is already acknowledged.");

/** Unique (version, person): a second acknowledgement of the same version is a 409, not a 500. */
function isUniqueViolation(e: unknown): boolean {
  const cause = (e as { cause?: { code?: string }; code?: string }) ?? {};
  return cause.cause?.code === "23505" || cause.code === "23505";
}

export async function acknowledge(
  db: Db,
  ctx: RequestContext,
  version: VersionRef,
  personId: string,
  now: Date,
) {
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(documentAcknowledgements)
        .values({
          documentId: version.documentId,
          versionId: version.id,
          versionNumber: version.number,
          personId,
          method: "self",
          recordedByPersonId: personId,
          createdAt: now,
        })
        .returning();
      await recordEvent(
        tx,
        ctx,
        {
          type: "document.acknowledged",
          targetType: "document",
          targetId: version.documentId,
          data: { number: version.number },
        },
        now,
      );
      return row;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw already();
    throw e;
  }
}

export async function recordPaperAcknowledgement(
  db: Db,
  ctx: RequestContext,
  version: VersionRef,
  person: { id: string; departmentId: string | null },
  signedOn: string,
  now: Date,
) {
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(documentAcknowledgements)
        .values({
          documentId: version.documentId,
          versionId: version.id,
          versionNumber: version.number,
          personId: person.id,
          method: "paper",
          signedOn,
          recordedByPersonId: ctx.actor?.personId as string,
          createdAt: now,
        })
        .returning();
      await recordEvent(
        tx,
        ctx,
        {
          type: "document.acknowledged_on_paper",
          targetType: "document",
          targetId: version.documentId,
          departmentId: person.departmentId,
          data: { number: version.number, personId: person.id, signedOn },
        },
        now,
      );
      return row;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw already();
    throw e;
  }
}

/** Each view of a restricted document is logged (西原村 基本方針 8, 川崎市 第12章10). */
export async function logRestrictedView(
  db: Db,
  ctx: RequestContext,
  version: VersionRef,
  what: "version" | "comparison" | "pdf",
  now: Date,
) {
  await db.transaction(async (tx) => {
    await recordEvent(
      tx,
      ctx,
      {
        type: "document.viewed",
        targetType: "document",
        targetId: version.documentId,
        data: { number: version.number, restricted: true, what },
      },
      now,
    );
  });
}
