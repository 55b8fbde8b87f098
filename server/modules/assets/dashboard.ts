import { and, eq, inArray, ne, type SQL, sql } from "drizzle-orm";
import { addDays, todayJst } from "../../../common/calendar";
import { capped, DASHBOARD_CAP, type DashboardItem } from "../../../common/dashboard";
import { COUNT_SERIES, type OverviewFigure } from "../../../common/overview";
import type { DbOrTx } from "../../db/client";
import { rowsOf } from "../../db/sql";
import { unitsWithChildren } from "../../directory";
import type { Actor } from "../../http/context";
import type { Profile } from "../../profile";
import { assetVisibilityParts, assetVisibilitySql, dashboardUnits } from "./access";
import { assetOverviewCounts, assets, assetTasks, inventoryCampaigns, inventoryItems } from "./tables";

/**
 * The asset register's items of the home dashboard (GET /api/dashboard/counts), counted in one
 * SQL statement, each within `assetVisibilitySql` (the list's own read predicate) and the list
 * filter it links to:
 * - 分類未確定 (classification pending, incl. received assets whose classification is unknown)
 *   and 保存期間満了 (disposal due by today, not disposed) in "my departments": my own
 *   department and the departments my department- or bureau-scoped view duties cover — the same
 *   records as `GET /api/assets?classificationPending=true&departmentId=…`;
 * - my open follow-ups (a classification to decide, an asset missing at inventory):
 *   `GET /api/assets/tasks`;
 * - items still to check in open inventory campaigns (棚卸し) of departments where I record
 *   results (`own_assets`, rule `asset_department.inventory`), only the assets I may see — as in
 *   `GET /api/assets/inventory/campaigns/{id}`.
 * An organization-wide viewer's "my departments" is their own department: the dashboard is what
 * needs their attention, not a census of the register (and it stays on indexed predicates); a
 * person with no department of their own and no department-scoped view gets no department items.
 */

const NOT_DISPOSED = ["in_use", "lent", "carried_out", "lost"] as const;

const countOf = (from: SQL, where: SQL | undefined) =>
  sql`(select count(*)::int from (select 1 from ${from} where ${where ?? sql`true`} limit ${DASHBOARD_CAP + 1}) x)`;

export async function dashboardCounts(
  db: DbOrTx,
  actor: Actor,
  now: Date,
  profile: Profile,
): Promise<DashboardItem[]> {
  const visible = await assetVisibilitySql(db, actor, profile);
  const { mine: ownUnits, inventory: inventoryUnits } = dashboardUnits(actor);
  const seeds = [...new Set([...ownUnits, ...(inventoryUnits === "all" ? [] : inventoryUnits)])];
  const tree = await unitsWithChildren(db, seeds);
  const expand = (ids: string[]) =>
    [
      ...new Set(
        tree
          .filter((d) => ids.includes(d.id) || (d.parentId != null && ids.includes(d.parentId)))
          .map((d) => d.id),
      ),
    ].sort();
  const mine = expand(ownUnits);
  const inventoryDepts = inventoryUnits === "all" ? "all" : expand(inventoryUnits);

  const today = todayJst(now);
  const tomorrow = addDays(today, 1);
  const inMine = mine.length ? inArray(assets.departmentId, mine) : sql`false`;
  const campaignDept =
    inventoryDepts === "all"
      ? sql`true`
      : inventoryDepts.length
        ? inArray(inventoryCampaigns.departmentId, inventoryDepts)
        : sql`false`;

  const res = await db.execute(sql`select
      ${countOf(sql`${assets}`, and(visible, inMine, eq(assets.classificationPending, true)))} as pending,
      ${countOf(
        sql`${assets}`,
        and(
          visible,
          inMine,
          sql`${assets.disposalDueDate} < ${tomorrow}::date`,
          inArray(assets.status, [...NOT_DISPOSED]),
        ),
      )} as disposal_due,
      ${countOf(
        sql`${assetTasks} join ${assets} on ${assets.id} = ${assetTasks.assetId}`,
        and(eq(assetTasks.assigneePersonId, actor.personId), ne(assetTasks.status, "done")),
      )} as tasks,
      ${countOf(
        sql`${inventoryItems} join ${inventoryCampaigns} on ${inventoryCampaigns.id} = ${inventoryItems.campaignId}
            join ${assets} on ${assets.id} = ${inventoryItems.assetId}`,
        and(
          eq(inventoryCampaigns.status, "open"),
          campaignDept,
          eq(inventoryItems.result, "pending"),
          visible,
        ),
      )} as inventory_pending`);
  const row = rowsOf<Record<string, number>>(res)[0] ?? {};
  const dept = mine.join(",");
  const item = (
    key: string,
    ja: string,
    en: string,
    n: number | undefined,
    tone: DashboardItem["tone"],
    href: string,
    listPath: string,
  ): DashboardItem => ({
    key: `assets.${key}`,
    module: "assets",
    label: { ja, en },
    ...capped(n),
    tone,
    href,
    list: listPath,
  });
  const items = [
    item(
      "my_tasks",
      "自分宛ての対応（分類の決定・所在不明）",
      "My follow-ups (classification to decide, missing asset)",
      row.tasks,
      "action",
      "/assets/inventory#tasks",
      "/api/assets/tasks",
    ),
    item(
      "classification_pending",
      "分類未確定の情報資産（所管課）",
      "Assets with classification pending (my departments)",
      row.pending,
      "action",
      `/assets?classificationPending=true&departmentId=${dept}`,
      `/api/assets?classificationPending=true&departmentId=${dept}`,
    ),
    item(
      "inventory_pending",
      "棚卸しの未確認（実施中）",
      "Inventory items still to check (open campaigns)",
      row.inventory_pending,
      "action",
      "/assets/inventory",
      "/api/assets/inventory/campaigns",
    ),
    item(
      "disposal_due",
      "保存期間を満了した情報資産（所管課）",
      "Assets past their retention (my departments)",
      row.disposal_due,
      "warning",
      `/assets?disposalDueBefore=${tomorrow}&status=${NOT_DISPOSED.join(",")}&departmentId=${dept}`,
      `/api/assets?disposalDueBefore=${tomorrow}&status=${NOT_DISPOSED.join(",")}&departmentId=${dept}`,
    ),
  ];
  // Without a department of one's own or a department-scoped view, there are no "my departments".
  return mine.length ? items : items.filter((i) => !DEPARTMENT_ITEMS.includes(i.key));
}

