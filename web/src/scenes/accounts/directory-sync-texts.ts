import type { Label } from "../../../../common/labels";

/** Words of the directory sync screen and the labels of its codes (never shown raw). */
export const SYNC_TEXTS = {
  title: { ja: "ディレクトリ同期（LDAP / AD）", en: "Directory sync (LDAP / AD)" },
  hint: {
    ja: "LDAP / Active Directory から職員と所属を取り込みます。ドライランで差分（新規・変更・異動・無効化）を確かめ、承認してから反映します。退職者は無効化され、削除されません。ディレクトリに登録のない職員（ログインなし）は変更しません。",
    en: "People and departments come from LDAP / Active Directory. A dry run shows the differences (new, changed, moved, disabled); they are applied only once approved. Leavers are disabled, never deleted; people without a directory entry are left untouched.",
  },
  settings: { ja: "接続設定", en: "Settings" },
  settingsHint: {
    ja: "設定はサーバーの環境変数（LDAP_URL ほか）で行います。バインドパスワードは表示しません。",
    en: "Settings come from the server's environment (LDAP_URL and others); the bind password is never shown.",
  },
  notConfigured: {
    ja: "ディレクトリ連携は設定されていません（LDAP_URL）。",
    en: "Directory sync is not configured (LDAP_URL).",
  },
  dryRun: { ja: "ドライランを実行", en: "Run a dry run" },
  runs: { ja: "実行履歴", en: "Runs" },
  noRuns: { ja: "まだ実行されていません。", en: "No run yet." },
  createdAt: { ja: "実行日時", en: "Run at" },
  by: { ja: "実行", en: "By" },
  byJob: { ja: "定期ジョブ", en: "Scheduled job" },
  byHand: { ja: "手動", en: "By hand" },
  status: { ja: "状態", en: "Status" },
  appliedAt: { ja: "反映日時", en: "Applied at" },
  show: { ja: "表示", en: "Show" },
  run: { ja: "実行結果", en: "Run" },
  departments: { ja: "所属の変更", en: "Departments" },
  people: { ja: "職員の差分", en: "People" },
  errors: { ja: "読み取れなかったエントリ", en: "Entries that could not be read" },
  kind: { ja: "区分", en: "Kind" },
  employeeNumber: { ja: "職員番号", en: "Employee number" },
  name: { ja: "氏名", en: "Name" },
  details: { ja: "変更内容", en: "Changes" },
  all: { ja: "すべて", en: "All" },
  none: { ja: "—", en: "—" },
  apply: { ja: "承認して反映", en: "Approve and apply" },
  confirmMass: {
    ja: "無効化される職員が上限（{share}）を超えています。確認のうえ反映します。",
    en: "More people than the allowed share ({share}) would be disabled: I have checked and apply anyway.",
  },
  disableShare: { ja: "無効化 {n}人（{share}）", en: "{n} disabled ({share})" },
  shown: { ja: "{total}件中 {n}件を表示", en: "{n} of {total} shown" },
  entry: { ja: "エントリ", en: "Entry" },
  attribute: { ja: "属性", en: "Attribute" },
  message: { ja: "内容", en: "Message" },
  from: { ja: "変更前", en: "Before" },
} as const;

export const RUN_STATUS: Record<string, Label> = {
  previewed: { ja: "ドライラン（未反映）", en: "Dry run (not applied)" },
  applied: { ja: "反映済み", en: "Applied" },
  failed: { ja: "失敗", en: "Failed" },
};
export const CHANGE_KIND: Record<string, Label> = {
  new: { ja: "新規", en: "New" },
  changed: { ja: "変更", en: "Changed" },
  moved: { ja: "異動", en: "Moved" },
  disabled: { ja: "無効化（退職等）", en: "Disabled (left)" },
  removed: { ja: "ディレクトリから削除（無効化）", en: "Gone from the directory (disabled)" },
  enabled: { ja: "再有効化", en: "Enabled again" },
  linked: { ja: "既存職員と連携", en: "Linked to an existing person" },
  renamed: { ja: "名称変更", en: "Renamed" },
};
export const COUNT_LABEL: Record<string, Label> = {
  ...CHANGE_KIND,
  departmentsNew: { ja: "新しい所属", en: "New departments" },
  departmentsRenamed: { ja: "名称の変わった所属", en: "Renamed departments" },
  errors: { ja: "エラー", en: "Errors" },
  unchanged: { ja: "変更なし", en: "Unchanged" },
  skippedDisabled: { ja: "未登録の無効エントリ", en: "Disabled entries not in the register" },
};
export const FIELD_LABEL: Record<string, Label> = {
  employeeNumber: { ja: "職員番号", en: "Employee number" },
  name: { ja: "氏名", en: "Name" },
  nameKana: { ja: "ふりがな", en: "Name (kana)" },
  email: { ja: "メール", en: "E-mail" },
  department: { ja: "所属", en: "Department" },
  title: { ja: "職名", en: "Title" },
  active: { ja: "有効", en: "Active" },
};
export const CONFIG_LABEL: Record<string, Label> = {
  url: { ja: "接続先", en: "Server" },
  bindDn: { ja: "バインドDN", en: "Bind DN" },
  peopleBase: { ja: "職員の検索ベース", en: "People base DN" },
  peopleFilter: { ja: "職員の検索フィルタ", en: "People filter" },
  attributes: { ja: "属性の対応", en: "Attribute mapping" },
  disabled: { ja: "無効化の判定", en: "Disabled when" },
  departmentBase: { ja: "所属の検索ベース", en: "Departments base DN" },
  maxDisableShare: { ja: "確認なしで無効化できる上限", en: "Share disabled without confirmation" },
};
