/**
 * The assets module's face (DESIGN.md §4 rule 4): the only file another module may import.
 * Every read takes the viewer and returns only what the viewer may open: an asset the viewer may
 * not read (or that does not exist) comes back as `{ id, hidden: true }` — never its number, name,
 * classification or department, so a screen of another module cannot reveal it.
 */
import { z } from "@hono/zod-openapi";
import { and, inArray, type SQL, sql } from "drizzle-orm";
import type { AuditRecordFace } from "../../audit/faces";
import type { DbOrTx } from "../../db/client";
import type { Actor } from "../../http/context";
import type { Profile } from "../../profile";
import { assetVisibilitySql } from "./access";
import { assetNamedPeople, assets } from "./tables";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export { dashboardCounts, overviewFigures } from "./dashboard";

/** Shown instead of a hidden asset (ja / en). */
export const HIDDEN_ASSET_LABEL = {
  ja: "閲覧権限のない情報資産",
  en: "Information asset you may not view",
} as const;

/**
 * An asset as another module's answer names it: its number and name to a viewer who may open it,
 * only its id (hidden) otherwise. The schema is what those modules' routes declare.
 */
export const AssetLabelSchema = z
  .union([
    z.object({ id: z.string(), hidden: z.literal(true) }),
    z.object({
      id: z.string(),
      hidden: z.literal(false),
      assetNumber: z.string(),
      name: z.string(),
      departmentId: z.string(),
      kind: z.string(),
      status: z.string(),
    }),
  ])
  .openapi("AssetLabel");
export type AssetLabel = z.infer<typeof AssetLabelSchema>;

/**
 * Who reads: a signed-in person under the active profile (whose classification decides what is
 * top level), or the system itself (jobs, rules evaluated on the server) which reads every asset.
 */
export type Viewer = { actor: Actor; profile: Profile } | "system";

async function visibleWhere(db: DbOrTx, viewer: Viewer): Promise<SQL> {
  return viewer === "system" ? sql`true` : assetVisibilitySql(db, viewer.actor, viewer.profile);
}

/** Labels of these assets for the viewer, by id (every id present; hidden when not readable). */
export async function assetLabels(
  db: DbOrTx,
  viewer: Viewer,
  ids: ReadonlyArray<string | null | undefined>,
): Promise<Map<string, AssetLabel>> {
  const unique = [...new Set(ids.filter((x): x is string => !!x))];
  const out = new Map<string, AssetLabel>(unique.map((id) => [id, { id, hidden: true }]));
  // An id that is not a UUID names no asset (audit data, old exports): hidden, never a query error.
  const candidates = unique.filter((id) => UUID.test(id));
  if (!candidates.length) return out;
  const rows = await db
    .select({
      id: assets.id,
      assetNumber: assets.assetNumber,
      name: assets.name,
      departmentId: assets.departmentId,
      kind: assets.kind,
      status: assets.status,
    })
    .from(assets)
    .where(and(inArray(assets.id, candidates), await visibleWhere(db, viewer)));
  for (const r of rows) out.set(r.id, { ...r, hidden: false });
  return out;
}

/** A 課 that owns systems of one system kind (zone), as far as the viewer may see them. */
export interface SystemOwner {
  zone: string;
  departmentId: string;
  /** How many of its systems in that zone the viewer may open. */
  systems: number;
}

/**
 * The 課 that own systems (kind `system`, not disposed) of the given system kinds — the zones of
 * the profile (マイナンバー利用事務系, LGWAN接続系, …) — for a 横展開 by system kind (西原村
 * 10.1(7)). Only systems the viewer may read count: a 課 whose only such system is hidden from
 * the viewer is not named, so the answer reveals no system the viewer may not open.
 */
export async function systemOwnersByZone(
  db: DbOrTx,
  viewer: Viewer,
  zones: readonly string[],
): Promise<SystemOwner[]> {
  if (!zones.length) return [];
  const rows = await db
    .select({
      zone: sql<string>`${assets.zone}`,
      departmentId: assets.departmentId,
      systems: sql<number>`count(*)::int`,
    })
    .from(assets)
    .where(
      and(
        sql`${assets.kind} = 'system'`,
        sql`${assets.status} <> 'disposed'`,
        inArray(assets.zone, [...zones] as Array<NonNullable<typeof assets.$inferSelect.zone>>),
        await visibleWhere(db, viewer),
      ),
    )
    .groupBy(assets.zone, assets.departmentId)
    .orderBy(assets.zone, assets.departmentId);
  return rows.map((r) => ({ ...r, systems: Number(r.systems) }));
}

/** "番号 名称" of a visible asset, or the hidden text (Japanese) of a hidden one. */
export function labelText(label: AssetLabel | undefined): string {
  if (!label || label.hidden) return HIDDEN_ASSET_LABEL.ja;
  return `${label.assetNumber} ${label.name}`.trim();
}

