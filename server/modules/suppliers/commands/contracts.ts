/**
 * Contract writes: prepare, correct (while a draft), confirm the clause checklist, move along
 * draft → checked → active → ending → closed with the profile's blockers, record the security
 * plan and the no-copy confirmation. Each write is one transaction with its audit event; a refused
 * step is audited too (its own transaction) and answered with the blockers named.
 */
import { and, eq } from "drizzle-orm";
import { recordEvent } from "../../../audit/record";
import type { Db } from "../../../db/client";
import { departmentUnit } from "../../../directory";
import type { RequestContext } from "../../../http/context";
import { AppError, conflict, fieldError } from "../../../http/errors";
import type { Profile } from "../../../profile";
import type { ContractUnit } from "../access";
import { requiredClauses } from "../domain/clauses";
import { type Blocker, blockersFor, TRANSITIONS } from "../domain/contract";
import { attributesOf, contractFacts, loadContract } from "../load";
import {
  type ContractState,
  supplierContractClauses,
  supplierContractors,
  supplierContracts,
} from "../tables";

type Check = (unit: ContractUnit) => void;
const STATE_JA: Record<ContractState, string> = {
  draft: "作成中",
  checked: "条項確認済",
  active: "履行中",
  ending: "終了手続中",
  closed: "終了",
};

export interface ContractInput {
  contractorId: string;
  departmentId: string;
  subject: string;
  startsOn: string;
  endsOn: string;
  informationLevels: string[];
  personalInformation: boolean;
  specificPersonalInformation: boolean;
  systemWork: boolean;
  designatedManager: boolean;
  maintenance: boolean;
}

function checkLevels(profile: Profile, levels: readonly string[] | undefined) {
  for (const l of levels ?? [])
    if (!profile.classification.confidentiality.levels.some((x) => x.key === l))
      throw fieldError(
        "informationLevels",
        `「${l}」はこのポリシーの機密性の区分にありません。`,
        `"${l}" is not a confidentiality level of this policy.`,
      );
}

function checkPeriod(startsOn: string, endsOn: string) {
  if (endsOn < startsOn)
    throw fieldError(
      "endsOn",
      "契約の終了日は開始日以降にしてください。",
      "The end date must not be before the start date.",
    );
}

export async function createContract(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  input: ContractInput,
  now: Date,
  check: Check,
) {
  checkLevels(profile, input.informationLevels);
  checkPeriod(input.startsOn, input.endsOn);
  return db.transaction(async (tx) => {
    const dept = await departmentUnit(tx, input.departmentId);
    if (!dept?.active)
      throw fieldError(
        "departmentId",
        "契約する課が見つかりません。",
        "The contracting department was not found.",
      );
    check({ departmentId: dept.id, bureauId: dept.bureauId });
    const [contractor] = await tx
      .select({ id: supplierContractors.id })
      .from(supplierContractors)
      .where(eq(supplierContractors.id, input.contractorId));
    if (!contractor)
      throw fieldError("contractorId", "委託事業者が見つかりません。", "The contractor was not found.");
    const [row] = await tx
      .insert(supplierContracts)
      .values({ ...input, createdByPersonId: ctx.actor?.personId ?? null, createdAt: now, updatedAt: now })
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "supplier.contract_created",
        targetType: "supplier_contract",
        targetId: row.id,
        departmentId: row.departmentId,
        data: {
          subject: row.subject,
          contractorId: row.contractorId,
          required: requiredClauses(profile, attributesOf(row)).map((c) => c.key),
        },
      },
      now,
    );
    return row;
  });
}

export async function updateContract(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  id: string,
  input: Partial<Omit<ContractInput, "contractorId" | "departmentId">>,
  now: Date,
  check: Check,
) {
  checkLevels(profile, input.informationLevels);
  return db.transaction(async (tx) => {
    const { contract: before, unit } = await loadContract(tx, id, true);
    check(unit);
    if (before.state !== "draft")
      throw conflict(
        "contract_not_draft",
        "契約の内容は作成中の間だけ変更できます（条項確認済なら作成中に戻してください）。",
        "A contract can be changed only as a draft (move a checked contract back to draft first).",
      );
    checkPeriod(input.startsOn ?? before.startsOn, input.endsOn ?? before.endsOn);
    const [row] = await tx
      .update(supplierContracts)
      .set({ ...input, updatedAt: now })
      .where(eq(supplierContracts.id, id))
      .returning();
    const changes = Object.fromEntries(
      Object.keys(input)
        .filter(
          (k) =>
            JSON.stringify((before as Record<string, unknown>)[k]) !==
            JSON.stringify((row as Record<string, unknown>)[k]),
        )
        .map((k) => [
          k,
          { from: (before as Record<string, unknown>)[k], to: (row as Record<string, unknown>)[k] },
        ]),
    );
    await recordEvent(
      tx,
      ctx,
      {
        type: "supplier.contract_updated",
        targetType: "supplier_contract",
        targetId: id,
        departmentId: row.departmentId,
        data: changes,
      },
      now,
    );
    return row;
  });
}

