/**
 * Canonical duties (職務). Profiles map an organization's own titles (roles) to these;
 * code checks duties, never titles (DESIGN.md §2).
 */
export const DUTIES = {
  // platform
  administer_system: { ja: "システム管理（利用者・設定）", en: "Administer the system (users, settings)" },
  manage_organization: { ja: "組織・職員・役割の管理", en: "Manage departments, people and roles" },
  view_audit_log: { ja: "監査ログの閲覧", en: "View the audit log" },
  // department management (情報セキュリティ・システム管理者 / 情報管理責任者)
  manage_department_security: {
    ja: "所管課の情報セキュリティ管理",
    en: "Manage the department's information security",
  },
  own_assets: { ja: "情報資産の管理（所管）", en: "Own the department's information assets" },
  classify_assets: { ja: "情報資産の分類の決定", en: "Decide the classification of assets" },
  approve_carry_out: { ja: "持ち出しの許可", en: "Approve carry-out" },
  approve_external_provision: { ja: "外部提供の許可", en: "Approve external provision" },
  approve_disposal: { ja: "廃棄の許可", en: "Approve disposal" },
  approve_software_install: { ja: "ソフトウェア導入の許可", en: "Approve software installation" },
  approve_exception: { ja: "例外措置の許可", en: "Approve exceptions" },
  approve_external_connection: {
    ja: "外部ネットワーク接続の許可",
    en: "Approve external network connections",
  },
  // organization-wide
  chief_information_security_officer: {
    ja: "最高情報セキュリティ責任者（CISO）",
    en: "Chief information security officer (CISO)",
  },
  manage_network: { ja: "ネットワークの管理", en: "Manage the network" },
  view_all_departments: { ja: "全庁の記録の閲覧", en: "View records of all departments" },
  receive_incident_reports: { ja: "インシデント報告の受付", en: "Receive incident reports" },
  triage_incident: { ja: "インシデントの判断（CSIRT）", en: "Triage incidents (CSIRT)" },
  report_outside: { ja: "外部機関への報告", en: "Report to outside bodies" },
  approve_training_plan: { ja: "研修計画の承認", en: "Approve the training plan" },
  committee_member: { ja: "情報セキュリティ委員会委員", en: "Member of the information security committee" },
  lead_audit: { ja: "監査の統括", en: "Lead audits" },
  perform_audit: { ja: "監査の実施", en: "Perform audits" },
  liaison: { ja: "情報セキュリティ連絡員", en: "Information security liaison" },
  // added for profiles whose policy names these acts (川崎市: 局点検, 内部検査, 情報利用者)
  approve_offsite_work: {
    ja: "庁外での情報処理・私物端末利用等の許可",
    en: "Approve offsite processing and non-issued devices",
  },
  inspect_bureau: { ja: "局点検の実施", en: "Inspect the bureau (局点検)" },
  perform_internal_inspection: {
    ja: "情報セキュリティ内部検査の実施",
    en: "Perform internal security inspections",
  },
  use_information: { ja: "情報資産の利用（情報利用者）", en: "Use information assets (information user)" },
  // The 情報システム管理者 alone (川崎市 第9章6(1)「情報管理責任者及び情報システム管理者の承認」: a step
  // only that role may decide, where approve_software_install is held by both).
  manage_information_system: {
    ja: "情報システムの管理（情報システム管理者）",
    en: "Manage an information system (system manager)",
  },
  // Not a role's duty: given by a running audit to its auditors over the audited units (西原村 10.1(3)
  // the audited cooperate; 川崎市 第12章6), and gone when the audit closes.
  read_audited_records: {
    ja: "監査対象部署の記録の閲覧（監査の実施中）",
    en: "Read the audited units' records (while the audit runs)",
  },
} as const;

export type Duty = keyof typeof DUTIES;
export const DUTY_KEYS = Object.keys(DUTIES) as Duty[];

/** The department's asset managers: who reads its top-level assets and decides named people. */
export const ASSET_MANAGER_DUTIES: readonly Duty[] = ["own_assets", "classify_assets"];

/** Scopes a role assignment can have. */
export const SCOPES = ["organization", "bureau", "department"] as const;
export type Scope = (typeof SCOPES)[number];
