import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { parse as parseYaml } from "yaml";
import { encodeEvent, GENESIS_HASH } from "../server/audit/canonical";
import { hashPassword } from "../server/auth/passwords";
import type { Database } from "../server/db/client";
import { insertRows } from "./db";
import {
  BUREAUS,
  DEPARTMENT_QUALIFIERS,
  DEPARTMENT_STEMS,
  EMPLOYMENT_MIX,
  FAMILY_NAMES,
  GIVEN_NAMES,
  STAFF_TITLES,
} from "./names";
import { Rng } from "./prng";
import { BENCH_TOTP_SECRET } from "./server";

/** Full Kawasaki scale; `--quick` divides every count by 20. */
export const FULL_SCALE = {
  departments: 500,
  people: 20_000,
  logins: 2_000,
  auditEvents: 1_000_000,
  assets: 200_000,
  requests: 50_000,
  incidents: 2_000,
  importRows: 100_000,
} as const;

export type Scale = { -readonly [K in keyof typeof FULL_SCALE]: number };

export function scaleFor(divisor: number): Scale {
  const s = {} as Scale;
  for (const [k, v] of Object.entries(FULL_SCALE)) s[k as keyof Scale] = Math.max(1, Math.round(v / divisor));
  s.departments = Math.max(40, s.departments);
  // The import file: 100,000 rows at full scale, 10,000 in --quick (1/20).
  s.importRows = Math.min(FULL_SCALE.importRows, Math.round((FULL_SCALE.importRows * 2) / divisor));
  return s;
}

/** The permanent password of every generated login (they share one argon2id hash). */
export const BENCH_PASSWORD = "Bench-Passw0rd!2026";

export interface RoleDef {
  key: string;
  scope: "organization" | "bureau" | "department";
  duties: string[];
}

/** Used until policies/kawasaki.yaml exists: the usual MIC roles. */
const FALLBACK_ROLES: RoleDef[] = [
  { key: "ciso", scope: "organization", duties: ["chief_information_security_officer", "approve_exception"] },
  { key: "network_manager", scope: "organization", duties: ["manage_network", "view_all_departments"] },
  { key: "csirt_member", scope: "organization", duties: ["receive_incident_reports", "triage_incident"] },
  { key: "auditor", scope: "organization", duties: ["perform_audit", "view_audit_log"] },
  { key: "committee_member", scope: "organization", duties: ["committee_member"] },
  { key: "system_admin", scope: "organization", duties: ["administer_system", "manage_organization"] },
  { key: "bureau_security_manager", scope: "bureau", duties: ["manage_department_security"] },
  {
    key: "section_head",
    scope: "department",
    duties: ["manage_department_security", "own_assets", "classify_assets", "approve_carry_out"],
  },
  { key: "liaison", scope: "department", duties: ["liaison"] },
];

/**
 * The roles of the kawasaki profile: through server/profile's loader when it is there, else
 * read from policies/kawasaki.yaml, else a small constant list. Says where they came from.
 */
export async function kawasakiRoles(): Promise<{ roles: RoleDef[]; source: string }> {
  try {
    const mod = (await import("../server/profile/index")) as {
      loadProfile?: (id: string) => { roles: RoleDef[] } | Promise<{ roles: RoleDef[] }>;
    };
    if (mod.loadProfile) {
      const profile = await mod.loadProfile("kawasaki");
      if (profile?.roles?.length)
        return { roles: profile.roles.map(toRoleDef), source: "loadProfile(kawasaki)" };
    }
  } catch {
    // loader not there yet, or the profile does not load: fall through.
  }
  const file = fileURLToPath(new URL("../policies/kawasaki.yaml", import.meta.url));
  if (existsSync(file)) {
    const doc = parseYaml(readFileSync(file, "utf8")) as { roles?: RoleDef[] };
    if (doc?.roles?.length) return { roles: doc.roles.map(toRoleDef), source: "policies/kawasaki.yaml" };
  }
  return { roles: FALLBACK_ROLES, source: "fallback list (kawasaki profile not found)" };
}

