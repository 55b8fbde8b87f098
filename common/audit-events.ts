/**
 * Every audit event type with its label in Japanese and English. The type of each event's
 * `data` is declared once, as a zod schema, in common/audit-data.ts (AUDIT_DATA); the server
 * records only these types (server/audit/record.ts is typed against that map), the audit log
 * answers with the label beside the code, and the web shows the label. Imports only the types
 * of common/audit-data.ts, so the web's bundle takes no schema from here.
 */
import type { AuditEventData } from "./audit-data";

export type { AuditEventData };

export interface Change<T = unknown> {
  from: T;
  to: T;
}
export type Changes = Record<string, Change>;

/**
 * Types the test suite records to exercise the log itself (`test.…`); never recorded by the
 * application.
 */
export type TestAuditEventType = `test.${string}`;

export type AuditEventType = keyof AuditEventData;

/** The data of an event type (free-form for test events). */
export type AuditDataOf<T extends AuditEventType | TestAuditEventType> = T extends AuditEventType
  ? AuditEventData[T]
  : Record<string, unknown>;

export interface AuditLabel {
  ja: string;
  en: string;
}

export const AUDIT_EVENT_LABELS: { readonly [T in AuditEventType]: AuditLabel } = {
  "asset.created": { ja: "情報資産の登録", en: "Asset registered" },
  "asset.updated": { ja: "情報資産の変更", en: "Asset updated" },
  "asset.reclassified": { ja: "情報資産の分類変更", en: "Asset reclassified" },
  "asset.status_changed": { ja: "情報資産の状態変更", en: "Asset status changed" },
  "asset.relation_added": { ja: "情報資産の関連付け", en: "Asset relation added" },
  "asset.relation_removed": { ja: "情報資産の関連解除", en: "Asset relation removed" },
  "asset.named_person_added": { ja: "取扱者の追加", en: "Named person added to an asset" },
  "asset.named_person_removed": { ja: "取扱者の削除", en: "Named person removed from an asset" },
  "asset.exported": { ja: "情報資産台帳の出力", en: "Asset register exported" },
  "asset.imported": { ja: "情報資産の一括取込", en: "Assets imported" },
  "asset.import_batch": { ja: "情報資産の一括取込（分割）", en: "Asset import batch" },
  "asset.inventoried": { ja: "棚卸しの記録", en: "Asset inventoried" },
  "asset_inventory.started": { ja: "棚卸しの開始", en: "Inventory started" },
  "asset_inventory.completed": { ja: "棚卸しの完了", en: "Inventory completed" },
  "asset_view.created": { ja: "保存した検索条件の作成", en: "Saved view created" },
  "asset_view.updated": { ja: "保存した検索条件の変更", en: "Saved view updated" },
  "asset_view.deleted": { ja: "保存した検索条件の削除", en: "Saved view deleted" },

  "auth.login": { ja: "サインイン", en: "Signed in" },
  "auth.login_failed": { ja: "サインインの失敗", en: "Sign-in failed" },
  "auth.login_refused": { ja: "サインインの拒否", en: "Sign-in refused" },
  "auth.login_mfa_pending": { ja: "サインイン（確認コード待ち）", en: "Sign-in awaiting the second factor" },
  "auth.account_locked": { ja: "アカウントのロック", en: "Account locked" },
  "auth.logout": { ja: "サインアウト", en: "Signed out" },
  "auth.password_changed": { ja: "パスワードの変更", en: "Password changed" },
  "auth.mfa_setup_started": { ja: "二要素認証の設定開始", en: "Two-factor setup started" },
  "auth.mfa_enabled": { ja: "二要素認証の有効化", en: "Two-factor authentication enabled" },
  "auth.mfa_disabled": { ja: "二要素認証の無効化", en: "Two-factor authentication disabled" },
  "auth.recovery_code_used": { ja: "リカバリーコードの使用", en: "Recovery code used" },
  "auth.user_created": { ja: "利用者の作成", en: "User created" },
  "auth.administrator_created": { ja: "最初の管理者の作成", en: "First administrator created" },
  "auth.user_unlocked": { ja: "ロックの解除", en: "User unlocked" },
  "access.self_grant_refused": {
    ja: "自分自身への権限付与の拒否",
    en: "Self-granted power refused",
  },
  "auth.password_reset": { ja: "パスワードの再設定", en: "Password reset" },
  "auth.user_disabled": { ja: "利用者の停止", en: "User disabled" },
  "auth.user_enabled": { ja: "利用者の停止解除", en: "User enabled" },
  "auth.mfa_reset": { ja: "二要素認証のリセット", en: "Two-factor authentication reset" },
  "sessions.purged": { ja: "期限切れセッションの削除", en: "Expired sessions purged" },
  "auth.reauth_refused": { ja: "再認証の拒否", en: "Re-authentication refused" },
  "auth.reauth_failed": { ja: "再認証の失敗", en: "Re-authentication failed" },
  "auth.lock_cleared_by_owner": { ja: "本人によるロック解除", en: "Lock cleared by the owner" },

  "org.department.created": { ja: "組織の作成", en: "Department created" },
  "org.department.updated": { ja: "組織の変更", en: "Department updated" },
  "org.department.moved": { ja: "組織の移動", en: "Department moved" },
  "org.department.deactivated": { ja: "組織の廃止", en: "Department deactivated" },
  "org.person.created": { ja: "職員の登録", en: "Person registered" },
  "org.person.updated": { ja: "職員情報の変更", en: "Person updated" },
  "org.person.login_created": { ja: "ログインの発行", en: "Login issued" },
  "org.role_assignment.created": { ja: "役割の任命", en: "Role assigned" },
  "org.role_assignment.ended": { ja: "役割の終了", en: "Role assignment ended" },
  "org.deputy.created": { ja: "代行者の指定", en: "Deputy appointed" },
  "org.deputy.ended": { ja: "代行の終了", en: "Deputy period ended" },
  "org.transfer.created": { ja: "人事異動の登録", en: "Transfer batch created" },
  "org.transfer.applied": { ja: "人事異動の反映（職員）", en: "Transfer applied to a person" },
  "org.transfer.batch_applied": { ja: "人事異動の反映", en: "Transfer batch applied" },
  "org.transfer.cancelled": { ja: "人事異動の取消", en: "Transfer batch cancelled" },
  "org.directory_sync.previewed": { ja: "ディレクトリ同期のドライラン", en: "Directory sync dry run" },
  "org.directory_sync.applied": { ja: "ディレクトリ同期の反映", en: "Directory sync applied" },
  "org.directory_sync.failed": { ja: "ディレクトリ同期の失敗", en: "Directory sync failed" },
  "org.separation.created": { ja: "休職・退職の登録", en: "Leave or retirement recorded" },
  "org.separation.applied": {
    ja: "休職・退職の反映（アクセス終了）",
    en: "Leave or retirement applied (access ended)",
  },
  "org.separation.cancelled": { ja: "休職・退職の取消", en: "Leave or retirement cancelled" },

  "request.created": { ja: "申請の作成", en: "Request created" },
  "request.updated": { ja: "申請の修正", en: "Request updated" },
  "request.submitted": { ja: "申請の提出", en: "Request submitted" },
  "request.approved": { ja: "申請の承認", en: "Request approved" },
  "request.approval_notified": {
    ja: "承認の通知（規定の宛先）",
    en: "Approval notified (to those the policy names)",
  },
  "request.rejected": { ja: "申請の却下", en: "Request rejected" },
  "request.returned": { ja: "申請の差戻し", en: "Request returned" },
  "request.cancelled": { ja: "申請の取下げ", en: "Request cancelled" },
  "request.started": { ja: "許可された行為の開始", en: "Permitted act started" },
  "request.completed": { ja: "申請の完了", en: "Request completed" },
  "request.expired": { ja: "許可の期間満了", en: "Permission expired" },
  "request.return_reported": { ja: "返却の報告", en: "Return reported" },
  "request.return_overdue_reminded": { ja: "返却期限超過の督促", en: "Overdue return reminded" },
  "request.return_overdue_escalated": { ja: "返却期限超過の上申", en: "Overdue return escalated" },
  "request.post_reported": { ja: "事後報告", en: "Post-report made" },
  "request.post_report_overdue": { ja: "事後報告の期限超過", en: "Post-report overdue" },
  "request.notification_read": {
    ja: "申請のお知らせの既読（旧）",
    en: "Request notification read (former inbox)",
  },

  "register.appended": { ja: "記録簿への記入", en: "Register entry added" },
  "register.corrected": { ja: "記録簿の訂正", en: "Register entry corrected" },

  "incident.reported": { ja: "インシデントの報告", en: "Incident reported" },
  "incident.triaged": { ja: "インシデントの判定", en: "Incident triaged" },
  "incident.stage_changed": { ja: "対応段階の変更", en: "Incident stage changed" },
  "incident.closed": { ja: "インシデントの終結", en: "Incident closed" },
  "incident.acknowledged": { ja: "報告の確認", en: "Escalation acknowledged" },
  "incident.escalated": { ja: "上位への報告（未確認のため）", en: "Escalated (not acknowledged)" },
  "incident.escalation_notified": { ja: "報告先への通知", en: "Escalation step notified" },
  "incident.escalation_skipped": { ja: "報告先なし（次へ）", en: "Escalation step skipped (no holder)" },
  "incident.deputy_post_report": { ja: "代行者の事後報告", en: "Deputy's post-report" },
  "incident.asset_linked": { ja: "関係する情報資産の登録", en: "Asset linked to an incident" },
  "incident.evidence_added": { ja: "証拠の登録", en: "Evidence added" },
  "incident.attachment_added": { ja: "添付ファイルの登録", en: "Attachment added" },
  "incident.custody_recorded": { ja: "証拠の受渡しの記録", en: "Chain of custody recorded" },
  "incident.timeline_added": { ja: "経過の記録", en: "Timeline entry added" },
  "incident.task_added": { ja: "対応タスクの登録", en: "Task added" },
  "incident.task_updated": { ja: "対応タスクの更新", en: "Task updated" },
  "incident.prevention_done": { ja: "再発防止策の実施", en: "Prevention action done" },
  "incident.member_removed": { ja: "閲覧者の削除", en: "Member removed" },
  "incident.restriction_set": { ja: "閲覧制限の設定", en: "Restriction set" },
  "incident.ppc_assessed": { ja: "個人情報保護委員会への報告要否の判定", en: "PPC reporting duty assessed" },
  "incident.outside_report_decided": { ja: "外部への報告の決定", en: "Outside report decided" },
  "incident.press_decided": { ja: "報道発表の決定", en: "Press release decided" },
  "emergency_plan.saved": { ja: "緊急時対応計画の保存", en: "Emergency response plan saved" },
  "emergency_plan.drafted": { ja: "緊急時対応計画の案の保存", en: "Emergency response plan drafted" },
  "violation.reported": { ja: "違反の報告", en: "Violation reported" },
  "violation.manager_notified": { ja: "所属長への通知（違反）", en: "Manager notified of a violation" },
  "violation.measures_recorded": { ja: "違反への措置の記録", en: "Measures recorded" },
  "violation.rights_suspended": { ja: "利用権の停止", en: "Rights suspended" },
  "violation.rights_withdrawn": { ja: "利用権の剥奪", en: "Rights withdrawn" },
  "violation.rights_restored": { ja: "利用権の回復", en: "Rights restored" },

  "notification.read": { ja: "お知らせの既読", en: "Notification read" },
  "notification.preferences_changed": { ja: "メール受信設定の変更", en: "Mail preference changed" },
  "mail.resend": { ja: "メールの再送", en: "Mail resent" },
  "vulnerability.imported": { ja: "脆弱性情報の取込", en: "Vulnerability feed imported" },
  "vulnerability.import_failed": { ja: "脆弱性情報の取込失敗", en: "Vulnerability feed import failed" },
  "vulnerability.fetched": { ja: "脆弱性情報の自動取得", en: "Vulnerability feeds fetched" },
  "vulnerability.matched": {
    ja: "脆弱性と導入ソフトウェアの照合",
    en: "Vulnerability matched to installations",
  },
  "vulnerability.decided": { ja: "脆弱性への対応の決定", en: "Vulnerability decision recorded" },
  "vulnerability.staff_notified": { ja: "全職員への注意喚起", en: "Notice sent to all staff" },
  "software.product_created": { ja: "ソフトウェアの登録", en: "Software product registered" },
  "software.product_updated": { ja: "ソフトウェアの変更", en: "Software product updated" },
  "software.installed": { ja: "ソフトウェアの導入記録", en: "Software installed" },
  "software.removed": { ja: "ソフトウェアの削除記録", en: "Software removed" },
  "software.licence_created": { ja: "ライセンスの登録", en: "Licence registered" },
  "software.inventory_imported": { ja: "ソフトウェア台帳の取込", en: "Software inventory imported" },
  "software.eos_warned": { ja: "サポート終了前の通知", en: "End of support ahead: owners told" },

  "document.created": { ja: "文書の登録", en: "Document created" },
  "document.updated": { ja: "文書の変更（公開先等）", en: "Document updated (audience etc.)" },
  "document.version_drafted": { ja: "文書の新しい版（案）の作成", en: "Document version drafted" },
  "document.version_edited": { ja: "文書の版（案）の修正", en: "Document draft edited" },
  "document.version_approved": { ja: "文書の版の承認", en: "Document version approved" },
  "document.version_published": { ja: "文書の版の公開（周知）", en: "Document version published" },
  "document.reviewed": { ja: "文書の評価（見直し）の記録", en: "Document review recorded" },
  "document.viewed": { ja: "非公開文書の閲覧", en: "Restricted document viewed" },
  "document.acknowledged": { ja: "文書の閲覧確認", en: "Document acknowledged" },
  "document.acknowledged_on_paper": {
    ja: "文書の閲覧確認（紙）の記録",
    en: "Paper acknowledgement recorded",
  },
  "accounts.system_registered": { ja: "ID管理対象システムの登録", en: "System registered for ID management" },
  "accounts.system_updated": { ja: "ID管理対象システムの変更", en: "System updated (ID management)" },
  "accounts.account_created": { ja: "利用者IDの登録", en: "User ID registered" },
  "accounts.account_updated": { ja: "利用者IDの変更", en: "User ID updated" },
  "accounts.imported": { ja: "利用者IDの取込み", en: "User IDs imported" },
  "accounts.card_issued": { ja: "ICカードの発行", en: "IC card issued" },
  "accounts.card_lost": { ja: "ICカードの紛失届", en: "IC card reported lost" },
  "accounts.deletion_requested": {
    ja: "利用者IDの削除依頼（本人）",
    en: "Deletion of a user ID asked by its holder",
  },
  "accounts.deletion_decided": {
    ja: "利用者IDの削除依頼への回答（削除・停止・不承認）",
    en: "A holder's deletion ask answered (removed, suspended or declined)",
  },
  "accounts.card_replaced": {
    ja: "ICカードの再発行（旧カードの回収・廃棄）",
    en: "IC card replaced (old card collected and destroyed)",
  },
  "accounts.card_loss_unmatched": {
    ja: "ICカードの紛失届（使用中のカードに該当なし）",
    en: "IC card loss report matching no card in use",
  },
  "accounts.card_loss_refused": { ja: "ICカードの紛失届の拒否", en: "IC card loss report refused" },
  "accounts.card_found": { ja: "紛失ICカードの発見", en: "Lost IC card found" },
  "accounts.card_returned": { ja: "ICカードの返却", en: "IC card returned" },
  "accounts.review_started": { ja: "ID棚卸しの開始", en: "ID review started" },
  "accounts.review_decided": { ja: "ID棚卸しの判断", en: "ID review decision" },
  "accounts.review_task_done": { ja: "ID棚卸しの措置完了", en: "ID review task done" },
  "accounts.review_closed": { ja: "ID棚卸しの終了", en: "ID review closed" },
  "accounts.review_reminders_sent": { ja: "ID棚卸しの督促", en: "ID review reminders sent" },
  "accounts.review_exported": { ja: "ID棚卸し結果の出力", en: "ID review results exported" },
  "accounts.leaver_ids_flagged": {
    ja: "休職・退職者のIDの停止依頼",
    en: "IDs of a person who left flagged to stop",
  },
  "accounts.privileged_checked_out": { ja: "特権IDの貸出し", en: "Privileged ID checked out" },
  "accounts.privileged_returned": { ja: "特権IDの返却", en: "Privileged ID returned" },
  "accounts.privileged_reviewed": { ja: "特権ID利用の確認", en: "Privileged ID use reviewed" },
  "accounts.privileged_deputy_recorded": { ja: "特権IDの代行者の記録", en: "Privileged ID deputy recorded" },
  "supplier.contractor_created": { ja: "委託事業者の登録", en: "Contractor registered" },
  "supplier.contractor_updated": { ja: "委託事業者の変更", en: "Contractor updated" },
  "supplier.contract_created": { ja: "委託契約の作成", en: "Contract prepared" },
  "supplier.contract_updated": { ja: "委託契約の変更", en: "Contract updated" },
  "supplier.clauses_confirmed": { ja: "契約条項の確認", en: "Contract clauses confirmed" },
  "supplier.contract_transitioned": { ja: "委託契約の状態の変更", en: "Contract state changed" },
  "supplier.contract_blocked": { ja: "委託契約の状態変更の拒否", en: "Contract state change refused" },
  "supplier.security_plan_received": { ja: "安全管理体制等の書面の受領", en: "Security plan received" },
  "supplier.no_copy_confirmed": {
    ja: "複写・複製をしていないことの確認",
    en: "No-copy confirmation recorded",
  },
  "supplier.person_added": { ja: "委託事業者の責任者・作業員の登録", en: "Contractor person added" },
  "supplier.pledge_recorded": { ja: "誓約書の受領", en: "Pledge received" },
  "supplier.check_recorded": { ja: "委託事業者の確認", en: "Contractor check recorded" },
  "supplier.lending_recorded": { ja: "受渡票による貸与", en: "Information lent (handover slip)" },
  "supplier.explanation_recorded": {
    ja: "委託事業者への情報セキュリティポリシーの説明",
    en: "Policy explained to a contractor",
  },
  "supplier.lending_returned": { ja: "貸与物の返却", en: "Lent item returned" },
  "supplier.disposal_certified": { ja: "廃棄証明の登録", en: "Disposal certified" },
  "supplier.subcontract_filed": { ja: "再委託の申請", en: "Subcontract filed for approval" },
  "supplier.subcontract_refiled": {
    ja: "再委託の再申請（差戻し後、現在の契約内容で）",
    en: "Subcontract resubmitted after a return, with the contract as it is now",
  },
  "supplier.subcontract_consent_recorded": {
    ja: "再委託の書面による許諾の記録",
    en: "Written consent to subcontract recorded",
  },
  "supplier.incident_named": {
    ja: "委託事業者が関わったインシデントの記録",
    en: "Incident the contractor was involved in named",
  },
  "supplier.checklist_downloaded": {
    ja: "契約条項チェックリストの出力",
    en: "Contract clause checklist downloaded",
  },
  "supplier.contracts_exported": { ja: "委託契約一覧の出力", en: "Contract list exported" },
  "external_service.exported": { ja: "外部サービス台帳の出力", en: "External service register exported" },
  "external_service.filed": { ja: "外部サービスの利用申請", en: "External service filed" },
  "external_service.refiled": {
    ja: "外部サービスの再申請（差戻し後、台帳も訂正）",
    en: "External service resubmitted after a return (register entry corrected)",
  },
  "external_service.consulted": { ja: "情報監理者との協議の記録", en: "Consultation recorded" },
  "external_service.criteria_written": {
    ja: "外部サービスの利用に関する規定の改定",
    en: "External service rules written",
  },
  "external_service.reliability_judged": {
    ja: "外部サービス提供者の信頼性の判断",
    en: "Provider reliability judged",
  },
  "external_service.check_recorded": {
    ja: "外部サービスの確認の記録",
    en: "External service check recorded",
  },
  "external_service.terminated": { ja: "外部サービスの利用終了", en: "External service use ended" },
  "external_service.manager_named": {
    ja: "外部サービス管理者の指名（承認時）",
    en: "External service manager named at approval",
  },

  "assurance.items_synced": { ja: "点検項目の同期", en: "Check items synced" },
  "assurance.item_edited": { ja: "点検項目の編集", en: "Check item edited" },
  "assurance.campaign_created": { ja: "自己点検の開始", en: "Self-inspection campaign created" },
  "assurance.campaign_closed": { ja: "自己点検の締切", en: "Self-inspection campaign closed" },
  "assurance.answers_saved": { ja: "自己点検の回答の保存", en: "Self-inspection answers saved" },
  "assurance.sheet_submitted": { ja: "自己点検の提出", en: "Self-inspection sheet submitted" },
  "assurance.evidence_added": { ja: "自己点検の証跡の登録", en: "Self-inspection evidence added" },
  "assurance.finding_created": { ja: "指摘事項の登録", en: "Finding recorded" },
  "assurance.finding_updated": { ja: "指摘事項の更新", en: "Finding updated" },
  "assurance.lateral_opened": { ja: "横展開の開始", en: "Lateral check opened" },
  "assurance.plan_created": { ja: "改善計画の作成", en: "Improvement plan created" },
  "assurance.plan_submitted": { ja: "改善計画の承認依頼", en: "Improvement plan submitted" },
  "assurance.plan_decided": { ja: "改善計画の承認・差し戻し", en: "Improvement plan decided" },
  "assurance.reminders_sent": {
    ja: "自己点検・指摘事項の督促",
    en: "Self-inspection and finding reminders sent",
  },

  "assurance.audit_planned": { ja: "監査計画の作成", en: "Audit planned" },
  "assurance.audit_approved": { ja: "監査計画の承認", en: "Audit plan approved" },
  "assurance.audit_started": { ja: "監査の開始", en: "Audit started" },
  "assurance.audit_reported": { ja: "監査報告", en: "Audit reported" },
  "assurance.audit_closed": { ja: "監査の終了", en: "Audit closed" },
  "assurance.working_paper_added": { ja: "監査調書の登録", en: "Working paper added" },
  "assurance.auditor_read": { ja: "監査人による閲覧", en: "Read by an auditor" },
  "training.plan_created": { ja: "研修計画の作成", en: "Training plan created" },
  "training.plan_submitted": { ja: "研修計画の提出", en: "Training plan submitted" },
  "training.plan_returned": { ja: "研修計画の差戻し", en: "Training plan returned" },
  "training.plan_approved": { ja: "研修計画の承認", en: "Training plan approved" },
  "training.plan_in_effect": { ja: "研修計画の実施開始", en: "Training plan put in effect" },
  "training.course_created": { ja: "研修（科目）の登録", en: "Course created" },
  "training.material_uploaded": { ja: "eラーニング教材（PDF）の登録", en: "Course material (PDF) uploaded" },
  "training.session_created": { ja: "研修の回の登録", en: "Session created" },
  "training.attendance_recorded": { ja: "研修の受講記録", en: "Attendance recorded" },
  "training.attendance_imported": { ja: "研修の受講記録の取込", en: "Attendance imported" },
  "training.elearning_passed": { ja: "eラーニングの修了", en: "E-learning passed" },
  "training.tally_rebuilt": {
    ja: "研修受講状況の集計の再作成（名簿・異動の変更後）",
    en: "Completion tally rebuilt (after the directory or transfers changed)",
  },
  "training.tally_rebuild_queued": {
    ja: "研修受講状況の集計の再作成の予約（集計が古いため、その間は名簿から直接集計）",
    en: "Completion tally rebuild queued (out of date; figures come from the live statement meanwhile)",
  },
  "training.new_hire_assigned": { ja: "新規採用者研修の割当", en: "New-hire course assigned" },
  "training.consent_requested": { ja: "同意書の依頼", en: "Consent requested" },
  "training.consent_signed": { ja: "同意書の署名・受領", en: "Consent signed or received" },
  "training.report_made": { ja: "研修実施状況の報告", en: "Training report made" },
  "training.reminders_sent": { ja: "研修の督促", en: "Training reminders sent" },
  "training.course_reminders_sent": {
    ja: "必修研修の受講期限の督促",
    en: "Mandatory course deadline reminders sent",
  },
  "training.drill_planned": { ja: "訓練計画の登録", en: "Drill planned" },
  "training.drill_event_added": { ja: "訓練の経過の記録", en: "Drill event recorded" },
  "training.drill_held": { ja: "訓練の実施・教訓の記録", en: "Drill held, lessons recorded" },
  "training.drill_action_done": { ja: "訓練の改善事項の完了", en: "Drill improvement item done" },
  "vulnerability.escalated": { ja: "脆弱性対応の期限超過の上申", en: "Overdue vulnerability task escalated" },
  "vulnerability.digest_sent": {
    ja: "脆弱性対応の日次まとめの通知",
    en: "Daily vulnerability task summaries sent",
  },
  "audit.head_exported": { ja: "監査ログの署名済み先頭の出力", en: "Signed audit head exported" },
  "audit.exported": { ja: "監査ログの出力", en: "Audit log exported" },
  "request.list_exported": { ja: "申請一覧の出力", en: "Request list exported" },
  "incident.list_exported": { ja: "インシデント一覧の出力", en: "Incident list exported" },
  "software.installations_exported": { ja: "ソフトウェア台帳の出力", en: "Software register exported" },
  "vulnerability.matches_exported": { ja: "脆弱性の照合結果の出力", en: "Vulnerability matches exported" },
  "vulnerability.tasks_exported": { ja: "脆弱性の対応一覧の出力", en: "Vulnerability tasks exported" },
  "supplier.checks_exported": { ja: "委託事業者の確認一覧の出力", en: "Contractor checks exported" },
  "assurance.findings_exported": { ja: "指摘事項の出力", en: "Findings exported" },
  "accounts.systems_exported": { ja: "ID管理の対象システムの出力", en: "Systems (ID management) exported" },
  "accounts.ids_exported": { ja: "利用者IDの出力", en: "User IDs exported" },
  "training.courses_exported": { ja: "研修一覧の出力", en: "Courses exported" },
  "document.list_exported": { ja: "文書一覧の出力", en: "Documents list exported" },
  "org.people_exported": { ja: "職員一覧の出力", en: "People list exported" },
  "report.yearly_generated": { ja: "年次報告の作成", en: "Yearly report generated" },
  "report.yearly_approved": { ja: "年次報告の承認", en: "Yearly report approved" },
  "settings.profile_changed": { ja: "ポリシープロファイルの切替", en: "Policy profile changed" },
  "settings.contact_point_changed": {
    ja: "統一的な窓口の連絡手段の変更",
    en: "Contact point's telephone or e-mail changed",
  },
  "demo.loaded": { ja: "デモデータの読込", en: "Demo data loaded" },
};

export const AUDIT_EVENT_TYPES = Object.keys(AUDIT_EVENT_LABELS) as AuditEventType[];

export function isAuditEventType(type: string): type is AuditEventType {
  return Object.hasOwn(AUDIT_EVENT_LABELS, type);
}

/** The label of a stored type; a type this version does not know is shown as its code. */
export function auditEventLabel(type: string): AuditLabel {
  return isAuditEventType(type) ? AUDIT_EVENT_LABELS[type] : { ja: type, en: type };
}
