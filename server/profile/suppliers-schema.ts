/**
 * The profile's `suppliers:` section (委託事業者): when pledges (誓約書) are required, when a
 * security plan must be in before work starts, how often the contractor is checked and to whom
 * the result is reported, and what must be settled before a contract closes. Every rule cites
 * its clause; server/modules/suppliers only follows this data. The contract clauses themselves
 * are `contract_clauses:` (with `when:` conditions of the same shape).
 */
import { z } from "zod";
import { DUTY_KEYS, type Duty } from "../../common/duties";

const ClauseRef = z
  .string()
  .regex(/^[a-z0-9-]+:[^/\s]+(\/\S+)*$/, "clause must look like <catalog>:<document>/<path>");
const I18n = z.strictObject({ ja: z.string().min(1), en: z.string().min(1) });
const DutyKey = z.enum(DUTY_KEYS as [Duty, ...Duty[]]);

/**
 * What a contract involves, as a condition: every attribute named must hold (an omitted one is
 * not looked at). `min_confidentiality` is a level key of the confidentiality scheme: the
 * contract's highest class must rank at or above it.
 */
export const ContractCondition = z.strictObject({
  system_work: z.boolean().optional().describe("情報システムの開発・運用・保守等の委託"),
  personal_information: z.boolean().optional().describe("個人情報を取り扱う"),
  specific_personal_information: z.boolean().optional().describe("特定個人情報を取り扱う"),
  designated_manager: z.boolean().optional().describe("指定管理者等（協定）"),
  maintenance: z.boolean().optional().describe("機器の修理・保守の契約"),
  min_confidentiality: z.string().min(1).optional(),
});
/** Any of these conditions holds. */
export const ContractConditions = z.array(ContractCondition).min(1);

export const SuppliersSection = z.strictObject({
  pledges: z
    .strictObject({
      required_when: ContractConditions.describe(
        "Every responsible person and worker must have a pledge on file before the contract becomes active",
      ),
      as_needed_when: ContractConditions.optional().describe(
        "Pledges asked as the work needs (shown, not enforced)",
      ),
      text: I18n,
      clause: ClauseRef,
    })
    .optional(),
  security_plan: z
    .strictObject({
      required_when: ContractConditions.describe(
        "The written security plan must be received before the contract becomes active",
      ),
      text: I18n,
      clause: ClauseRef,
    })
    .optional(),
  checks: z.strictObject({
    interval_months: z
      .number()
      .int()
      .min(1)
      .max(36)
      .describe(
        "Months between checks of an active contract (the texts say 定期的に: the organization's choice)",
      ),
    report_to: z
      .array(
        z.strictObject({
          duty: DutyKey,
          importance: z.array(z.enum(["normal", "high"])).min(1),
        }),
      )
      .default([])
      .describe("Who is told of a check's result, by the importance the 課長 gives it"),
    text: I18n,
    clause: ClauseRef,
  }),
  end_of_contract: z.strictObject({
    return_or_disposal: z.strictObject({ text: I18n, clause: ClauseRef }),
    no_copy_confirmation: z
      .strictObject({ text: I18n, clause: ClauseRef })
      .optional()
      .describe("A written confirmation that nothing was copied, before closing"),
  }),
});
export type SuppliersSectionT = z.infer<typeof SuppliersSection>;