function toRoleDef(r: RoleDef): RoleDef {
  return { key: r.key, scope: r.scope, duties: [...(r.duties ?? [])] };
}

export interface OrgDataset {
  bureaus: Array<{ id: string; code: string; name: string }>;
  departments: Array<{ id: string; code: string; name: string; bureauId: string; size: number }>;
  people: number;
  roleAssignments: number;
  roleSource: string;
  logins: Array<{ loginId: string; personId: string; departmentId: string; roles: string[] }>;
  /** A staff member of a mid-sized department, with a login (no role). */
  benchStaff: { loginId: string; personId: string; departmentId: string };
  /** The head of that department, with a login and the department-scope roles. */
  benchManager: { loginId: string; personId: string; departmentId: string };
  /** Everyone's id and department, for audit events. */
  personIds: string[];
  personDept: string[];
  userIdOfPerson: Map<string, string>;
  rows: number;
}

const BASE_DATE = "2026-04-01T00:00:00.000Z";

/**
 * A Kawasaki-scale organization: ~40 bureaus (局) holding `scale.departments` departments (課),
 * `scale.people` people of every employment type, role assignments for the profile's roles and
 * logins (one shared argon2id hash of BENCH_PASSWORD) for a sample. Deterministic for a seed.
 */
export async function generateOrg(database: Database, scale: Scale, seed = "kawasaki"): Promise<OrgDataset> {
  const rng = new Rng(`${seed}:org`);
  const { roles, source } = await kawasakiRoles();

  // Bureaus and departments.
  const bureaus = BUREAUS.map(([name, nameEn], i) => ({
    id: rng.uuid(),
    code: `B${String(i + 1).padStart(2, "0")}`,
    name,
    nameEn,
  }));
  // Spread departments over bureaus unevenly (large bureaus get more 課).
  const weights = bureaus.map(() => 0.5 + rng.next() * 1.5);
  const wsum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.max(1, Math.floor((w / wsum) * scale.departments)));
  for (let i = 0; counts.reduce((a, b) => a + b, 0) < scale.departments; i++) counts[i % counts.length]++;
  const departments: OrgDataset["departments"] = [];
  const deptRows: unknown[][] = [];
  bureaus.forEach((b, bi) => {
    deptRows.push([b.id, b.code, b.name, b.nameEn, "bureau", null, bi]);
    const used = new Set<string>();
    const stems = rng.shuffle(DEPARTMENT_STEMS);
    const first = b.name.endsWith("区役所") || b.name.endsWith("支所") ? "区政推進" : "庶務";
    for (let k = 0; k < counts[bi]; k++) {
      let name = k === 0 ? `${first}課` : "";
      for (let attempt = 0; !name || used.has(name); attempt++) {
        const stem = stems[(k + attempt) % stems.length];
        const q = attempt < stems.length ? rng.pick(DEPARTMENT_QUALIFIERS) : `第${attempt}`;
        name = `${q}${stem}課`;
      }
      used.add(name);
      const code = `D${String(departments.length + 1).padStart(4, "0")}`;
      const id = rng.uuid();
      departments.push({ id, code, name, bureauId: b.id, size: 0 });
      deptRows.push([id, code, name, null, "department", b.id, k]);
    }
  });

  // People: department sizes vary from small 課 to large ward sections.
  const sizeWeights = departments.map(() => 0.3 + rng.next() ** 2 * 3);
  const sizeSum = sizeWeights.reduce((a, b) => a + b, 0);
  // At least 3 people per 課 when there are enough people (the head and two staff), else 1.
  const minSize = scale.people >= departments.length * 3 ? 3 : 1;
  for (let i = 0; i < departments.length; i++)
    departments[i].size = Math.max(minSize, Math.floor((sizeWeights[i] / sizeSum) * scale.people));
  let total = departments.reduce((s, d) => s + d.size, 0);
  for (let i = 0; total < scale.people; i = (i + 1) % departments.length, total++) departments[i].size++;
  // Trim back to the exact count, largest departments first.
  while (total > scale.people) {
    const largest = departments.reduce((m, d) => (d.size > m.size ? d : m), departments[0]);
    if (largest.size <= minSize) break;
    largest.size--;
    total--;
  }
  const personRows: unknown[][] = [];
  const personIds: string[] = [];
  const personDept: string[] = [];
  const membersOf = new Map<string, string[]>();
  let n = 0;
  for (const d of departments) {
    const members: string[] = [];
    for (let k = 0; k < d.size; k++) {
      n++;
      const id = rng.uuid();
      const [fam, famKana] = rng.pick(FAMILY_NAMES);
      const [given, givenKana] = rng.pick(GIVEN_NAMES);
      const employment = k < 2 ? "regular" : rng.weighted(EMPLOYMENT_MIX);
      const isFirstOfBureau = k === 0 && departments.find((x) => x.bureauId === d.bureauId)?.id === d.id;
      const title =
        k === 0
          ? "課長"
          : employment === "regular" || employment === "reappointed"
            ? rng.pick(STAFF_TITLES)
            : employment === "fiscal_year"
              ? "会計年度任用職員"
              : null;
      const empNo = String(100000 + n);
      personRows.push([
        id,
        empNo,
        `${fam} ${given}`,
        `${famKana} ${givenKana}`,
        `k${empNo}@city.kawasaki.example.jp`,
        `044-${String(200 + (n % 700)).padStart(3, "0")}-${String(n % 10000).padStart(4, "0")}`,
        employment,
        d.id,
        isFirstOfBureau ? "局長" : title,
      ]);
      personIds.push(id);
      personDept.push(d.id);
      members.push(id);
    }
    membersOf.set(d.id, members);
  }

  // Role assignments.
  const raRows: unknown[][] = [];
  const rolesOf = new Map<string, string[]>();
  const give = (personId: string, roleKey: string, scope: string | null) => {
    raRows.push([rng.uuid(), personId, roleKey, scope, "2026-04-01"]);
    const list = rolesOf.get(personId) ?? [];
    list.push(roleKey);
    rolesOf.set(personId, list);
  };
  const deptRoles = roles.filter((r) => r.scope === "department");
  for (const role of roles) {
    if (role.scope === "organization") {
      const many = role.duties.some((d) =>
        ["committee_member", "perform_audit", "triage_incident"].includes(d),
      );
      for (let k = 0; k < (many ? 5 : 1); k++) give(rng.pick(personIds), role.key, null);
    } else if (role.scope === "bureau") {
      for (const b of bureaus) {
        const first = departments.find((d) => d.bureauId === b.id);
        if (first) give(membersOf.get(first.id)?.[0] as string, role.key, b.id);
      }
    } else {
      const index = deptRoles.indexOf(role);
      for (const d of departments) {
        const members = membersOf.get(d.id) as string[];
        give(members[Math.min(index, members.length - 1)], role.key, d.id);
      }
    }
  }

  // Logins: every role holder plus a sample of staff, up to scale.logins (at least the holders).
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const loginPeople = new Set<string>(rolesOf.keys());
  for (
    let i = 0;
    loginPeople.size < Math.max(scale.logins, rolesOf.size + 2) && i < personIds.length * 4;
    i++
  )
    loginPeople.add(rng.pick(personIds));
  // The bench pair: a mid-sized department, its head and one plain staff member.
  const sorted = [...departments].sort((a, b) => a.size - b.size);
  const mid = sorted[Math.floor(sorted.length / 2)];
  const midMembers = membersOf.get(mid.id) as string[];
  const staffId = midMembers.find((p) => !rolesOf.has(p)) ?? midMembers[midMembers.length - 1];
  loginPeople.add(staffId);
  loginPeople.add(midMembers[0]);
  const benchPeople = new Set([staffId, midMembers[0]]);
  const userRows: unknown[][] = [];
  const logins: OrgDataset["logins"] = [];
  const userIdOfPerson = new Map<string, string>();
  const indexOf = new Map(personIds.map((id, i) => [id, i]));
  for (const personId of loginPeople) {
    const i = indexOf.get(personId) as number;
    const loginId = `k${100001 + i}`;
    const userId = rng.uuid();
    userIdOfPerson.set(personId, userId);
    // The bench users sign in with a known TOTP secret, whatever the profile's MFA rule says.
    const bench = benchPeople.has(personId);
    userRows.push([
      userId,
      personId,
      loginId,
      passwordHash,
      false,
      BASE_DATE,
      bench ? BENCH_TOTP_SECRET : null,
      bench,
    ]);
    logins.push({ loginId, personId, departmentId: personDept[i], roles: rolesOf.get(personId) ?? [] });
  }
  const loginOf = (personId: string) =>
    logins.find((l) => l.personId === personId) as OrgDataset["logins"][0];

  await insertRows(
    database,
    "departments",
    [
      ["id", "uuid"],
      ["code", "text"],
      ["name", "text"],
      ["name_en", "text"],
      ["kind", "text"],
      ["parent_id", "uuid"],
      ["sort_order", "int"],
    ],
    deptRows,
  );
  await insertRows(
    database,
    "people",
    [
      ["id", "uuid"],
      ["employee_number", "text"],
      ["name", "text"],
      ["name_kana", "text"],
      ["email", "text"],
      ["phone", "text"],
      ["employment_type", "text"],
      ["department_id", "uuid"],
      ["title", "text"],
    ],
    personRows,
  );
  await insertRows(
    database,
    "role_assignments",
    [
      ["id", "uuid"],
      ["person_id", "uuid"],
      ["role_key", "text"],
      ["scope_department_id", "uuid"],
      ["valid_from", "date"],
    ],
    raRows,
  );
  await insertRows(
    database,
    "users",
    [
      ["id", "uuid"],
      ["person_id", "uuid"],
      ["login_id", "text"],
      ["password_hash", "text"],
      ["must_change_password", "bool"],
      ["password_changed_at", "timestamptz"],
      ["totp_secret", "text"],
      ["totp_enabled", "bool"],
    ],
    userRows,
  );
  await database.db.execute(sql`ANALYZE`);

  return {
    bureaus,
    departments,
    people: personRows.length,
    roleAssignments: raRows.length,
    roleSource: source,
    logins,
    benchStaff: loginOf(staffId),
    benchManager: loginOf(midMembers[0]),
    personIds,
    personDept,
    userIdOfPerson,
    rows: deptRows.length + personRows.length + raRows.length + userRows.length,
  };
}

