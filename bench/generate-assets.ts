/**
 * The asset register at Kawasaki scale (bench data set `assets`): `count` assets spread over the
 * departments by size, with Japanese names composed from the words of a municipal register (so a
 * partial Japanese search such as 台帳 or 個人番号 hits), every asset kind, C/I/A levels of the
 * kawasaki profile, zones, retention, custodians, containment relations for a share of them, and
 * the derived columns the asset module maintains: effective levels (highest over what a container
 * holds, as `effectiveLevels` computes) and search_text/search_grams from the module's own
 * `searchFields` (the trigger keeps them because they match its normalization). Deterministic.
 */

import { sql } from "drizzle-orm";
import { addDays } from "../common/calendar";
import type { Database } from "../server/db/client";
import { rankOf } from "../server/modules/assets/domain/classification";
import { retentionEnd } from "../server/modules/assets/domain/lifecycle";
import { searchFields } from "../server/modules/assets/search";
import { loadProfile, type Profile } from "../server/profile";
import { type ColumnType, insertRows } from "./db";
import type { OrgDataset } from "./generate";
import { Rng } from "./prng";

/** The data's "today" (年度 2026 begins). */
const BASE_DAY = "2026-04-01";

/** Subjects of information assets: the first word of most names (the search words come from here). */
export const ASSET_SUBJECTS = [
  "住民基本台帳",
  "課税台帳",
  "固定資産税",
  "国民健康保険",
  "介護保険認定",
  "児童手当",
  "生活保護",
  "個人番号",
  "議事録",
  "道路台帳",
  "契約書",
  "職員録",
  "選挙人名簿",
  "予防接種",
  "健康診断",
  "市民相談",
  "入札参加資格",
  "補助金交付",
  "公文書開示請求",
  "下水道使用料",
] as const;

const INFO_FORMS = ["データ", "一覧", "申請書", "台帳", "記録", "照会票", "決定通知", "集計表", "写し"];
const SYSTEMS = ["システム", "管理システム", "業務システム", "連携サーバ"];
const DEVICES: Array<[string, string]> = [
  ["業務用端末", "pc"],
  ["ノートパソコン", "pc"],
  ["タブレット端末", "mobile"],
  ["複合機", "mfp"],
  ["ファイルサーバ", "server"],
  ["ルータ", "network_equipment"],
  ["監視カメラ", "iot"],
];
const MEDIA: Array<[string, string]> = [
  ["USBメモリ（暗号化）", "usb_memory"],
  ["USBメモリ", "usb_memory"],
  ["外付けハードディスク", "external_disk"],
  ["DVD-R", "optical_disc"],
  ["SDカード", "sd_card"],
];
const NETWORKS = [
  "庁内LAN",
  "LGWAN接続系ネットワーク",
  "インターネット接続系セグメント",
  "無線LAN（来庁者用）",
];
const AREAS = ["サーバ室", "書庫", "執務室", "電算室", "倉庫"];
const PLACES = [
  "本庁舎3階 書庫",
  "第2庁舎 サーバ室",
  "執務室 施錠キャビネット",
  "区役所 倉庫",
  "データセンター ラック12",
  "電算室",
  "保管庫A",
];
const NOTES = [
  "年度末に棚卸しを実施",
  "個人番号を含むため取扱注意",
  "委託事業者が運用",
  "議事録は公開前に黒塗り確認",
  "端末はワイヤーロックで固定",
  "課税台帳の写しを含む",
];

const KIND_MIX = [
  ["information", 34],
  ["document", 26],
  ["system", 5],
  ["device", 17],
  ["medium", 12],
  ["network", 2],
  ["area", 4],
] as const;
const CONTAINERS = new Set(["system", "device", "medium", "area"]);

export interface AssetsDataset {
  count: number;
  relations: number;
  named: number;
  /** Words the asset list search uses (each occurs in many names). */
  searchWords: string[];
  /** Assets of the bench staff user's department that the staff user can see (not top level). */
  benchVisibleIds: string[];
  /** Asset count per department id. */
  perDepartment: Map<string, number>;
  /** Confidentiality keys of the profile, highest first. */
  confidentialityKeys: string[];
}

const COLUMNS: ReadonlyArray<readonly [string, ColumnType]> = [
  ["id", "uuid"],
  ["asset_number", "text"],
  ["name", "text"],
  ["kind", "text"],
  ["subkind", "text"],
  ["department_id", "uuid"],
  ["custodian_person_id", "uuid"],
  ["confidentiality", "text"],
  ["integrity", "text"],
  ["availability", "text"],
  ["effective_confidentiality", "text"],
  ["effective_integrity", "text"],
  ["effective_availability", "text"],
  ["zone", "text"],
  ["storage_place", "text"],
  ["notes", "text"],
  ["retention_years", "int"],
  ["retention_permanent", "bool"],
  ["retention_until", "date"],
  ["disposal_due_date", "date"],
  ["has_personal_info", "bool"],
  ["specific_personal_info", "bool"],
  ["status", "text"],
  ["acquired_on", "date"],
  ["search_text", "text"],
  ["search_grams", "text[]"],
  ["created_at", "timestamptz"],
  ["updated_at", "timestamptz"],
];

