import { sql } from "drizzle-orm";
import { todayJst } from "../../../common/calendar";
import { labelOf, VULN_SEVERITY_LABELS } from "../../../common/labels";
import type { OverviewFigure } from "../../../common/overview";
import type { DbOrTx } from "../../db/client";
import { rowsOf } from "../../db/sql";
import type { Actor } from "../../http/context";
import { softwareVisibilitySql } from "./access";
import { matchAgeSql, OPEN_STATES } from "./queries";

const SEVERITIES = ["critical", "high", "medium", "low", "none"] as const;
const AGES = [
  { key: "0-7", label: { ja: "7日以内", en: "Up to 7 days" } },
  { key: "8-30", label: { ja: "8〜30日", en: "8–30 days" } },
  { key: "31-90", label: { ja: "31〜90日", en: "31–90 days" } },
  { key: "91+", label: { ja: "91日以上", en: "91 days or more" } },
];

/**
 * The vulnerability figure of the steering overview (GET /api/reports/dashboard): open matches
 * (not stale) of installations the viewer sees (`softwareVisibilitySql`, the list's predicate),
 * by the advisory's severity and the days since first matched — the records of
 * `GET /api/vulnerabilities/matches?view=open&severity=…&age=…`.
 */
export async function overviewFigures(db: DbOrTx, actor: Actor, now: Date): Promise<OverviewFigure[]> {
  const today = todayJst(now);
  const rows = rowsOf<{ severity: string; age: string; n: number }>(
    await db.execute(sql`
      select coalesce(m.severity, 'none') as severity, ${matchAgeSql(today)} as age, count(*)::int as n
        from vuln_matches m
       where not m.stale and m.state in ${OPEN_STATES}
         and ${softwareVisibilitySql(actor, sql`m.department_id`, sql`m.owner_person_id`)}
       group by 1, 2`),
  );
  const count = new Map(rows.map((r) => [`${r.severity}|${r.age}`, r.n]));
  return [
    {
      key: "software.vulnerabilities",
      module: "software",
      title: { ja: "未対応の脆弱性（深刻度・経過日数別）", en: "Open vulnerabilities by severity and age" },
      note: {
        ja: "閲覧できる機器・システムの未対応の該当（初回検出からの日数）",
        en: "Open matches on installations you may see (days since first matched)",
      },
      series: AGES,
      rows: SEVERITIES.map((s) => ({
        key: s,
        label: labelOf(VULN_SEVERITY_LABELS, s),
        cells: AGES.map((a) => {
          const query = `view=open&severity=${s}&age=${encodeURIComponent(a.key)}`;
          return {
            series: a.key,
            count: count.get(`${s}|${a.key}`) ?? 0,
            href: `/vulnerabilities?${query}`,
            list: `/api/vulnerabilities/matches?${query}`,
          };
        }),
      })),
    },
  ];
}
