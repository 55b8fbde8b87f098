import { recordEvent } from "../../../audit/record";
import type { Db } from "../../../db/client";
import type { RequestContext } from "../../../http/context";
import { AppError } from "../../../http/errors";
import type { Profile } from "../../../profile";
import { kindSpec } from "../domain/kinds";
import { requestAssets, requests } from "../tables";
import { evaluate, type Requester } from "./evaluate";

/** Creates a draft request: the decision (approval needed, basis, approvers) is computed and kept. */
export async function createRequest(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  requester: Requester,
  input: { kind: string; assetIds: string[]; fields: Record<string, unknown> },
  now: Date,
) {
  const spec = kindSpec(input.kind);
  if (spec?.filedFrom)
    throw new AppError(422, "filed_elsewhere", spec.filedFrom.ja, spec.filedFrom.en, {
      kind: { message_ja: spec.filedFrom.ja, message_en: spec.filedFrom.en },
    });
  const e = await evaluate(db, profile, requester, input, now);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(requests)
      .values({
        kind: e.rule.key,
        status: "draft",
        requesterPersonId: requester.personId,
        departmentId: requester.departmentId as string,
        bureauId: requester.bureauId,
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
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (e.facts.length)
      await tx.insert(requestAssets).values(
        e.facts.map((f) => ({
          requestId: row.id,
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
    await recordEvent(
      tx,
      ctx,
      {
        type: "request.created",
        targetType: "request",
        targetId: row.id,
        departmentId: row.departmentId,
        data: {
          kind: row.kind,
          number: row.number,
          assetIds: e.facts.map((f) => f.id),
          approvalRequired: e.approvalRequired,
          basis: e.basis.map((b) => b.clause),
        },
      },
      now,
    );
    return row;
  });
}