const EVENT_TYPES = [
  ["auth.login", 30],
  ["auth.logout", 12],
  ["auth.login_failed", 3],
  ["person.update", 4],
  ["asset.create", 10],
  ["asset.update", 14],
  ["request.submit", 8],
  ["request.approve", 7],
  ["request.reject", 1],
  ["incident.report", 1],
  ["training.attend", 8],
  ["inspection.answer", 2],
] as const;

const ASSET_NAMES = [
  "住民基本台帳システム",
  "税務システム端末",
  "USBメモリ（暗号化）",
  "介護保険認定調査票",
  "職員録（内部）",
  "議事録データ",
  "庁内ファイルサーバ",
  "国民健康保険台帳",
];

export interface AuditDataset {
  count: number;
  /** The canonical bytes of every event, concatenated: the raw SHA-256 baseline hashes these. */
  encoded: Buffer[];
  /** End offset of each event inside its chunk of `encoded`. */
  ends: Uint32Array[];
  bytes: number;
  lastHash: string;
}

/**
 * `count` audit events forming a valid hash chain (hashes from server/audit/canonical.ts),
 * inserted in batches with explicit ids; the sequence is moved past them afterwards.
 */
export async function generateAudit(
  database: Database,
  org: OrgDataset,
  count: number,
  seed = "kawasaki",
  batchSize = 10_000,
): Promise<AuditDataset> {
  const rng = new Rng(`${seed}:audit`);
  let prev = GENESIS_HASH;
  let t = Date.parse("2025-04-01T00:00:00.000Z");
  const encoded: Buffer[] = [];
  const ends: Uint32Array[] = [];
  let bytes = 0;
  for (let start = 0; start < count; start += batchSize) {
    const size = Math.min(batchSize, count - start);
    const rows: unknown[][] = [];
    const parts: string[] = [];
    const chunkEnds = new Uint32Array(size);
    let offset = 0;
    for (let k = 0; k < size; k++) {
      const id = start + k + 1;
      t += rng.int(0, 60_000);
      const pi = rng.int(0, org.personIds.length - 1);
      const personId = org.personIds[pi];
      const deptId = org.personDept[pi];
      const type = rng.weighted(EVENT_TYPES);
      const [targetType, targetId, data] = eventBody(rng, type, personId);
      const fields = {
        occurredAt: new Date(t),
        type,
        actorUserId: org.userIdOfPerson.get(personId) ?? null,
        actorPersonId: personId,
        actingForPersonId: rng.next() < 0.01 ? org.personIds[rng.int(0, org.personIds.length - 1)] : null,
        ip: `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`,
        targetType,
        targetId,
        departmentId: deptId,
        data,
        prevHash: prev,
      };
      const enc = encodeEvent(fields);
      const hash = createHash("sha256").update(enc).digest("hex");
      parts.push(enc);
      offset += Buffer.byteLength(enc);
      chunkEnds[k] = offset;
      rows.push([
        id,
        fields.occurredAt.toISOString(),
        type,
        fields.actorUserId,
        personId,
        fields.actingForPersonId,
        fields.ip,
        targetType,
        targetId,
        deptId,
        JSON.stringify(data),
        prev,
        hash,
      ]);
      prev = hash;
    }
    const chunk = Buffer.from(parts.join(""));
    encoded.push(chunk);
    ends.push(chunkEnds);
    bytes += chunk.length;
    await insertRows(
      database,
      "audit_events",
      [
        ["id", "bigint"],
        ["occurred_at", "timestamptz"],
        ["type", "text"],
        ["actor_user_id", "uuid"],
        ["actor_person_id", "uuid"],
        ["acting_for_person_id", "uuid"],
        ["ip", "text"],
        ["target_type", "text"],
        ["target_id", "text"],
        ["department_id", "uuid"],
        ["data", "jsonb"],
        ["prev_hash", "text"],
        ["hash", "text"],
      ],
      rows,
      batchSize,
    );
  }
  await database.db.execute(
    sql`SELECT setval(pg_get_serial_sequence('audit_events', 'id'), ${Math.max(count, 1)})`,
  );
  await database.db.execute(sql`ANALYZE audit_events`);
  return { count, encoded, ends, bytes, lastHash: prev };
}

