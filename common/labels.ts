/**
 * Japanese and English labels of the codes the server sends (states, kinds, decisions, entry
 * types, severities, categories), in one place for the server (exports, CSV) and the web app.
 * No screen prints a code: `labelOf` falls back to a neutral word, never to the code itself.
 */
export interface Label {
  ja: string;
  en: string;
}

type Labels = Readonly<Record<string, Label>>;

/** Request decisions (request_decisions.decision). */
export const REQUEST_DECISION_LABELS: Labels = {
  approved: { ja: "承認", en: "Approved" },
  rejected: { ja: "却下", en: "Rejected" },
  returned: { ja: "差し戻し", en: "Returned for changes" },
  return_confirmed: { ja: "返却確認（紛失等なし）", en: "Return confirmed (nothing missing)" },
};

/** Steps of the 持ち出し・持ち込み記録 (carry_out_log.event). */
export const CARRY_OUT_EVENT_LABELS: Labels = {
  permitted: { ja: "許可", en: "Permitted" },
  carried_out: { ja: "持ち出し", en: "Carried out" },
  returned: { ja: "返却（報告）", en: "Returned (reported)" },
  return_confirmed: { ja: "返却確認（紛失等なし）", en: "Return confirmed (nothing missing)" },
  brought_in: { ja: "持ち込み", en: "Brought in" },
  transported: { ja: "運搬", en: "Transported" },
  correction: { ja: "訂正", en: "Correction" },
};

/** Entry types of the registers (register_entries.entry_type), per register where they differ. */
export const REGISTER_ENTRY_TYPE_LABELS: Readonly<Record<string, Labels>> = {
  disposal_log: { record: { ja: "廃棄", en: "Disposal" } },
  area_access_log: { in: { ja: "入室", en: "Entry" }, out: { ja: "退室", en: "Exit" } },
  media_loan_log: { lend: { ja: "貸出", en: "Loan" }, return: { ja: "返却", en: "Return" } },
  work_log: { record: { ja: "作業", en: "Work" }, confirm: { ja: "確認（2人目）", en: "Confirmation" } },
  failure_log: { record: { ja: "障害", en: "Failure" } },
  data_handover_log: {
    record: { ja: "受渡し", en: "Handover" },
    confirm: { ja: "受取側の確認（相互確認）", en: "Confirmation by the receiving side" },
  },
};

/** 区分 of a data handover (data_handover_log data.direction). */
export const HANDOVER_DIRECTION_LABELS: Labels = {
  out: { ja: "庁外へ", en: "Outgoing" },
  in: { ja: "庁外から", en: "Incoming" },
  internal: { ja: "庁内", en: "Internal" },
};

export const INCIDENT_CATEGORY_KEYS = [
  "unauthorized_access",
  "malware",
  "loss_theft",
  "misdelivery",
  "data_leak",
  "service_outage",
  "tampering",
  "disaster",
  "other",
] as const;

export const INCIDENT_CATEGORY_LABELS: Labels = {
  unauthorized_access: { ja: "不正アクセス", en: "Unauthorized access" },
  malware: { ja: "マルウェア感染", en: "Malware infection" },
  loss_theft: { ja: "紛失・盗難", en: "Loss or theft" },
  misdelivery: { ja: "誤送信", en: "Misdelivery" },
  data_leak: { ja: "情報漏えい", en: "Data leak" },
  service_outage: { ja: "サービス停止", en: "Service outage" },
  tampering: { ja: "改ざん", en: "Tampering" },
  disaster: { ja: "災害", en: "Disaster" },
  other: { ja: "その他", en: "Other" },
};

export const INCIDENT_SEVERITY_LABELS: Labels = {
  low: { ja: "低", en: "Low" },
  medium: { ja: "中", en: "Medium" },
  high: { ja: "高", en: "High" },
  critical: { ja: "重大", en: "Critical" },
};

