import { sql } from "drizzle-orm";
import { addMonths, fiscalYearRange, formatFiscalYear, formatWareki } from "../../../common/calendar";
import { capped, DASHBOARD_CAP, type DashboardItem } from "../../../common/dashboard";
import { INCIDENT_SEVERITY_LABELS, labelOf } from "../../../common/labels";
import { COUNT_SERIES, type OverviewFigure } from "../../../common/overview";
import { can } from "../../access";
import type { DbOrTx } from "../../db/client";
import { genericPlanSql, jstDateSql, rowsOf } from "../../db/sql";
import type { Actor } from "../../http/context";
import type { Profile } from "../../profile";
import { jstDatePlusDays, ppcDeadlines } from "./domain/ppc";
import type { PpcFacts, Stage } from "./domain/types";
import { SEVERITIES, STAGE_LABELS } from "./domain/types";
import { awaitingAcknowledgementSql, ppcUndecidedSql, recordedInSql, visibilityWhere } from "./queries";
import { incidents } from "./tables";

/**
 * The incident module's items of the home dashboard (GET /api/dashboard/counts), in one SQL
 * statement, each within `visibilityWhere` (the list's own read predicate):
 * - open cases by stage: `GET /api/incidents?stage=<stage>` (its `total`); for the CSIRT the
 *   stage `new` is "reports not yet triaged";
 * - cases waiting for my acknowledgement (I am told at the escalation step now pending, as
 *   myself or as a deputy): `GET /api/incidents?awaiting=acknowledge` (the cases whose
 *   `policies.acknowledge` is true; queries.awaitingAcknowledgementSql);
 * - for the CSIRT, which decides outside reports: open cases with a mandatory report to the
 *   個人情報保護委員会 not yet decided whose first deadline (速報) is within REPORT_SOON_DAYS
 *   days or past — deadlines computed by ./domain/ppc.ts as on the case view. Its link is the
 *   closest list, `?stage=open&ppc=undecided` (queries.ppcUndecidedSql), which may show more.
 */

const OPEN_STAGES: Stage[] = ["new", "triage", "containment", "recovery"];
export const REPORT_SOON_DAYS = 7;
/** Candidate cases read for the deadline check (open, PPC facts recorded, no PPC decision yet). */
const PPC_CANDIDATES = 200;

export async function dashboardCounts(
  db: DbOrTx,
  actor: Actor,
  now: Date,
  profile: Profile,
): Promise<DashboardItem[]> {
  const csirt = can(actor, "watchDeadlines", "incidentOutsideReports", null);
  const visible = visibilityWhere(actor);
  const me = actor.personId;
  // The statement's shape follows the viewer's duties, not its values: a generic plan serves every
  // call on the embedded database (db/statement-rules.ts GENERIC_PLAN_MARK; planning per call
  // cost more than running it).
  const res = await db.execute(sql`select
      (select coalesce(json_object_agg(s.stage, s.n), '{}'::json) from (
         select ${incidents.stage} as stage, count(*)::int as n from ${incidents}
         where ${incidents.stage} <> 'closed' and ${visible} and ${genericPlanSql}
         group by ${incidents.stage}) s) as stages,
      (select count(*)::int from (select 1 from ${incidents}
         where ${awaitingAcknowledgementSql(me)} and ${visible}
         limit ${DASHBOARD_CAP + 1}) x) as acknowledge,
      ${
        csirt
          ? sql`(select coalesce(json_agg(p.ppc_facts), '[]'::json) from (
                 select ${incidents.ppcFacts} as ppc_facts from ${incidents}
                 where ${ppcUndecidedSql()} and ${visible}
                 limit ${PPC_CANDIDATES}) p)`
          : sql`'[]'::json`
      } as ppc`);
  const row = rowsOf<{ stages: Record<string, number> | null; acknowledge: number; ppc: PpcFacts[] | null }>(
    res,
  )[0];
  const stages = row?.stages ?? {};

  const ppcBody = profile.incidents.outside_bodies.find((b) => b.key === "ppc");
  const soon = jstDatePlusDays(now, REPORT_SOON_DAYS);
  const dueSoon = (row?.ppc ?? []).filter((facts) => {
    const first = ppcDeadlines(facts, ppcBody?.deadlines ?? [])[0];
    return first != null && first.due <= soon;
  }).length;

  const item = (
    key: string,
    label: { ja: string; en: string },
    n: number | undefined,
    tone: DashboardItem["tone"],
    href: string,
    listPath: string,
  ): DashboardItem => ({
    key: `incidents.${key}`,
    module: "incidents",
    label,
    ...capped(n),
    tone,
    href,
    list: listPath,
  });
  const items: DashboardItem[] = [
    item(
      "acknowledge_pending",
      { ja: "確認（受領）待ちのインシデント連絡", en: "Incident alerts awaiting my acknowledgement" },
      row?.acknowledge,
      "action",
      "/incidents?stage=all&awaiting=acknowledge",
      "/api/incidents?awaiting=acknowledge",
    ),
  ];
  for (const stage of OPEN_STAGES) {
    const untriaged = csirt && stage === "new";
    items.push(
      item(
        untriaged ? "untriaged" : `stage_${stage}`,
        untriaged
          ? { ja: "未判断の報告（受付）", en: "Reports not yet triaged" }
          : {
              ja: `対応中のインシデント（${STAGE_LABELS[stage].ja}）`,
              en: `Open incidents (${STAGE_LABELS[stage].en})`,
            },
        stages[stage],
        untriaged ? "action" : "info",
        `/incidents?stage=${stage}`,
        `/api/incidents?stage=${stage}`,
      ),
    );
  }
  if (csirt)
    items.push(
      item(
        "outside_report_due",
        {
          ja: `個人情報保護委員会への報告期限が近い（${REPORT_SOON_DAYS}日以内・超過）`,
          en: `PPC report deadline within ${REPORT_SOON_DAYS} days or past`,
        },
        dueSoon,
        "warning",
        // The closest list: the deadline arithmetic (./domain/ppc.ts) is not a SQL filter, so the
        // list shows every open case whose PPC report is undecided; the count is those due soon.
        "/incidents?stage=open&ppc=undecided",
        "/api/incidents?stage=open&ppc=undecided",
      ),
    );
  return items;
}