export async function confirmClauses(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  id: string,
  confirmations: { clauseKey: string; included: boolean; location: string | null }[],
  now: Date,
  check: Check,
) {
  return db.transaction(async (tx) => {
    const { contract, unit } = await loadContract(tx, id, true);
    check(unit);
    if (contract.state !== "draft" && contract.state !== "checked")
      throw conflict(
        "contract_not_draft",
        "条項の確認は契約の開始前に行います。",
        "Clauses are confirmed before the contract starts.",
      );
    const required = new Set(requiredClauses(profile, attributesOf(contract)).map((c) => c.key));
    for (const [i, c] of confirmations.entries()) {
      if (!required.has(c.clauseKey))
        throw fieldError(
          `confirmations.${i}.clauseKey`,
          `「${c.clauseKey}」はこの契約に必要な条項ではありません。`,
          `"${c.clauseKey}" is not a clause this contract requires.`,
        );
      if (c.included && !(c.location ?? "").trim())
        throw fieldError(
          `confirmations.${i}.location`,
          "条項が記載されている契約書・仕様書の頁又は条を入力してください。",
          "Give the page or article of the contract where the clause is.",
        );
    }
    for (const c of confirmations) {
      const values = {
        contractId: id,
        clauseKey: c.clauseKey,
        included: c.included,
        location: c.location,
        confirmedByPersonId: ctx.actor?.personId ?? null,
        confirmedAt: now,
      };
      await tx
        .insert(supplierContractClauses)
        .values(values)
        .onConflictDoUpdate({
          target: [supplierContractClauses.contractId, supplierContractClauses.clauseKey],
          set: {
            included: c.included,
            location: c.location,
            confirmedByPersonId: values.confirmedByPersonId,
            confirmedAt: now,
          },
        });
    }
    const facts = await contractFacts(tx, contract);
    const missing = blockersFor(profile, "checked", facts).flatMap((b) => b.items);
    await recordEvent(
      tx,
      ctx,
      {
        type: "supplier.clauses_confirmed",
        targetType: "supplier_contract",
        targetId: id,
        departmentId: contract.departmentId,
        data: { confirmations, missing },
      },
      now,
    );
    return { missing };
  });
}

export function blockedError(to: ContractState, blockers: Blocker[]) {
  return new AppError(
    422,
    "contract_blocked",
    `「${STATE_JA[to]}」にできません。${blockers.map((b) => b.message_ja).join(" ")}`,
    `The contract cannot become ${to}. ${blockers.map((b) => b.message_en).join(" ")}`,
    Object.fromEntries(blockers.map((b) => [b.code, { message_ja: b.message_ja, message_en: b.message_en }])),
  );
}

export async function transitionContract(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  id: string,
  to: ContractState,
  now: Date,
  check: Check,
) {
  const outcome = await db.transaction(async (tx) => {
    const { contract, unit } = await loadContract(tx, id, true);
    check(unit);
    const from = contract.state;
    if (!TRANSITIONS[from].includes(to))
      throw conflict(
        "invalid_transition",
        `「${STATE_JA[from]}」の契約を「${STATE_JA[to]}」にはできません。`,
        `A contract in state ${from} cannot become ${to}.`,
      );
    const blockers = blockersFor(profile, to, await contractFacts(tx, contract));
    if (blockers.length) {
      await recordEvent(
        tx,
        ctx,
        {
          type: "supplier.contract_blocked",
          targetType: "supplier_contract",
          targetId: id,
          departmentId: contract.departmentId,
          data: { to, blockers: blockers.map((b) => ({ code: b.code, clause: b.clause, items: b.items })) },
        },
        now,
      );
      return { blockers, row: null };
    }
    const [row] = await tx
      .update(supplierContracts)
      .set({ state: to, updatedAt: now, closedAt: to === "closed" ? now : null })
      .where(and(eq(supplierContracts.id, id), eq(supplierContracts.state, from)))
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "supplier.contract_transitioned",
        targetType: "supplier_contract",
        targetId: id,
        departmentId: row.departmentId,
        data: { from, to },
      },
      now,
    );
    return { blockers: [] as Blocker[], row };
  });
  if (!outcome.row) throw blockedError(to, outcome.blockers);
  return outcome.row;
}

export async function recordSecurityPlan(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  id: string,
  input: { receivedOn: string; note: string | null },
  now: Date,
  check: Check,
) {
  return db.transaction(async (tx) => {
    const { contract, unit } = await loadContract(tx, id, true);
    check(unit);
    if (contract.state === "ending" || contract.state === "closed")
      throw conflict("contract_ended", "終了した契約には記録できません。", "The contract has ended.");
    const [row] = await tx
      .update(supplierContracts)
      .set({ securityPlanReceivedOn: input.receivedOn, securityPlanNote: input.note, updatedAt: now })
      .where(eq(supplierContracts.id, id))
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "supplier.security_plan_received",
        targetType: "supplier_contract",
        targetId: id,
        departmentId: contract.departmentId,
        data: { receivedOn: input.receivedOn, clause: profile.suppliers?.security_plan?.clause ?? null },
      },
      now,
    );
    return row;
  });
}

export async function confirmNoCopy(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  id: string,
  input: { confirmedOn: string; note: string | null },
  now: Date,
  check: Check,
) {
  return db.transaction(async (tx) => {
    const { contract, unit } = await loadContract(tx, id, true);
    check(unit);
    if (contract.state !== "active" && contract.state !== "ending")
      throw conflict(
        "contract_not_ending",
        "複写・複製をしていないことの確認は履行中又は終了手続中の契約に記録します。",
        "The no-copy confirmation is recorded for an active or ending contract.",
      );
    const [row] = await tx
      .update(supplierContracts)
      .set({
        noCopyConfirmedOn: input.confirmedOn,
        noCopyConfirmedByPersonId: ctx.actor?.personId ?? null,
        noCopyNote: input.note,
        updatedAt: now,
      })
      .where(eq(supplierContracts.id, id))
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "supplier.no_copy_confirmed",
        targetType: "supplier_contract",
        targetId: id,
        departmentId: contract.departmentId,
        data: {
          confirmedOn: input.confirmedOn,
          clause: profile.suppliers?.end_of_contract.no_copy_confirmation?.clause ?? null,
        },
      },
      now,
    );
    return row;
  });
}
