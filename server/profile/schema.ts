/**
 * The policy profile format (DESIGN.md §2). Strict objects everywhere: an unknown key is an error,
 * because a misspelt rule that is silently ignored is a rule that is not enforced.
 * `policies/profile.schema.json` is generated from this file (export-json-schema.ts).
 */
import { z } from "zod";
import { DUTY_KEYS, type Duty, SCOPES } from "../../common/duties";
import { AccountsSection } from "./accounts-schema";
import { AssuranceSection } from "./assurance-schema";
import { DocumentsSection } from "./documents-schema";
import { RegistersSection } from "./registers-schema";
import { ReportsSection } from "./reports-schema";
import { ContractConditions, SuppliersSection } from "./suppliers-schema";
import { TrainingSection } from "./training-schema";

export const ZONE_KEYS = ["mynumber", "lgwan", "internet"] as const;
export const ASSET_KINDS = [
  "information",
  "document",
  "system",
  "device",
  "medium",
  "network",
  "area",
  "software",
  "service",
] as const;
export const REQUEST_KIND_KEYS = [
  "carry_out",
  "bring_in",
  "external_provision",
  "transport",
  "disposal",
  "software_install",
  "hardware_change",
  "personal_device",
  "offsite_processing",
  "external_network",
  "external_service",
  "web_meeting",
  "exception",
  "privileged_deputy",
  "offsite_equipment",
  "system_change",
  "subcontracting",
  "system_document_access",
  "remote_access",
  "system_setting_change",
] as const;
export const SCHEME_KEYS = ["confidentiality", "integrity", "availability"] as const;

export type ZoneKey = (typeof ZONE_KEYS)[number];
export type AssetKind = (typeof ASSET_KINDS)[number];
export type RequestKindKey = (typeof REQUEST_KIND_KEYS)[number];
export type SchemeKey = (typeof SCHEME_KEYS)[number];

/** `<catalog>:<document>/<path>`, e.g. `nishihara:対策基準/3/(2)/⑧/(イ)`. */
export const ClauseRef = z
  .string()
  .regex(/^[a-z0-9-]+:[^/\s]+(\/\S+)*$/, "clause must look like <catalog>:<document>/<path>")
  .describe("Clause id in a clause catalog, e.g. nishihara:対策基準/3/(2)/⑧/(イ)");

const Key = z.string().regex(/^[a-z0-9_]+$/, "key must be lower_snake_case");
export const I18n = z.strictObject({ ja: z.string().min(1), en: z.string().min(1) });
/** Quoted source text: the Japanese is authoritative, an English gloss is optional. */
export const Quote = z.strictObject({ ja: z.string().min(1), en: z.string().min(1).optional() });
const DutyKey = z.enum(DUTY_KEYS as [Duty, ...Duty[]]);
const ScopeKey = z.enum(SCOPES);
const ZoneKeySchema = z.enum(ZONE_KEYS);
const AssetKindSchema = z.enum(ASSET_KINDS);

export const HandlingRestriction = z.strictObject({
  code: Key,
  text: I18n,
  clause: ClauseRef,
});

export const Level = z.strictObject({
  key: z.string().min(1).describe("Stable level key stored on assets, e.g. '3', '3A', 'I'"),
  label: z.string().min(1),
  label_en: z.string().min(1),
  rank: z.number().int().describe("Higher rank = stricter; comparisons use rank only, never labels"),
  aliases: z
    .array(z.string().min(1))
    .default([])
    .describe("Other spellings accepted on import, e.g. 'Ⅰ', '1'"),
  definition: z.string().min(1),
  examples: z.array(z.string().min(1)).default([]),
  handling: z.array(HandlingRestriction).default([]),
  clause: ClauseRef,
});

export const Scheme = z.strictObject({
  title: I18n,
  levels: z.array(Level).min(1),
  clause: ClauseRef,
});

export const SchemeOption = z.strictObject({
  key: Key,
  title: I18n,
  note: z.string().optional(),
  levels: z.array(Level).min(1),
  clause: ClauseRef,
});

