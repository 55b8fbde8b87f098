/**
 * Requests' section of the yearly report (年次報告): requests filed in the 年度 up to the snapshot
 * date, by kind; rejected ones; emergency exceptions taken first. Records are presented with the
 * list's own visibility rule (`requestVisibilitySql`).
 */

import { sql } from "drizzle-orm";
import {
  figureOf,
  type ReportPeriod,
  type ReportRecord,
  type ReportSection,
} from "../../../common/yearly-report";
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
): Promise<ReportSection> {
  const rows = rowsOf<{ id: string; kind: string; status: string; emergency: boolean; decided: boolean }>(
    await db.execute(sql`
      select id, kind, status, emergency, (decided_at is not null and decided_at <= ${p.cutoff}) as decided
        from requests
       where submitted_at between ${p.fromAt} and ${p.cutoff}`),
  );
  const rejected = rows.filter((r) => r.status === "rejected" && r.decided);
  const emergency = rows.filter((r) => r.emergency);
  const kinds = [...new Set(rows.map((r) => r.kind))].sort();
  return {
    module: "requests",
    figures: [
      figureOf(
        "requests.filed",
        { ja: "年度内に提出された申請", en: "Requests submitted in the year" },
        rows,
      ),
      figureOf("requests.rejected", { ja: "却下された申請", en: "Requests rejected" }, rejected),
      figureOf(
        "requests.emergency",
        { ja: "緊急時の事後報告による例外措置", en: "Emergency exceptions reported afterwards" },
        emergency,
      ),
    ],
    tables: [
      {
        key: "requests.by_kind",
        title: { ja: "種類別の申請数", en: "Requests by kind" },
        rows: kinds.map((k) => ({
          label: kindTitle(profile, k),
          count: rows.filter((r) => r.kind === k).length,
        })),
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
