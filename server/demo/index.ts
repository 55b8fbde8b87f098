/**
 * Demo organizations: `sekimori demo --profile ID --password PW` loads a small but realistic
 * organization for a profile into an empty database — its departments (and bureaus where the
 * profile has bureau-scoped roles), people of every employment type, a login and a holder for
 * every role of the profile. Demo passwords are permanent (no forced change); users whose duties
 * require multi-factor sign-in are enrolled with a TOTP secret that the JSON output carries.
 */
import { sql } from "drizzle-orm";
import type { Duty } from "../../common/duties";
import { type AuditContext, recordEvent } from "../audit/record";
import { passwordProblems } from "../auth/password-rule";
import { hashPassword } from "../auth/passwords";
import { users } from "../auth/tables";
import { newTotpSecret } from "../auth/totp";
import type { AppDeps } from "../http/context";
import {
  departments,
  EMPLOYMENT_TYPES,
  type EmploymentType,
  people,
  roleAssignments,
} from "../modules/org/tables";
import { loadProfile, mfaRequiredForDuties, type Profile } from "../profile";
import { settings } from "../settings/tables";

export interface DemoUser {
  loginId: string;
  name: string;
  departmentId: string | null;
  departmentName: string | null;
  roles: string[];
  duties: Duty[];
  totpSecret: string | null;
}

export interface DemoResult {
  profileId: string;
  departments: number;
  people: number;
  users: DemoUser[];
}

export class DemoError extends Error {
  constructor(
    message: string,
    readonly code: "not_empty" | "bad_password" | "bad_profile",
  ) {
    super(message);
    this.name = "DemoError";
  }
}

interface UnitDef {
  code: string;
  name: string;
  nameEn: string;
  /** Code of the bureau above it. */
  bureau?: string;
}

interface Structure {
  bureaus: UnitDef[];
  departments: UnitDef[];
}

/** Each organization's own units (from its policy and public organization chart). */
const STRUCTURES: Record<string, UnitDef[]> = {
  nishihara: [
    { code: "somu", name: "総務課", nameEn: "General Affairs Division" },
    { code: "kikaku", name: "企画商工課", nameEn: "Planning and Commerce Division" },
    { code: "zeimu", name: "税務課", nameEn: "Taxation Division" },
    { code: "jumin", name: "住民課", nameEn: "Residents Division" },
    { code: "kenko", name: "健康福祉課", nameEn: "Health and Welfare Division" },
    { code: "kensetsu", name: "建設課", nameEn: "Construction Division" },
    { code: "nogyo", name: "農業振興課", nameEn: "Agriculture Division" },
    { code: "kyoiku", name: "教育委員会事務局", nameEn: "Board of Education Secretariat" },
  ],
  kamisu: [
    { code: "somu", name: "総務課", nameEn: "General Affairs Division" },
    { code: "joho", name: "情報政策課", nameEn: "Information Policy Division" },
    { code: "zeimu", name: "課税課", nameEn: "Tax Assessment Division" },
    { code: "shimin", name: "市民課", nameEn: "Citizens Division" },
    { code: "fukushi", name: "社会福祉課", nameEn: "Social Welfare Division" },
    { code: "doboku", name: "道路整備課", nameEn: "Roads Division" },
  ],
  "matsumoto-kouiki": [
    { code: "somu", name: "総務課", nameEn: "General Affairs Division" },
    { code: "kaigo", name: "介護保険課", nameEn: "Long-term Care Insurance Division" },
    { code: "shobo", name: "消防局総務課", nameEn: "Fire Department General Affairs" },
    { code: "kankyo", name: "環境施設課", nameEn: "Environmental Facilities Division" },
    { code: "kikaku", name: "企画課", nameEn: "Planning Division" },
  ],
  "yamagata-gojokai": [
    { code: "somu", name: "総務課", nameEn: "General Affairs Division" },
    { code: "jigyo", name: "事業課", nameEn: "Services Division" },
    { code: "kyosai", name: "共済課", nameEn: "Mutual Aid Division" },
    { code: "kaikei", name: "会計課", nameEn: "Accounting Division" },
    { code: "kikaku", name: "企画調整室", nameEn: "Planning Office" },
  ],
  kawasaki: [
    {
      code: "joho-kanri",
      name: "情報管理課",
      nameEn: "Information Management Division",
      bureau: "somu-kikaku",
    },
    { code: "dx", name: "DX推進課", nameEn: "DX Promotion Division", bureau: "somu-kikaku" },
    { code: "zaisei", name: "財政課", nameEn: "Finance Division", bureau: "zaisei-kyoku" },
    { code: "shiminzei", name: "市民税課", nameEn: "Municipal Tax Division", bureau: "zaisei-kyoku" },
    { code: "kuseki", name: "区政推進課", nameEn: "Ward Administration Division", bureau: "shimin-bunka" },
    { code: "jinken", name: "人権・男女共同参画室", nameEn: "Human Rights Office", bureau: "shimin-bunka" },
  ],
};

