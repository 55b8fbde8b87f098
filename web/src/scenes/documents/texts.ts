import { type Label, labelOf } from "../../../../common/labels";
import { useSceneTexts } from "../../i18n";

/**
 * Words of the document screens (文書・周知), Japanese with English. They live beside the screens
 * (not in the shared locale files) because no other screen uses them.
 */
const TEXTS = {
  documents: { ja: "文書・周知", en: "Policy documents" },
  documentsHint: {
    ja: "情報セキュリティポリシーと実施手順です。公開中の版を読み、閲覧確認をしてください。",
    en: "The security policy and its procedures. Read the published version and acknowledge it.",
  },
  toRead: { ja: "閲覧確認が必要な文書", en: "Documents to acknowledge" },
  nothingToRead: { ja: "閲覧確認が必要な文書はありません。", en: "Nothing to acknowledge." },
  all: { ja: "すべての文書", en: "All documents" },
  noDocuments: { ja: "文書はまだありません。", en: "No documents yet." },
  kind: { ja: "種類", en: "Kind" },
  title: { ja: "件名", en: "Title" },
  department: { ja: "所管の課", en: "Department" },
  organization: { ja: "全庁", en: "Organization-wide" },
  system: { ja: "対象の情報システム", en: "Information system" },
  current: { ja: "公開中の版", en: "Published version" },
  notPublished: { ja: "未公開", en: "Not published" },
  effectiveOn: { ja: "施行日", en: "Effective date" },
  approvedAt: { ja: "承認日", en: "Approved on" },
  approvedBy: { ja: "承認者", en: "Approved by" },
  publishedAt: { ja: "公開日", en: "Published on" },
  myStatus: { ja: "閲覧確認", en: "My acknowledgement" },
  acknowledged: { ja: "確認済み", en: "Acknowledged" },
  mustAcknowledge: { ja: "未確認", en: "To acknowledge" },
  notInAudience: { ja: "対象外", en: "Not in its audience" },
  reviewDue: { ja: "評価期限", en: "Review due" },
  restricted: { ja: "非公開（実施手順）", en: "Restricted (procedure)" },
  version: { ja: "第{n}版", en: "Version {n}" },
  versions: { ja: "版の履歴", en: "Versions" },
  state: { ja: "状態", en: "State" },
  changeSummary: { ja: "改正の概要", en: "Summary of changes" },
  material: { ja: "重要な変更（再確認）", en: "Material change (asks again)" },
  minor: { ja: "軽微な変更", en: "Minor change" },
  newDocument: { ja: "文書を登録", en: "New document" },
  create: { ja: "登録", en: "Create" },
  save: { ja: "保存", en: "Save" },
  cancel: { ja: "取消", en: "Cancel" },
  audience: { ja: "公開先", en: "Audience" },
  everyone: { ja: "全職員等", en: "Everyone" },
  roles: { ja: "役割", en: "Roles" },
  departments: { ja: "課・局", en: "Departments" },
  audienceEmpty: { ja: "公開先なし（所管者のみ）", en: "Nobody (keepers only)" },
  editAudience: { ja: "公開先を変更", en: "Change the audience" },
  text: { ja: "本文", en: "Text" },
  readAndAcknowledge: { ja: "読みました（閲覧確認）", en: "I have read it (acknowledge)" },
  acknowledgedOn: { ja: "第{n}版を確認済みです。", en: "You acknowledged version {n}." },
  ackHint: {
    ja: "公開中の版を最後まで読んでから確認してください。重要な変更があった版では改めて確認をお願いします。",
    en: "Read the published version before acknowledging. A version with a material change asks again.",
  },
  newVersion: { ja: "新しい版を作成", en: "Draft a new version" },
  editDraft: { ja: "案を修正", en: "Edit the draft" },
  approve: { ja: "承認", en: "Approve" },
  publish: { ja: "公開（周知）", en: "Publish" },
  approveHint: {
    ja: "施行日は承認日と別に定めます。承認者はプロファイルの定めによります。",
    en: "The effective date is set apart from the approval date. The approver follows the profile.",
  },
  review: { ja: "評価（見直し）を記録", en: "Record the review" },
  reviewNoChange: { ja: "評価した（改正不要）", en: "Reviewed (no change needed)" },
  reviewRevise: { ja: "評価した（改正する）", en: "Reviewed (to be revised)" },
  lastReviewed: { ja: "前回の評価", en: "Last reviewed" },
  compare: { ja: "新旧対照表", en: "Comparison (新旧対照表)" },
  compareOpen: { ja: "新旧対照表を表示", en: "Show the comparison" },
  oldVersion: { ja: "旧", en: "Old" },
  newVersionCol: { ja: "新", en: "New" },
  print: { ja: "印刷", en: "Print" },
  downloadPdf: {
    ja: "PDFで保存（非公開文書は閲覧者名の透かし入り）",
    en: "Save as PDF (restricted: watermarked with you)",
  },
  rowsSummary: {
    ja: "変更 {changed}行・追加 {added}行・削除 {removed}行・同じ {same}行",
    en: "{changed} changed, {added} added, {removed} removed, {same} unchanged lines",
  },
  figures: { ja: "閲覧確認の状況", en: "Acknowledgements" },
  figuresMine: { ja: "所管の課の閲覧確認の状況", en: "Acknowledgements in my departments" },
  total: { ja: "対象者", en: "People" },
  done: { ja: "確認済み", en: "Acknowledged" },
  pending: { ja: "未確認", en: "Not yet" },
  person: { ja: "職員", en: "Person" },
  employeeNumber: { ja: "職員番号", en: "Employee no." },
  login: { ja: "ログイン", en: "Login" },
  noLogin: { ja: "なし（紙で確認）", en: "None (paper)" },
  hasLogin: { ja: "あり", en: "Yes" },
  how: { ja: "確認の方法", en: "How" },
  recordPaper: { ja: "紙の確認を記録", en: "Record paper" },
  signedOn: { ja: "署名日", en: "Signed on" },
  paperHint: {
    ja: "ログインのない職員が紙で閲覧確認した場合に、所属の課長が記録します。",
    en: "For people without a login who acknowledged on paper; recorded by their section head.",
  },
  watermark: { ja: "透かし", en: "Watermark" },
  viewedLogged: {
    ja: "この文書は非公開です。閲覧は記録され、画面と印刷に閲覧者名と日時が入ります。",
    en: "This document is restricted. Views are logged; your name and the time appear on screen and in print.",
  },
  basis: { ja: "根拠", en: "Basis" },
  owner: { ja: "所管", en: "Kept by" },
  approver: { ja: "承認", en: "Approved by" },
  open: { ja: "開く", en: "Open" },
  noKinds: {
    ja: "このプロファイルには文書の種類の定めがありません。",
    en: "This profile defines no document kinds.",
  },
} as const;

export type TextKey = keyof typeof TEXTS;

export function useTexts() {
  return useSceneTexts(TEXTS);
}
