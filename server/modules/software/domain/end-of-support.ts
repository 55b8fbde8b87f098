/**
 * End of support against the planned end of use (西原村 7.4(1)⑦, 川崎市 第10章4(3)), as the
 * profile words the rule: software whose support has ended, or ends before its planned end of use,
 * is refused or flagged — with the clause. An unknown date is flagged, never passed silently.
 */
import { addMonths, fiscalYear, formatDateJa } from "../../../../common/calendar";
import { clauseLabel } from "../../../../common/clause-label";

export interface EosRule {
  action: "refuse" | "flag";
  clause: string;
  text: { ja: string; en: string };
  budget_lead_months: number;
}

export type EosFinding =
  | { status: "ok" }
  | {
      status: "ended" | "ends_during_use" | "unknown";
      action: "refuse" | "flag";
      clause: string | null;
      ja: string;
      en: string;
    };

/** Dates are calendar dates (YYYY-MM-DD, JST). */
export function checkEndOfSupport(
  input: { endOfSupport: string | null; plannedEndOfUse: string | null; today: string },
  rule: EosRule | null,
): EosFinding {
  const clause = rule?.clause ?? null;
  const act = rule?.action ?? "flag";
  const { endOfSupport: eos, plannedEndOfUse: planned, today } = input;
  if (!eos) {
    return {
      status: "unknown",
      action: "flag",
      clause,
      ja: "サポート終了日が登録されていません（利用予定期間中のサポートを確認してください）",
      en: "no end of support is recorded (confirm support for the planned period of use)",
    };
  }
  if (eos < today) {
    return {
      status: "ended",
      action: act,
      clause,
      ja: `開発元のサポートは ${formatDateJa(eos)} に終了しています`,
      en: `vendor support ended on ${eos}`,
    };
  }
  if (!planned) {
    return {
      status: "unknown",
      action: "flag",
      clause,
      ja: "利用終了予定日が登録されていません（サポート終了との前後を確認できません）",
      en: "no planned end of use is recorded (cannot compare with the end of support)",
    };
  }
  if (eos < planned) {
    return {
      status: "ends_during_use",
      action: act,
      clause,
      ja: `サポートが利用予定期間中（${formatDateJa(eos)}）に終了します（利用終了予定 ${formatDateJa(planned)}）`,
      en: `support ends (${eos}) before the planned end of use (${planned})`,
    };
  }
  return { status: "ok" };
}

/**
 * A registration refused for its end of support, as the person registering reads it: the finding
 * and the clause's label (「対策基準 7.4.(1)⑦」), never the profile's id of the clause.
 */
export function eosRefusal(f: Exclude<EosFinding, { status: "ok" }>): { ja: string; en: string } {
  const basis = f.clause ? clauseLabel(f.clause) : null;
  return {
    ja: `登録できません: ${f.ja}${basis ? `（根拠: ${basis}）` : ""}`,
    en: `Cannot register: ${f.en}${basis ? ` (clause: ${basis})` : ""}`,
  };
}

/** The first day from which owners are warned: the lead time before the end of support. */
export function warnFrom(endOfSupport: string, leadMonths: number): string {
  return addMonths(endOfSupport, -leadMonths);
}

/** A product whose support ends in the calendar's period (counted over the viewer's installations). */
export interface EndingProduct {
  productId: string;
  vendor: string;
  product: string;
  version: string;
  endOfSupport: string;
  installations: number;
  departments: number;
}

export interface CalendarMonth<T> {
  /** YYYY-MM */
  month: string;
  items: Array<T & { warnFrom: string }>;
}

/**
 * The calendar as the budget cycle reads it: under each 年度 (April to March), its months, each
 * product with the day from which owners are warned (the profile's lead time before the end of
 * support, so the replacement reaches the budget request). The year carries the earliest of
 * those days and its totals. `rows` must come ordered by end of support.
 */
export function calendarByFiscalYear<T extends EndingProduct>(rows: readonly T[], leadMonths: number) {
  const years: Array<{
    fiscalYear: number;
    warnFrom: string;
    products: number;
    installations: number;
    months: Array<CalendarMonth<T>>;
  }> = [];
  for (const r of rows) {
    const fy = fiscalYear(r.endOfSupport);
    const item = { ...r, warnFrom: warnFrom(r.endOfSupport, leadMonths) };
    let year = years.at(-1);
    if (year?.fiscalYear !== fy) {
      year = { fiscalYear: fy, warnFrom: item.warnFrom, products: 0, installations: 0, months: [] };
      years.push(year);
    }
    const month = r.endOfSupport.slice(0, 7);
    let m = year.months.at(-1);
    if (m?.month !== month) {
      m = { month, items: [] };
      year.months.push(m);
    }
    m.items.push(item);
    year.products++;
    year.installations += r.installations;
    if (item.warnFrom < year.warnFrom) year.warnFrom = item.warnFrom;
  }
  return years;
}