export const INCIDENT_STAGE_LABELS: Labels = {
  new: { ja: "受付", en: "New" },
  triage: { ja: "判断中", en: "Triage" },
  containment: { ja: "封じ込め", en: "Containment" },
  recovery: { ja: "復旧", en: "Recovery" },
  closed: { ja: "終結", en: "Closed" },
};

/** Kinds of an incident's timeline entries. */
export const INCIDENT_TIMELINE_LABELS: Labels = {
  detection: { ja: "検知", en: "Detection" },
  report: { ja: "報告", en: "Report" },
  decision: { ja: "判断", en: "Decision" },
  containment: { ja: "封じ込め", en: "Containment" },
  recovery: { ja: "復旧", en: "Recovery" },
  outside_report: { ja: "外部報告", en: "Outside report" },
  press: { ja: "報道", en: "Press" },
  note: { ja: "メモ", en: "Note" },
};

/** Kinds of record an audit event is about (audit_events.target_type). */
export const AUDIT_TARGET_LABELS: Labels = {
  incident: { ja: "インシデント", en: "Incident" },
  asset: { ja: "情報資産", en: "Asset" },
  asset_view: { ja: "情報資産の閲覧", en: "Asset view" },
  asset_import: { ja: "情報資産の取込み", en: "Asset import" },
  request: { ja: "申請", en: "Request" },
  request_notification: { ja: "申請のお知らせ", en: "Request notification" },
  user: { ja: "利用者", en: "User" },
  person: { ja: "職員", en: "Person" },
  violation: { ja: "違反", en: "Violation" },
  transfer_batch: { ja: "人事異動", en: "Transfer" },
  role_assignment: { ja: "役割の割当て", en: "Role assignment" },
  department: { ja: "組織", en: "Department" },
  setting: { ja: "設定", en: "Setting" },
  inventory_campaign: { ja: "棚卸し", en: "Inventory" },
  deputy: { ja: "代行", en: "Deputy" },
  vuln_import: { ja: "脆弱性情報の取込み", en: "Advisory import" },
  register_entry: { ja: "記録簿の記録", en: "Register entry" },
  notification: { ja: "お知らせ", en: "Notification" },
  mail_outbox: { ja: "送信メール", en: "Outgoing mail" },
  job: { ja: "定期処理", en: "Job" },
  emergency_plan: { ja: "緊急時対応計画", en: "Emergency response plan" },
  supplier_contractor: { ja: "委託事業者", en: "Contractor" },
  supplier_contract: { ja: "委託契約", en: "Contract" },
  external_service: { ja: "外部サービス", en: "External service" },
  software_installation: { ja: "ソフトウェアの導入", en: "Software installation" },
  vuln_match: { ja: "脆弱性の照合結果", en: "Vulnerability match" },
  supplier_check: { ja: "委託事業者の確認", en: "Contractor check" },
  audit_log: { ja: "監査ログ", en: "Audit log" },
};

const UNKNOWN: Label = { ja: "（不明な区分）", en: "(unknown kind)" };

/** The label of `code` in `labels`; a neutral word (never the code) when it has none. */
export function labelOf(labels: Labels, code: string | null | undefined): Label {
  if (!code) return { ja: "—", en: "—" };
  return labels[code] ?? UNKNOWN;
}

/** A word as a sheet's cell is compared: NFKC, no spaces, lower case (「開発 用」 = 「開発用」, ＯＰ = op). */
export function wordKey(word: string): string {
  return word
    .normalize("NFKC")
    .replace(/[\s\u3000]/g, "")
    .toLowerCase();
}

/**
 * The code of every word an import accepts for `codes`: the code itself, its Japanese and English
 * labels in `labels` (what the screens show, so a sheet filled in from the screen is read back)
 * and `more` (other words in use), each under `wordKey`. A code without a label throws: the
 * screens could not show it either.
 */