/**
 * The incident figures of the steering overview (GET /api/reports/dashboard), in one statement,
 * each within `visibilityWhere` (the list's read predicate): open cases by stage
 * (`GET /api/incidents?stage=…`), and the cases recorded in the 年度 by severity
 * (`?fiscalYear=…&severity=…`, none = not set yet) and by month (`?month=YYYY-MM`).
 */
export async function overviewFigures(db: DbOrTx, actor: Actor, fy: number): Promise<OverviewFigure[]> {
  const visible = visibilityWhere(actor);
  const inYear = recordedInSql(fiscalYearRange(fy));
  // The statement's shape follows the viewer's duties, not its values: a generic plan serves every
  // call on the embedded database (db/statement-rules.ts GENERIC_PLAN_MARK; planning per call
  // cost more than running it).
  const res = await db.execute(sql`select
      (select coalesce(json_object_agg(k, n), '{}'::json) from (
         select ${incidents.stage} as k, count(*)::int as n from ${incidents}
         where ${incidents.stage} <> 'closed' and ${visible} group by 1) s) as stages,
      (select coalesce(json_object_agg(k, n), '{}'::json) from (
         select coalesce(${incidents.severity}, 'none') as k, count(*)::int as n from ${incidents}
         where ${inYear} and ${visible} group by 1) s) as severities,
      (select coalesce(json_object_agg(k, n), '{}'::json) from (
         select to_char(${jstDateSql(incidents.createdAt)}, 'YYYY-MM') as k, count(*)::int as n
         from ${incidents} where ${inYear} and ${visible} group by 1) s) as months`);
  const row = rowsOf<Record<"stages" | "severities" | "months", Counts>>(res)[0];
  const bar = (key: string, label: { ja: string; en: string }, n: number | undefined, query: string) => ({
    key,
    label,
    cells: [
      {
        series: COUNT_SERIES.key,
        count: n ?? 0,
        // The web list shows open cases unless told otherwise: stage=all for the 年度 figures.
        href: `/incidents?${query.startsWith("stage=") ? query : `stage=all&${query}`}`,
        list: `/api/incidents?${query}`,
      },
    ],
  });
  const start = fiscalYearRange(fy).start;
  const months = Array.from({ length: 12 }, (_, i) => addMonths(start, i).slice(0, 7));
  const yearNote = {
    ja: `${formatFiscalYear(fy)}に受け付けた、閲覧できるインシデント`,
    en: `Incidents you may see, recorded in FY${fy}`,
  };
  return [
    {
      key: "incidents.by_stage",
      module: "incidents",
      title: { ja: "対応中のインシデント（段階別）", en: "Open incidents by stage" },
      note: { ja: "閲覧できる、終結していないインシデント", en: "Incidents you may see, not closed" },
      series: [COUNT_SERIES],
      rows: OPEN_STAGES.map((s) => bar(s, STAGE_LABELS[s], row?.stages[s], `stage=${s}`)),
    },
    {
      key: "incidents.by_severity",
      module: "incidents",
      title: { ja: "インシデント（重大度別）", en: "Incidents by severity" },
      note: yearNote,
      series: [COUNT_SERIES],
      rows: [...[...SEVERITIES].reverse(), "none" as const].map((s) =>
        bar(
          s,
          s === "none" ? { ja: "未判定", en: "Not set" } : labelOf(INCIDENT_SEVERITY_LABELS, s),
          row?.severities[s],
          `fiscalYear=${fy}&severity=${s}`,
        ),
      ),
    },
    {
      key: "incidents.by_month",
      module: "incidents",
      title: { ja: "インシデント（月別）", en: "Incidents by month" },
      note: yearNote,
      series: [COUNT_SERIES],
      rows: months.map((m) => bar(m, monthLabel(m), row?.months[m], `month=${m}`)),
    },
  ];
}

type Counts = Record<string, number>;

/** 令和8年4月 (2026年4月) / April 2026. */
function monthLabel(month: string): { ja: string; en: string } {
  const [y, m] = month.split("-").map(Number);
  const era = formatWareki(`${month}-01`).replace(/\d+日.*$/, "");
  return { ja: `${era}（${y}年${m}月）`, en: `${y}-${String(m).padStart(2, "0")}` };
}
