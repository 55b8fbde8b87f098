import { and, asc, desc, eq, inArray, isNull, lt, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { todayJst } from "../../../common/calendar";
import type { Duty } from "../../../common/duties";
import { auditEvents } from "../../audit/tables";
import type { DbOrTx } from "../../db/client";
import { genericPlanSql, renderedSql } from "../../db/sql";
import {
  bureauOfSql,
  departmentCodeSql,
  departmentNameSql,
  departmentUnit,
  holdersOf,
  personNameSql,
} from "../../directory";
import type { Actor } from "../../http/context";
import type { Profile } from "../../profile";
import { type AssetRef, assetVisibilityIsNarrow, assetVisibilitySql } from "./access";
import { isTopLevel, keysAtLeast } from "./domain/classification";
import { assetNamedPeople, assetRelations, assets } from "./tables";

export type AssetRow = typeof assets.$inferSelect;

export interface AssetListRow extends AssetRow {
  departmentCode: string | null;
  departmentName: string | null;
  bureauId: string | null;
  custodianName: string | null;
}

/** Columns of a list row (no search columns: they are big and internal). */
const listColumns = {
  id: assets.id,
  assetNumber: assets.assetNumber,
  name: assets.name,
  kind: assets.kind,
  subkind: assets.subkind,
  departmentId: assets.departmentId,
  custodianPersonId: assets.custodianPersonId,
  confidentiality: assets.confidentiality,
  integrity: assets.integrity,
  availability: assets.availability,
  effectiveConfidentiality: assets.effectiveConfidentiality,
  effectiveIntegrity: assets.effectiveIntegrity,
  effectiveAvailability: assets.effectiveAvailability,
  classificationPending: assets.classificationPending,
  classificationDecideBy: assets.classificationDecideBy,
  zone: assets.zone,
  storagePlace: assets.storagePlace,
  notes: assets.notes,
  retentionYears: assets.retentionYears,
  retentionPermanent: assets.retentionPermanent,
  retentionUntil: assets.retentionUntil,
  disposalDueDate: assets.disposalDueDate,
  origin: assets.origin,
  sourceClassification: assets.sourceClassification,
  hasPersonalInfo: assets.hasPersonalInfo,
  specificPersonalInfo: assets.specificPersonalInfo,
  sensitivePersonalInfo: assets.sensitivePersonalInfo,
  personCount: assets.personCount,
  exceptionRef: assets.exceptionRef,
  status: assets.status,
  acquiredOn: assets.acquiredOn,
  inUseSince: assets.inUseSince,
  lastInventoriedOn: assets.lastInventoriedOn,
  disposedOn: assets.disposedOn,
  statusChangedOn: assets.statusChangedOn,
  extra: assets.extra,
  searchText: sql<string>`''`.as("search_text_omitted"),
  searchGrams: sql<string[]>`'{}'::text[]`.as("search_grams_omitted"),
  createdBy: assets.createdBy,
  createdAt: assets.createdAt,
  updatedAt: assets.updatedAt,
  // Scalar subqueries of the directory rather than joins: evaluated for the rows returned only
  // (after the limit), never for the rows a search or a filter discards. Rendered once (no
  // parameters): each list then copies their text rather than building them again (#11).
  departmentCode: renderedSql(departmentCodeSql(assets.departmentId)),
  departmentName: renderedSql(departmentNameSql(assets.departmentId)),
  bureauId: renderedSql(bureauOfSql(assets.departmentId)),
  custodianName: renderedSql(personNameSql(assets.custodianPersonId)),
};

function baseSelect(db: DbOrTx) {
  return db.select(listColumns).from(assets);
}

/**
 * People named on an asset held directly in `assetId` (contains: from ⊇ to; stored_in: from is
 * kept in to). They see the container too: whoever puts 機密性3 data they are named on onto the USB
 * stick they registered can still open that stick (issue #13 item 3, 対策基準 7.1(1)③).
 */
export const namedOnContentsSql = (assetId: SQL | typeof assets.id) =>
  // Two halves, each an index lookup (relations by from / to, named people by asset): one join on
  // an OR of both could use neither, and as a per-row subquery of a page it cost ~30 ms a row.
  sql`select n.person_id from ${assetRelations} r join ${assetNamedPeople} n on n.asset_id = r.to_asset_id where r.type = 'contains' and r.from_asset_id = ${assetId} union select n.person_id from ${assetRelations} r join ${assetNamedPeople} n on n.asset_id = r.from_asset_id where r.type = 'stored_in' and r.to_asset_id = ${assetId}`;

/**
 * A list row also carries the ids of the people named on the asset or on what it holds (for its
 * access reference; the named people shown on the detail are `namedPeopleOf`).
 */
const listPageColumns = {
  ...listColumns,
  namedPersonIds: renderedSql(
    sql<
      string[]
    >`array(select named.person_id from ${assetNamedPeople} named where named.asset_id = ${assets.id} union ${namedOnContentsSql(assets.id)})`,
  ),
};

export async function namedPeopleOf(db: DbOrTx, assetId: string) {
  return db
    .select({
      personId: assetNamedPeople.personId,
      name: personNameSql(assetNamedPeople.personId),
      createdAt: assetNamedPeople.createdAt,
    })
    .from(assetNamedPeople)
    .where(eq(assetNamedPeople.assetId, assetId))
    .orderBy(asc(assetNamedPeople.createdAt));
}

export function refOf(profile: Profile, row: AssetListRow, namedPersonIds: string[]): AssetRef {
  return {
    id: row.id,
    departmentId: row.departmentId,
    bureauId: row.bureauId,
    custodianPersonId: row.custodianPersonId,
    effectiveConfidentiality: row.effectiveConfidentiality,
    namedPersonIds,
    topLevel: isTopLevel(profile.classification.confidentiality, row.effectiveConfidentiality),
    span: { from: todayJst(row.createdAt), to: row.disposedOn ?? null },
  };
}

/**
 * The asset and its access reference, or null when it does not exist: the row with the ids of
 * everyone named on it or on what it holds in one statement, the named people shown on the
 * detail (with names, in order) in a second.
 */
export async function loadAssetRef(db: DbOrTx, profile: Profile, id: string) {
  const [found] = await db.select(listPageColumns).from(assets).where(eq(assets.id, id));
  if (!found) return null;
  const { namedPersonIds, ...row } = found;
  const named = await namedPeopleOf(db, id);
  return { row: row as AssetListRow, named, ref: refOf(profile, row as AssetListRow, namedPersonIds) };
}

/** The access references of several assets in one statement (the detail's related assets). */
export async function loadAssetRefs(
  db: DbOrTx,
  profile: Profile,
  ids: readonly string[],
): Promise<Map<string, AssetRef>> {
  const out = new Map<string, AssetRef>();
  if (ids.length === 0) return out;
  const rows = await db
    .select(listPageColumns)
    .from(assets)
    .where(inArray(assets.id, [...new Set(ids)]));
  for (const { namedPersonIds, ...row } of rows)
    out.set(row.id, refOf(profile, row as AssetListRow, namedPersonIds));
  return out;
}

export { departmentUnit };

/**
 * People holding a duty of the profile over the department at `now`, nearest first (its own
 * holder, the bureau's, organization-wide; then deputies), from the directory.
 */
export async function holdersOver(
  db: DbOrTx,
  profile: Profile,
  duty: Duty,
  unit: { departmentId: string; bureauId: string | null },
  now: Date,
): Promise<string[]> {
  return [...new Set((await holdersOf(db, profile, duty, unit, now)).map((h) => h.personId))];
}

// ── list ─────────────────────────────────────────────────────────────────────

export const SORTS = ["assetNumber", "name", "updatedAt", "disposalDueDate"] as const;
export type Sort = (typeof SORTS)[number];

export interface ListFilter {
  q?: string;
  confidentiality?: string[];
  integrity?: string[];
  availability?: string[];
  /** On the effective confidentiality: this level or stricter (by rank). */
  confidentialityAtLeast?: string;
  zone?: string[];
  kind?: string[];
  status?: string[];
  departmentId?: string[];
  hasPersonalInfo?: boolean;
  specificPersonalInfo?: boolean;
  sensitivePersonalInfo?: boolean;
  classificationPending?: boolean;
  disposalDueBefore?: string;
  ids?: string[];
}

/** Split into terms on white space (full-width too); each term must match (AND). */
export function searchTerms(q: string | undefined): string[] {
  if (!q) return [];
  return q
    .normalize("NFKC")
    .split(/\s+/u)
    .map((t) => t.trim())
    .filter((t) => t.length > 0)
    .slice(0, 8);
}

/**
 * How the list reads a search (see `listAssets`): the planner cannot estimate the bigram lookup — it
 * multiplies the grams' frequencies as if independent and expects one row where a common word such
 * as USBメモリ matches thousands — so given the GIN index it starts from it and discards almost
 * everything it read. Where the rows come from a few departments (at most this many: by the
 * department filter, or by the reader's access rule), the search is applied as a filter on those
 * departments' rows instead (a department holds some hundreds to a thousand assets).
 */
export const SEARCH_AS_FILTER_MAX_DEPARTMENTS = 5;

/**
 * Japanese partial match: GIN lookup by bigrams, rechecked by position in the normalized text.
 * `asFilter`: the same two conditions, written so the planner cannot start from the GIN index and
 * evaluates the position first (the grams test then runs only on the rows that contain the term).
 */
export function searchSql(terms: string[], asFilter = false): SQL[] {
  return terms.map((t) =>
    asFilter
      ? sql`(case when position(sekimori_search_norm(${t}) in ${assets.searchText}) > 0 then ${assets.searchGrams} @> sekimori_query_grams(${t}) else false end)`
      : sql`(${assets.searchGrams} @> sekimori_query_grams(${t}) and position(sekimori_search_norm(${t}) in ${assets.searchText}) > 0)`,
  );
}

/** `searchAsFilter`: see `searchSql`; by default for a single-department filter. */
export function filterSql(
  profile: Profile,
  f: ListFilter,
  searchAsFilter = f.departmentId?.length === 1,
): SQL[] {
  const conds: SQL[] = [];
  conds.push(...searchSql(searchTerms(f.q), searchAsFilter));
  if (f.confidentiality?.length) {
    // "none": not classified yet (the overview's bar of assets without a level).
    const named = f.confidentiality.filter((c) => c !== "none");
    const parts: SQL[] = [];
    if (named.length) parts.push(inArray(assets.confidentiality, named));
    if (f.confidentiality.includes("none")) parts.push(isNull(assets.confidentiality));
    conds.push(or(...parts) as SQL);
  }
  if (f.integrity?.length) conds.push(inArray(assets.integrity, f.integrity));
  if (f.availability?.length) conds.push(inArray(assets.availability, f.availability));
  if (f.confidentialityAtLeast) {
    const keys = keysAtLeast(profile.classification.confidentiality, f.confidentialityAtLeast);
    conds.push(keys.length ? inArray(assets.effectiveConfidentiality, keys) : sql`false`);
  }
  if (f.zone?.length) {
    const named = f.zone.filter((z) => z !== "none");
    const parts: SQL[] = [];
    if (named.length) parts.push(inArray(assets.zone, named as never[]));
    if (f.zone.includes("none")) parts.push(isNull(assets.zone));
    conds.push(or(...parts) as SQL);
  }
  if (f.kind?.length) conds.push(inArray(assets.kind, f.kind as never[]));
  if (f.status?.length) conds.push(inArray(assets.status, f.status as never[]));
  if (f.departmentId?.length) conds.push(inArray(assets.departmentId, f.departmentId));
  if (f.hasPersonalInfo !== undefined) conds.push(eq(assets.hasPersonalInfo, f.hasPersonalInfo));
  if (f.specificPersonalInfo !== undefined)
    conds.push(eq(assets.specificPersonalInfo, f.specificPersonalInfo));
  if (f.sensitivePersonalInfo !== undefined)
    conds.push(eq(assets.sensitivePersonalInfo, f.sensitivePersonalInfo));
  if (f.classificationPending !== undefined)
    conds.push(eq(assets.classificationPending, f.classificationPending));
  if (f.disposalDueBefore) conds.push(lt(assets.disposalDueDate, f.disposalDueBefore));
  if (f.ids?.length) conds.push(inArray(assets.id, f.ids));
  return conds;
}

const NULL_DATE = "9999-12-31";

function sortColumn(sort: Sort): SQL {
  switch (sort) {
    case "assetNumber":
      return sql`${assets.assetNumber}`;
    case "name":
      return sql`${assets.name}`;
    case "updatedAt":
      return sql`${assets.updatedAt}`;
    case "disposalDueDate":
      return sql`coalesce(${assets.disposalDueDate}, ${NULL_DATE}::date)`;
  }
}

export interface Cursor {
  v: string;
  id: string;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c), "utf8").toString("base64url");
}

