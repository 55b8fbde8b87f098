import { and, eq } from "drizzle-orm";
import { recordEvent } from "../../../audit/record";
import type { Db, DbOrTx } from "../../../db/client";
import { attachmentName } from "../../../http/attachment-name";
import { notFound } from "../../../http/errors";
import { sha256Hex } from "../domain/files";
import type { FileKind } from "../domain/types";
import type { IncidentRow } from "../queries";
import { incidentCustody, incidentFiles } from "../tables";
import type { Ctx } from "./common";

export interface NewFile {
  kind: FileKind;
  fileName: string;
  contentType: string;
  bytes: Buffer;
  description?: string | null;
}

/** Stores an attachment or an evidence item with its SHA-256 (type already checked by content). */
export async function addFile(db: Db, ctx: Ctx, incident: IncidentRow, input: NewFile, now: Date) {
  return db.transaction((tx) => insertFile(tx, ctx, incident.id, input, now));
}

/** The insert and its audit event, inside the caller's transaction. */
export async function insertFile(tx: DbOrTx, ctx: Ctx, incidentId: string, input: NewFile, now: Date) {
  const sha256 = sha256Hex(input.bytes);
  const [row] = await tx
    .insert(incidentFiles)
    .values({
      incidentId,
      kind: input.kind,
      fileName: attachmentName(input.fileName, input.contentType),
      contentType: input.contentType,
      size: input.bytes.length,
      sha256,
      content: input.bytes,
      description: input.description ?? null,
      uploadedByPersonId: ctx.actor?.personId ?? null,
      createdAt: now,
    })
    .returning({
      id: incidentFiles.id,
      kind: incidentFiles.kind,
      fileName: incidentFiles.fileName,
      contentType: incidentFiles.contentType,
      size: incidentFiles.size,
      sha256: incidentFiles.sha256,
      description: incidentFiles.description,
      uploadedByPersonId: incidentFiles.uploadedByPersonId,
      createdAt: incidentFiles.createdAt,
    });
  await recordEvent(
    tx,
    ctx,
    {
      type: input.kind === "evidence" ? "incident.evidence_added" : "incident.attachment_added",
      targetType: "incident",
      targetId: incidentId,
      data: {
        fileId: row.id,
        fileName: row.fileName,
        contentType: row.contentType,
        size: row.size,
        sha256,
      },
    },
    now,
  );
  return row;
}

export async function loadFile(db: Db, incidentId: string, fileId: string) {
  const [row] = await db
    .select()
    .from(incidentFiles)
    .where(and(eq(incidentFiles.id, fileId), eq(incidentFiles.incidentId, incidentId)));
  if (!row) throw notFound({ ja: "ファイル", en: "The file" });
  return row;
}

/** One hand-over in the chain of custody of an evidence item (append-only). */
export async function addCustody(
  db: Db,
  ctx: Ctx,
  incident: IncidentRow,
  fileId: string,
  input: { handedFrom: string; handedTo: string; handedAt: string; note?: string | null },
  now: Date,
) {
  const file = await loadFile(db, incident.id, fileId);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(incidentCustody)
      .values({
        fileId: file.id,
        handedFrom: input.handedFrom,
        handedTo: input.handedTo,
        handedAt: new Date(input.handedAt),
        note: input.note ?? null,
        recordedByPersonId: ctx.actor?.personId ?? null,
        recordedAt: now,
      })
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "incident.custody_recorded",
        targetType: "incident",
        targetId: incident.id,
        data: {
          fileId: file.id,
          sha256: file.sha256,
          handedFrom: row.handedFrom,
          handedTo: row.handedTo,
          handedAt: row.handedAt.toISOString(),
        },
      },
      now,
    );
    return row;
  });
}
