/**
 * The profile's `assurance:` section (自己点検・監査): who answers which self-inspection, how a
 * check item's audience is read from its clause text, who approves improvement plans and audit
 * plans, how independent an auditor must be, and when a finding needs evidence to close.
 * Every rule cites its clause; the code in server/modules/assurance only follows this data.
 */
import { z } from "zod";
import { DUTY_KEYS, type Duty } from "../../common/duties";

const ClauseRef = z
  .string()
  .regex(/^[a-z0-9-]+:[^/\s]+(\/\S+)*$/, "clause must look like <catalog>:<document>/<path>");
const Key = z.string().regex(/^[a-z0-9_]+$/, "key must be lower_snake_case");
const I18n = z.strictObject({ ja: z.string().min(1), en: z.string().min(1) });
const DutyKey = z.enum(DUTY_KEYS as [Duty, ...Duty[]]);
const MonthDay = z.string().regex(/^\d{2}-\d{2}$/, "due is MM-DD");

/** Who a check item asks: a staff member, a 課, an information system, the network, a 局. */
export const AUDIENCES = ["staff", "department", "system", "network", "bureau"] as const;
export type Audience = (typeof AUDIENCES)[number];

export const AudienceRule = z.strictObject({
  audience: z.enum(AUDIENCES),
  /** Words in the clause text (or its heading) naming who must act, e.g. 職員等は, ネットワーク管理者. */
  subjects: z.array(z.string().min(1)).min(1),
  clause: ClauseRef,
});

/** One kind of self-inspection sheet of a campaign and who answers it. */
export const InspectionScope = z.strictObject({
  key: Key,
  title: I18n,
  /** One sheet per person, per 課, per 局, or one for the organization. */
  unit: z.enum(["person", "department", "bureau", "organization"]),
  /**
   * Who answers a unit's sheet: a holder of one of these duties over the unit; none for person
   * sheets. A list, as a text may name two roles (川崎市 第12章4(1) 情報管理責任者及び情報システム管理者).
   */
  respondent_duties: z.array(DutyKey).min(1).optional(),
  audiences: z.array(z.enum(AUDIENCES)).min(1),
  /** Sheets of these scopes in the same 局 that this sheet confirms (川崎市 局点検). */
  confirms: z.array(Key).default([]),
  /** Yearly deadline in the 年度 (MM-DD). */
  due: MonthDay,
  /** Who receives the results (the committee, the 情報監理者). */
  report_to_duty: DutyKey,
  /**
   * How far the report-to duty reads the sheets: every sheet of the scope (absent), or only those
   * of the units its grant covers (`grant`: 川崎市 第12章5, each 局長 confirms their own 局's).
   */
  report_reach: z.strictObject({ within: z.literal("grant"), clause: ClauseRef }).optional(),
  clause: ClauseRef,
});

export const AuditKind = z.strictObject({
  key: Key,
  title: I18n,
  /** Who plans it and leads it. */
  owner_duty: DutyKey,
  /** Who performs it (the auditors chosen from holders of this duty). */
  performer_duty: DutyKey,
  /** Who approves the plan; none when the text names no approval. */
  plan_approver_duty: DutyKey.optional(),
  /** Who receives the report. */
  report_to_duty: DutyKey,
  clause: ClauseRef,
});

/** forbidden: never; unless_unavoidable: only with the reason recorded and reported (やむを得ない場合). */
const IndependenceRule = z.strictObject({
  rule: z.enum(["forbidden", "unless_unavoidable"]),
  clause: ClauseRef,
});

export const AssuranceSection = z.strictObject({
  /** Audience of an item whose text names no subject of `audience_rules`. */
  default_audience: z.enum(AUDIENCES),
  audience_rules: z.array(AudienceRule).default([]),
  self_inspection: z.array(InspectionScope).min(1),
  improvement_plan: z.strictObject({
    approver_duty: DutyKey,
    text: I18n,
    clause: ClauseRef,
  }),
  findings: z.strictObject({
    /** Severities whose findings cannot be verified or closed without evidence. */
    evidence_required_for: z.array(z.enum(["high", "medium", "low"])),
    /** Who verifies corrections and closes findings. */
    verifier_duty: DutyKey,
    clause: ClauseRef,
  }),
  audits: z.array(AuditKind).min(1),
  auditor_independence: z.strictObject({
    /** May an auditor audit a unit they belong to (as of the audit date)? */
    member_of_audited_unit: IndependenceRule,
    /** May an auditor audit a unit whose work they own (a role over it)? */
    own_work: IndependenceRule,
  }),
});

export type AssuranceSectionT = z.infer<typeof AssuranceSection>;
export type InspectionScopeT = z.infer<typeof InspectionScope>;
export type AuditKindT = z.infer<typeof AuditKind>;
