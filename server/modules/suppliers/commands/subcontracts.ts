/**
 * 再委託: a level of the contract's chain is filed together with its `subcontracting` request (the
 * requests engine decides it, step by step, with separation of duties); a deeper level only under a
 * settled one. Where the profile asks for it, the 課長 then records the written consent (許諾書).
 */
import { and, eq } from "drizzle-orm";
import { recordEvent } from "../../../audit/record";
import type { Db } from "../../../db/client";
import type { Actor, RequestContext } from "../../../http/context";
import { AppError, conflict, fieldError } from "../../../http/errors";
import type { Profile } from "../../../profile";
import { fileRequest } from "../../requests";
import type { ContractUnit } from "../access";
import { fileRefusal, writtenConsentRequired } from "../domain/subcontracting";
import { attributesOf, loadContract, subcontractChain } from "../load";
import { supplierContractors, supplierSubcontracts } from "../tables";

type Check = (unit: ContractUnit) => void;

export interface SubcontractInput {
  contractorId: string;
  parentId: string | null;
  work: string;
  dataHandled: string | null;
  measures: string;
}

export function ensureNotEnded(state: string): void {
  if (state === "ending" || state === "closed")
    throw conflict(
      "contract_ended",
      "終了手続中・終了した契約には再委託を申請できません。",
      "The contract is ending or closed.",
    );
}

/** The `subcontracting` request's fields: the contract and the chain as they are, and the level's work. */
export function requestFields(
  contract: string,
  subcontractor: string,
  parentContractor: string | undefined,
  level: number,
  work: { work: unknown; dataHandled: unknown; measures: unknown },
): Record<string, unknown> {
  return {
    contract,
    subcontractor,
    parentContractor: parentContractor ?? "—",
    level,
    work: work.work,
    dataHandled: work.dataHandled ?? "",
    measures: work.measures,
  };
}

export async function fileSubcontract(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  actor: Actor,
  contractId: string,
  input: SubcontractInput,
  now: Date,
  check: Check,
) {
  if (!profile.suppliers?.subcontracting || !profile.request_kinds.some((k) => k.key === "subcontracting"))
    throw new AppError(
      422,
      "not_in_profile",
      "この組織のポリシーには再委託の承認の定めがありません。",
      "The profile has no subcontracting approval.",
    );
  return db.transaction(async (tx) => {
    const { contract, unit } = await loadContract(tx, contractId, true);
    check(unit);
    ensureNotEnded(contract.state);
    const [sub] = await tx
      .select()
      .from(supplierContractors)
      .where(eq(supplierContractors.id, input.contractorId));
    if (!sub)
      throw fieldError(
        "contractorId",
        "再委託先の事業者が見つかりません。",
        "The subcontractor was not found.",
      );
    if (sub.id === contract.contractorId && !input.parentId)
      throw fieldError(
        "contractorId",
        "委託事業者自身は再委託先にできません。",
        "The contractor cannot subcontract to itself.",
      );
    const chain = await subcontractChain(tx, contractId);
    const consent = writtenConsentRequired(profile, attributesOf(contract));
    const refusal = fileRefusal(chain, input.parentId, consent);
    if (refusal) throw fieldError("parentId", refusal.ja, refusal.en);
    const parent = input.parentId ? chain.find((l) => l.id === input.parentId) : undefined;
    const [prime] = await tx
      .select({ name: supplierContractors.name })
      .from(supplierContractors)
      .where(eq(supplierContractors.id, contract.contractorId));
    const level = parent ? parent.level + 1 : 1;
    const request = await fileRequest(
      tx,
      ctx,
      profile,
      {
        personId: actor.personId,
        departmentId: actor.departmentId,
        bureauId: actor.bureauId,
        grants: actor.grants,
      },
      {
        kind: "subcontracting",
        fields: requestFields(
          contract.subject,
          sub.name,
          parent?.contractorName ?? prime?.name,
          level,
          input,
        ),
      },
      now,
    );
    const [row] = await tx
      .insert(supplierSubcontracts)
      .values({
        contractId,
        parentId: input.parentId,
        level,
        contractorId: sub.id,
        work: input.work,
        dataHandled: input.dataHandled,
        measures: input.measures,
        requestId: request.id,
        createdByPersonId: actor.personId,
        createdAt: now,
      })
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "supplier.subcontract_filed",
        targetType: "supplier_contract",
        targetId: contractId,
        departmentId: contract.departmentId,
        data: {
          subcontractId: row.id,
          contractorId: sub.id,
          level,
          requestId: request.id,
          parentId: input.parentId,
        },
      },
      now,
    );
    return { ...row, createdAt: row.createdAt.toISOString(), requestNumber: request.number };
  });
}

export async function recordSubcontractConsent(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  contractId: string,
  subcontractId: string,
  input: { consentNumber: string; consentOn: string },
  now: Date,
  check: Check,
) {
  return db.transaction(async (tx) => {
    const { contract, unit } = await loadContract(tx, contractId, true);
    check(unit);
    const chain = await subcontractChain(tx, contractId);
    const level = chain.find((l) => l.id === subcontractId);
    if (!level)
      throw new AppError(404, "not_found", "再委託が見つかりません。", "The subcontract was not found.");
    if (level.decision !== "approved")
      throw conflict(
        "not_approved",
        "再委託の申請が承認されてから許諾書を記録してください（事前に書面により許諾）。",
        "Record the written consent once the subcontracting request is approved.",
      );
    const [row] = await tx
      .update(supplierSubcontracts)
      .set({
        consentNumber: input.consentNumber,
        consentOn: input.consentOn,
        consentRecordedByPersonId: ctx.actor?.personId ?? null,
      })
      .where(and(eq(supplierSubcontracts.id, subcontractId), eq(supplierSubcontracts.contractId, contractId)))
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "supplier.subcontract_consent_recorded",
        targetType: "supplier_contract",
        targetId: contractId,
        departmentId: contract.departmentId,
        data: {
          subcontractId,
          consentNumber: input.consentNumber,
          consentOn: input.consentOn,
          clause:
            profile.suppliers?.subcontracting?.consent_clause ??
            profile.suppliers?.subcontracting?.clause ??
            null,
        },
      },
      now,
    );
    return { ...row, createdAt: row.createdAt.toISOString() };
  });
}