export function decodeCursor(s: string): Cursor | null {
  try {
    const c = JSON.parse(Buffer.from(s, "base64url").toString("utf8"));
    if (typeof c?.v === "string" && typeof c?.id === "string" && /^[0-9a-f-]{36}$/i.test(c.id)) return c;
  } catch {
    // fall through
  }
  return null;
}

function cursorValue(sort: Sort, row: AssetListRow): string {
  switch (sort) {
    case "assetNumber":
      return row.assetNumber;
    case "name":
      return row.name;
    case "updatedAt":
      return row.updatedAt.toISOString();
    case "disposalDueDate":
      return row.disposalDueDate ?? NULL_DATE;
  }
}

function cursorCast(sort: Sort, v: string): SQL {
  if (sort === "updatedAt") return sql`${v}::timestamptz`;
  if (sort === "disposalDueDate") return sql`${v}::date`;
  return sql`${v}`;
}

/** `OFFSET 0`, which keeps the planner from merging a subquery into the query around it (drizzle leaves out a numeric 0). */
const OFFSET_FENCE = sql`0` as unknown as number;

export async function listAssets(
  db: DbOrTx,
  actor: Actor,
  profile: Profile,
  f: ListFilter,
  page: { sort: Sort; order: "asc" | "desc"; cursor?: Cursor | null; limit: number },
) {
  // One department filtered: its rows come in sort order from assets_department_idx
  // (department_id, asset_number), and the search is a filter on them. A few departments (by the
  // filter, or by the reader's rule when there is no filter): the candidates are chosen in a
  // subquery the planner may not merge (OFFSET 0) and sorted outside it — left to itself, with a
  // limit and a sort it walks an index in sort order over the whole register, expecting the
  // matches spread evenly, while a department's assets share a number prefix. Otherwise the search
  // starts from the GIN index.
  const filtered = f.departmentId?.length ?? 0;
  const fenced =
    (filtered > 1 && filtered <= SEARCH_AS_FILTER_MAX_DEPARTMENTS) ||
    (filtered === 0 && assetVisibilityIsNarrow(actor, SEARCH_AS_FILTER_MAX_DEPARTMENTS));
  const conds = [
    await assetVisibilitySql(db, actor, profile),
    ...filterSql(profile, f, filtered === 1 || fenced),
    // Its plan is the same whatever the values (the shape follows the filter): see genericPlanSql.
    genericPlanSql,
  ];
  const col = sortColumn(page.sort);
  // asset_number is unique; the other sorts are tie-broken by id.
  const keyed = page.sort !== "assetNumber";
  if (page.cursor) {
    const v = cursorCast(page.sort, page.cursor.v);
    const op = page.order === "asc" ? sql`>` : sql`<`;
    conds.push(
      keyed ? sql`(${col}, ${assets.id}) ${op} (${v}, ${page.cursor.id}::uuid)` : sql`${col} ${op} ${v}`,
    );
  }
  const dir = page.order === "asc" ? asc : desc;
  let rows: Array<AssetListRow & { namedPersonIds: string[] }>;
  if (fenced) {
    const listed = db
      .select({ id: assets.id, key: sql`${col}`.as("sort_key") })
      .from(assets)
      .where(and(...conds))
      .offset(OFFSET_FENCE)
      .as("listed");
    rows = (await db
      .select(listPageColumns)
      .from(listed)
      .innerJoin(assets, eq(assets.id, listed.id))
      .orderBy(...(keyed ? [dir(listed.key), dir(listed.id)] : [dir(listed.key)]))
      .limit(page.limit + 1)) as typeof rows;
  } else {
    rows = (await db
      .select(listPageColumns)
      .from(assets)
      .where(and(...conds))
      .orderBy(...(keyed ? [dir(col), dir(assets.id)] : [dir(col)]))
      .limit(page.limit + 1)) as typeof rows;
  }
  const more = rows.length > page.limit;
  const items: AssetListRow[] = [];
  /** Named people of each listed asset (ids), read by the same statement. */
  const named = new Map<string, string[]>();
  for (const { namedPersonIds, ...row } of more ? rows.slice(0, page.limit) : rows) {
    items.push(row);
    if (namedPersonIds.length) named.set(row.id, namedPersonIds);
  }
  const last = items.at(-1);
  const nextCursor = more && last ? encodeCursor({ v: cursorValue(page.sort, last), id: last.id }) : null;
  return { items, nextCursor, named };
}

