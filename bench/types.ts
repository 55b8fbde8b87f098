import type { Database } from "../server/db/client";
import type { BenchDatabaseTarget } from "./db";
import type { AuditDataset, OrgDataset, Scale } from "./generate";
import type { AssetsDataset } from "./generate-assets";
import type { IncidentsDataset } from "./generate-incidents";
import type { RequestsDataset } from "./generate-requests";

/** One measured figure, printed beside its baseline from the same run. */
export interface Figure {
  /** Stable key in the final JSON line, e.g. `audit.verify_events_per_s`. */
  key: string;
  label: string;
  value: number | null;
  unit: string;
  /** The raw baseline measured in the same run (same data, same machine). */
  baseline?: { label: string; value: number | null; unit?: string };
  /** value / baseline (computed when both are numbers). */
  ratio?: number | null;
  target?: { op: "<=" | ">="; value: number; unit?: string };
  /** Free-form note (cause of a miss, what was skipped and why). */
  note?: string;
}

/** Data sets the sections can ask for; each is generated once per run, in this order. */
export interface Datasets {
  org?: OrgDataset;
  audit?: AuditDataset;
  assets?: AssetsDataset;
  requests?: RequestsDataset;
  incidents?: IncidentsDataset;
}

export type DatasetKey = keyof Datasets;

export interface BenchContext {
  quick: boolean;
  /** 1 for full scale, 20 for --quick. */
  divisor: number;
  scale: Scale;
  seed: string;
  target: BenchDatabaseTarget;
  /** Open while the in-process sections run; closed before server sections (PGlite is single-process). */
  database: Database | null;
  datasets: Datasets;
  soakMinutes: number;
  /** Seconds per autocannon run. */
  loadSeconds: number;
  cpuProf: boolean;
  log(message: string): void;
}

export interface BenchSection {
  id: string;
  title: string;
  /** Data sets it needs (generated before any section runs). */
  needs: DatasetKey[];
  /**
   * `in-process`: runs with the bench's own database connection.
   * `server`: starts the server as a child process on the generated database.
   */
  mode: "in-process" | "server";
  /** Runs by default (otherwise only with --only or a flag such as --soak). */
  enabled(ctx: BenchContext): boolean;
  run(ctx: BenchContext): Promise<Figure[]>;
}