export function codesByWord<K extends string>(
  labels: Labels,
  codes: readonly K[],
  more: Readonly<Record<string, K>> = {},
): ReadonlyMap<string, K> {
  const map = new Map<string, K>();
  for (const [word, code] of Object.entries(more)) map.set(wordKey(word), code);
  for (const code of codes) {
    const label = labels[code];
    if (!label) throw new Error(`no label for ${code}`);
    for (const word of [code, label.ja, label.en]) map.set(wordKey(word), code);
  }
  return map;
}

/** The label of a register entry type. */
export function entryTypeLabel(register: string, entryType: string): Label {
  return labelOf(REGISTER_ENTRY_TYPE_LABELS[register] ?? {}, entryType);
}

/** 自己点検の回答 (assurance_answers.value). */
export const ASSURANCE_ANSWER_LABELS: Labels = {
  yes: { ja: "できている", en: "Done" },
  partial: { ja: "一部できている", en: "Partly done" },
  no: { ja: "できていない", en: "Not done" },
  na: { ja: "該当なし", en: "Not applicable" },
};

/** Who a check item asks (assurance_items.audience). */
export const ASSURANCE_AUDIENCE_LABELS: Labels = {
  staff: { ja: "職員", en: "Staff member" },
  department: { ja: "課", en: "Department" },
  system: { ja: "情報システム", en: "Information system" },
  network: { ja: "ネットワーク", en: "Network" },
  bureau: { ja: "局", en: "Bureau" },
};

/** The unit a sheet is answered for (assurance_sheets.unit_kind). */
export const ASSURANCE_UNIT_LABELS: Labels = {
  person: { ja: "個人", en: "Person" },
  department: { ja: "課", en: "Department" },
  bureau: { ja: "局", en: "Bureau" },
  organization: { ja: "全庁", en: "Organization" },
};

/** State of a sheet (assurance_sheets.status) and of a campaign. */
export const ASSURANCE_SHEET_STATUS_LABELS: Labels = {
  not_started: { ja: "未着手", en: "Not started" },
  in_progress: { ja: "回答中", en: "In progress" },
  submitted: { ja: "提出済み", en: "Submitted" },
  open: { ja: "実施中", en: "Open" },
  closed: { ja: "終了", en: "Closed" },
};

/** States of a finding (assurance_findings.state). */
export const FINDING_STATE_LABELS: Labels = {
  open: { ja: "未着手", en: "Open" },
  in_progress: { ja: "対応中", en: "In progress" },
  done: { ja: "対応済み", en: "Done" },
  verified: { ja: "確認済み", en: "Verified" },
  closed: { ja: "完了", en: "Closed" },
};

export const FINDING_SEVERITY_LABELS: Labels = {
  high: { ja: "高", en: "High" },
  medium: { ja: "中", en: "Medium" },
  low: { ja: "低", en: "Low" },
};

/** Where a finding came from (assurance_findings.source). */
export const FINDING_SOURCE_LABELS: Labels = {
  answer: { ja: "自己点検", en: "Self-inspection" },
  audit: { ja: "監査", en: "Audit" },
  lateral: { ja: "横展開", en: "Lateral check" },
};

/** States of an audit (assurance_audits.status). */
export const AUDIT_STATUS_LABELS: Labels = {
  planned: { ja: "計画", en: "Planned" },
  approved: { ja: "承認済み", en: "Approved" },
  fieldwork: { ja: "実施中", en: "Fieldwork" },
  reported: { ja: "報告済み", en: "Reported" },
  closed: { ja: "終了", en: "Closed" },
};

/** States of a contract with a contractor (supplier_contracts.state). */
export const CONTRACT_STATE_LABELS: Labels = {
  draft: { ja: "作成中", en: "Draft" },
  checked: { ja: "条項確認済", en: "Clauses checked" },
  active: { ja: "履行中", en: "Active" },
  ending: { ja: "終了手続中", en: "Ending" },
  closed: { ja: "終了", en: "Closed" },
};

