import { useSceneTexts } from "../../i18n";

/**
 * Words of the contractor screens (委託事業者・委託契約), Japanese with English. They live beside the
 * screens because no other screen uses them.
 */
const TEXTS = {
  exportXlsx: { ja: "Excel出力", en: "Export .xlsx" },
  exportCsv: { ja: "CSV出力", en: "Export CSV" },
  contracts: { ja: "委託契約", en: "Contracts" },
  contractsHint: {
    ja: "委託契約の条項確認、誓約書、定期確認、貸与物の返却・廃棄証明を管理します。",
    en: "Clause checklist, pledges, periodic checks and the return or certified disposal of lent items.",
  },
  mine: { ja: "所管課の契約", en: "My department's contracts" },
  checksDue: { ja: "確認期限が来た契約", en: "Checks due" },
  all: { ja: "すべての契約", en: "All contracts" },
  none: { ja: "該当する契約はありません。", en: "No contracts." },
  subject: { ja: "件名", en: "Subject" },
  contractor: { ja: "委託事業者", en: "Contractor" },
  department: { ja: "契約する課", en: "Department" },
  period: { ja: "契約期間", en: "Period" },
  state: { ja: "状態", en: "State" },
  nextCheck: { ja: "次回確認期限", en: "Next check due" },
  overdue: { ja: "期限超過", en: "Overdue" },
  newContract: { ja: "委託契約を作成", en: "Prepare a contract" },
  newContractor: { ja: "委託事業者を登録", en: "Register a contractor" },
  contractorName: { ja: "事業者名", en: "Contractor name" },
  corporateNumber: { ja: "法人番号（13桁）", en: "Corporate number (13 digits)" },
  startsOn: { ja: "契約開始日", en: "Start date" },
  endsOn: { ja: "契約終了日", en: "End date" },
  levels: { ja: "取り扱う情報の機密性", en: "Confidentiality of the information" },
  personal: { ja: "個人情報を取り扱う", en: "Handles personal information" },
  specific: { ja: "特定個人情報を取り扱う", en: "Handles specific personal information" },
  systemWork: { ja: "情報システムの開発・運用・保守", en: "Information system work" },
  designated: { ja: "指定管理者等（協定）", en: "Designated manager (agreement)" },
  maintenance: { ja: "機器の修理・保守", en: "Equipment maintenance" },
  create: { ja: "作成", en: "Create" },
  register: { ja: "登録", en: "Register" },
  checklist: { ja: "契約条項チェックリスト", en: "Contract clause checklist" },
  checklistHint: {
    ja: "ポリシーが求める条項です。契約書・仕様書の記載箇所（頁・条）を入力して確認します。",
    en: "The clauses the policy requires. Confirm each with its page or article in the contract.",
  },
  noClauses: { ja: "この契約に必要な条項はありません。", en: "No clause is required for this contract." },
  clause: { ja: "記載事項", en: "Clause" },
  basis: { ja: "根拠", en: "Basis" },
  included: { ja: "記載あり", en: "Included" },
  location: { ja: "記載箇所（頁・条）", en: "Page or article" },
  saveClauses: { ja: "条項の確認を保存", en: "Save confirmations" },
  exportChecklist: { ja: "仕様書用に出力（Excel）", en: "Export for the specification (Excel)" },
  openItems: { ja: "未了事項", en: "Open items" },
  noOpenItems: { ja: "未了事項はありません。", en: "Nothing open." },
  people: { ja: "委託事業者の責任者・作業員と誓約書", en: "Contractor's people and pledges" },
  pledgeRequired: { ja: "誓約書が必要です", en: "Pledges are required" },
  pledgeAsNeeded: { ja: "誓約書は業務上の必要に応じて", en: "Pledges as the work needs" },
  role: { ja: "役割", en: "Role" },
  name: { ja: "氏名", en: "Name" },
  pledges: { ja: "誓約書（版・受領日）", en: "Pledges (version, received)" },
  addPerson: { ja: "追加", en: "Add" },
  version: { ja: "様式の版", en: "Form version" },
  signedOn: { ja: "署名日", en: "Signed on" },
  receivedOn: { ja: "受領日", en: "Received on" },
  recordPledge: { ja: "誓約書の受領を記録", en: "Record the pledge" },
  securityPlan: { ja: "安全管理体制等の書面（委託前）", en: "Security plan (before the work)" },
  received: { ja: "受領済み", en: "Received" },
  notReceived: { ja: "未受領", en: "Not received" },
  recordReceipt: { ja: "受領を記録", en: "Record receipt" },
  checks: { ja: "定期確認", en: "Periodic checks" },
  checkedOn: { ja: "確認日", en: "Checked on" },
  result: { ja: "結果", en: "Result" },
  importance: { ja: "重要度", en: "Importance" },
  findings: { ja: "確認内容", en: "Findings" },
  recordCheck: { ja: "確認を記録して報告", en: "Record and report the check" },
  lendings: { ja: "貸与物（受渡票）", en: "Lent items (handover slips)" },
  incidents: { ja: "委託事業者が関わったインシデント", en: "Incidents the contractor was involved in" },
  noIncidents: { ja: "記録されたインシデントはありません。", en: "No incidents named." },
  hiddenIncident: { ja: "閲覧権限のないインシデント", en: "Incident you may not view" },
  incident: { ja: "インシデント", en: "Incident" },
  involvement: { ja: "委託事業者の関わり", en: "How the contractor was involved" },
  nameIncident: { ja: "契約に記録", en: "Name on the contract" },
  slipNumber: { ja: "受渡票番号", en: "Slip number" },
  description: { ja: "内容", en: "Description" },
  lentOn: { ja: "貸与日", en: "Lent on" },
  lend: { ja: "貸与を記録", en: "Record lending" },
  returned: { ja: "返却", en: "Return" },
  certificateNumber: { ja: "廃棄証明書番号", en: "Certificate number" },
  certifiedOn: { ja: "廃棄証明日", en: "Certified on" },
  certificateFile: { ja: "廃棄証明書（PDF・PNG・JPEG）", en: "Certificate (PDF, PNG, JPEG)" },
  certify: { ja: "廃棄証明を登録", en: "Certify disposal" },
  noCopy: { ja: "複写・複製をしていないことの書面確認", en: "Written no-copy confirmation" },
  confirmedOn: { ja: "確認日", en: "Confirmed on" },
  recordConfirmation: { ja: "確認を記録", en: "Record confirmation" },
  moveTo: { ja: "次の状態へ", en: "Move to" },
  backToList: { ja: "委託契約の一覧", en: "Contracts" },
  subcontracts: { ja: "再委託", en: "Subcontracting" },
  subcontractsHint: {
    ja: "再委託は段階ごとに申請し、承認されるまで契約を履行中にできません。その先の再委託は承認された段階の下にだけ申請できます。",
    en: "Each level is filed for approval; the contract cannot become active until every level is approved, and a further level is filed only under an approved one.",
  },
  subcontractsConsentHint: {
    ja: "再委託は事前に書面により市の許諾を得た場合に限ります（再々委託以降も同様）。段階ごとに申請・承認し、許諾書を記録するまで契約を履行中にできません。",
    en: "Subcontracting only with prior written consent, at every level: each level is approved and its consent recorded before the contract can become active.",
  },
  noSubcontracts: { ja: "再委託はありません。", en: "No subcontracting." },
  level: { ja: "段階", en: "Level" },
  levelPrefix: { ja: "第", en: "Level " },
  levelSuffix: { ja: "次", en: "" },
  subcontractor: { ja: "再委託先", en: "Subcontractor" },
  parentContractor: { ja: "再委託元", en: "Subcontracting party" },
  work: { ja: "再委託する業務", en: "Work subcontracted" },
  dataHandled: { ja: "取り扱う情報", en: "Information handled" },
  subMeasures: { ja: "再委託先の安全管理措置", en: "The subcontractor's security measures" },
  decision: { ja: "承認", en: "Approval" },
  consent: { ja: "書面による許諾", en: "Written consent" },
  consentNumber: { ja: "許諾書の文書番号", en: "Consent document number" },
  consentOn: { ja: "許諾日", en: "Consent date" },
  recordConsent: { ja: "許諾を記録", en: "Record consent" },
  requestNo: { ja: "申請 No.", en: "Request No. " },
  fileSubcontract: { ja: "再委託の承認を申請", en: "File for approval" },
  yes: { ja: "はい", en: "Yes" },
  no: { ja: "いいえ", en: "No" },
} as const;

export const ROLE_LABELS = {
  responsible: { ja: "責任者", en: "Responsible person" },
  worker: { ja: "作業員", en: "Worker" },
} as const;
export const RESULT_LABELS = {
  ok: { ja: "問題なし", en: "No issues" },
  issues: { ja: "要措置", en: "Issues" },
} as const;
export const IMPORTANCE_LABELS = {
  normal: { ja: "通常", en: "Normal" },
  high: { ja: "重要", en: "High" },
} as const;
export const LENDING_LABELS = {
  lent: { ja: "貸与中", en: "Lent" },
  returned: { ja: "返却済み", en: "Returned" },
  disposed: { ja: "廃棄証明済み", en: "Disposal certified" },
} as const;
export const DECISION_LABELS = {
  approved: { ja: "承認済み", en: "Approved" },
  open: { ja: "承認待ち", en: "Waiting" },
  refused: { ja: "却下・取下げ", en: "Refused or withdrawn" },
} as const;
export const NEXT: Record<string, string[]> = {
  draft: ["checked"],
  checked: ["draft", "active"],
  active: ["ending"],
  ending: ["closed"],
  closed: [],
};

export type TextKey = keyof typeof TEXTS;

export function useTexts() {
  return useSceneTexts(TEXTS);
}
