/**
 * The steering overview (GET /api/reports/dashboard): figures for those who steer, each counted
 * by its module (server/modules/<m>/dashboard.ts) with the same access rules as that module's
 * lists, and each cell linking to the list of exactly the records it counts. Shared by server
 * and web (the charts and the tables behind them).
 */
import type { Label } from "./labels";

export interface OverviewCell {
  /** Key of the series (column) this cell belongs to. */
  series: string;
  count: number;
  /** Web path of the filtered list holding exactly these records. */
  href: string;
  /** The API list that returns the same records to the same person. */
  list: string;
}

export interface OverviewRow {
  key: string;
  label: Label;
  cells: OverviewCell[];
}

export interface OverviewFigure {
  /** `<module>.<what>`, e.g. `incidents.by_stage`. */
  key: string;
  module: "assets" | "requests" | "incidents" | "training" | "assurance" | "accounts" | "software";
  title: Label;
  /** What the figure counts and as of when (shown under the title). */
  note: Label;
  /** Columns; a figure with one series is a plain bar chart, more are stacked. */
  series: Array<{ key: string; label: Label }>;
  rows: OverviewRow[];
}

export interface Overview {
  generatedAt: string;
  fiscalYear: number;
  figures: OverviewFigure[];
}

/** The one series of a single-series figure. */
export const COUNT_SERIES = { key: "count", label: { ja: "件数", en: "Count" } };

/** Age buckets (days since a record was opened, JST days), shared by findings and vulnerabilities. */
export interface AgeBucket {
  key: string;
  /** Inclusive bounds in days; `max` null = no upper bound. */
  min: number;
  max: number | null;
  label: Label;
}
