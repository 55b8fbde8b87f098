import { fiscalYear, formatFiscalYear } from "../../../../common/calendar";
import { DUTIES } from "../../../../common/duties";
import { useSceneTexts } from "../../i18n";

/**
 * Words of the training screens (研修・訓練), Japanese with English. They live beside the screens
 * because no other screen uses them.
 */
const TEXTS = {
  myTraining: { ja: "自分の研修", en: "My training" },
  myTrainingHint: {
    ja: "今年度に受ける研修と期限、同意書、参加する訓練です。",
    en: "Your courses of the fiscal year with their deadlines, your consent forms and your drills.",
  },
  fiscalYear: { ja: "年度", en: "Fiscal year" },
  course: { ja: "研修", en: "Course" },
  courses: { ja: "研修（科目）", en: "Courses" },
  delivery: { ja: "実施方法", en: "Delivery" },
  mandatory: { ja: "必修", en: "Mandatory" },
  optional: { ja: "任意", en: "Optional" },
  deadline: { ja: "期限", en: "Deadline" },
  state: { ja: "状態", en: "State" },
  done: { ja: "受講済み", en: "Completed" },
  notYet: { ja: "未受講", en: "Not yet" },
  overdue: { ja: "期限超過", en: "Overdue" },
  takeCourse: { ja: "受講する", en: "Take the course" },
  noCourses: { ja: "この年度に受ける研修はありません。", en: "No courses for you this fiscal year." },
  consents: { ja: "同意書", en: "Consent forms" },
  sign: { ja: "同意して署名する", en: "Agree and sign" },
  signed: { ja: "署名済み", en: "Signed" },
  requestedOn: { ja: "依頼日", en: "Requested on" },
  material: { ja: "教材", en: "Material" },
  quiz: { ja: "確認テスト", en: "Quiz" },
  passMark: { ja: "合格点 {n}%", en: "Pass mark {n}%" },
  submitAnswers: { ja: "解答を送信", en: "Submit answers" },
  passed: {
    ja: "合格しました（{score}点）。受講済みとして記録しました。",
    en: "Passed ({score}%). Recorded as completed.",
  },
  failed: {
    ja: "{score}点でした（合格点 {pass}%）。教材を読み直して、もう一度解答してください。",
    en: "You scored {score}% (pass mark {pass}%). Read the material again and retry.",
  },
  completedOn: { ja: "{date}に受講済み（{how}）", en: "Completed on {date} ({how})" },
  notTrainee: { ja: "この研修の対象者ではありません。", en: "You are not in this course's audience." },
  question: { ja: "問{n}", en: "Question {n}" },
  plans: { ja: "研修計画", en: "Training plans" },
  plansHint: {
    ja: "年度ごとの研修計画です。主催者が作成し、プロファイルの定める者が承認します。",
    en: "The yearly training plan: drafted by the organizer, approved by whom the profile names.",
  },
  newPlan: { ja: "研修計画を作成", en: "New plan" },
  title: { ja: "件名", en: "Title" },
  note: { ja: "備考", en: "Note" },
  create: { ja: "作成", en: "Create" },
  save: { ja: "保存", en: "Save" },
  cancel: { ja: "取消", en: "Cancel" },
  status: { ja: "状態", en: "Status" },
  noPlans: { ja: "研修計画はまだありません。", en: "No plans yet." },
  approval: { ja: "承認", en: "Approval" },
  approvalBy: { ja: "承認する者", en: "Approved by" },
  noApproval: {
    ja: "このポリシーは研修計画の承認を定めていません（提出後そのまま実施できます）。",
    en: "This policy names no approval of the plan (once submitted it can be put in effect).",
  },
  deliberatedBy: { ja: "審議", en: "Deliberated by" },
  submit: { ja: "提出", en: "Submit" },
  approve: { ja: "承認", en: "Approve" },
  overrideReason: {
    ja: "やむを得ない理由（自分が作成した計画で、ほかに承認できる人がいない場合のみ）",
    en: "Unavoidable reason (only for a plan you made, when nobody else can approve it)",
  },
  return: { ja: "差戻し", en: "Return" },
  putInEffect: { ja: "実施開始", en: "Put in effect" },
  submittedAt: { ja: "提出", en: "Submitted" },
  approvedAt: { ja: "承認", en: "Approved" },
  addCourse: { ja: "研修を追加", en: "Add a course" },
  description: { ja: "内容", en: "Description" },
  audience: { ja: "対象者", en: "Audience" },
  everyone: { ja: "全職員等", en: "Everyone" },
  byRoles: { ja: "役割", en: "Roles" },
  byEmployment: { ja: "任用形態", en: "Employment types" },
  byDepartments: { ja: "課・局", en: "Departments" },
  newHire: { ja: "新規採用者研修", en: "New-hire course" },
  dueDate: { ja: "受講期限", en: "Due date" },
  materialText: { ja: "教材（本文）", en: "Material (text)" },
  quizQuestions: { ja: "確認テストの設問", en: "Quiz questions" },
  addQuestion: { ja: "設問を追加", en: "Add a question" },
  questionText: { ja: "設問", en: "Question" },
  choices: { ja: "選択肢（1行に1つ）", en: "Choices (one a line)" },
  correct: { ja: "正解（何番目か）", en: "Correct choice (number)" },
  reports: { ja: "報告の連鎖", en: "Chain of reports" },
  reportStep: { ja: "報告", en: "Report" },
  reportedOn: { ja: "報告日", en: "Reported on" },
  makeReport: { ja: "報告を記録", en: "Record the report" },
  noChain: { ja: "このポリシーは報告の連鎖を定めていません。", en: "This policy names no chain of reports." },
  sessions: { ja: "研修の回", en: "Sessions" },
  sessionsHint: {
    ja: "集合研修の日時・場所・定員です。出席簿から受講を記録します。",
    en: "Dates, places and capacity of classroom sessions. Attendance is recorded from the sign-in sheet.",
  },
  newSession: { ja: "回を追加", en: "Add a session" },
  heldOn: { ja: "実施日", en: "Held on" },
  startTime: { ja: "開始時刻", en: "Start time" },
  place: { ja: "場所", en: "Place" },
  capacity: { ja: "定員", en: "Capacity" },
  attended: { ja: "受講者数", en: "Attended" },
  noSessions: { ja: "研修の回はまだありません。", en: "No sessions yet." },
  sheet: { ja: "出席簿", en: "Sign-in sheet" },
  sheetHint: {
    ja: "紙の出席簿で出席を確認した職員（ログインのない職員を含む）にチェックを入れて記録します。",
    en: "Tick the people who signed the paper sheet (including people without a login) and record them.",
  },
  department: { ja: "所属", en: "Department" },
  allMyDepartments: { ja: "担当するすべての課", en: "All my departments" },
  person: { ja: "職員", en: "Person" },
  employeeNumber: { ja: "職員番号", en: "Employee no." },
  login: { ja: "ログイン", en: "Login" },
  hasLogin: { ja: "あり", en: "Yes" },
  noLogin: { ja: "なし", en: "None" },
  signature: { ja: "署名", en: "Signature" },
  how: { ja: "記録方法", en: "Recorded how" },
  recordTicked: { ja: "チェックした{n}名の受講を記録", en: "Record the {n} ticked" },
  recorded: { ja: "{n}名の受講を記録しました。", en: "Recorded {n} people." },
  print: { ja: "出席簿を印刷", en: "Print the sheet" },
  importTitle: { ja: "ファイルから取込み（職員番号・受講日）", en: "Import a file (employee no., date)" },
  importFile: { ja: "ファイル（.xlsx / .csv）", en: "File (.xlsx / .csv)" },
  check: { ja: "確認（登録しない）", en: "Check (write nothing)" },
  commit: { ja: "登録", en: "Import" },
  commitValid: { ja: "正しい行のみ登録", en: "Import the valid rows only" },
  importResult: {
    ja: "{rows}行中 {valid}行が正しい行です。登録: {recorded}件。",
    en: "{valid} of {rows} rows are valid. Written: {recorded}.",
  },
  row: { ja: "行", en: "Row" },
  noPeople: { ja: "対象者がいません。", en: "Nobody in the audience." },
  qrTitle: { ja: "受講登録用QRコード", en: "Check-in QR code" },
  qrAlt: { ja: "この回の受講登録用QRコード", en: "QR code to check in to this session" },
  qrHint: {
    ja: "会場に掲示してください。職員が実施日当日に読み取り、ログインして自分の受講を登録します。ログインのない職員は出席簿で記録します。",
    en: "Show it at the venue. On the day, staff scan it, sign in and record their own attendance. People without a login are ticked on the sheet.",
  },
  checkin: { ja: "受講登録", en: "Check in" },
  checkinHint: {
    ja: "この研修に出席したことを登録します（実施日当日のみ）。",
    en: "Record that you attended this session (on its day only).",
  },
  checkinDone: { ja: "受講を登録しました。", en: "Your attendance is recorded." },
  completion: { ja: "受講状況", en: "Completion" },
  completionHint: {
    ja: "基準日時点の所属で集計します（4月の異動後も、前年度の数字は当時の課に残ります）。",
    en: "Counted by who belonged where on the day (after an April transfer last year's figures stay with the old 課).",
  },
  asOf: { ja: "基準日", en: "As of" },
  groupBy: { ja: "集計単位", en: "Group by" },
  byOrganization: { ja: "組織全体", en: "Organization" },
  byBureau: { ja: "局", en: "Bureau" },
  byDepartment: { ja: "課", en: "Department" },
  byPerson: { ja: "職員", en: "Person" },
  audienceCount: { ja: "対象者", en: "Audience" },
  completed: { ja: "受講済", en: "Completed" },
  rate: { ja: "受講率", en: "Rate" },
  downloadXlsx: { ja: "Excelで出力", en: "Download .xlsx" },
  overdueList: { ja: "期限を過ぎた未受講者", en: "Overdue" },
  noOverdue: { ja: "期限を過ぎた未受講者はいません。", en: "Nobody is overdue." },
  noFigures: { ja: "表示できる受講状況がありません。", en: "No figures to show." },
  newHires: { ja: "新規採用者・同意書", en: "New hires and consent forms" },
  newHiresHint: {
    ja: "採用された職員に新規採用者研修を割り当てます（期限は営業日で）。会計年度任用職員等には、必要に応じて同意書を依頼します。",
    en: "Give a person who joined the new-hire course (deadline in business days). Ask non-regular staff for the consent form where needed.",
  },
  joinedOn: { ja: "採用日", en: "Joined on" },
  assign: { ja: "新規採用者研修を割当て", en: "Assign the new-hire course" },
  assigned: { ja: "割り当てました（期限 {date}）。", en: "Assigned (deadline {date})." },
  requestConsent: { ja: "同意書を依頼", en: "Ask for the consent form" },
  consentRequested: { ja: "同意書を依頼しました。", en: "Consent form requested." },
  recordPaper: { ja: "紙の同意書を受領", en: "Record the paper form" },
  drills: { ja: "緊急時対応訓練", en: "Emergency drills" },
  drillsHint: {
    ja: "訓練計画（想定・体制・範囲・参加者）と実施の経過、教訓と改善事項です。",
    en: "Drill plans (scenario, organization, scope, participants), the run, lessons and improvement items.",
  },
  newDrill: { ja: "訓練を計画", en: "Plan a drill" },
  scenario: { ja: "想定", en: "Scenario" },
  organization: { ja: "体制", en: "Organization" },
  scope: { ja: "範囲", en: "Scope" },
  plannedOn: { ja: "実施予定日", en: "Planned on" },
  participants: { ja: "参加者", en: "Participants" },
  noDrills: { ja: "訓練はまだありません。", en: "No drills yet." },
  timeline: { ja: "経過", en: "Timeline" },
  at: { ja: "日時", en: "Time" },
  what: { ja: "出来事", en: "What happened" },
  by: { ja: "記録者", en: "By" },
  addEvent: { ja: "経過を記録", en: "Add to the timeline" },
  noEvents: { ja: "経過の記録はまだありません。", en: "Nothing recorded yet." },
  lessons: { ja: "教訓", en: "Lessons learned" },
  actions: { ja: "改善事項", en: "Improvement items" },
  owner: { ja: "担当者", en: "Owner" },
  addAction: { ja: "改善事項を追加", en: "Add an item" },
  closeDrill: { ja: "実施を記録して締める", en: "Close the drill" },
  markDone: { ja: "完了", en: "Mark done" },
  doneAt: { ja: "完了日", en: "Done on" },
  open: { ja: "開く", en: "Open" },
  basis: { ja: "根拠", en: "Basis" },
  remove: { ja: "削除", en: "Remove" },
} as const;

export type TextKey = keyof typeof TEXTS;

export function useTexts() {
  return useSceneTexts(TEXTS);
}

/** The current 年度 (April to March, JST) and the years around it for a select. */
export function fiscalYearNow(): number {
  return fiscalYear(new Date());
}

export function yearOptions(around: number): Array<{ value: string; label: string }> {
  return [around + 1, around, around - 1, around - 2].map((y) => ({
    value: String(y),
    label: formatFiscalYear(y),
  }));
}

/** A duty's name (never its key). */
export function dutyLabel(duty: string, pick: (t: { ja: string; en: string }) => string): string {
  const d = (DUTIES as Record<string, { ja: string; en: string }>)[duty];
  return d ? pick(d) : "—";
}
