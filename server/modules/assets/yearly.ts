/**
 * The asset register's section of the yearly report (年次報告) and the records behind each
 * figure, read from this module's own tables. Figures are organization-wide (the report is the
 * CISO's); the records are presented through `assetLabels`, so a viewer sees only what they may.
 */

import { type SQL, sql } from "drizzle-orm";
import type { ReportPeriod, ReportRecord, ReportSection } from "../../../common/yearly-report";
import type { DbOrTx } from "../../db/client";
import { rowsOf } from "../../db/sql";
import type { Actor } from "../../http/context";
import type { Profile } from "../../profile";
import { assetLabels } from "./index";

export async function assetYearlySection(
  db: DbOrTx,
  p: ReportPeriod,
  profile: Profile,
): Promise<ReportSection<SQL>> {
  // Registered on the snapshot date: created by then and not yet disposed of by then.
  const registered = sql`
    from assets where created_at <= ${p.cutoff} and (disposed_on is null or disposed_on > ${p.asOf}::date)`;
  const byConf = rowsOf<{ conf: string | null; n: number }>(
    await db.execute(
      sql`select effective_confidentiality as conf, count(*)::int as n ${registered} group by 1`,
    ),
  );
  const levels = profile.classification.confidentiality.levels;
  const byLevel = levels.map((l) => ({
    label: { ja: l.label, en: l.label_en },
    count: byConf.find((r) => r.conf === l.key)?.n ?? 0,
  }));
  byLevel.push({
    label: { ja: "未分類", en: "Not classified" },
    count: byConf.filter((r) => !levels.some((l) => l.key === r.conf)).reduce((s, r) => s + r.n, 0),
  });
  return {
    module: "assets",
    figures: [
      {
        key: "assets.registered",
        label: { ja: "台帳登録資産数（基準日現在）", en: "Assets in the register on the snapshot date" },
        records: sql`select id ${registered}`,
      },
      {
        key: "assets.classification_pending",
        label: { ja: "分類未確定の資産", en: "Assets awaiting classification" },
        records: sql`select id ${registered} and classification_pending`,
      },
      {
        key: "assets.disposed_in_year",
        label: { ja: "年度内に廃棄した資産", en: "Assets disposed of in the year" },
        records: sql`
          select id from assets
           where created_at <= ${p.cutoff} and disposed_on between ${p.from}::date and ${p.asOf}::date`,
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