function eventBody(
  rng: Rng,
  type: string,
  personId: string,
): [string | null, string | null, Record<string, unknown>] {
  switch (type) {
    case "auth.login":
      return ["user", personId, { method: rng.next() < 0.2 ? "password+totp" : "password" }];
    case "auth.logout":
      return ["user", personId, {}];
    case "auth.login_failed":
      return ["user", personId, { reason: "bad_password", attempts: rng.int(1, 4) }];
    case "person.update":
      return [
        "person",
        rng.uuid(),
        { changes: { title: { from: "主事", to: "主任" }, phone: { from: null, to: "044-200-0000" } } },
      ];
    case "asset.create":
    case "asset.update":
      return [
        "asset",
        rng.uuid(),
        {
          changes: {
            name: { from: null, to: rng.pick(ASSET_NAMES) },
            confidentiality: { from: "3", to: rng.pick(["1", "2", "3"]) },
          },
        },
      ];
    case "request.submit":
    case "request.approve":
    case "request.reject":
      return [
        "request",
        rng.uuid(),
        { kind: rng.pick(["carry_out", "external_provision", "disposal"]), step: rng.int(1, 2) },
      ];
    case "incident.report":
      return [
        "incident",
        rng.uuid(),
        { summary: "可搬媒体の紛失の疑い", severity: rng.pick(["low", "medium"]) },
      ];
    default:
      return [type.split(".")[0], rng.uuid(), { year: 2026 }];
  }
}
