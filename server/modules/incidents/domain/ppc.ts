/**
 * 個人情報保護委員会 (PPC) reporting duty and deadlines — pure.
 *
 * A leak of personal information must be reported to the PPC when (個人情報の保護に関する法律
 * 施行規則 7条 / 行政機関等 43条): more than 100 people are affected, 要配慮個人情報 is involved,
 * there is a risk of financial harm, or it may have been done for an improper purpose. A 速報
 * follows 速やかに (the profile's days, default 5) and a 確報 within 30 days of becoming aware
 * (60 days when an improper purpose is involved). Days count JST calendar days from the day
 * the organization became aware (or business days when the profile says `{ business_days: n }`).
 */
import { addDayCount, type DayCount, formatDayCount } from "../../../../common/business-days";
import { addDays } from "../../../../common/calendar";
import type { PpcFacts } from "./types";

export type PpcReason = "over_100_people" | "sensitive" | "financial_harm" | "improper_purpose";

export const PPC_REASON_LABELS: Record<PpcReason, { ja: string; en: string }> = {
  over_100_people: { ja: "本人の数が100人を超える", en: "More than 100 people" },
  sensitive: { ja: "要配慮個人情報を含む", en: "Sensitive personal information (要配慮個人情報)" },
  financial_harm: { ja: "財産的被害が生じるおそれ", en: "Risk of financial harm" },
  improper_purpose: { ja: "不正の目的をもって行われたおそれ", en: "Possibly done for an improper purpose" },
};

export interface PpcDuty {
  mandatory: boolean;
  reasons: PpcReason[];
}

/** Is reporting to the PPC mandatory, and why. */
export function ppcReportingDuty(facts: Omit<PpcFacts, "awareAt">): PpcDuty {
  const reasons: PpcReason[] = [];
  if (facts.personCount != null && facts.personCount > 100) reasons.push("over_100_people");
  if (facts.sensitive) reasons.push("sensitive");
  if (facts.financialHarm) reasons.push("financial_harm");
  if (facts.improperPurpose) reasons.push("improper_purpose");
  return { mandatory: reasons.length > 0, reasons };
}

export interface DeadlineRule {
  key: string;
  label: { ja: string; en: string };
  days: DayCount;
}

/** Used when the profile's PPC body gives no deadlines. */
export const DEFAULT_PPC_DEADLINES: DeadlineRule[] = [
  { key: "preliminary", label: { ja: "速報", en: "Preliminary report" }, days: 5 },
  { key: "final", label: { ja: "確報", en: "Final report" }, days: 30 },
  {
    key: "final_improper_purpose",
    label: { ja: "確報（不正の目的によるもの）", en: "Final report (improper purpose)" },
    days: 60,
  },
];

export interface Deadline extends Omit<DeadlineRule, "days"> {
  /** How many days (calendar or business, see `businessDays`). */
  days: number;
  businessDays: boolean;
  /** "5日" / "3営業日" with the English. */
  period: { ja: string; en: string };
  /** Last day (JST calendar date, YYYY-MM-DD). */
  due: string;
}

/** The JST calendar date `days` after the JST day of `at`. */
export function jstDatePlusDays(at: Date, days: number): string {
  return addDays(at, days);
}

/**
 * The deadlines that apply: 速報, and the 確報 — the improper-purpose one replaces the ordinary
 * one when an improper purpose is involved. Nothing when reporting is not mandatory.
 */
export function ppcDeadlines(facts: PpcFacts, rules: DeadlineRule[] = DEFAULT_PPC_DEADLINES): Deadline[] {
  if (!ppcReportingDuty(facts).mandatory) return [];
  const byKey = new Map((rules.length ? rules : DEFAULT_PPC_DEADLINES).map((r) => [r.key, r]));
  for (const r of DEFAULT_PPC_DEADLINES) if (!byKey.has(r.key)) byKey.set(r.key, r);
  const aware = new Date(facts.awareAt);
  const wanted = ["preliminary", facts.improperPurpose ? "final_improper_purpose" : "final"];
  return wanted.map((k) => {
    const rule = byKey.get(k) as DeadlineRule;
    const business = typeof rule.days !== "number";
    return {
      ...rule,
      days: typeof rule.days === "number" ? rule.days : rule.days.business_days,
      businessDays: business,
      period: formatDayCount(rule.days),
      due: addDayCount(aware, rule.days),
    };
  });
}