export const Classification = z.strictObject({
  confidentiality: Scheme,
  integrity: Scheme,
  availability: Scheme,
  confidentiality_options: z
    .array(SchemeOption)
    .default([])
    .describe("Alternative confidentiality schemes a profile may adopt (e.g. MIC R6.10 3A/3B/3C/2/1)"),
  adopt_confidentiality_option: Key.optional().describe(
    "Key of a confidentiality option that replaces the scheme",
  ),
});

/** Predicate over one asset; see policies/README.md for the language. */
export type Predicate =
  | { always: true }
  | { never: true }
  | { all: Predicate[] }
  | { any: Predicate[] }
  | { not: Predicate }
  | { confidentiality_at_least: string }
  | { integrity_at_least: string }
  | { availability_at_least: string }
  | { zone_in: ZoneKey[] }
  | { asset_kind_in: AssetKind[] }
  | { field_in: { field: string; values: string[]; text: { ja: string; en: string } } };

export const PredicateSchema: z.ZodType<Predicate> = z.lazy(() =>
  z.union([
    z.strictObject({ always: z.literal(true) }),
    z.strictObject({ never: z.literal(true) }),
    z.strictObject({ all: z.array(PredicateSchema).min(1) }),
    z.strictObject({ any: z.array(PredicateSchema).min(1) }),
    z.strictObject({ not: PredicateSchema }),
    z.strictObject({ confidentiality_at_least: z.string().min(1) }),
    z.strictObject({ integrity_at_least: z.string().min(1) }),
    z.strictObject({ availability_at_least: z.string().min(1) }),
    z.strictObject({ zone_in: z.array(ZoneKeySchema).min(1) }),
    z.strictObject({ asset_kind_in: z.array(AssetKindSchema).min(1) }),
    z
      .strictObject({
        field_in: z.strictObject({
          field: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/),
          values: z.array(z.string().min(1)).min(1),
          text: I18n.describe("The condition in words, shown on the Policy screen"),
        }),
      })
      .describe(
        "An answer on the request's form (a select field of the kind) is one of these values, e.g. 川崎市 第9章6(1): software the city has not yet recognised",
      ),
  ]),
);

export const ApproverStep = z.strictObject({
  step: z.number().int().min(1),
  duty: DutyKey,
  scope: ScopeKey,
  clause: ClauseRef,
  when: PredicateSchema.optional().describe(
    "The step is in the chain only when this holds (e.g. 川崎市 第9章6(1): software not yet recognised asks the 情報管理責任者 及び the 情報システム管理者); the steps that hold are numbered 1, 2 … in order",
  ),
});

/**
 * A period stated in days: a number counts calendar days; `{ business_days: n }` counts business
 * days (開庁日: not weekends, national holidays or 年末年始 12/29–1/3), see common/business-days.ts.
 */
export const dayCount = (min: number) =>
  z.union([
    z.number().int().min(min).describe("Calendar days"),
    z
      .strictObject({ business_days: z.number().int().min(min) })
      .describe("Business days (開庁日: no weekends, national holidays or 年末年始)"),
  ]);

export const FollowUp = z.strictObject({
  key: Key,
  text: I18n,
  due_days: dayCount(0)
    .optional()
    .describe("Days (or { business_days: n }) after approval (or after the act) it is due"),
  clause: ClauseRef,
});

export const RecordProduced = z.strictObject({
  key: Key.describe("Register the request writes to, e.g. carry_out_log, disposal_log"),
  text: I18n,
  clause: ClauseRef,
});

/** A condition under which a kind needs approval, with the clause that says so (shown as 根拠). */
export const ApprovalGround = z.strictObject({
  when: PredicateSchema,
  text: Quote,
  clause: ClauseRef,
});

/** A condition under which the act must be protected by encryption (or a locked case), with its clause. */
export const EncryptionRule = z.strictObject({
  when: PredicateSchema,
  text: Quote,
  clause: ClauseRef,
});

