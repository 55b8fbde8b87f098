import {
  ACCOUNT_FINDING_LABELS,
  ACCOUNT_REVIEW_DECISION_LABELS,
  ACCOUNT_SINCE_LAST_LABELS,
  ACCOUNT_STATE_LABELS,
} from "../../../../common/labels";
import { useSceneTexts } from "../../i18n";

/**
 * Words of the ID管理 screens, Japanese with English, beside the screens (no other screen uses
 * them), and the labels of the module's codes (never shown raw).
 */
const TEXTS = {
  mine: { ja: "私のID・ICカード", en: "My IDs and IC cards" },
  mineHint: {
    ja: "あなたが持つ各システムの利用者IDとICカードです。不要になったIDはネットワーク管理者又は課長に伝えてください。カードを紛失したら、すぐに届け出てください。",
    en: "Your user IDs in each system and your IC cards. Tell the network administrator or your section head about IDs you no longer need. Report a lost card at once.",
  },
  myIds: { ja: "利用者ID", en: "User IDs" },
  noIds: { ja: "登録されているIDはありません。", en: "No ID is registered." },
  myCards: { ja: "ICカード", en: "IC cards" },
  noCards: { ja: "ICカードはありません。", en: "No IC card." },
  system: { ja: "システム", en: "System" },
  loginName: { ja: "ログイン名", en: "Login name" },
  role: { ja: "権限", en: "Role" },
  privileged: { ja: "特権", en: "Privileged" },
  lastUsed: { ja: "最終利用日", en: "Last used" },
  state: { ja: "状態", en: "State" },
  holder: { ja: "利用者", en: "Holder" },
  shared: { ja: "共用", en: "Shared" },
  cardNumber: { ja: "カード番号", en: "Card number" },
  issuedOn: { ja: "発行日", en: "Issued on" },
  department: { ja: "所属", en: "Department" },
  reportLoss: { ja: "紛失を届け出る", en: "Report lost" },
  reportLossTitle: { ja: "ICカードの紛失届", en: "Report a lost IC card" },
  reportLossHint: {
    ja: "届け出た時点でカードは利用停止となり、持ち主の Sekimori のログインは終了します。拾ったカードや他の人のカードも、カード番号で届け出られます。",
    en: "The card is suspended the moment you report it and its holder is signed out of Sekimori. You may report someone else's card by its number.",
  },
  circumstances: { ja: "紛失の状況（いつ・どこで）", en: "What happened (when, where)" },
  submitLoss: { ja: "届け出る", en: "Report" },
  lossDone: {
    ja: "届け出ました。受付番号 {receipt}。利用を停止し、ログイン {sessions} 件を終了しました。",
    en: "Reported (receipt {receipt}). The card is suspended and {sessions} session(s) were ended.",
  },
  // Someone else's card: the same words whether the number is registered or not (#12).
  lossReceived: {
    ja: "届け出ました。受付番号 {receipt}。登録されている使用中のカードであれば、利用を停止し持ち主のログインを終了します。",
    en: "Reported (receipt {receipt}). If the number is a registered card in use, it is suspended and its holder signed out.",
  },
  cancel: { ja: "閉じる", en: "Close" },
  systems: { ja: "システムとID", en: "Systems and IDs" },
  systemsHint: {
    ja: "情報資産台帳のシステムごとの利用者IDと、職員名簿との突合の結果です。",
    en: "User IDs per system of the asset register, and their reconciliation against the people register.",
  },
  noSystems: { ja: "管理するシステムはありません。", en: "No system to manage." },
  owner: { ja: "所管課", en: "Owner department" },
  administrator: { ja: "管理担当者", en: "Administrator" },
  accounts: { ja: "ID数", en: "IDs" },
  privilegedCount: { ja: "特権ID数", en: "Privileged IDs" },
  reconciliation: { ja: "職員名簿との突合", en: "Reconciliation against the people register" },
  reconHint: {
    ja: "有効なIDのうち、対応が必要なものです（未使用は {days} 日）。",
    en: "Active IDs that need action (unused: {days} days).",
  },
  noFindings: { ja: "対応が必要なIDはありません。", en: "No ID needs action." },
  finding: { ja: "指摘", en: "Finding" },
  person: { ja: "職員", en: "Person" },
  transfer: { ja: "人事異動", en: "Transfer" },
  clause: { ja: "根拠", en: "Clause" },
  cards: { ja: "ICカード管理", en: "IC cards" },
  cardsHint: {
    ja: "所管する職員と共用のICカードです。交換時は旧カードを回収し、破砕等で廃棄します。",
    en: "IC cards of your staff and shared cards. On replacement the old card is collected and destroyed.",
  },
  reviews: { ja: "ID棚卸し", en: "ID reviews" },
  reviewsHint: {
    ja: "システムごとに所管課の審査者が各IDを継続・変更・削除で判断します。変更・削除はシステム管理担当者の措置になります。",
    en: "For each system, the owner's reviewer decides keep, change or remove for every ID; changes and removals become the administrator's tasks.",
  },
  cycle: {
    ja: "周期: {months}か月ごと、判断期限は開始から{days}日、措置期限は判断から{task}日",
    en: "Every {months} months; decide within {days} days; act within {task} days",
  },
  startReview: { ja: "棚卸しを開始", en: "Start a review" },
  title: { ja: "件名", en: "Title" },
  dueOn: { ja: "判断期限", en: "Decide by" },
  startedOn: { ja: "開始日", en: "Started" },
  progress: { ja: "判断済み", en: "Decided" },
  openTasks: { ja: "未完了の措置", en: "Open tasks" },
  noReviews: { ja: "棚卸しはまだありません。", en: "No review yet." },
  reviewState: { ja: "状態", en: "State" },
  tasks: { ja: "措置（変更・削除）", en: "Tasks (change, remove)" },
  noTasks: { ja: "未完了の措置はありません。", en: "No open task." },
  taskDue: { ja: "措置期限", en: "Due" },
  decision: { ja: "判断", en: "Decision" },
  reason: { ja: "理由", en: "Reason" },
  overrideReason: {
    ja: "やむを得ない理由（自分が保有するIDで、ほかに判断できる人がいない場合のみ）",
    en: "Unavoidable reason (only for an ID you hold, when nobody else can decide on it)",
  },
  note: { ja: "実施内容", en: "What was done" },
  markDone: { ja: "完了", en: "Done" },
  save: { ja: "記録", en: "Record" },
  flagged: { ja: "指摘あり", en: "Flagged" },
  reviewer: { ja: "判断できる", en: "You review" },
  open: { ja: "開く", en: "Open" },
  sinceLast: { ja: "前回との差", en: "Since last review" },
  removedSinceLast: { ja: "前回の棚卸し以降に無くなったID", en: "IDs gone since the last review" },
  closeReview: { ja: "棚卸しを終了", en: "Close the review" },
  startedBy: { ja: "開始者", en: "Started by" },
  byCycle: { ja: "周期により自動開始", en: "Started by the cycle" },
  privilegedTitle: { ja: "特権ID・開発用ID", en: "Privileged and development IDs" },
  privilegedHint: {
    ja: "特権IDは利用者を必要最小限にし、承認を記録し、初期設定のIDは変更し、接続時間を制限します。開発用IDは開発終了後に削除します。",
    en: "Privileged IDs: minimal holders, approval on record, initial names changed, connection time limited. Development IDs are deleted when development ends.",
  },
  noPrivileged: { ja: "特権ID・開発用IDはありません。", en: "No privileged or development ID." },
  approval: { ja: "承認記録", en: "Approval" },
  renamed: { ja: "初期名からの変更", en: "Renamed from" },
  timeLimit: { ja: "接続時間の上限", en: "Connection limit" },
  minutes: { ja: "{n}分", en: "{n} min" },
  purpose: { ja: "用途", en: "Purpose" },
  devEnds: { ja: "開発終了日", en: "Development ends" },
  yes: { ja: "あり", en: "Yes" },
  checkOut: { ja: "貸出しを受ける", en: "Check out" },
  checkouts: { ja: "特権IDの貸出し記録", en: "Privileged check-outs" },
  noCheckouts: { ja: "貸出しの記録はありません。", en: "No check-out yet." },
  checkoutPurpose: { ja: "作業の目的", en: "Purpose of the task" },
  from: { ja: "開始", en: "From" },
  until: { ja: "終了", en: "Until" },
  period: { ja: "時間帯", en: "From–to" },
  usedBy: { ja: "利用者", en: "Used by" },
  asDeputy: { ja: "代行", en: "Deputy" },
  workNote: { ja: "作業の内容", en: "Work done" },
  reviewNote: { ja: "利用後の確認", en: "Review after use" },
  reviewDue: { ja: "確認期限", en: "Review due" },
  returnId: { ja: "返却する", en: "Return" },
  reviewUse: { ja: "確認済みにする", en: "Mark reviewed" },
  maxHours: { ja: "最長{n}時間", en: "at most {n} h" },
  deputies: { ja: "代行者", en: "Deputies" },
  deputyRequest: { ja: "特権代行者の申請番号", en: "Deputy request no." },
  addDeputy: { ja: "代行者を記録", en: "Record deputy" },
  requestNo: { ja: "申請第{n}号", en: "request #{n}" },
  inForce: { ja: "有効", en: "In force" },
  notInForce: { ja: "期間外", en: "Not in force" },
  exportXlsx: { ja: "結果をExcelで出力", en: "Export results (.xlsx)" },
  exportCsv: { ja: "結果をCSVで出力", en: "Export results (.csv)" },
  none: { ja: "—", en: "—" },
} as const;

