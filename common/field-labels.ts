/**
 * Japanese and English names of request fields, so a validation error names the field in both
 * languages. Modules add their own fields here; an unknown field falls back to its key.
 */
export const FIELD_LABELS: Record<string, { ja: string; en: string }> = {
  loginId: { ja: "ログインID", en: "Login ID" },
  password: { ja: "パスワード", en: "Password" },
  currentPassword: { ja: "現在のパスワード", en: "Current password" },
  newPassword: { ja: "新しいパスワード", en: "New password" },
  totp: { ja: "確認コード", en: "Verification code" },
  code: { ja: "コード", en: "Code" },
  recoveryCode: { ja: "リカバリーコード", en: "Recovery code" },
  name: { ja: "名称・氏名", en: "Name" },
  nameKana: { ja: "ふりがな", en: "Name (kana)" },
  nameEn: { ja: "英語名", en: "English name" },
  email: { ja: "メールアドレス", en: "E-mail address" },
  phone: { ja: "電話番号", en: "Phone" },
  emergencyPhone: { ja: "緊急連絡先", en: "Emergency phone" },
  employmentType: { ja: "任用形態", en: "Employment type" },
  employeeNumber: { ja: "職員番号", en: "Employee number" },
  departmentId: { ja: "所属", en: "Department" },
  parentId: { ja: "上位組織", en: "Parent unit" },
  kind: { ja: "種別", en: "Kind" },
  code_: { ja: "コード", en: "Code" },
  title: { ja: "職名・件名", en: "Title" },
  roleKey: { ja: "役割", en: "Role" },
  scopeDepartmentId: { ja: "範囲", en: "Scope" },
  personId: { ja: "職員", en: "Person" },
  principalPersonId: { ja: "本来の担当者", en: "Principal" },
  deputyPersonId: { ja: "代行者", en: "Deputy" },
  validFrom: { ja: "開始日", en: "Valid from" },
  validTo: { ja: "終了日", en: "Valid to" },
  effectiveDate: { ja: "発令日", en: "Effective date" },
  reason: { ja: "理由", en: "Reason" },
  profileId: { ja: "ポリシープロファイル", en: "Policy profile" },
  // organization (org module)
  sortOrder: { ja: "表示順", en: "Sort order" },
  active: { ja: "有効", en: "Active" },
  roleAssignmentId: { ja: "対象の役割", en: "Role assignment" },
  items: { ja: "異動対象者", en: "Transfer items" },
  toDepartmentId: { ja: "異動先所属", en: "Target department" },
  newTitle: { ja: "新職名", en: "New title" },
  roleChanges: { ja: "役割の変更", en: "Role changes" },
  op: { ja: "変更の種類", en: "Change" },
  file: { ja: "ファイル", en: "File" },
  dryRun: { ja: "確認のみ", en: "Dry run" },
  commitValidRows: { ja: "正しい行のみ取込み", en: "Commit the valid rows" },
  q: { ja: "検索語", en: "Search text" },
  cursor: { ja: "ページ位置", en: "Cursor" },
  limit: { ja: "件数", en: "Page size" },
  offset: { ja: "開始位置", en: "Offset" },
  includeInactive: { ja: "無効を含む", en: "Include inactive" },
  current: { ja: "現在有効のみ", en: "Current only" },
  body: { ja: "リクエスト本文", en: "Request body" },
  // software and vulnerabilities
  vendor: { ja: "ベンダー", en: "Vendor" },
  product: { ja: "製品名", en: "Product" },
  version: { ja: "バージョン", en: "Version" },
  edition: { ja: "エディション", en: "Edition" },
  cpe: { ja: "CPE 2.3 名", en: "CPE 2.3 name" },
  jvnProductIds: { ja: "JVN 製品ID", en: "JVN product ids" },
  endOfSupport: { ja: "サポート終了日", en: "End of support" },
  productId: { ja: "ソフトウェア製品", en: "Software product" },
  plannedEndOfUse: { ja: "利用終了予定日", en: "Planned end of use" },
  approvalRequestId: { ja: "導入申請", en: "Installation request" },
  licenceType: { ja: "ライセンス種別", en: "Licence type" },
  seats: { ja: "ライセンス数", en: "Seats" },
  expiresOn: { ja: "有効期限", en: "Expiry" },
  evidence: { ja: "証跡", en: "Evidence" },
  acceptedUntil: { ja: "受容の期限", en: "Accepted until" },
  assetId: { ja: "情報資産", en: "Asset" },
  state: { ja: "状態", en: "State" },
  note: { ja: "備考", en: "Note" },
};

export function fieldLabel(path: string): { ja: string; en: string } {
  const last =
    path
      .split(".")
      .filter((p) => !/^\d+$/.test(p))
      .pop() ?? path;
  return FIELD_LABELS[last] ?? { ja: path, en: path };
}
