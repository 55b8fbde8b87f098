/**
 * Demo assets: a handful of every kind (information, document, system, device, medium, network,
 * area) at every confidentiality level of the profile's scheme, some inside others (a USB stick
 * holding 機密性2 data, a system running on a server kept in the server room), some with personal
 * information. Written through the asset register's own commands, so effective levels, search
 * columns and audit events are those of a real registration.
 */
import type { AuditContext } from "../audit/record";
import type { Db, DbOrTx } from "../db/client";
import { addRelation, type CreateInput, createAsset } from "../modules/assets/commands/assets";
import type { AssetKind, AssetSubkind, RelationType, Zone } from "../modules/assets/tables";
import type { Level, Profile, SchemeKey } from "../profile";
import type { DemoOrganization, UnitTag } from "./organizations";

/** A level by position in the scheme: top (highest rank), mid, low (lowest rank). */
type Pos = "top" | "mid" | "low";

interface AssetSpec {
  key: string;
  name: string;
  kind: AssetKind;
  subkind?: AssetSubkind;
  tag: UnitTag;
  /** Only when the organization has a unit with this tag (消防 only where there is a fire service). */
  onlyWithTag?: boolean;
  levels: [Pos, Pos, Pos];
  zone?: Zone;
  storagePlace?: string;
  notes?: string;
  personal?: { specific?: boolean; sensitive?: boolean; count: number };
  /** Key of the asset this one is created inside (contains). */
  containedIn?: string;
  /** Relations added after creation: [type, other key] with this asset as `from`. */
  relations?: [RelationType, string][];
  retentionYears?: number;
}

function specs(building: string): AssetSpec[] {
  return [
    {
      key: "server-room",
      name: `サーバ室（${building}3階）`,
      kind: "area",
      tag: "it",
      levels: ["mid", "top", "top"],
      storagePlace: `${building}3階`,
      notes: "管理区域。入退室管理簿で入退室を記録する。",
    },
    {
      key: "archive",
      name: `書庫（${building}地下）`,
      kind: "area",
      tag: "general",
      levels: ["mid", "mid", "low"],
      storagePlace: `${building}地下1階`,
    },
    {
      key: "resident-server",
      name: "住民情報系サーバ",
      kind: "device",
      subkind: "server",
      tag: "it",
      levels: ["top", "top", "top"],
      zone: "mynumber",
      relations: [["stored_in", "server-room"]],
      storagePlace: "サーバ室 ラック1",
    },
    {
      key: "resident-system",
      name: "住民記録システム",
      kind: "system",
      tag: "residents",
      levels: ["top", "top", "top"],
      zone: "mynumber",
      relations: [["runs_on", "resident-server"]],
    },
    {
      key: "resident-data",
      name: "住民基本台帳データ",
      kind: "information",
      tag: "residents",
      levels: ["top", "top", "mid"],
      zone: "mynumber",
      containedIn: "resident-system",
      personal: { specific: true, count: 7000 },
      retentionYears: 5,
    },
    {
      key: "tax-data",
      name: "個人住民税課税台帳データ",
      kind: "information",
      tag: "tax",
      levels: ["top", "top", "mid"],
      zone: "mynumber",
      personal: { specific: true, count: 5200 },
      retentionYears: 7,
    },
    {
      key: "usb",
      name: "USBメモリ（管理番号 USB-001）",
      kind: "medium",
      subkind: "usb_memory",
      tag: "health",
      levels: ["low", "low", "low"],
      storagePlace: "課内 施錠できる保管庫",
      notes: "暗号化機能付き。貸出・返却は可搬媒体管理簿に記録する。",
      relations: [["stored_in", "archive"]],
    },
    {
      key: "health-data",
      name: "特定健診結果集計表",
      kind: "information",
      tag: "health",
      levels: ["mid", "mid", "low"],
      zone: "lgwan",
      containedIn: "usb",
      personal: { sensitive: true, count: 850 },
      retentionYears: 5,
    },
    {
      key: "minutes",
      name: "庁議議事録",
      kind: "information",
      tag: "general",
      levels: ["mid", "low", "low"],
      zone: "lgwan",
      retentionYears: 10,
    },
    {
      key: "web-draft",
      name: "ホームページ掲載原稿",
      kind: "information",
      tag: "business",
      levels: ["low", "mid", "low"],
      zone: "internet",
    },
    {
      key: "policy-doc",
      name: "情報セキュリティ対策基準（非公開文書）",
      kind: "document",
      tag: "it",
      levels: ["mid", "mid", "low"],
      storagePlace: "書庫 施錠キャビネット",
    },
    {
      key: "contracts",
      name: "業務委託契約書綴り",
      kind: "document",
      tag: "finance",
      levels: ["mid", "mid", "low"],
      storagePlace: "書庫 キャビネットB",
      retentionYears: 10,
    },
    {
      key: "pamphlet",
      name: "広報紙（印刷物）",
      kind: "document",
      tag: "general",
      levels: ["low", "low", "low"],
    },
    {
      key: "finance-system",
      name: "財務会計システム",
      kind: "system",
      tag: "finance",
      levels: ["mid", "top", "mid"],
      zone: "lgwan",
    },
    {
      key: "laptop",
      name: "業務用ノートパソコン（持出用 PC-012）",
      kind: "device",
      subkind: "pc",
      tag: "general",
      levels: ["mid", "low", "low"],
      zone: "lgwan",
      notes: "持ち出しは申請・承認のうえ持ち出し記録簿に記録する。",
    },
    {
      key: "mfp",
      name: "複合機（2階）",
      kind: "device",
      subkind: "mfp",
      tag: "general",
      levels: ["low", "low", "mid"],
      zone: "lgwan",
    },
    {
      key: "fire-calls",
      name: "119番通報受付記録（音声・発信地）",
      kind: "information",
      tag: "fire",
      onlyWithTag: true,
      levels: ["top", "top", "top"],
      zone: "lgwan",
      personal: { count: 12000 },
    },
    {
      key: "school-register",
      name: "児童生徒学籍簿",
      kind: "document",
      tag: "education",
      onlyWithTag: true,
      levels: ["top", "mid", "low"],
      personal: { count: 900 },
      storagePlace: "耐火書庫",
    },
  ];
}