/** What a rule of another module needs of an asset it is asked about (classification, zone, …). */
export interface AssetFacts {
  id: string;
  assetNumber: string;
  name: string;
  kind: string;
  subkind: string | null;
  departmentId: string;
  status: string;
  /** Effective levels (the stored effective value, else the asset's own). */
  confidentiality: string | null;
  integrity: string | null;
  availability: string | null;
  zone: string | null;
  /** People named on the asset (who may read it at the top confidentiality level). */
  namedPersonIds: string[];
  /** The person who keeps the asset (管理者), if any. */
  custodianPersonId: string | null;
}

/**
 * Facts of the assets the viewer may read (others are absent: a caller cannot tell a hidden asset
 * from a missing one). `"system"` reads every asset — for rules evaluated on the server only.
 */
export async function assetFacts(db: DbOrTx, viewer: Viewer, ids: readonly string[]): Promise<AssetFacts[]> {
  if (!ids.length) return [];
  return db
    .select({
      id: assets.id,
      assetNumber: assets.assetNumber,
      name: assets.name,
      kind: assets.kind,
      subkind: assets.subkind,
      departmentId: assets.departmentId,
      status: assets.status,
      confidentiality: sql<
        string | null
      >`coalesce(${assets.effectiveConfidentiality}, ${assets.confidentiality})`,
      integrity: sql<string | null>`coalesce(${assets.effectiveIntegrity}, ${assets.integrity})`,
      availability: sql<string | null>`coalesce(${assets.effectiveAvailability}, ${assets.availability})`,
      zone: assets.zone,
      custodianPersonId: assets.custodianPersonId,
      namedPersonIds: sql<
        string[]
      >`array(select ${assetNamedPeople.personId}::text from ${assetNamedPeople} where ${assetNamedPeople.assetId} = ${assets.id})`,
    })
    .from(assets)
    .where(and(inArray(assets.id, [...ids]), await visibleWhere(db, viewer)));
}

/**
 * The id of the asset with this number, when the viewer may read it (else null: a hidden asset
 * cannot be told from a missing one). `"system"` finds any — for a caller that has already
 * authorized a need-to-know grant and records it.
 */
export async function assetIdByNumber(
  db: DbOrTx,
  viewer: Viewer,
  assetNumber: string,
): Promise<string | null> {
  const [row] = await db
    .select({ id: assets.id })
    .from(assets)
    .where(and(sql`${assets.assetNumber} = ${assetNumber.trim()}`, await visibleWhere(db, viewer)));
  return row?.id ?? null;
}

export interface HeldAsset {
  personId: string;
  /** custodian (管理者として保管) or named on a top-level asset (取扱者として指定). */
  as: "custodian" | "named";
  label: AssetLabel;
}

/**
 * Assets in use (not disposed) that these people hold as custodian or are named on, outside the
 * given department of each — what a 人事異動 leaves for the old department's manager to reassign
 * (西原村 6.1(1)⑧, 川崎市 第2章5(3)イ). Labels are the viewer's: an asset the viewer may not open
 * is listed as hidden, so the count is right and nothing more is told.
 */
export async function assetsHeldOutside(
  db: DbOrTx,
  viewer: Viewer,
  entries: ReadonlyArray<{ personId: string; departmentId: string | null }>,
): Promise<HeldAsset[]> {
  if (!entries.length) return [];
  const personIds = [...new Set(entries.map((e) => e.personId))];
  const keep = new Map(entries.map((e) => [e.personId, e.departmentId]));
  const custodian = await db
    .select({ id: assets.id, personId: assets.custodianPersonId, departmentId: assets.departmentId })
    .from(assets)
    .where(and(inArray(assets.custodianPersonId, personIds), sql`${assets.status} <> 'disposed'`));
  const named = await db
    .select({ id: assets.id, personId: assetNamedPeople.personId, departmentId: assets.departmentId })
    .from(assetNamedPeople)
    .innerJoin(assets, sql`${assets.id} = ${assetNamedPeople.assetId}`)
    .where(and(inArray(assetNamedPeople.personId, personIds), sql`${assets.status} <> 'disposed'`));
  const rows = [
    ...custodian.map((r) => ({ ...r, as: "custodian" as const })),
    ...named.map((r) => ({ ...r, as: "named" as const })),
  ].filter((r) => r.personId && r.departmentId !== keep.get(r.personId));
  const labels = await assetLabels(
    db,
    viewer,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    personId: r.personId as string,
    as: r.as,
    label: labels.get(r.id) ?? { id: r.id, hidden: true },
  }));
}

/** How the audit log shows assets (server/audit/faces.ts). */
export const assetAuditFace: AuditRecordFace = {
  targetType: "asset",
  idKeys: ["assetId"],
  describingKeys: ["assetNumber", "assetName", "assetLabel", "name"],
  hiddenLabel: HIDDEN_ASSET_LABEL,
  async read(db, actor, profile, ids) {
    const labels = await assetLabels(db, { actor, profile }, ids);
    const hidden = new Set<string>();
    const names = new Map<string, string>();
    for (const l of labels.values())
      if (l.hidden) hidden.add(l.id);
      else names.set(l.id, `${l.assetNumber} ${l.name}`);
    return { hidden, names };
  },
};

/** The yearly report (年次報告): this module's section and the records behind its figures. */
export { assetYearlyRecords, assetYearlySection } from "./yearly";