/** States of an improvement plan (assurance_improvement_plans.status). */
export const PLAN_STATUS_LABELS: Labels = {
  draft: { ja: "作成中", en: "Draft" },
  submitted: { ja: "承認待ち", en: "Awaiting approval" },
  approved: { ja: "承認済み", en: "Approved" },
  returned: { ja: "差し戻し", en: "Returned" },
};

/** The last catalog change seen on a check item (assurance_items.last_change). */
export const ITEM_CHANGE_LABELS: Labels = {
  new: { ja: "新規", en: "New" },
  text_changed: { ja: "条項の文言変更", en: "Clause text changed" },
  retired: { ja: "廃止", en: "Retired" },
  restored: { ja: "復活", en: "Restored" },
};

/** States of a document version (document_versions.state). */
export const DOCUMENT_VERSION_STATE_LABELS: Labels = {
  draft: { ja: "案", en: "Draft" },
  approved: { ja: "承認済み（公開前）", en: "Approved (not yet published)" },
  published: { ja: "公開中", en: "Published" },
  superseded: { ja: "旧版", en: "Superseded" },
};

/** How a read acknowledgement was given (document_acknowledgements.method). */
export const DOCUMENT_ACK_METHOD_LABELS: Labels = {
  self: { ja: "本人が画面で確認", en: "In the app" },
  paper: { ja: "紙で確認（課長が記録）", en: "On paper (recorded by the section head)" },
};

/** ID管理: states of a user ID (system_accounts.state). */
export const ACCOUNT_STATE_LABELS: Labels = {
  active: { ja: "有効", en: "Active" },
  suspended: { ja: "停止", en: "Suspended" },
  removed: { ja: "削除", en: "Removed" },
};

/** ID管理: the keepers' answer to a holder's deletion ask (system_accounts.deletion_outcome). */
export const ACCOUNT_DELETION_OUTCOME_LABELS: Labels = {
  removed: { ja: "削除済み", en: "Removed" },
  suspended: { ja: "停止済み", en: "Suspended" },
  declined: { ja: "削除しない（理由あり）", en: "Kept (declined with a reason)" },
};

/** ID管理: whom an ID belongs to (system_accounts.holder_kind). */
export const ACCOUNT_HOLDER_KIND_LABELS: Labels = {
  person: { ja: "個人", en: "Personal" },
  shared: { ja: "共用", en: "Shared" },
  system: { ja: "システム", en: "System" },
};

/** ID管理: findings of the reconciliation against the people register (domain/reconcile.ts). */
export const ACCOUNT_FINDING_LABELS: Labels = {
  retired: { ja: "退職者のID", en: "ID of a person who left" },
  unfit_department: { ja: "異動により不要", en: "Unfit after a transfer" },
  unused: { ja: "未使用", en: "Unused" },
  unknown_person: { ja: "職員不明", en: "No known person" },
  duplicate: { ja: "同一職員の重複", en: "Duplicate of one person" },
  privileged_unapproved: { ja: "承認記録のない特権", en: "Privileged without approval" },
  privileged_default_name: { ja: "初期設定のままの特権ID", en: "Privileged ID with its initial name" },
  privileged_no_time_limit: { ja: "接続時間の制限なし", en: "No connection time limit" },
  development_expired: { ja: "開発終了後の開発用ID", en: "Development ID after development ended" },
};

/** ID棚卸し: a reviewer's decision, and how an ID differs from the previous campaign. */
export const ACCOUNT_REVIEW_DECISION_LABELS: Labels = {
  keep: { ja: "継続", en: "Keep" },
  change: { ja: "変更", en: "Change" },
  remove: { ja: "削除", en: "Remove" },
};
export const ACCOUNT_SINCE_LAST_LABELS: Labels = {
  added: { ja: "新規", en: "Added" },
  privilege_changed: { ja: "特権の変更", en: "Privilege changed" },
};