export const RequestKind = z.strictObject({
  key: z.enum(REQUEST_KIND_KEYS),
  title: I18n,
  text: Quote.describe("What the policy says, shown as 根拠 next to the decision"),
  approval_required_when: PredicateSchema,
  clause: ClauseRef,
  approvers: z.array(ApproverStep).default([]),
  filed_by: z
    .strictObject({ duties: z.array(DutyKey).min(1), text: Quote, clause: ClauseRef })
    .optional()
    .describe(
      "Who may file this kind, where the text names the applicant (西原村 7.2(1)③(イ): the ネットワーク管理者 or 情報セキュリティ・システム管理者 names the deputy of their own privilege); absent: any 職員等",
    ),
  notify_on_approval: z
    .strictObject({ duties: z.array(DutyKey).min(1), text: Quote, clause: ClauseRef })
    .optional()
    .describe(
      "Who is told when the request is approved (holders of these duties over the request's unit), e.g. 西原村 7.2(1)③(ウ) CISO は代行者を認めた場合、速やかに…通知",
    ),
  post_report_allowed: z
    .strictObject({
      text: I18n,
      clause: ClauseRef,
      due_days: dayCount(0)
        .optional()
        .describe(
          "Days (or { business_days: n }) after the act within which the post-report is due (事後速やかに: default 1)",
        ),
    })
    .optional()
    .describe("Emergency path: act first, report afterwards (緊急時の例外措置)"),
  follow_ups: z
    .array(FollowUp)
    .default([])
    .describe(
      "What the text asks after the act. Shown on the Policy screen; it acts (a reminder, a confirmation) only where code registers `request_kinds.<kind>.follow_ups.<key>` (today: return_report) — any other is shown as 表示のみ and never counted as enforced",
    ),
  records: z.array(RecordProduced).default([]),
  grounds: z
    .array(ApprovalGround)
    .default([])
    .describe(
      "Conditions that each require approval under their own clause (e.g. 川崎市: 区分Ⅰ/Ⅱ information 第4章1(5)エ, devices 第7章3(7)ア, media 第4章4(2)); the basis of a decision lists those that hold",
    ),
  encryption_required_when: EncryptionRule.optional().describe(
    "When the request must record that the data is encrypted (or carried in a locked case)",
  ),
  validity: z
    .strictObject({
      until_fiscal_year_end: z
        .boolean()
        .default(false)
        .describe("A permission ends at the end of the 年度 it starts in"),
      max_days: dayCount(1).optional().describe("Days (or { business_days: n }) a permission lasts at most"),
      text: I18n,
      clause: ClauseRef,
    })
    .optional()
    .describe("How long a permission of this kind lasts at most"),
});

export const SeparationOfDuties = z.strictObject({
  key: Key,
  kind: z.enum(["requester_not_approver", "auditee_not_auditor"]),
  unless_unavoidable: z.boolean().describe("やむを得ない場合を除き: an exception is allowed but recorded"),
  exception_record: I18n.optional(),
  clause: ClauseRef,
});

export const OrganizationSchema = z.strictObject({
  name: z.string().min(1),
  name_en: z.string().min(1),
  kind: z.enum(["village", "town", "city", "designated_city", "regional_union", "association"]),
  organs: z.array(z.strictObject({ key: Key, name: z.string().min(1) })).min(1),
  exclusions: z
    .array(
      z.strictObject({
        key: Key,
        text: Quote,
        clause: ClauseRef,
        assets: z
          .strictObject({
            kinds: z.array(AssetKindSchema).min(1),
            question: I18n.describe("Asked when an asset of these kinds is registered"),
          })
          .optional()
          .describe(
            "Where the register applies it: an asset of these kinds the registrant says falls under the exclusion is not registered (神栖市 基本方針 第3/1: 学校における教育のために用いるネットワーク及びパソコン等は対象外). Without it the exclusion is shown only",
          ),
      }),
    )
    .default([]),
  staff: z
    .array(z.strictObject({ key: Key, name: z.string().min(1), name_en: z.string().min(1) }))
    .min(1)
    .describe("Employment types that count as 職員等"),
  clause: ClauseRef,
});

