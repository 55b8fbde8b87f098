import { type Label, labelOf } from "../../../../common/labels";
import { useLang } from "../../i18n";

/**
 * Words of the self-inspection and audit screens, Japanese with English. They live beside the
 * screens (not in the shared locale files) because no other screen uses them.
 */
const TEXTS = {
  mySheets: { ja: "自己点検（自分の点検票）", en: "My self-inspection" },
  mySheetsHint: {
    ja: "回答期限までに各項目に回答し、提出してください。期限後の回答は遅延として記録されます。",
    en: "Answer every item and submit by the deadline. Answers after the deadline are recorded as late.",
  },
  noSheets: { ja: "回答する点検票はありません。", en: "No sheet to answer." },
  sheet: { ja: "点検票", en: "Inspection sheet" },
  campaign: { ja: "自己点検", en: "Campaign" },
  campaigns: { ja: "自己点検の実施状況", en: "Self-inspection campaigns" },
  campaignsHint: {
    ja: "年度ごとの自己点検と、局・課ごとの提出状況です。",
    en: "Campaigns per fiscal year and their progress per bureau and department.",
  },
  unit: { ja: "対象", en: "Unit" },
  respondent: { ja: "回答者", en: "Respondent" },
  due: { ja: "回答期限", en: "Deadline" },
  dueDate: { ja: "対応期限", en: "Due date" },
  progress: { ja: "進捗", en: "Progress" },
  status: { ja: "状態", en: "Status" },
  late: { ja: "期限後", en: "Late" },
  lateAnswer: { ja: "期限後の回答", en: "Answered late" },
  overdue: { ja: "期限超過", en: "Overdue" },
  open: { ja: "開く", en: "Open" },
  answer: { ja: "回答", en: "Answer" },
  comment: { ja: "コメント", en: "Comment" },
  evidence: { ja: "証跡", en: "Evidence" },
  evidenceHint: {
    ja: "PDF・PNG・JPEG・テキスト、10MBまで。回答を保存してから登録できます。",
    en: "PDF, PNG, JPEG or text, up to 10 MB. Save the answer first.",
  },
  upload: { ja: "証跡を登録", en: "Upload evidence" },
  saveAnswers: { ja: "回答を保存", en: "Save answers" },
  saved: { ja: "保存しました。", en: "Saved." },
  submit: { ja: "提出する", en: "Submit" },
  submitted: { ja: "提出済み", en: "Submitted" },
  readOnlySheet: {
    ja: "この点検票は閲覧のみです（提出済み、終了、または回答者ではありません）。",
    en: "This sheet is read-only (submitted, closed, or you do not answer it).",
  },
  question: { ja: "点検項目", en: "Check item" },
  raiseFinding: { ja: "指摘事項にする", en: "Turn into a finding" },
  findingRaised: { ja: "指摘事項にしました。", en: "The finding was created." },
  severity: { ja: "重要度", en: "Severity" },
  owner: { ja: "担当者", en: "Owner" },
  correctiveAction: { ja: "是正措置", en: "Corrective action" },
  title: { ja: "件名", en: "Title" },
  confirms: { ja: "確認する点検（局点検）", en: "Inspections this sheet confirms" },
  sheets: { ja: "点検票", en: "Sheets" },
  noAnswers: { ja: "「できていない」", en: "“Not done”" },
  byBureau: { ja: "局ごと", en: "Per bureau" },
  byDepartment: { ja: "課ごと", en: "Per department" },
  notStarted: { ja: "未着手", en: "Not started" },
  inProgress: { ja: "回答中", en: "In progress" },
  itemSummary: { ja: "項目ごとの集計", en: "Answers per item" },
  newCampaign: { ja: "自己点検を作成", en: "Create a campaign" },
  fiscalYear: { ja: "年度", en: "Fiscal year" },
  kind: { ja: "種類", en: "Kind" },
  create: { ja: "作成", en: "Create" },
  closeCampaign: { ja: "自己点検を終了", en: "Close the campaign" },
  noCampaigns: { ja: "自己点検はまだありません。", en: "No campaign yet." },
  items: { ja: "点検項目", en: "Check items" },
  itemsHint: {
    ja: "条項カタログから生成した点検項目です。各項目は根拠の条項に結びついています。",
    en: "Check items generated from the clause catalog, each linked to its clause.",
  },
  audience: { ja: "回答者の区分", en: "Audience" },
  sync: { ja: "カタログの変更を反映", en: "Apply catalog changes" },
  pending: {
    ja: "未反映のカタログ変更: 追加 {added}・文言変更 {textChanged}・廃止 {retired}・復活 {restored}",
    en: "Catalog changes not applied: {added} new, {textChanged} changed, {retired} retired, {restored} restored",
  },
  changed: { ja: "条項変更あり", en: "Clause changed" },
  retired: { ja: "廃止", en: "Retired" },
  edit: { ja: "編集", en: "Edit" },
  save: { ja: "保存", en: "Save" },
  cancel: { ja: "取消", en: "Cancel" },
  acknowledge: { ja: "変更を確認済みにする", en: "Mark the change as read" },
  notConfigured: {
    ja: "このプロファイルには自己点検・監査の定めがありません。",
    en: "This profile defines no self-inspection or audit.",
  },
  findings: { ja: "指摘事項", en: "Findings" },
  findingsHint: {
    ja: "自己点検・監査の指摘事項と是正の状況です。",
    en: "Findings of self-inspections and audits and their correction.",
  },
  noFindings: { ja: "指摘事項はありません。", en: "No findings." },
  all: { ja: "すべて", en: "All" },
  notClosed: { ja: "完了以外", en: "Not closed" },
  source: { ja: "発生元", en: "Source" },
  department: { ja: "課", en: "Department" },
  finding: { ja: "指摘事項", en: "Finding" },
  moveTo: { ja: "状態を進める", en: "Move to" },
  note: { ja: "メモ", en: "Note" },
  files: { ja: "証跡ファイル", en: "Evidence files" },
  noFiles: { ja: "証跡はまだありません。", en: "No evidence yet." },
  evidenceRequired: {
    ja: "この重要度では、確認・完了の前に是正の証跡が必要です。",
    en: "This severity needs evidence of the correction before it is verified or closed.",
  },
  lateral: { ja: "横展開", en: "Lateral check" },
  lateralHint: {
    ja: "同じ問題が起こりうる他の課で、同じ点検を指摘事項として開きます。",
    en: "Open the same check as a finding in other departments where the problem may also exist.",
  },
  lateralProgress: {
    ja: "横展開の進捗: {closed} / {total} 完了",
    en: "Lateral checks: {closed} of {total} closed",
  },
  departments: { ja: "対象の課", en: "Departments" },
  openLateral: { ja: "横展開する", en: "Open lateral checks" },
  origin: { ja: "横展開元", en: "Opened from" },
  audits: { ja: "監査・内部検査", en: "Audits" },
  auditsHint: {
    ja: "監査実施計画、実施（調書）、報告です。監査人は被監査部署から独立していなければなりません。",
    en: "Audit plans, fieldwork (working papers) and reports. Auditors must be independent of the audited units.",
  },
  noAudits: { ja: "監査はありません。", en: "No audits." },
  planAudit: { ja: "監査実施計画を作成", en: "Plan an audit" },
  auditedUnits: { ja: "監査対象の部署", en: "Audited units" },
  scopeNote: { ja: "対象範囲（システム・委託先など）", en: "Scope (systems, contractors …)" },
  periodFrom: { ja: "対象期間（開始）", en: "Period from" },
  periodTo: { ja: "対象期間（終了）", en: "Period to" },
  startDate: { ja: "実施開始日", en: "Fieldwork from" },
  endDate: { ja: "実施終了日", en: "Fieldwork to" },
  auditors: { ja: "監査人", en: "Auditors" },
  addAuditor: { ja: "監査人を追加", en: "Add an auditor" },
  unavoidableReason: {
    ja: "やむを得ない理由（自己の業務を監査する場合）",
    en: "Unavoidable reason (auditing own work)",
  },
  approve: { ja: "承認", en: "Approve" },
  start: { ja: "監査を開始", en: "Start fieldwork" },
  close: { ja: "監査を終了", en: "Close the audit" },
  papers: { ja: "監査調書", en: "Working papers" },
  noPapers: { ja: "調書はまだありません。", en: "No working papers yet." },
  addPaper: { ja: "調書を追加", en: "Add a working paper" },
  description: { ja: "内容", en: "Description" },
  report: { ja: "監査報告", en: "Audit report" },
  sendReport: { ja: "報告する", en: "Report" },
  readOnlyAudit: {
    ja: "終了した監査の調書と証跡は閲覧のみです。",
    en: "The papers and evidence of a closed audit are read-only.",
  },
  period: { ja: "対象期間", en: "Audit period" },
  fieldwork: { ja: "実施期間", en: "Fieldwork" },
  auditFindings: { ja: "この監査の指摘事項", en: "Findings of this audit" },
  back: { ja: "一覧へ", en: "Back to the list" },
  plans: { ja: "改善計画", en: "Improvement plans" },
  exportXlsx: { ja: "Excelで出力", en: "Export .xlsx" },
  clause: { ja: "根拠", en: "Clause" },
  newPlan: { ja: "改善計画を作成", en: "New improvement plan" },
  noPlans: { ja: "改善計画はありません。", en: "No improvement plans." },
  created: { ja: "作成日", en: "Created" },
  decision: { ja: "決定", en: "Decision" },
  submitPlan: { ja: "承認を依頼", en: "Submit for approval" },
  returnPlan: { ja: "差し戻し", en: "Return" },
  exportPdf: { ja: "PDFで出力", en: "Export PDF" },
} as const;

export type TextKey = keyof typeof TEXTS;

/** `tx(key, values)` in the current language; `lab(labels, code)` for a code of common/labels. */
export function useTexts() {
  const { lang, pick } = useLang();
  const tx = (key: TextKey, values: Record<string, string | number> = {}) =>
    pick(TEXTS[key]).replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ""));
  const lab = (labels: Readonly<Record<string, Label>>, code: string | null | undefined) =>
    pick(labelOf(labels, code));
  return { tx, lab, lang, pick };
}