const DEPARTMENT_ITEMS = ["assets.classification_pending", "assets.disposal_due"];

/**
 * The register's figures of the steering overview (GET /api/reports/dashboard): assets not
 * disposed that the viewer may see (`assetVisibilitySql`, the list's read predicate), by their
 * own confidentiality level and by network zone ("none" = not set). Each bar links to
 * `GET /api/assets?confidentiality=…|zone=…&status=<not disposed>`, the same records.
 */
export async function overviewFigures(db: DbOrTx, actor: Actor, profile: Profile): Promise<OverviewFigure[]> {
  const { byPerson, byUnitAndClass, personCandidates } = assetVisibilityParts(actor, profile);
  const live = inArray(assets.status, [...NOT_DISPOSED]);
  // The department/class half of the read rule counted from the per-department counts (the
  // aggregate is aliased "assets": the rule's column references apply to it unchanged), plus the
  // few assets seen only by who the viewer is on them. One pass for both figures (grouping sets).
  const byUnit = sql`coalesce((${byUnitAndClass}), false)`;
  const res = await db.execute(sql`select
      grouping(c) = 0 as by_class, coalesce(c, 'none') as c, coalesce(z, 'none') as z, sum(n)::int as n
    from (
      select ${assets.confidentiality} as c, ${assets.zone} as z, ${assets}.n as n
        from ${assetOverviewCounts} as ${assets} where ${live} and ${byUnit}
      union all
      select ${assets.confidentiality}, ${assets.zone}, 1
        from ${assets}
       where ${assets.id} = any(${personCandidates}) and ${live} and (${byPerson}) and not ${byUnit}
    ) x
    group by grouping sets ((c), (z))`);
  const row = { by_class: {} as Counts, by_zone: {} as Counts };
  for (const r of rowsOf<{ by_class: boolean; c: string; z: string; n: number }>(res)) {
    if (r.by_class) row.by_class[r.c] = r.n;
    else row.by_zone[r.z] = r.n;
  }
  const status = `status=${NOT_DISPOSED.join(",")}`;
  const bar = (param: string, key: string, label: { ja: string; en: string }, n: number | undefined) => ({
    key,
    label,
    cells: [
      {
        series: COUNT_SERIES.key,
        count: n ?? 0,
        href: `/assets?${param}=${key}&${status}`,
        list: `/api/assets?${param}=${key}&${status}`,
      },
    ],
  });
  const levels = [...profile.classification.confidentiality.levels].sort((a, b) => b.rank - a.rank);
  const known = new Set(levels.map((l) => l.key));
  const classRows = levels.map((l) =>
    bar("confidentiality", l.key, { ja: l.label, en: l.label_en }, row.by_class[l.key]),
  );
  if (row.by_class.none) classRows.push(bar("confidentiality", "none", UNSET, row.by_class.none));
  // Levels no longer in the profile (kept on old records) stay countable under their key's list.
  for (const k of Object.keys(row.by_class ?? {}))
    if (k !== "none" && !known.has(k))
      classRows.push(bar("confidentiality", k, RETIRED_LEVEL, row.by_class[k]));
  const zoneRows = profile.zones.map((z) => bar("zone", z.key, z.name, row.by_zone[z.key]));
  zoneRows.push(bar("zone", "none", UNSET, row.by_zone.none));
  const note = {
    ja: "廃棄済みを除く、閲覧できる情報資産",
    en: "Assets you may see, disposed ones left out",
  };
  return [
    {
      key: "assets.by_confidentiality",
      module: "assets",
      title: { ja: "情報資産（機密性の分類別）", en: "Assets by confidentiality level" },
      note,
      series: [COUNT_SERIES],
      rows: classRows,
    },
    {
      key: "assets.by_zone",
      module: "assets",
      title: { ja: "情報資産（ネットワーク区分別）", en: "Assets by network zone" },
      note,
      series: [COUNT_SERIES],
      rows: zoneRows,
    },
  ];
}

type Counts = Record<string, number>;
const UNSET = { ja: "未設定", en: "Not set" };
const RETIRED_LEVEL = { ja: "（廃止された区分）", en: "(retired level)" };
