import { eq } from "drizzle-orm";
import { recordEvent } from "../../../audit/record";
import type { Db } from "../../../db/client";
import type { RequestContext } from "../../../http/context";
import { conflict, notFound } from "../../../http/errors";
import type { Profile } from "../../../profile";
import { assetsOf } from "../queries";
import { requestAssets, requests } from "../tables";
import { evaluate, type Requester } from "./evaluate";
import { lockRequest } from "./support";

/**
 * Edits a draft: new fields and/or assets. The decision (approval needed, basis, approvers,
 * encryption) is evaluated again and kept, exactly as when the draft was created. Only drafts:
 * anything else answers 409 `not_a_draft` and nothing changes.
 */
export async function updateDraft(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  requester: Requester,
  id: string,
  input: { fields?: Record<string, unknown>; assetIds?: string[] },
  now: Date,
) {
  return db.transaction(async (tx) => {
    const before = await lockRequest(tx, id);
    if (!before) throw notFound({ ja: "申請", en: "The request" });
    if (before.status !== "draft")
      throw conflict(
        "not_a_draft",
        "下書きの申請だけを編集できます。",
        "Only a draft request can be edited.",
      );
    const oldAssetIds = (await assetsOf(tx, id)).map((a) => a.assetId);
    const assetIds = input.assetIds ? [...new Set(input.assetIds)] : oldAssetIds;
    const fields = input.fields ?? (before.fields as Record<string, unknown>);
    const e = await evaluate(tx, profile, requester, { kind: before.kind, assetIds, fields }, now, id);
    const [row] = await tx
      .update(requests)
      .set({
        fields: e.fields,
        approvalRequired: e.approvalRequired,
        basis: e.basis,
        approvers: e.approvers,
        resolved: e.resolved,
        encryptionRequired: e.encryption.required,
        encryptionClause: e.encryption.clause,
        emergency: e.emergency,
        startsAt: e.startsAt,
        endsAt: e.endsAt,
        returnReportDueAt: e.returnReportDueAt,
        updatedAt: now,
      })
      .where(eq(requests.id, id))
      .returning();
    if (input.assetIds) {
      await tx.delete(requestAssets).where(eq(requestAssets.requestId, id));
      if (e.facts.length)
        await tx.insert(requestAssets).values(
          e.facts.map((f) => ({
            requestId: id,
            assetId: f.id,
            snapshot: {
              assetNumber: f.assetNumber,
              name: f.name,
              kind: f.kind,
              subkind: f.subkind,
              confidentiality: f.confidentiality,
              integrity: f.integrity,
              availability: f.availability,
              zone: f.zone,
            },
          })),
        );
    }
    const changedFields = Object.keys({ ...(before.fields as object), ...e.fields }).filter(
      (k) => JSON.stringify((before.fields as Record<string, unknown>)[k]) !== JSON.stringify(e.fields[k]),
    );
    await recordEvent(
      tx,
      ctx,
      {
        type: "request.updated",
        targetType: "request",
        targetId: id,
        departmentId: row.departmentId,
        data: {
          number: row.number,
          changedFields,
          assetIdsBefore: oldAssetIds,
          assetIds: e.facts.map((f) => f.id),
          approvalRequiredBefore: before.approvalRequired,
          approvalRequired: e.approvalRequired,
          basis: e.basis.map((b) => b.clause),
        },
      },
      now,
    );
    return row;
  });
}