export const Role = z.strictObject({
  key: Key,
  title: I18n,
  held_by: z.string().min(1).optional().describe("Who holds it under the policy, e.g. 副村長, 各課長"),
  duties: z.array(DutyKey).min(1),
  scope: ScopeKey,
  clause: ClauseRef,
});

export const ZoneRule = z.strictObject({ key: Key, text: Quote, clause: ClauseRef });

export const Zone = z.strictObject({
  key: ZoneKeySchema,
  name: I18n,
  mfa_required: z.boolean().default(false),
  wireless_lan_allowed: z.boolean().default(true),
  removable_media_export_blocked: z.boolean().default(false),
  rules: z.array(ZoneRule).default([]),
  clause: ClauseRef,
});

export const EscalationStep = z.strictObject({
  step: z.number().int().min(1),
  duty: DutyKey,
  scope: ScopeKey,
  text: I18n,
  clause: ClauseRef,
  acknowledge_within_minutes: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe(
      "Minutes this step has to acknowledge before the next step is told (default: incidents.acknowledge_within_minutes)",
    ),
});

export const OutsideBody = z.strictObject({
  key: Key,
  name: I18n,
  when: Quote,
  deadlines: z
    .array(z.strictObject({ key: Key, label: I18n, days: dayCount(1) }))
    .default([])
    .describe("Days (or { business_days: n }) from awareness, e.g. PPC 速報 5 / 確報 30 (60 for 不正の目的)"),
  clause: ClauseRef,
});

export const Incidents = z.strictObject({
  csirt: z.strictObject({ name: I18n, clause: ClauseRef }),
  escalation: z.array(EscalationStep).min(1),
  public_escalation: z
    .array(EscalationStep)
    .min(1)
    .optional()
    .describe(
      "The chain for a report from residents or other outside parties (public form), when the text gives it its own (西原村 6.3(2)); without it, public reports follow `escalation`",
    ),
  report_tells: z
    .strictObject({ duty: DutyKey, text: Quote, clause: ClauseRef })
    .optional()
    .describe(
      "A staff report (not the public form) also tells the chain's step of this duty at once, beside step 1 (西原村 6.3(1)① 情報セキュリティ・システム管理者及び…統一的な窓口で報告)",
    ),
  triage_tells: z
    .strictObject({ duty: DutyKey, text: Quote, clause: ClauseRef })
    .optional()
    .describe(
      "When the CSIRT evaluates a report as an incident, the chain's step of this duty is told at once if it has not been (西原村 6.3(3)② CSIRT は…CISO に速やかに報告)",
    ),
  outside_bodies: z.array(OutsideBody).default([]),
  press_release: z.strictObject({ text: Quote, clause: ClauseRef }).optional(),
  acknowledge_within_minutes: z
    .number()
    .int()
    .min(1)
    .default(60)
    .describe("Minutes an escalation step has to acknowledge before the chain escalates to the next step"),
  violations: z
    .strictObject({
      notify_duty: DutyKey.describe("Duty told of a violation over the person's department (課の管理者)"),
      also_notify: z
        .strictObject({ duty: DutyKey, clause: ClauseRef })
        .optional()
        .describe(
          "A duty told of every violation besides the department's manager, unless they recorded it themselves (西原村 8.6(2)②: ネットワーク管理者及び…課等の情報セキュリティ・システム管理者)",
        ),
      rights_duty: DutyKey.describe("Duty that may suspend or withdraw the person's system rights"),
      rights_measures: z.array(z.enum(["suspend", "withdraw"])).min(1),
      text: Quote,
      clause: ClauseRef,
    })
    .optional()
    .describe("Violations (違反) of the policy by a person and the measures the profile allows"),
  emergency_plan: z
    .strictObject({ text: Quote, clause: ClauseRef })
    .optional()
    .describe("What the emergency response plan (緊急時対応計画) must contain"),
});

