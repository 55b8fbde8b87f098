/** 任用形態: the kinds of employment a person in the directory has (labels in common/labels.ts). */
export const EMPLOYMENT_TYPES = [
  "regular", // 正規職員
  "reappointed", // 再任用
  "fiscal_year", // 会計年度任用職員
  "temporary", // 臨時的任用
  "dispatched", // 派遣
  "contractor_worker", // 委託事業者の作業員
] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];