const KAWASAKI_BUREAUS: UnitDef[] = [
  { code: "somu-kikaku", name: "総務企画局", nameEn: "General Affairs and Planning Bureau" },
  { code: "zaisei-kyoku", name: "財政局", nameEn: "Finance Bureau" },
  { code: "shimin-bunka", name: "市民文化局", nameEn: "Civic Affairs Bureau" },
];

const DEFAULT_UNITS: UnitDef[] = [
  { code: "somu", name: "総務課", nameEn: "General Affairs Division" },
  { code: "kikaku", name: "企画課", nameEn: "Planning Division" },
  { code: "zaisei", name: "財政課", nameEn: "Finance Division" },
  { code: "jumin", name: "住民課", nameEn: "Residents Division" },
  { code: "fukushi", name: "福祉課", nameEn: "Welfare Division" },
  { code: "kensetsu", name: "建設課", nameEn: "Construction Division" },
];

export function demoStructure(profile: Profile): Structure {
  const units = STRUCTURES[profile.id] ?? STRUCTURES[profile.extends ?? ""] ?? DEFAULT_UNITS;
  if (profile.id === "kawasaki") return { bureaus: KAWASAKI_BUREAUS, departments: units };
  if (!profile.roles.some((r) => r.scope === "bureau")) return { bureaus: [], departments: units };
  // Bureau-scoped roles need bureaus: the first half under 総務部, the rest under 事業部.
  const half = Math.ceil(units.length / 2);
  return {
    bureaus: [
      { code: "somubu", name: "総務部", nameEn: "General Affairs Department" },
      { code: "jigyobu", name: "事業部", nameEn: "Operations Department" },
    ],
    departments: units.map((u, i) => ({ ...u, bureau: i < half ? "somubu" : "jigyobu" })),
  };
}

const SURNAMES = [
  "佐藤",
  "鈴木",
  "高橋",
  "田中",
  "伊藤",
  "渡辺",
  "山本",
  "中村",
  "小林",
  "加藤",
  "吉田",
  "山田",
  "松本",
  "井上",
  "木村",
];
const GIVEN = [
  "健一",
  "美咲",
  "大輔",
  "陽子",
  "翔太",
  "由美",
  "誠",
  "彩",
  "隆",
  "直子",
  "浩二",
  "真由美",
  "拓也",
  "恵",
  "修",
];

const EMPLOYMENT_TITLES: Record<EmploymentType, string> = {
  regular: "主事",
  reappointed: "再任用職員",
  fiscal_year: "会計年度任用職員",
  temporary: "臨時的任用職員",
  dispatched: "派遣職員",
  contractor_worker: "委託事業者作業員",
};

/** Tables that must be empty for a demo to load. */
async function isEmpty(deps: AppDeps): Promise<boolean> {
  const db = deps.database.db;
  const res = (await db.execute(
    sql`SELECT (SELECT count(*) FROM ${departments}) + (SELECT count(*) FROM ${people}) + (SELECT count(*) FROM ${users}) AS n`,
  )) as unknown as { rows: { n: string | number }[] };
  return Number(res.rows[0].n) === 0;
}

