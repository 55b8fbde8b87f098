/**
 * A request filed by another module together with its own record (再委託 from a contract, 外部サービス
 * from the register): created and submitted in the caller's transaction, so the record and its
 * request exist together or not at all. The decision still belongs to this engine alone.
 */
import { inArray } from "drizzle-orm";
import { recordEvent } from "../../../audit/record";
import type { DbOrTx } from "../../../db/client";
import type { RequestContext } from "../../../http/context";
import type { Profile } from "../../../profile";
import { statusAfterSubmit } from "../domain/state";
import { requestDecisions, requests } from "../tables";
import { evaluate, type Requester } from "./evaluate";
import { notify, requestLabel } from "./support";

export async function fileRequest(
  tx: DbOrTx,
  ctx: RequestContext,
  profile: Profile,
  requester: Requester,
  input: { kind: string; fields: Record<string, unknown> },
  now: Date,
): Promise<{ id: string; number: number; status: string }> {
  const e = await evaluate(
    tx,
    profile,
    requester,
    { kind: input.kind, assetIds: [], fields: input.fields },
    now,
  );
  const status = statusAfterSubmit(e.approvalRequired, false);
  const [row] = await tx
    .insert(requests)
    .values({
      kind: e.rule.key,
      status,
      requesterPersonId: requester.personId,
      departmentId: requester.departmentId as string,
      bureauId: requester.bureauId,
      fields: e.fields,
      approvalRequired: e.approvalRequired,
      basis: e.basis,
      approvers: e.approvers,
      resolved: e.resolved,
      currentStep: status === "submitted" ? 1 : 0,
      encryptionRequired: e.encryption.required,
      encryptionClause: e.encryption.clause,
      emergency: false,
      startsAt: e.startsAt,
      endsAt: e.endsAt,
      returnReportDueAt: e.returnReportDueAt,
      submittedAt: now,
      inEffectAt: status === "in_effect" ? now : null,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
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
        assetIds: [],
        approvalRequired: e.approvalRequired,
        basis: e.basis.map((b) => b.clause),
      },
    },
    now,
  );
  await recordEvent(
    tx,
    ctx,
    {
      type: "request.submitted",
      targetType: "request",
      targetId: row.id,
      departmentId: row.departmentId,
      data: {
        kind: row.kind,
        from: "draft",
        to: status,
        approvalRequired: e.approvalRequired,
        emergency: false,
        basis: e.basis.map((b) => b.clause),
        approvers: e.resolved.map((s) => ({
          step: s.step,
          duty: s.duty,
          people: s.candidates.map((c) => c.personId),
        })),
      },
    },
    now,
  );
  if (status === "submitted") {
    const label = requestLabel(row, e.rule.title);
    await notify(
      tx,
      e.resolved[0]?.candidates.map((c) => c.personId) ?? [],
      {
        requestId: row.id,
        kind: "approval_needed",
        ja: `${label.ja}の承認をお願いします。`,
        en: `Please decide ${label.en}.`,
      },
      now,
    );
  }
  return { id: row.id, number: Number(row.number), status: row.status };
}

/** Where a request stands, with its final decision, as other modules' rules need it (no viewer). */
export interface RequestOutcome {
  id: string;
  number: number;
  status: string;
  approved: boolean;
  decidedAt: string | null;
  deciderPersonIds: string[];
}

const APPROVED = new Set(["approved", "in_effect", "completed"]);

export async function requestOutcomes(
  db: DbOrTx,
  ids: readonly string[],
): Promise<Map<string, RequestOutcome>> {
  const unique = [...new Set(ids.filter(Boolean))];
  const out = new Map<string, RequestOutcome>();
  if (!unique.length) return out;
  const rows = await db
    .select({
      id: requests.id,
      number: requests.number,
      status: requests.status,
      decidedAt: requests.decidedAt,
    })
    .from(requests)
    .where(inArray(requests.id, unique));
  const decisions = await db
    .select({
      requestId: requestDecisions.requestId,
      personId: requestDecisions.personId,
      decision: requestDecisions.decision,
    })
    .from(requestDecisions)
    .where(inArray(requestDecisions.requestId, unique));
  for (const r of rows)
    out.set(r.id, {
      id: r.id,
      number: Number(r.number),
      status: r.status,
      approved: APPROVED.has(r.status),
      decidedAt: r.decidedAt?.toISOString() ?? null,
      deciderPersonIds: decisions
        .filter((d) => d.requestId === r.id && d.decision === "approved")
        .map((d) => d.personId),
    });
  return out;
}
