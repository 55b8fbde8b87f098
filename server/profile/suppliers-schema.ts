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

/** Categories of external service the profile may single out (川崎市 第9章2(2)イ). */
export const EXTERNAL_SERVICE_CATEGORIES = ["general", "free_mail", "online_storage"] as const;
export type ExternalServiceCategory = (typeof EXTERNAL_SERVICE_CATEGORIES)[number];
export const EXTERNAL_SERVICE_CHECK_PHASES = ["build", "periodic", "termination"] as const;
export type ExternalServiceCheckPhase = (typeof EXTERNAL_SERVICE_CHECK_PHASES)[number];

/**
 * One path an external service takes (first match wins): 西原村 9.2 (機密性2以上) or 9.3; 川崎市's
 * free mail / online storage (第9章2(2)イ) or every other service (第9章2(6)).
 */
export const ExternalServicePath = z.strictObject({
  key: z.string().regex(/^[a-z0-9_]+$/),
  title: I18n,
  when: z
    .strictObject({
      min_confidentiality: z.string().min(1).optional(),
      categories: z.array(z.enum(EXTERNAL_SERVICE_CATEGORIES)).min(1).optional(),
    })
    .optional()
    .describe("Every condition named must hold; omitted: the path of every other service"),
  approval: z.boolean().describe("Used only once the 外部サービス利用 request is approved"),
  necessity_reason: z
    .boolean()
    .default(false)
    .describe("The 情報管理責任者 records why the work needs it before it is requested"),
  consultation: z
    .boolean()
    .default(false)
    .describe("The consultation with the manage_network holder (情報監理者) is on record before use"),
  terms_check: z
    .boolean()
    .default(false)
    .describe("The applicant confirms the 約款 (terms of service) were checked before applying"),
  checks: z
    .array(z.enum(EXTERNAL_SERVICE_CHECK_PHASES))
    .default([])
    .describe("Lifecycle checks the 外部サービス管理者 records (build, periodic, termination)"),
  filed_by: z
    .strictObject({ duties: z.array(DutyKey).min(1), text: I18n, clause: ClauseRef })
    .optional()
    .describe(
      "Who may file a service on this path, over the 課 it is for, where the text names the applicant (西原村 9.2(4)①: the 情報セキュリティ・システム管理者); absent: any member of the 課",
    ),
  text: I18n,
  clause: ClauseRef,
});

/**
 * The rules one duty writes for every external service (西原村 9.2(1): ネットワーク管理者は…利用に関する
 * 規定を整備する; (5)①, (6)①, (7)① the measures at build, operation and exit; 9.3(1) for the rest),
 * and the judgement of each provider's reliability (9.2(2)⑨). Sekimori keeps the text each section
 * gets, versioned; the profile names the sections, who writes them and where the text asks them.
 */
export const ServiceCriteria = z.strictObject({
  writer_duty: DutyKey.describe("Who writes the sections (organization-wide holders of this duty)"),
  sections: z
    .array(
      z.strictObject({
        key: z.string().regex(/^[a-z0-9_]+$/),
        title: I18n,
        text: I18n.describe("What the section must cover, as the policy text says"),
        clause: ClauseRef,
      }),
    )
    .min(1),
  reliability: z
    .strictObject({
      duty: DutyKey,
      paths: z
        .array(z.string().regex(/^[a-z0-9_]+$/))
        .min(1)
        .describe("The paths (keys) whose providers are judged"),
      text: I18n,
      clause: ClauseRef,
    })
    .optional()
    .describe("The provider's reliability judged on audit reports and certifications (西原村 9.2(2)⑨)"),
  text: I18n,
  clause: ClauseRef,
});

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
  explanation: z
    .strictObject({
      duty: DutyKey.describe("Who explains: the person recorded must hold this duty over the contract's 課"),
      text: I18n,
      clause: ClauseRef,
    })
    .optional()
    .describe(
      "The policy's rules the contractor must keep, explained to it and its subcontractors (西原村 6.1(4)): recorded on the contract with who explained, to whom and when",
    ),
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
  subcontracting: z
    .strictObject({
      written_consent_when: ContractConditions.optional().describe(
        "The written consent (文書番号・日付) must be on record at every level before the contract is active",
      ),
      text: I18n,
      clause: ClauseRef,
      consent_clause: ClauseRef.optional(),
    })
    .optional()
    .describe(
      "再委託: each level approved through the `subcontracting` request kind; a level is filed only under an approved one",
    ),
  external_services: z
    .strictObject({
      paths: z.array(ExternalServicePath).min(1),
      periodic_check_months: z.number().int().min(1).max(36),
      build_check_days: z
        .number()
        .int()
        .min(0)
        .max(365)
        .describe("Days after approval by which the build check is due"),
      criteria: ServiceCriteria.optional(),
      manager: z.strictObject({
        text: I18n,
        clause: ClauseRef,
        named_by_approver: z
          .boolean()
          .default(false)
          .describe(
            "The approver of the use request names the manager (西原村 9.2(4)③): the approval names the person the request proposes, audited, and that person is told",
          ),
      }),
    })
    .optional()
    .describe("外部サービス: the register's paths, checks and the named 外部サービス管理者"),
  end_of_contract: z.strictObject({
    return_or_disposal: z.strictObject({ text: I18n, clause: ClauseRef }),
    no_copy_confirmation: z
      .strictObject({ text: I18n, clause: ClauseRef })
      .optional()
      .describe("A written confirmation that nothing was copied, before closing"),
  }),
});
export type SuppliersSectionT = z.infer<typeof SuppliersSection>;
