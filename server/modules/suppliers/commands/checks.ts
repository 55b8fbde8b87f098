/**
 * Periodic checks of a contractor (西原村 9.1(3); 川崎市 9(2)イ): the 課長 records the result; it is
 * reported up the profile's chain by importance (西原村: the ネットワーク管理者 always, the CISO when
 * important) through notify, in the same transaction as the check and its audit event.
 */
import { recordEvent } from "../../../audit/record";
import type { Db } from "../../../db/client";
import { holdersOf } from "../../../directory";
import type { RequestContext } from "../../../http/context";
import { conflict } from "../../../http/errors";
import { defineKindTexts, notify } from "../../../notify";
import type { Profile } from "../../../profile";
import type { ContractUnit } from "../access";
import { loadContract } from "../load";
import { supplierChecks } from "../tables";

defineKindTexts("suppliers", {
  check_reported: { ja: "委託事業者の確認結果の報告", en: "A contractor check was reported" },
});

type Check = (unit: ContractUnit) => void;

export interface CheckInput {
  contractId: string;
  checkedOn: string;
  result: "ok" | "issues";
  importance: "normal" | "high";
  findings: string | null;
  measures: string | null;
}

/** The duties a check of this importance is reported to (the profile's chain). */
export function reportDuties(profile: Profile, importance: "normal" | "high"): string[] {
  return (profile.suppliers?.checks.report_to ?? [])
    .filter((s) => s.importance.includes(importance))
    .map((s) => s.duty);
}

export async function recordCheck(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  input: CheckInput,
  now: Date,
  check: Check,
) {
  return db.transaction(async (tx) => {
    const { contract, unit } = await loadContract(tx, input.contractId, true);
    check(unit);
    if (contract.state !== "active" && contract.state !== "ending")
      throw conflict(
        "contract_not_active",
        contract.state === "closed"
          ? "終了した契約の確認は記録できません。"
          : "確認は履行中又は終了手続中の契約について記録します。",
        contract.state === "closed"
          ? "A closed contract cannot be checked."
          : "Checks are recorded for an active or ending contract.",
      );
    const duties = reportDuties(profile, input.importance);
    const [row] = await tx
      .insert(supplierChecks)
      .values({
        ...input,
        checkedByPersonId: ctx.actor?.personId as string,
        reportedTo: duties,
        createdAt: now,
      })
      .returning();
    const to = new Set<string>();
    for (const duty of duties)
      for (const h of await holdersOf(tx, profile, duty, unit, now)) to.add(h.personId);
    to.delete(ctx.actor?.personId ?? "");
    if (to.size)
      await notify(tx, {
        to,
        module: "suppliers",
        kind: "check_reported",
        record: { type: "supplier_contract", id: contract.id },
        link: `/suppliers/contracts/${contract.id}`,
        now,
        message: {
          ja: `委託事業者の確認結果（${input.result === "ok" ? "問題なし" : "要措置"}${input.importance === "high" ? "・重要" : ""}）: ${contract.subject}`,
          en: `Contractor check (${input.result === "ok" ? "no issues" : "issues found"}${input.importance === "high" ? ", important" : ""}): ${contract.subject}`,
        },
      });
    await recordEvent(
      tx,
      ctx,
      {
        type: "supplier.check_recorded",
        targetType: "supplier_contract",
        targetId: contract.id,
        departmentId: contract.departmentId,
        data: {
          checkedOn: input.checkedOn,
          result: input.result,
          importance: input.importance,
          reportedTo: duties,
          clause: profile.suppliers?.checks.clause ?? null,
        },
      },
      now,
    );
    return { ...row, notified: to.size };
  });
}
