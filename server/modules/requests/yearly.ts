/**
 * Requests' section of the yearly report (年次報告): requests filed in the 年度 up to the snapshot
 * date, by kind; rejected ones; emergency exceptions taken first. Records are presented with the
 * list's own visibility rule (`requestVisibilitySql`).
 */

import { type SQL, sql } from "drizzle-orm";
import type { ReportPeriod, ReportRecord, ReportSection } from "../../../common/yearly-report";
import type { DbOrTx } from "../../db/client";
import { rowsOf, uuidArraySql } from "../../db/sql";
import type { Actor } from "../../http/context";
import type { Profile } from "../../profile";
import { requestVisibilitySql } from "./access";

function kindTitle(profile: Profile, kind: string) {
  const k = profile.request_kinds.find((x) => x.key === kind);
  return k ? k.title : { ja: "その他の申請", en: "Other request" };
}

export async function requestYearlySection(
  db: DbOrTx,
  p: ReportPeriod,
  profile: Profile,
): Promise<ReportSection<SQL>> {
  const filed = sql`from requests where submitted_at between ${p.fromAt} and ${p.cutoff}`;
  const byKind = rowsOf<{ kind: string; n: number }>(
    await db.execute(sql`select kind, count(*)::int as n ${filed} group by 1 order by kind collate "C"`),
  );
  return {
    module: "requests",
    figures: [
      {
        key: "requests.filed",
        label: { ja: "年度内に提出された申請", en: "Requests submitted in the year" },
        records: sql`select id ${filed}`,
      },
      {
        key: "requests.rejected",
        label: { ja: "却下された申請", en: "Requests rejected" },
        records: sql`select id ${filed} and status = 'rejected' and decided_at <= ${p.cutoff}`,
      },
      {
        key: "requests.emergency",
        label: { ja: "緊急時の事後報告による例外措置", en: "Emergency exceptions reported afterwards" },
        records: sql`select id ${filed} and emergency`,
      },
    ],
    tables: [
      {
        key: "requests.by_kind",
        title: { ja: "種類別の申請数", en: "Requests by kind" },
        rows: byKind.map((k) => ({ label: kindTitle(profile, k.kind), count: k.n })),
      },
    ],
  };
}

export async function requestYearlyRecords(
  db: DbOrTx,
  actor: Actor,
  profile: Profile,
  ids: readonly string[],
): Promise<ReportRecord[]> {
  if (!ids.length) return [];
  const rows = rowsOf<{ id: string; number: number; kind: string; status: string }>(
    await db.execute(sql`
      select r.id, r.number, r.kind, r.status from requests r
       where r.id = any(${uuidArraySql(ids)}) and ${requestVisibilitySql(actor)}`),
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const t = kindTitle(profile, r.kind);
    return [{ id, reference: `No.${r.number}`, title: t.ja, detail: t.en, href: `/requests/${id}` }];
  });
}