export async function relationsOf(db: DbOrTx, assetId: string) {
  const other = alias(assets, "related_asset");
  const out = await db
    .select({
      id: assetRelations.id,
      type: assetRelations.type,
      fromAssetId: assetRelations.fromAssetId,
      toAssetId: assetRelations.toAssetId,
      otherId: other.id,
      otherNumber: other.assetNumber,
      otherName: other.name,
      otherDepartmentId: other.departmentId,
      otherEffectiveConfidentiality: other.effectiveConfidentiality,
      otherCustodian: other.custodianPersonId,
    })
    .from(assetRelations)
    .innerJoin(
      other,
      sql`${other.id} = case when ${assetRelations.fromAssetId} = ${assetId}::uuid then ${assetRelations.toAssetId} else ${assetRelations.fromAssetId} end`,
    )
    .where(or(eq(assetRelations.fromAssetId, assetId), eq(assetRelations.toAssetId, assetId)));
  return out;
}

type HistoryRow = {
  id: number;
  occurredAt: Date;
  type: string;
  actorPersonId: string | null;
  actorName: string | null;
  data: unknown;
};

/**
 * The asset's history: its own events, and the import batches that created or updated it (an
 * `asset.import_batch` event lists [id, number(, fields)] of up to 1,000 assets; only this asset's
 * entry is returned).
 */