/** Request states a steering overview counts (requests.status). */
export const REQUEST_STATUS_LABELS: Labels = {
  draft: { ja: "下書き", en: "Draft" },
  submitted: { ja: "承認待ち", en: "Waiting for approval" },
  approved: { ja: "承認済み", en: "Approved" },
  rejected: { ja: "却下", en: "Rejected" },
  returned: { ja: "差し戻し", en: "Returned for changes" },
  in_effect: { ja: "実施中", en: "In effect" },
  completed: { ja: "完了", en: "Completed" },
  expired: { ja: "期限切れ", en: "Expired" },
  cancelled: { ja: "取消し", en: "Cancelled" },
};

/** Severity of a vulnerability advisory (vuln_matches.severity; none = no score given). */
export const VULN_SEVERITY_LABELS: Labels = {
  critical: { ja: "緊急", en: "Critical" },
  high: { ja: "重要", en: "High" },
  medium: { ja: "警告", en: "Medium" },
  low: { ja: "注意", en: "Low" },
  none: { ja: "評価なし", en: "Unscored" },
};

/** The owner's handling of a vulnerability match (vuln_matches.state). */
export const VULN_MATCH_STATE_LABELS: Labels = {
  unconfirmed: { ja: "未確認", en: "Not yet confirmed" },
  not_affected: { ja: "影響なし", en: "Not affected" },
  in_progress: { ja: "対応中", en: "In progress" },
  applied: { ja: "適用済", en: "Applied" },
  workaround: { ja: "回避策", en: "Workaround" },
  accepted: { ja: "受容", en: "Accepted" },
};

/** The end-of-support check of an installation (software_installations.eos_status). */
export const SOFTWARE_EOS_LABELS: Labels = {
  ok: { ja: "問題なし", en: "OK" },
  flagged: { ja: "要対応", en: "Needs action" },
  unknown: { ja: "未確認", en: "Not known" },
};

/** Completion state of a person for a training course (training completion, state filter). */
export const TRAINING_STATE_LABELS: Labels = {
  completed: { ja: "受講済み", en: "Completed" },
  pending: { ja: "未受講（期限内）", en: "Not yet (within deadline)" },
  overdue: { ja: "期限超過", en: "Overdue" },
};

/** An ID review campaign (account_reviews.state): the review screen and its export. */
export const ACCOUNT_REVIEW_CAMPAIGN_LABELS: Labels = {
  open: { ja: "実施中", en: "Open" },
  closed: { ja: "終了", en: "Closed" },
};

/** What is left of an ID review (account review items). */
export const ACCOUNT_REVIEW_STATE_LABELS: Labels = {
  undecided: { ja: "未判断のID", en: "IDs not yet decided" },
  task_open: { ja: "変更・削除の未完了", en: "Changes and removals not done" },
};

/** A supplier's check report and an external service's check (result column): the screens, the export, the yearly report. */
export const SUPPLIER_CHECK_RESULT_LABELS = {
  ok: { ja: "問題なし", en: "No issues" },
  issues: { ja: "要措置", en: "Action needed" },
} satisfies Labels;

/** The importance of a supplier's check report (importance column). */
export const SUPPLIER_CHECK_IMPORTANCE_LABELS = {
  normal: { ja: "通常", en: "Normal" },
  high: { ja: "重要", en: "High" },
} satisfies Labels;

/** The kind of an external service (external_services.category). */
export const EXTERNAL_SERVICE_CATEGORY_LABELS = {
  general: { ja: "一般の外部サービス", en: "General" },
  free_mail: { ja: "フリーメール", en: "Free mail" },
  online_storage: { ja: "ネットワークストレージ", en: "Online storage" },
} satisfies Labels;