export async function loadDemo(
  deps: AppDeps,
  options: { profileId: string; password: string; ctx?: AuditContext | null },
): Promise<DemoResult> {
  let profile: Profile;
  try {
    profile = loadProfile(options.profileId);
  } catch (err) {
    throw new DemoError((err as Error).message, "bad_profile");
  }
  const problems = passwordProblems(options.password, "");
  if (problems.length)
    throw new DemoError(
      `the demo password does not meet the password rule: ${problems.map((p) => p.message_en).join(" ")}`,
      "bad_password",
    );
  if (!(await isEmpty(deps)))
    throw new DemoError(
      "the database already holds an organization; a demo loads only into an empty database",
      "not_empty",
    );

  const structure = demoStructure(profile);
  const passwordHash = await hashPassword(options.password);
  const now = deps.now();
  const ctx = options.ctx ?? null;

  const result = await deps.database.db.transaction(async (tx) => {
    const unitIds = new Map<string, { id: string; name: string }>();
    let order = 0;
    for (const b of structure.bureaus) {
      const [row] = await tx
        .insert(departments)
        .values({ code: b.code, name: b.name, nameEn: b.nameEn, kind: "bureau", sortOrder: order++ })
        .returning();
      unitIds.set(b.code, { id: row.id, name: row.name });
    }
    for (const d of structure.departments) {
      const [row] = await tx
        .insert(departments)
        .values({
          code: d.code,
          name: d.name,
          nameEn: d.nameEn,
          kind: "department",
          parentId: d.bureau ? unitIds.get(d.bureau)?.id : null,
          sortOrder: order++,
        })
        .returning();
      unitIds.set(d.code, { id: row.id, name: row.name });
    }

    let n = 0;
    const nextName = () => {
      const name = `${SURNAMES[n % SURNAMES.length]} ${GIVEN[(n * 7 + Math.floor(n / SURNAMES.length)) % GIVEN.length]}`;
      n++;
      return name;
    };
    const demoUsers: DemoUser[] = [];
    const makePerson = async (
      loginId: string,
      unit: UnitDef | null,
      employmentType: EmploymentType,
      title: string,
      roles: { roleKey: string; scopeDepartmentId: string | null }[],
    ) => {
      const dept = unit ? unitIds.get(unit.code) : undefined;
      const name = nextName();
      const [person] = await tx
        .insert(people)
        .values({
          employeeNumber: `D${String(n).padStart(5, "0")}`,
          name,
          email: `${loginId}@demo.example.jp`,
          phone: `0000-00-${String(1000 + n)}`,
          employmentType,
          departmentId: dept?.id ?? null,
          title,
        })
        .returning();
      const duties = [
        ...new Set(roles.flatMap((r) => profile.roles.find((p) => p.key === r.roleKey)?.duties ?? [])),
      ];
      const totpSecret = mfaRequiredForDuties(profile, duties) ? newTotpSecret() : null;
      await tx.insert(users).values({
        personId: person.id,
        loginId,
        passwordHash,
        mustChangePassword: false,
        passwordChangedAt: now,
        totpSecret,
        totpEnabled: totpSecret !== null,
      });
      for (const r of roles) await tx.insert(roleAssignments).values({ personId: person.id, ...r });
      demoUsers.push({
        loginId,
        name,
        departmentId: dept?.id ?? null,
        departmentName: dept?.name ?? null,
        roles: roles.map((r) => r.roleKey),
        duties,
        totpSecret,
      });
    };

    const depts = structure.departments;
    // Organization-wide roles: held by staff of the first departments (総務・情報政策), one person each.
    const orgRoles = profile.roles.filter((r) => r.scope === "organization");
    for (const [i, role] of orgRoles.entries()) {
      const loginId =
        role.duties.includes("administer_system") && !demoUsers.some((u) => u.loginId === "admin")
          ? "admin"
          : role.key.replace(/_/g, "-");
      await makePerson(loginId, depts[i % Math.min(2, depts.length)], "regular", role.title.ja, [
        { roleKey: role.key, scopeDepartmentId: null },
      ]);
    }
    // Bureau-scoped roles: one holder per bureau.
    for (const role of profile.roles.filter((r) => r.scope === "bureau")) {
      for (const b of structure.bureaus) {
        const first = depts.find((d) => d.bureau === b.code) ?? null;
        await makePerson(`${role.key.replace(/_/g, "-")}.${b.code}`, first, "regular", role.title.ja, [
          { roleKey: role.key, scopeDepartmentId: unitIds.get(b.code)?.id ?? null },
        ]);
      }
    }
    // Department-scoped roles: the head (課長) of every department.
    const deptRoles = profile.roles.filter((r) => r.scope === "department");
    for (const d of depts) {
      if (deptRoles.length === 0) break;
      await makePerson(
        `head.${d.code}`,
        d,
        "regular",
        "課長",
        deptRoles.map((r) => ({ roleKey: r.key, scopeDepartmentId: unitIds.get(d.code)?.id ?? null })),
      );
    }
    // Staff of every employment type, spread over the departments: at least 20 people in all.
    const staffCount = Math.max(EMPLOYMENT_TYPES.length * 2, 20 - demoUsers.length);
    for (let i = 0; i < staffCount; i++) {
      const type = EMPLOYMENT_TYPES[i % EMPLOYMENT_TYPES.length];
      await makePerson(
        `staff${String(i + 1).padStart(2, "0")}`,
        depts[i % depts.length],
        type,
        EMPLOYMENT_TITLES[type],
        [],
      );
    }

    await tx
      .insert(settings)
      .values({ key: "active_profile", value: profile.id, updatedAt: now })
      .onConflictDoUpdate({ target: settings.key, set: { value: profile.id, updatedAt: now } });
    await recordEvent(
      tx,
      ctx,
      {
        type: "demo.loaded",
        targetType: "setting",
        targetId: "active_profile",
        data: {
          profileId: profile.id,
          departments: structure.bureaus.length + depts.length,
          people: demoUsers.length,
          logins: demoUsers.map((u) => u.loginId),
        },
      },
      now,
    );
    return { departments: structure.bureaus.length + depts.length, users: demoUsers };
  });
  deps.setProfile(profile);
  return {
    profileId: profile.id,
    departments: result.departments,
    people: result.users.length,
    users: result.users,
  };
}

/** Whether a demo (or any organization) is already loaded. */
export async function hasOrganization(deps: AppDeps): Promise<boolean> {
  return !(await isEmpty(deps));
}
