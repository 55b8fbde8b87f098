/** 任用形態: the kinds of employment a person in the directory has (labels in common/labels.ts). */
export const EMPLOYMENT_TYPES = [
  "regular", // 正規職員
  "reappointed", // 再任用
  "fiscal_year", // 会計年度任用職員
  "temporary", // 臨時的任用
  // 特別職非常勤職員 (地方公務員法3条3項: 委員、嘱託医 …): 川崎市 基準 第2章5(4) names them beside the
  // 会計年度任用 and 臨時的任用 staff for the 同意書.
  "special_part_time",
  "dispatched", // 派遣
  "contractor_worker", // 委託事業者の作業員
] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];