/** Where an external service stands (computed from its approval and checks). */
export const EXTERNAL_SERVICE_STATUS_LABELS = {
  requested: { ja: "承認・協議待ち", en: "Waiting for approval" },
  refused: { ja: "不承認・取下げ", en: "Refused or withdrawn" },
  in_use: { ja: "利用中", en: "In use" },
  terminated: { ja: "利用終了", en: "Ended" },
} satisfies Labels;

/** When an external service is checked (external_service_checks.phase). */
export const EXTERNAL_SERVICE_PHASE_LABELS = {
  build: { ja: "構築時", en: "At build" },
  periodic: { ja: "運用時（定期）", en: "Periodic" },
  termination: { ja: "利用終了時", en: "At termination" },
} satisfies Labels;

/** The judgement of a service's reliability against the criteria (reliability judgement). */
export const RELIABILITY_JUDGEMENT_LABELS = {
  sufficient: { ja: "信頼性は十分", en: "Reliable enough" },
  insufficient: { ja: "信頼性は不十分", en: "Not reliable enough" },
} satisfies Labels;

/** An IC card (ic_cards.state). */
export const IC_CARD_STATE_LABELS: Labels = {
  issued: { ja: "使用中", en: "In use" },
  lost: { ja: "紛失（停止中）", en: "Lost (suspended)" },
  returned: { ja: "返却済み", en: "Returned" },
  destroyed: { ja: "回収・廃棄済み", en: "Collected and destroyed" },
};

/** A check-out of a privileged ID (privileged_checkouts.state). */
export const PRIVILEGED_CHECKOUT_STATE_LABELS: Labels = {
  out: { ja: "貸出し中", en: "Checked out" },
  returned: { ja: "返却済み（確認待ち）", en: "Returned (awaiting review)" },
  reviewed: { ja: "確認済み", en: "Reviewed" },
};

/** What a privileged ID is for (system_accounts.purpose). */
export const ACCOUNT_PURPOSE_LABELS: Labels = {
  operation: { ja: "運用", en: "Operation" },
  development: { ja: "開発用", en: "Development" },
};

/** A run of the directory sync (directory_sync_runs.status). */
export const DIRECTORY_SYNC_RUN_LABELS: Labels = {
  previewed: { ja: "ドライラン（未反映）", en: "Dry run (not applied)" },
  applied: { ja: "反映済み", en: "Applied" },
  failed: { ja: "失敗", en: "Failed" },
};

/** What the directory sync does to a person or department (a run's change kinds). */
export const DIRECTORY_SYNC_CHANGE_LABELS: Labels = {
  new: { ja: "新規", en: "New" },
  changed: { ja: "変更", en: "Changed" },
  moved: { ja: "異動", en: "Moved" },
  disabled: { ja: "無効化（退職等）", en: "Disabled (left)" },
  removed: { ja: "ディレクトリから削除（無効化）", en: "Gone from the directory (disabled)" },
  enabled: { ja: "再有効化", en: "Enabled again" },
  linked: { ja: "既存職員と連携", en: "Linked to an existing person" },
  renamed: { ja: "名称変更", en: "Renamed" },
};

/** A supplier's person on a contract (contract people role). */
export const SUPPLIER_ROLE_LABELS = {
  responsible: { ja: "責任者", en: "Responsible person" },
  worker: { ja: "作業員", en: "Worker" },
} satisfies Labels;

/** An item lent to a supplier (supplier lendings state). */
export const SUPPLIER_LENDING_LABELS = {
  lent: { ja: "貸与中", en: "Lent" },
  returned: { ja: "返却済み", en: "Returned" },
  disposed: { ja: "廃棄証明済み", en: "Disposal certified" },
} satisfies Labels;

/** Where a supplier's subcontracting or other approval stands. */
export const SUPPLIER_DECISION_LABELS = {
  approved: { ja: "承認済み", en: "Approved" },
  open: { ja: "承認待ち", en: "Waiting" },
  refused: { ja: "却下・取下げ", en: "Refused or withdrawn" },
} satisfies Labels;
