/**
 * The shape of the yearly report (年次報告) shared by the server modules that contribute a
 * section, the reports module that freezes them, and the web app that shows them. A figure
 * carries the ids of the records it counts, so it can be opened as that list later.
 */
export interface I18nText {
  ja: string;
  en: string;
}

/** The modules that contribute a section, in the order the report shows them. */
export const REPORT_MODULES = [
  "assets",
  "requests",
  "incidents",
  "training",
  "assurance",
  "suppliers",
  "accounts",
  "software",
] as const;
export type ReportModule = (typeof REPORT_MODULES)[number];

export const REPORT_MODULE_TITLES: Record<ReportModule, I18nText> = {
  assets: { ja: "情報資産", en: "Information assets" },
  requests: { ja: "申請・承認", en: "Requests and approvals" },
  incidents: { ja: "インシデント", en: "Incidents" },
  training: { ja: "研修・訓練", en: "Training and drills" },
  assurance: { ja: "自己点検・監査", en: "Self-inspection and audit" },
  suppliers: { ja: "委託・外部サービス", en: "Contractors and external services" },
  accounts: { ja: "ID管理", en: "User IDs" },
  software: { ja: "ソフトウェア・脆弱性", en: "Software and vulnerabilities" },
};

/**
 * The period a section is computed for: the 年度 from its first day (`from`, JST) to the snapshot
 * date (`asOf`, inclusive, JST); `fromAt` and `cutoff` are the same as instants (cutoff = the
 * end of the snapshot day). A record created after the cutoff is not counted.
 */
export interface ReportPeriod {
  fiscalYear: number;
  from: string;
  asOf: string;
  fromAt: Date;
  cutoff: Date;
}

/**
 * A figure as a module defines it: `records` is a statement (a drizzle `SQL` on the server)
 * selecting one column `id` per record the figure counts, in the order its list shows them. The
 * reports module counts and freezes those ids inside the database (insert … select count(*),
 * array_agg(id)), so no record comes into the server's memory: at Kawasaki scale one figure
 * counts up to 200,000 records and the report must stay within 800 MB.
 */
export interface ReportFigure<Records> {
  /** `<module>.<name>`, unique in the report. */
  key: string;
  label: I18nText;
  records: Records;
}

/** A small breakdown (e.g. incidents by severity, counted with GROUP BY): each row a label and a number. */
export interface ReportTable {
  key: string;
  title: I18nText;
  rows: Array<{ label: I18nText; count: number }>;
}

export interface ReportSection<Records> {
  module: ReportModule;
  figures: Array<ReportFigure<Records>>;
  tables: ReportTable[];
}

/** One record of a figure as the viewer may see it (presented by the owning module's face). */
export interface ReportRecord {
  id: string;
  /** Number or code shown first (資産番号, 申請番号, 受付番号 …). */
  reference: string;
  title: string;
  detail: string;
  /** The record's screen in the app. */
  href: string;
}
