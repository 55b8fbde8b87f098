import { sql } from "drizzle-orm";
import { addDays, formatFiscalYear, todayJst } from "../../../common/calendar";
import { ASSURANCE_SHEET_STATUS_LABELS } from "../../../common/labels";
import { type AgeBucket, COUNT_SERIES, type OverviewFigure } from "../../../common/overview";
import type { DbOrTx } from "../../db/client";
import { rowsOf } from "../../db/sql";
import type { Actor } from "../../http/context";
import type { Profile } from "../../profile";
import { findingVisibilitySql, sheetVisibilitySql } from "./access";
import { FINDING_CREATED_DAY, reportedScopes } from "./queries";

const SHEET_STATES = ["submitted", "in_progress", "not_started"] as const;

/** Age of a finding not closed, in days since it was recorded. */
export const FINDING_AGES: AgeBucket[] = [
  { key: "0-30", min: 0, max: 30, label: { ja: "30日以内", en: "Up to 30 days" } },
  { key: "31-90", min: 31, max: 90, label: { ja: "31〜90日", en: "31–90 days" } },
  { key: "91-180", min: 91, max: 180, label: { ja: "91〜180日", en: "91–180 days" } },
  { key: "181+", min: 181, max: null, label: { ja: "181日以上", en: "181 days or more" } },
];

/**
 * The assurance figures of the steering overview (GET /api/reports/dashboard), each within the
 * read predicate of the list it links to:
 * - self-inspection progress: the 年度's campaigns, sheets by state among those the viewer may
 *   read (`sheetVisibilitySql`), as `GET /api/assurance/campaigns/{id}/sheets?status=…`;
 * - findings not closed by age (`findingVisibilitySql`), as
 *   `GET /api/assurance/findings?state=not_closed&createdFrom=…&createdTo=…`.
 */
export async function overviewFigures(
  db: DbOrTx,
  actor: Actor,
  now: Date,
  profile: Profile,
  fy: number,
): Promise<OverviewFigure[]> {
  const today = todayJst(now);
  const sheets = rowsOf<{ id: string; title: string; status: string; n: number }>(
    await db.execute(sql`
      select c.id, c.title, s.status, count(*)::int as n
        from assurance_sheets s join assurance_campaigns c on c.id = s.campaign_id
       where c.profile_id = ${profile.id} and c.fiscal_year = ${fy}
         and ${sheetVisibilitySql(actor, reportedScopes(profile, actor))}
       group by c.id, c.title, c.due_date, s.status
       order by c.due_date, c.title`),
  );
  const ages = rowsOf<{ age: string; n: number }>(
    await db.execute(sql`
      select case ${sql.join(
        FINDING_AGES.filter((b) => b.max != null).map(
          (b) => sql`when ${today}::date - ${FINDING_CREATED_DAY} <= ${b.max} then ${b.key}`,
        ),
        sql` `,
      )} else ${FINDING_AGES[FINDING_AGES.length - 1].key} end as age, count(*)::int as n
        from assurance_findings f
       where f.profile_id = ${profile.id} and f.state <> 'closed' and ${findingVisibilitySql(actor)}
       group by 1`),
  );
  const campaigns = new Map<string, { title: string; counts: Map<string, number> }>();
  for (const r of sheets) {
    const c = campaigns.get(r.id) ?? { title: r.title, counts: new Map() };
    c.counts.set(r.status, r.n);
    campaigns.set(r.id, c);
  }
  const byAge = new Map(ages.map((a) => [a.age, a.n]));
  return [
    {
      key: "assurance.self_inspection",
      module: "assurance",
      title: { ja: "自己点検の進捗", en: "Self-inspection progress" },
      note: {
        ja: `${formatFiscalYear(fy)}の自己点検、閲覧できる点検票`,
        en: `FY${fy} self-inspections, sheets you may read`,
      },
      series: SHEET_STATES.map((s) => ({ key: s, label: ASSURANCE_SHEET_STATUS_LABELS[s] })),
      rows: [...campaigns].map(([id, c]) => ({
        key: id,
        label: { ja: c.title, en: c.title },
        cells: SHEET_STATES.map((s) => ({
          series: s,
          count: c.counts.get(s) ?? 0,
          href: `/assurance/campaigns?campaign=${id}&status=${s}`,
          list: `/api/assurance/campaigns/${id}/sheets?status=${s}`,
        })),
      })),
    },
    {
      key: "assurance.findings_by_age",
      module: "assurance",
      title: { ja: "未完了の指摘事項（経過日数別）", en: "Findings not closed, by age" },
      note: {
        ja: "自己点検・監査の指摘事項で完了していないもの（登録日からの日数）",
        en: "Self-inspection and audit findings not closed (days since recorded)",
      },
      series: [COUNT_SERIES],
      rows: FINDING_AGES.map((b) => {
        const from = b.max == null ? null : addDays(today, -b.max);
        const to = addDays(today, -b.min);
        const query = `state=not_closed${from ? `&createdFrom=${from}` : ""}&createdTo=${to}`;
        return {
          key: b.key,
          label: b.label,
          cells: [
            {
              series: COUNT_SERIES.key,
              count: byAge.get(b.key) ?? 0,
              href: `/assurance/findings?${query}`,
              list: `/api/assurance/findings?${query}`,
            },
          ],
        };
      }),
    },
  ];
}
