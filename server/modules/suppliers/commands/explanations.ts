/**
 * 委託事業者に対する説明 (西原村 対策基準 6.1(4)): the 課長 records that the parts of the policy the
 * contractor must keep, and their confidential matters, were explained to the contractor or to one
 * of its subcontractors. The one who explained must hold the duty the profile names for it over the
 * contract's 課 on that day (the text names the 情報セキュリティ・システム管理者); the record and its
 * audit event are written in one transaction.
 */
import { and, eq } from "drizzle-orm";
import { todayJst } from "../../../../common/calendar";
import { recordEvent } from "../../../audit/record";
import type { Db } from "../../../db/client";
import { holdersOf } from "../../../directory";
import type { RequestContext } from "../../../http/context";
import { conflict, fieldError } from "../../../http/errors";
import type { Profile } from "../../../profile";
import type { ContractUnit } from "../access";
import { loadContract } from "../load";
import { supplierExplanations, supplierSubcontracts } from "../tables";

type Check = (unit: ContractUnit) => void;

export interface ExplanationInput {
  explainedOn: string;
  explainedByPersonId: string;
  explainedTo: string;
  subcontractId: string | null;
  content: string;
}

export async function recordExplanation(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  contractId: string,
  input: ExplanationInput,
  now: Date,
  check: Check,
) {
  return db.transaction(async (tx) => {
    const { contract, unit } = await loadContract(tx, contractId, true);
    check(unit);
    const rule = profile.suppliers?.explanation;
    if (!rule)
      throw conflict(
        "no_explanation_rule",
        "この組織の方針は委託事業者への説明の記録を定めていません。",
        "This organization's policy does not ask for the explanation to contractors to be recorded.",
      );
    if (contract.state === "closed")
      throw conflict(
        "contract_closed",
        "終了した契約には説明を記録できません。",
        "An explanation cannot be recorded on a closed contract.",
      );
    if (input.explainedOn > todayJst(now))
      throw fieldError(
        "explainedOn",
        "説明日が未来の日付です。",
        "The date of the explanation is in the future.",
      );
    if (input.subcontractId) {
      const [level] = await tx
        .select({ id: supplierSubcontracts.id })
        .from(supplierSubcontracts)
        .where(
          and(
            eq(supplierSubcontracts.id, input.subcontractId),
            eq(supplierSubcontracts.contractId, contract.id),
          ),
        );
      if (!level)
        throw fieldError(
          "subcontractId",
          "この契約の再委託先ではありません。",
          "Not a subcontractor of this contract.",
        );
    }
    // The explainer is judged on the day they explained (a transfer since then does not undo it).
    const at = new Date(`${input.explainedOn}T12:00:00+09:00`);
    const holders = await holdersOf(tx, profile, rule.duty, unit, at);
    if (!holders.some((h) => h.personId === input.explainedByPersonId))
      throw fieldError(
        "explainedByPersonId",
        `説明者は、その日にこの契約の課で方針が定める職務（${rule.clause}）を持つ者でなければなりません。`,
        `The one who explained must have held the duty the policy names (${rule.clause}) over this contract's section on that day.`,
      );
    const [row] = await tx
      .insert(supplierExplanations)
      .values({
        contractId: contract.id,
        ...input,
        recordedByPersonId: ctx.actor?.personId as string,
        createdAt: now,
      })
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "supplier.explanation_recorded",
        targetType: "supplier_contract",
        targetId: contract.id,
        departmentId: contract.departmentId,
        data: {
          explanationId: row.id,
          explainedOn: input.explainedOn,
          explainedByPersonId: input.explainedByPersonId,
          subcontractId: input.subcontractId,
          clause: rule.clause,
        },
      },
      now,
    );
    return row;
  });
}
