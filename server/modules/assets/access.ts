import { and, eq, inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import { ASSET_MANAGER_DUTIES, type Duty } from "../../../common/duties";
import { allow, auditedOver, auditedSql, hasDutyOver, type RecordSpan } from "../../access";
import type { DbOrTx } from "../../db/client";
import { jstDateSql } from "../../db/sql";
import { childUnitsArraySql } from "../../directory";
import type { Actor } from "../../http/context";
import type { Profile } from "../../profile";
import { isTopLevel } from "./domain/classification";
import { assetNamedPeople, assetRelations, assets } from "./tables";

/**
 * Access rules of the asset register (DESIGN.md §4 rules 1–2; 対策基準 7.1(1)②③).
 *
 * Read:
 * - staff see the assets of their own department, and assets they are custodian of or named on
 *   (named on an asset includes named on something it holds directly: the container is seen too);
 * - holders of ASSET_VIEW_DUTIES see more: at organization scope every department, at bureau
 *   scope the bureau and its departments, at department scope that department;
 * - an asset whose EFFECTIVE confidentiality is the profile's top level is visible only to the
 *   people named on it and to the owning department's manager (holder of `own_assets` or
 *   `classify_assets` over the department), even inside the department and even for
 *   organization-wide viewers (7.1(1)③).
 * `assetVisibilitySql` is the same predicate in SQL; lists and search use it, so they never show
 * what the detail refuses. A record the actor may not read answers 404 (existence does not leak).
 *
 * Write:
 * - create / update / status / relations: `own_assets` over the department, or a member of the
 *   department who can see the asset (staff register what they create, DESIGN.md §1);
 * - reclassify, bulk classification and deciding a pending classification: `classify_assets` over
 *   the owning department (3.(2)④(ウ)); a reason is required and audited with from/to;
 * - named people and `exceptionRef`: the department's manager (`own_assets`/`classify_assets`).
 * - inventory campaigns: `own_assets` over the department (start, record results, complete).
 */

export const ASSET_VIEW_DUTIES: Duty[] = [
  // An auditor of a running audit sees the audited units' assets of the audit period through
  // `auditedOver` / `auditedSql` below (#16 item 5), not through this list.
  "view_all_departments",
  "chief_information_security_officer",
  "own_assets",
  "classify_assets",
  "manage_department_security",
  "inspect_bureau",
];

export interface AssetRef {
  id: string;
  departmentId: string;
  bureauId: string | null;
  custodianPersonId: string | null;
  effectiveConfidentiality: string | null;
  namedPersonIds: string[];
  /** Whether effective confidentiality is the profile's top level. */
  topLevel: boolean;
  /** Registered on (JST day) and disposed on: what an auditor's period is compared with. */
  span?: RecordSpan;
}

export interface DepartmentRef {
  departmentId: string;
  bureauId: string | null;
}

const unit = (a: DepartmentRef) => ({ departmentId: a.departmentId, bureauId: a.bureauId });

export function isDepartmentManager(actor: Actor, a: DepartmentRef): boolean {
  return ASSET_MANAGER_DUTIES.some((d) => hasDutyOver(actor, d, unit(a)));
}

export function canSeeAsset(actor: Actor, a: AssetRef): boolean {
  if (a.topLevel) return a.namedPersonIds.includes(actor.personId) || isDepartmentManager(actor, a);
  if (actor.departmentId === a.departmentId) return true;
  if (a.custodianPersonId === actor.personId || a.namedPersonIds.includes(actor.personId)) return true;
  if (ASSET_VIEW_DUTIES.some((d) => hasDutyOver(actor, d, unit(a)))) return true;
  // An auditor: an audited unit's asset held during the audit period (registered by its last day,
  // not disposed before its first).
  return auditedOver(actor, unit(a), a.span ?? null);
}

const mayWrite = (actor: Actor, a: AssetRef) =>
  canSeeAsset(actor, a) &&
  (actor.departmentId === a.departmentId || hasDutyOver(actor, "own_assets", unit(a)));

allow<AssetRef>("asset", "read", canSeeAsset);
allow<AssetRef>("asset", "update", mayWrite);
allow<AssetRef>("asset", "changeStatus", mayWrite);
allow<AssetRef>("asset", "relate", mayWrite);
allow<AssetRef>(
  "asset",
  "reclassify",
  (actor, a) => canSeeAsset(actor, a) && hasDutyOver(actor, "classify_assets", unit(a)),
);
allow<AssetRef>(
  "asset",
  "manageNamedPeople",
  (actor, a) => canSeeAsset(actor, a) && isDepartmentManager(actor, a),
);
allow<AssetRef>(
  "asset",
  "setException",
  (actor, a) => canSeeAsset(actor, a) && isDepartmentManager(actor, a),
);
/** Creating in a department: its members and holders of own_assets over it. */
allow<DepartmentRef>(
  "asset_department",
  "create",
  (actor, d) => actor.departmentId === d.departmentId || hasDutyOver(actor, "own_assets", unit(d)),
);
allow<DepartmentRef>("asset_department", "classify", (actor, d) =>
  hasDutyOver(actor, "classify_assets", unit(d)),
);
allow<DepartmentRef>("asset_department", "inventory", (actor, d) =>
  hasDutyOver(actor, "own_assets", unit(d)),
);
allow<DepartmentRef>(
  "asset_department",
  "viewInventory",
  (actor, d) =>
    actor.departmentId === d.departmentId || ASSET_VIEW_DUTIES.some((x) => hasDutyOver(actor, x, unit(d))),
);
allow<{ personId: string }>("asset_view", "manage", (actor, v) => v.personId === actor.personId);

/** Departments (ids) whose assets `duties` open to the actor: "all", or explicit unit ids. */
function grantUnits(actor: Actor, duties: readonly Duty[]): "all" | string[] {
  const ids = new Set<string>();
  for (const g of actor.grants) {
    if (!duties.includes(g.duty)) continue;
    if (g.scope === "organization") return "all";
    if (g.scopeDepartmentId) ids.add(g.scopeDepartmentId);
  }
  return [...ids];
}

/**
 * The units the home dashboard counts for the actor (see dashboard.ts): "my departments" — their
 * own 課 and the units of their 課- or bureau-scoped view grants (an organization-wide viewer's are
 * their own 課 only: the dashboard is what needs their attention, not a census) — and the units
 * where they record inventory results (own_assets, as asset_department.inventory). A bureau id
 * stands for its 課; the caller expands it.
 */
export function dashboardUnits(actor: Actor): { mine: string[]; inventory: "all" | string[] } {
  const view = grantUnits(actor, ASSET_VIEW_DUTIES);
  const mine = [
    ...new Set([...(actor.departmentId ? [actor.departmentId] : []), ...(view === "all" ? [] : view)]),
  ];
  return { mine, inventory: grantUnits(actor, ["own_assets"]) };
}

/**
 * Assets of the departments covered by these units (a unit id is a department, or a bureau whose
 * child departments it covers): the unit ids themselves, and the children of `expandIds` (default:
 * all of them) looked up by the same statement (an init plan run once per statement, not a round
 * trip before it). A person's own unit covers only itself, as in `canSeeAsset`.
 */
function inUnits(ids: string[], expandIds: string[] = ids): SQL {
  if (ids.length === 0) return sql`false`;
  if (expandIds.length === 0) return inArray(assets.departmentId, ids);
  return sql`(${inArray(assets.departmentId, ids)} or ${assets.departmentId} = any(${childUnitsArraySql(expandIds)}))`;
}

/**
 * Whether the read rule confines the actor to at most `max` departments (their own and
 * department-scope grants; plus the assets naming them or in their custody, which are few): no
 * organization- or bureau-scope grant of a viewing or managing duty. The list then reads those
 * departments' rows rather than starting from the search index (see `searchSql`).
 */
export function assetVisibilityIsNarrow(actor: Actor, max: number): boolean {
  const units = new Set<string>(actor.departmentId ? [actor.departmentId] : []);
  for (const g of actor.grants) {
    if (!ASSET_VIEW_DUTIES.includes(g.duty) && !ASSET_MANAGER_DUTIES.includes(g.duty)) continue;
    if (g.scope !== "department" || !g.scopeDepartmentId) return false;
    units.add(g.scopeDepartmentId);
  }
  return units.size <= max;
}

/**
 * The read rule above, as SQL over `assets` (uses the stored effective confidentiality). Written
 * as an OR of index-friendly branches (department, named people, custodian) so a department's
 * list does not scan the register. Keep in step with `canSeeAsset`; the leak tests compare list,
 * search and detail.
 */
export async function assetVisibilitySql(_db: DbOrTx, actor: Actor, profile: Profile): Promise<SQL> {
  const parts = assetVisibilityParts(actor, profile);
  return or(parts.byPerson, parts.byUnitAndClass, auditedAssetsSql(actor, profile)) as SQL;
}

/**
 * What a running audit opens to an auditor (`auditedOver` in `canSeeAsset`): the audited units'
 * assets held during the audit period, never one of the top level. Not part of the steering
 * overview's per-department counts (an audit is not a census).
 */
function auditedAssetsSql(actor: Actor, profile: Profile): SQL {
  const scheme = profile.classification.confidentiality;
  const nonTopKeys = scheme.levels.filter((l) => !isTopLevel(scheme, l.key)).map((l) => l.key);
  const nonTop = or(
    isNull(assets.effectiveConfidentiality),
    nonTopKeys.length ? inArray(assets.effectiveConfidentiality, nonTopKeys) : sql`false`,
  ) as SQL;
  const audited = auditedSql(
    actor,
    assets.departmentId,
    jstDateSql(assets.createdAt),
    sql`${assets.disposedOn}`,
  );
  return sql`(${audited} and ${nonTop})`;
}

/**
 * The read rule in two halves whose OR is `assetVisibilitySql`: what the actor sees because of
 * who they are on the asset (named on it or on what it holds, its custodian), and what they see
 * by department and class alone. The second reads only `department_id` and
 * `effective_confidentiality`, so it applies as well to the per-department counts of
 * `asset_overview_counts` (the steering overview counts from there).
 */
export function assetVisibilityParts(
  actor: Actor,
  profile: Profile,
): { byPerson: SQL; byUnitAndClass: SQL; personCandidates: SQL } {
  const scheme = profile.classification.confidentiality;
  const nonTopKeys = scheme.levels.filter((l) => !isTopLevel(scheme, l.key)).map((l) => l.key);
  const nonTop = or(
    isNull(assets.effectiveConfidentiality),
    nonTopKeys.length ? inArray(assets.effectiveConfidentiality, nonTopKeys) : sql`false`,
  ) as SQL;
  const top = sql`not (${nonTop})`;
  // Named on the asset, or on something it holds directly (the container is seen too).
  const named = sql`(${assets.id} = any(array(select ${assetNamedPeople.assetId} from ${assetNamedPeople} where ${assetNamedPeople.personId} = ${actor.personId})) or ${assets.id} = any(array(select r.from_asset_id from ${assetRelations} r join ${assetNamedPeople} n on n.asset_id = r.to_asset_id where r.type = 'contains' and n.person_id = ${actor.personId} union select r.to_asset_id from ${assetRelations} r join ${assetNamedPeople} n on n.asset_id = r.from_asset_id where r.type = 'stored_in' and n.person_id = ${actor.personId})))`;

  const byPerson = or(named, and(eq(assets.custodianPersonId, actor.personId), nonTop)) as SQL;
  const branches: SQL[] = [];
  const viewUnits = grantUnits(actor, ASSET_VIEW_DUTIES);
  if (viewUnits === "all") branches.push(nonTop);
  else {
    const ids = [...new Set([...(actor.departmentId ? [actor.departmentId] : []), ...viewUnits])];
    if (ids.length) branches.push(and(inUnits(ids, viewUnits), nonTop) as SQL);
  }
  const managerUnits = grantUnits(actor, ASSET_MANAGER_DUTIES);
  if (managerUnits === "all") branches.push(top);
  else if (managerUnits.length) branches.push(and(inUnits(managerUnits), top) as SQL);
  // Every asset `byPerson` may let through (a superset, read through indexes): a count of the
  // assets seen only through who the viewer is on them starts from these few ids, not from a scan
  // of the whole register (#20).
  const personCandidates = sql`array(select ${assetNamedPeople.assetId} from ${assetNamedPeople} where ${assetNamedPeople.personId} = ${actor.personId} union select r.from_asset_id from ${assetRelations} r join ${assetNamedPeople} n on n.asset_id = r.to_asset_id where r.type = 'contains' and n.person_id = ${actor.personId} union select r.to_asset_id from ${assetRelations} r join ${assetNamedPeople} n on n.asset_id = r.from_asset_id where r.type = 'stored_in' and n.person_id = ${actor.personId} union select c.id from ${assets} c where c.custodian_person_id = ${actor.personId})`;
  return {
    byPerson,
    byUnitAndClass: branches.length ? (or(...branches) as SQL) : sql`false`,
    personCandidates,
  };
}
