/**
 * The asset register's section of the yearly report (年次報告) and the records behind each
 * figure, read from this module's own tables. Figures are organization-wide (the report is the
 * CISO's); the records are presented through `assetLabels`, so a viewer sees only what they may.
 */

import { sql } from "drizzle-orm";
import {
  figureOf,
  type ReportPeriod,
  type ReportRecord,
  type ReportSection,
} from "../../../common/yearly-report";
import type { DbOrTx } from "../../db/client";
import { rowsOf } from "../../db/sql";
import type { Actor } from "../../http/context";
import type { Profile } from "../../profile";
import { assetLabels } from "./index";

export async function assetYearlySection(
  db: DbOrTx,
  p: ReportPeriod,
  profile: Profile,
): Promise<ReportSection> {
  // Registered on the snapshot date: created by then and not yet disposed of by then.
  const rows = rowsOf<{
    id: string;
    conf: string | null;
    pending: boolean;
    disposed_in_year: boolean;
    registered: boolean;
  }>(
    await db.execute(sql`
      select id, effective_confidentiality as conf, classification_pending as pending,
             (disposed_on between ${p.from}::date and ${p.asOf}::date) as disposed_in_year,
             (disposed_on is null or disposed_on > ${p.asOf}::date) as registered
        from assets
       where created_at <= ${p.cutoff}
         and (disposed_on is null or disposed_on >= ${p.from}::date)`),
  );
  const registered = rows.filter((r) => r.registered);
  const levels = profile.classification.confidentiality.levels;
  const byLevel = levels.map((l) => ({
    label: { ja: l.label, en: l.label_en },
    count: registered.filter((r) => r.conf === l.key).length,
  }));
  byLevel.push({
    label: { ja: "未分類", en: "Not classified" },
    count: registered.filter((r) => !r.conf || !levels.some((l) => l.key === r.conf)).length,
  });
  return {
    module: "assets",
    figures: [
      figureOf(
        "assets.registered",
        { ja: "台帳登録資産数（基準日現在）", en: "Assets in the register on the snapshot date" },
        registered,
      ),
      {
        key: "assets.classification_pending",
        label: { ja: "分類未確定の資産", en: "Assets awaiting classification" },
        count: registered.filter((r) => r.pending).length,
        ids: registered.filter((r) => r.pending).map((r) => r.id),
      },
      {
        key: "assets.disposed_in_year",
        label: { ja: "年度内に廃棄した資産", en: "Assets disposed of in the year" },
        count: rows.filter((r) => r.disposed_in_year).length,
        ids: rows.filter((r) => r.disposed_in_year).map((r) => r.id),
      },
    ],
    tables: [
      {
        key: "assets.by_confidentiality",
        title: { ja: "機密性別の登録資産数", en: "Registered assets by confidentiality" },
        rows: byLevel,
      },
    ],
  };
}

/** The assets of a figure the viewer may read (hidden ones are left out). */
export async function assetYearlyRecords(
  db: DbOrTx,
  actor: Actor,
  profile: Profile,
  ids: readonly string[],
): Promise<ReportRecord[]> {
  const labels = await assetLabels(db, { actor, profile }, ids);
  const out: ReportRecord[] = [];
  for (const id of ids) {
    const l = labels.get(id);
    if (!l || l.hidden) continue;
    out.push({ id, reference: l.assetNumber, title: l.name, detail: "", href: `/assets/${id}` });
  }
  return out;
}