export async function historyOf(db: DbOrTx, assetId: string): Promise<HistoryRow[]> {
  const needle = JSON.stringify([[assetId]]);
  const batches = await db
    .select({
      id: auditEvents.id,
      occurredAt: auditEvents.occurredAt,
      type: auditEvents.type,
      actorPersonId: auditEvents.actorPersonId,
      actorName: personNameSql(auditEvents.actorPersonId),
      data: auditEvents.data,
    })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.type, "asset.import_batch"),
        or(
          sql`${auditEvents.data}->'created' @> ${needle}::jsonb`,
          sql`${auditEvents.data}->'updated' @> ${needle}::jsonb`,
        ),
      ),
    )
    .orderBy(desc(auditEvents.id))
    .limit(50);
  const own = await ownHistory(db, assetId);
  const fromBatches = batches.map((b) => {
    const d = b.data as { importId?: string; batch?: number; created?: unknown[][]; updated?: unknown[][] };
    const created = d.created?.find((e) => e[0] === assetId);
    const updated = d.updated?.find((e) => e[0] === assetId);
    return {
      ...b,
      data: {
        importId: d.importId ?? null,
        batch: d.batch ?? null,
        action: created ? "created" : "updated",
        ...(updated ? { fields: updated[2] ?? [] } : {}),
        ...((b.data as { via?: string }).via ? { via: (b.data as { via?: string }).via } : {}),
      },
    };
  });
  return [...own, ...fromBatches].sort((a, b) => b.id - a.id).slice(0, 200);
}

async function ownHistory(db: DbOrTx, assetId: string) {
  return db
    .select({
      id: auditEvents.id,
      occurredAt: auditEvents.occurredAt,
      type: auditEvents.type,
      actorPersonId: auditEvents.actorPersonId,
      actorName: personNameSql(auditEvents.actorPersonId),
      data: auditEvents.data,
    })
    .from(auditEvents)
    .where(and(eq(auditEvents.targetType, "asset"), eq(auditEvents.targetId, assetId)))
    .orderBy(desc(auditEvents.id))
    .limit(200);
}