type Row = unknown[];
const C = Object.fromEntries(COLUMNS.map(([n], i) => [n, i])) as Record<string, number>;

function levelKeys(profile: Profile, scheme: "confidentiality" | "integrity" | "availability") {
  return [...profile.classification[scheme].levels].sort((a, b) => b.rank - a.rank).map((l) => l.key);
}

/** Highest by rank of two level keys of a scheme. */
function higher(
  profile: Profile,
  scheme: "confidentiality" | "integrity" | "availability",
  a: unknown,
  b: unknown,
) {
  const s = profile.classification[scheme];
  return (rankOf(s, b as string) ?? 0) > (rankOf(s, a as string) ?? 0) ? b : a;
}

export async function generateAssets(
  database: Database,
  org: OrgDataset,
  count: number,
  seed = "kawasaki",
  batchSize = 5000,
): Promise<AssetsDataset> {
  const rng = new Rng(`${seed}:assets`);
  const profile = loadProfile("kawasaki");
  const conf = levelKeys(profile, "confidentiality");
  const integ = levelKeys(profile, "integrity");
  const avail = levelKeys(profile, "availability");
  const zones = (profile.zones ?? []).map((z) => z.key);
  const topConf = conf[0];

  const members = new Map<string, string[]>();
  org.personIds.forEach((p, i) => {
    const list = members.get(org.personDept[i]) ?? [];
    list.push(p);
    members.set(org.personDept[i], list);
  });
  // Assets per department, proportional to its size (every department gets some).
  const totalPeople = org.departments.reduce((s, d) => s + d.size, 0);
  const perDept = org.departments.map((d) => Math.max(1, Math.floor((d.size / totalPeople) * count)));
  for (let i = 0, sum = perDept.reduce((a, b) => a + b, 0); sum < count; i++, sum++)
    perDept[i % perDept.length]++;
  for (let i = 0, sum = perDept.reduce((a, b) => a + b, 0); sum > count; i++)
    if (perDept[i % perDept.length] > 1) {
      perDept[i % perDept.length]--;
      sum--;
    }

  const out: AssetsDataset = {
    count,
    relations: 0,
    named: 0,
    searchWords: ["台帳", "住民基本台帳", "個人番号", "議事録", "端末", "USBメモリ", "課税", "データ"],
    benchVisibleIds: [],
    perDepartment: new Map(),
    confidentialityKeys: conf,
  };
  let buffer: Row[] = [];
  let relations: unknown[][] = [];
  let named: unknown[][] = [];
  const counters: unknown[][] = [];
  const flush = async () => {
    if (buffer.length) await insertRows(database, "assets", COLUMNS, buffer, batchSize);
    if (relations.length)
      await insertRows(
        database,
        "asset_relations",
        [
          ["id", "uuid"],
          ["from_asset_id", "uuid"],
          ["to_asset_id", "uuid"],
          ["type", "text"],
        ],
        relations,
        batchSize,
      );
    if (named.length)
      await insertRows(
        database,
        "asset_named_people",
        [
          ["asset_id", "uuid"],
          ["person_id", "uuid"],
        ],
        named,
        batchSize,
      );
    out.relations += relations.length;
    out.named += named.length;
    buffer = [];
    relations = [];
    named = [];
  };

  const base = Date.parse("2026-04-01T00:00:00.000Z");
  for (let di = 0; di < org.departments.length; di++) {
    const dept = org.departments[di];
    const staff = members.get(dept.id) ?? [];
    const rows: Row[] = [];
    for (let k = 0; k < perDept[di]; k++) {
      const kind = rng.weighted(KIND_MIX);
      const subject = rng.pick(ASSET_SUBJECTS);
      let name: string;
      let subkind: string | null = null;
      switch (kind) {
        case "information":
          name = `${subject}${rng.pick(INFO_FORMS)}（令和${rng.int(1, 8)}年度）`;
          break;
        case "document":
          name = `${subject}${rng.pick(INFO_FORMS)} 第${rng.int(1, 40)}冊`;
          break;
        case "system":
          name = `${subject}${rng.pick(SYSTEMS)}`;
          break;
        case "device": {
          const [d, s] = rng.pick(DEVICES);
          name = `${subject}用${d} ${rng.int(1, 99)}号機`;
          subkind = s;
          break;
        }
        case "medium": {
          const [m, s] = rng.pick(MEDIA);
          name = `${m} ${subject} No.${rng.int(1, 300)}`;
          subkind = s;
          break;
        }
        case "network":
          name = `${dept.name} ${rng.pick(NETWORKS)}`;
          break;
        default:
          name = `${dept.name} ${rng.pick(AREAS)}`;
      }
      const personal = /台帳|個人番号|保険|手当|保護|名簿|接種|診断|相談/.test(subject);
      const c = personal
        ? rng.weighted([
            [conf[0], 35],
            [conf[1], 55],
            [conf[2], 10],
          ])
        : rng.weighted([
            [conf[0], 5],
            [conf[1], 45],
            [conf[2], 50],
          ]);
      const i = rng.pick(integ);
      const a = rng.pick(avail);
      const acquired = addDays(BASE_DAY, -rng.int(0, 3650));
      const permanent = kind === "document" && rng.next() < 0.05;
      const years = permanent
        ? null
        : kind === "information" || kind === "document"
          ? rng.pick([1, 3, 5, 10, 30])
          : null;
      const until = years != null ? retentionEnd(acquired, years) : null;
      const number = `${dept.code}-${String(k + 1).padStart(6, "0")}`;
      const place = kind === "network" ? null : rng.pick(PLACES);
      const notes = rng.next() < 0.3 ? rng.pick(NOTES) : null;
      const s = searchFields(number, name, place, notes);
      const zone =
        subject === "個人番号"
          ? zones.includes("mynumber")
            ? "mynumber"
            : null
          : rng.next() < 0.15
            ? null
            : rng.pick(zones);
      const updated = new Date(base + rng.int(0, 180) * 86_400_000 + rng.int(0, 86_399) * 1000).toISOString();
      const row: Row = [
        rng.uuid(),
        number,
        name,
        kind,
        subkind,
        dept.id,
        staff.length && rng.next() < 0.8 ? rng.pick(staff) : null,
        c,
        i,
        a,
        c,
        i,
        a,
        zone,
        place,
        notes,
        years,
        permanent,
        until,
        until,
        personal,
        subject === "個人番号",
        rng.weighted([
          ["in_use", 88],
          ["lent", 2],
          ["carried_out", 2],
          ["lost", 1],
          ["disposed", 7],
        ]),
        acquired,
        s?.searchText ?? "",
        s ? arrayText(s.searchGrams) : "{}",
        `${acquired}T09:00:00.000Z`,
        updated,
      ];
      rows.push(row);
      // Top-level assets are visible only to named people (and the manager): name the custodian.
      if (c === topConf && row[C.custodian_person_id] && rng.next() < 0.5)
        named.push([row[C.id], row[C.custodian_person_id]]);
    }
    // Containment: a share of the containers hold 1–3 information/document assets of the department.
    const holdable = rows.filter((r) => r[C.kind] === "information" || r[C.kind] === "document");
    for (const r of rows) {
      if (!CONTAINERS.has(r[C.kind] as string) || !holdable.length || rng.next() > 0.35) continue;
      const picked = new Set<Row>();
      for (let n = rng.int(1, 3); n > 0; n--) picked.add(rng.pick(holdable));
      for (const child of picked) {
        relations.push([rng.uuid(), r[C.id], child[C.id], "contains"]);
        r[C.effective_confidentiality] = higher(
          profile,
          "confidentiality",
          r[C.effective_confidentiality],
          child[C.confidentiality],
        );
        r[C.effective_integrity] = higher(profile, "integrity", r[C.effective_integrity], child[C.integrity]);
        r[C.effective_availability] = higher(
          profile,
          "availability",
          r[C.effective_availability],
          child[C.availability],
        );
      }
    }
    if (dept.id === org.benchStaff.departmentId) {
      // What the staff user may see (assets/access.ts): not top level, or named on it.
      const namedOn = new Set(named.filter((n) => n[1] === org.benchStaff.personId).map((n) => n[0]));
      out.benchVisibleIds = rows
        .filter((r) => r[C.effective_confidentiality] !== topConf || namedOn.has(r[C.id]))
        .map((r) => r[C.id] as string);
    }
    out.perDepartment.set(dept.id, rows.length);
    counters.push([dept.code, rows.length]);
    buffer.push(...rows);
    if (buffer.length >= batchSize) await flush();
  }
  await flush();
  await insertRows(
    database,
    "asset_number_counters",
    [
      ["prefix", "text"],
      ["last_value", "int"],
    ],
    counters,
  );
  await database.db.execute(sql`ANALYZE assets`);
  await database.db.execute(sql`ANALYZE asset_relations`);
  await database.db.execute(sql`ANALYZE asset_named_people`);
  return out;
}

/** A PostgreSQL text[] literal of one row's grams (sent as one element of a text[] batch). */
function arrayText(values: string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`;
}