const NETWORKS: Record<Zone, { name: string; levels: [Pos, Pos, Pos] }> = {
  mynumber: { name: "マイナンバー利用事務系ネットワーク", levels: ["top", "top", "top"] },
  lgwan: { name: "LGWAN接続系ネットワーク（庁内LAN）", levels: ["mid", "mid", "mid"] },
  internet: { name: "インターネット接続系ネットワーク", levels: ["low", "mid", "mid"] },
};

function levelAt(levels: Level[], pos: Pos): string {
  const sorted = [...levels].sort((a, b) => b.rank - a.rank);
  if (pos === "top") return sorted[0].key;
  if (pos === "low") return sorted[sorted.length - 1].key;
  return sorted[Math.floor(sorted.length / 2)].key;
}

/** The zone if the profile has it, else the next one down (the Yamagata association has only internet). */
function zoneFor(profile: Profile, wanted: Zone | undefined): Zone | null {
  if (!wanted) return null;
  const have = new Set(profile.zones.map((z) => z.key));
  const order: Zone[] = ["mynumber", "lgwan", "internet"];
  for (const z of order.slice(order.indexOf(wanted))) if (have.has(z)) return z;
  return null;
}

export interface DemoUnitRef {
  id: string;
  code: string;
  tags: UnitTag[];
  headPersonId: string | null;
}

export async function loadDemoAssets(
  tx: DbOrTx,
  ctx: AuditContext,
  profile: Profile,
  org: DemoOrganization,
  units: DemoUnitRef[],
  now: Date,
): Promise<number> {
  const db = tx as unknown as Db;
  const pickUnit = (tag: UnitTag, strict: boolean): DemoUnitRef | null =>
    units.find((u) => u.tags.includes(tag)) ??
    (strict ? null : (units.find((u) => u.tags.includes("general")) ?? units[0]));
  const schemes: SchemeKey[] = ["confidentiality", "integrity", "availability"];
  const levelsOf = (p: [Pos, Pos, Pos]) =>
    Object.fromEntries(schemes.map((s, i) => [s, levelAt(profile.classification[s].levels, p[i])])) as Record<
      SchemeKey,
      string
    >;

  const created = new Map<string, Awaited<ReturnType<typeof createAsset>>>();
  const pendingRelations: [string, RelationType, string][] = [];
  const add = async (spec: AssetSpec, levels: Record<SchemeKey, string>) => {
    const unit = pickUnit(spec.tag, spec.onlyWithTag === true);
    if (!unit) return;
    const input: CreateInput = {
      name: org.assetNames?.[spec.key] ?? spec.name,
      kind: spec.kind,
      subkind: spec.subkind ?? null,
      departmentId: unit.id,
      custodianPersonId: unit.headPersonId,
      ...levels,
      zone: zoneFor(profile, spec.zone),
      storagePlace: spec.storagePlace ?? null,
      notes: spec.notes ?? null,
      retentionYears: spec.retentionYears ?? null,
      hasPersonalInfo: spec.personal !== undefined,
      specificPersonalInfo:
        spec.personal?.specific === true && profile.zones.some((z) => z.key === "mynumber"),
      sensitivePersonalInfo: spec.personal?.sensitive === true,
      personCount: spec.personal?.count ?? null,
      acquiredOn: "2025-04-01",
    };
    const container = spec.containedIn ? (created.get(spec.containedIn) ?? null) : null;
    const row = await createAsset(db, ctx, profile, input, now, { container });
    created.set(spec.key, row);
    for (const [type, other] of spec.relations ?? []) pendingRelations.push([spec.key, type, other]);
  };

  for (const spec of specs(org.building)) await add(spec, levelsOf(spec.levels));
  for (const zone of profile.zones.map((z) => z.key as Zone)) {
    const n = NETWORKS[zone];
    if (!n) continue;
    await add(
      { key: `network-${zone}`, name: n.name, kind: "network", tag: "it", levels: n.levels, zone },
      levelsOf(n.levels),
    );
  }
  // Every confidentiality level of the scheme is used at least once (five-level schemes included).
  const used = new Set([...created.values()].map((a) => a.confidentiality));
  for (const level of profile.classification.confidentiality.levels) {
    if (used.has(level.key)) continue;
    await add(
      {
        key: `sample-${level.key}`,
        name: `${level.label}の情報（例: ${level.examples?.[0] ?? "業務資料"}）`,
        kind: "information",
        tag: "general",
        levels: ["mid", "mid", "low"],
        zone: "lgwan",
      },
      { ...levelsOf(["mid", "mid", "low"]), confidentiality: level.key },
    );
  }

  for (const [fromKey, type, toKey] of pendingRelations) {
    const from = created.get(fromKey);
    const to = created.get(toKey);
    if (from && to) await addRelation(db, ctx, profile, from, to, type, now);
  }
  return created.size;
}