export const Cycle = z.strictObject({
  key: Key,
  title: I18n,
  frequency: z.enum(["yearly", "on_hire", "periodic", "as_needed", "continuous"]),
  due: z
    .string()
    .regex(/^\d{2}-\d{2}$/, "due is MM-DD")
    .optional()
    .describe("Yearly deadline as MM-DD, e.g. 08-31 for 川崎市's 情報資産台帳"),
  owner_duty: DutyKey,
  text: Quote,
  clause: ClauseRef,
});

export const ContractClause = z.strictObject({
  key: Key,
  text: Quote,
  clause: ClauseRef,
  when: ContractConditions.optional().describe(
    "The clause is required when any of these conditions holds; omitted = every contract",
  ),
});

export const ContactPoint = z.strictObject({
  name: I18n,
  how_to_reach: I18n,
  public_form: z.boolean().describe("Residents and outside parties may report through the public form"),
  phone: z.string().min(1).optional(),
  email: z.string().min(1).optional(),
  department_code: z
    .string()
    .min(1)
    .optional()
    .describe(
      "Code of the 課 that runs the contact point: a department step of the public chain reaches its manager (西原村 6.3(2)①)",
    ),
  clause: ClauseRef,
});

export const Auth = z.strictObject({
  login_banner: z.strictObject({ ja: z.string().min(1), en: z.string().min(1), clause: ClauseRef }),
  lockout: z.strictObject({
    threshold: z.number().int().min(1).default(5),
    minutes: z.number().int().min(1).default(15),
    clause: ClauseRef.optional().describe(
      "Omit when the text has no such clause (川崎市): the lockout is then Sekimori's own rule, cited as such",
    ),
  }),
  mfa_required_for: z
    .union([z.literal("all"), z.array(DutyKey)])
    .describe("'all' = every user; otherwise users holding any of these duties"),
  mfa_clause: ClauseRef.optional().describe(
    "Omit when the text has no clause for this system's sign-in (川崎市's MFA clauses are about My Number terminals)",
  ),
  single_administrator: z
    .boolean()
    .default(false)
    .describe(
      "The organization has one administrator: a change that grants someone power over themselves (a role, a deputy, being named on an asset, their own department) is refused and reported to the CISO; otherwise another administrator must make it (two-person rule)",
    ),
});

/** A rule of the asset register, with the clause it comes from (and further clauses that say the same). */
export const AssetRule = z.strictObject({
  text: I18n,
  clause: ClauseRef,
  also: z.array(ClauseRef).default([]),
});

/** A field of the asset register that this organization adds (stored in assets.extra). */
export const AssetField = z.strictObject({
  key: Key,
  label: I18n,
  type: z.enum(["text", "number", "date", "boolean"]),
  kinds: z.array(AssetKindSchema).default([]).describe("Asset kinds it applies to; empty = all"),
  required: z.boolean().default(false),
  clause: ClauseRef.optional(),
});

/** Rules of the information asset register (情報資産台帳) and profile-defined asset fields. */
export const AssetsSection = z.strictObject({
  rules: z.strictObject({
    container_highest: AssetRule.describe("Effective level of a container = highest of what it holds"),
    copy_inherits: AssetRule.describe("A copy keeps its source's classification (may only be raised)"),
    received_takes_source: AssetRule.describe("A received asset takes its source's classification"),
    unknown_classification: AssetRule.describe("Unknown classification: the department manager decides"),
    reclassification: AssetRule.describe("Who decides and changes a classification"),
    top_level_named_only: AssetRule.describe("Top-level confidentiality: only named people may see it"),
    specific_personal_info_zone: AssetRule.extend({ zone: ZoneKeySchema }).describe(
      "特定個人情報 belongs in this zone; elsewhere it is flagged unless an exception covers it",
    ),
  }),
  fields: z.array(AssetField).default([]),
});

