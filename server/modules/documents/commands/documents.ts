/** Creating a document of a profile kind and changing its title, system or audience. */
import { eq } from "drizzle-orm";
import { changedFields, recordEvent } from "../../../audit/record";
import type { Db } from "../../../db/client";
import type { RequestContext } from "../../../http/context";
import type { DocumentKindT } from "../../../profile/documents-schema";
import { type AudienceSpec, normalizeAudience } from "../domain/audience";
import { documents } from "../tables";

export interface NewDocumentInput {
  kind: DocumentKindT;
  title: string;
  departmentId: string | null;
  systemName: string | null;
  audience: AudienceSpec;
}

export async function createDocument(db: Db, ctx: RequestContext, input: NewDocumentInput, now: Date) {
  return db.transaction(async (tx) => {
    const audience = normalizeAudience(input.audience);
    const [row] = await tx
      .insert(documents)
      .values({
        kind: input.kind.key,
        title: input.title,
        departmentId: input.departmentId,
        systemName: input.systemName,
        audience,
        createdByPersonId: ctx.actor?.personId ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "document.created",
        targetType: "document",
        targetId: row.id,
        departmentId: row.departmentId,
        data: { kind: row.kind, title: row.title, departmentId: row.departmentId, audience },
      },
      now,
    );
    return row;
  });
}

export interface DocumentPatch {
  title?: string;
  systemName?: string | null;
  audience?: AudienceSpec;
}

export async function updateDocument(
  db: Db,
  ctx: RequestContext,
  before: typeof documents.$inferSelect,
  patch: DocumentPatch,
  now: Date,
) {
  const next = { ...patch, ...(patch.audience ? { audience: normalizeAudience(patch.audience) } : {}) };
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(documents)
      .set({ ...next, updatedAt: now })
      .where(eq(documents.id, before.id))
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "document.updated",
        targetType: "document",
        targetId: row.id,
        departmentId: row.departmentId,
        data: changedFields<Record<string, unknown>>(before, next),
      },
      now,
    );
    return row;
  });
}