export const ACCOUNT_STATE = ACCOUNT_STATE_LABELS;
export const CARD_STATE: Record<string, { ja: string; en: string }> = {
  issued: { ja: "使用中", en: "In use" },
  lost: { ja: "紛失（停止中）", en: "Lost (suspended)" },
  returned: { ja: "返却済み", en: "Returned" },
  destroyed: { ja: "回収・廃棄済み", en: "Collected and destroyed" },
};
export const CHECKOUT_STATE: Record<string, { ja: string; en: string }> = {
  out: { ja: "貸出し中", en: "Checked out" },
  returned: { ja: "返却済み（確認待ち）", en: "Returned (awaiting review)" },
  reviewed: { ja: "確認済み", en: "Reviewed" },
};
export const FINDING_KIND = ACCOUNT_FINDING_LABELS;
export const PURPOSE: Record<string, { ja: string; en: string }> = {
  operation: { ja: "運用", en: "Operation" },
  development: { ja: "開発用", en: "Development" },
};

export const REVIEW_STATE: Record<string, { ja: string; en: string }> = {
  open: { ja: "実施中", en: "Open" },
  closed: { ja: "終了", en: "Closed" },
};
export const REVIEW_DECISION = ACCOUNT_REVIEW_DECISION_LABELS;
export const SINCE_LAST = ACCOUNT_SINCE_LAST_LABELS;

export type TextKey = keyof typeof TEXTS;

export function useTexts() {
  return useSceneTexts(TEXTS);
}