/** Software and vulnerabilities (ソフトウェア・脆弱性): end of support and handling of advisories. */
export const SoftwareSection = z.strictObject({
  end_of_support: z.strictObject({
    action: z
      .enum(["refuse", "flag"])
      .describe(
        "refuse: software whose support ends before its planned end of use is not registered; flag: registered and flagged",
      ),
    text: I18n,
    clause: ClauseRef,
    also: z.array(ClauseRef).default([]),
    budget_lead_months: z
      .number()
      .int()
      .min(0)
      .max(60)
      .describe(
        "Months before an end of support that owners are warned, early enough for the budget request",
      ),
  }),
  vulnerabilities: z.strictObject({
    deadline_days: z
      .strictObject({
        critical: z.number().int().min(1),
        high: z.number().int().min(1),
        medium: z.number().int().min(1),
        low: z.number().int().min(1),
        none: z.number().int().min(1),
      })
      .describe("Days from a match to its deadline, by severity (the policy says: according to urgency)"),
    kev_deadline_days: z
      .number()
      .int()
      .min(1)
      .describe("Deadline in days for an advisory on CISA's KEV list"),
    accept_duty: DutyKey.describe("Who may accept a risk (受容) instead of fixing it"),
    escalate_to: z.array(DutyKey).min(1).describe("Who is told when a task is overdue"),
    text: I18n,
    clause: ClauseRef,
    also: z.array(ClauseRef).default([]),
    staff_notice: z
      .strictObject({
        duties: z.array(DutyKey).min(1),
        text: I18n,
        clause: ClauseRef,
        also: z.array(ClauseRef).default([]),
      })
      .optional()
      .describe(
        "Who may send a malware or urgent notice about an advisory to all staff (organization-wide duty)",
      ),
  }),
});

/**
 * 異動・休職・退職 (personnel changes): who is told when a person leaves a department, so that the
 * assets they used come back and their rights are stopped (西原村 6.1(1)⑧, 7.2(1)②(イ); 川崎市
 * 第2章5(3)イ, 第4章1(2)イ). Read by modules/org when a transfer or a leave/retirement is applied.
 */
export const PersonnelSection = z.strictObject({
  leaving: z.strictObject({
    notify_duty: DutyKey.describe(
      "Who is told, over the department the person leaves (the old 課's manager)",
    ),
    text: I18n,
    clause: ClauseRef,
    also: z.array(ClauseRef).default([]),
  }),
});

export const ProfileSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  extends: z.string().optional(),
  title: I18n.describe("Name of the policy this profile runs"),
  own_catalog: z
    .string()
    .describe("Clause catalog of this organization's own text; coverage is computed over it"),
  organization: OrganizationSchema,
  roles: z.array(Role).min(1),
  classification: Classification,
  zones: z.array(Zone).min(1),
  request_kinds: z.array(RequestKind).default([]),
  separation_of_duties: z.array(SeparationOfDuties).default([]),
  incidents: Incidents,
  cycles: z.array(Cycle).default([]),
  contract_clauses: z.array(ContractClause).default([]),
  contact_point: ContactPoint,
  auth: Auth,
  assets: AssetsSection.optional(),
  software: SoftwareSection.optional(),
  assurance: AssuranceSection.optional(),
  documents: DocumentsSection.optional(),
  accounts: AccountsSection.optional(),
  suppliers: SuppliersSection.optional(),
  training: TrainingSection.optional(),
  reports: ReportsSection.optional(),
  personnel: PersonnelSection.optional(),
  registers: RegistersSection.optional(),
});

export type Profile = z.infer<typeof ProfileSchema>;
export type Level = z.infer<typeof Level>;
export type Scheme = z.infer<typeof Scheme>;
export type RequestKind = z.infer<typeof RequestKind>;
export type ApprovalGroundT = z.infer<typeof ApprovalGround>;
export type Role = z.infer<typeof Role>;
export type AssetsSectionT = z.infer<typeof AssetsSection>;
export type AssetRuleT = z.infer<typeof AssetRule>;
export type SoftwareSectionT = z.infer<typeof SoftwareSection>;
