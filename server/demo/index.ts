/**
 * Demo organizations: `sekimori demo --profile ID --password PW` loads a realistic organization
 * for a profile into an empty database — that organization's own bureaus and departments (see
 * ./organizations.ts), a few dozen people of every employment type, a holder for every role of the
 * profile with the right scope and the title the policy names, a login for everyone, and a handful
 * of assets of every kind and level (./assets.ts). Demo passwords are permanent (no forced change);
 * users whose duties require multi-factor sign-in are enrolled with a TOTP secret that the result
 * (and `--json`) carries. Every insert is audited (actor null; via cli from the CLI).
 */

import { sql } from "drizzle-orm";
import type { Duty } from "../../common/duties";
import { type AuditContext, changedFields, recordEvent } from "../audit/record";
import { passwordProblems } from "../auth/password-rule";
import { hashPassword } from "../auth/passwords";
import { users } from "../auth/tables";
import { newTotpSecret } from "../auth/totp";
import type { DbOrTx } from "../db/client";
import { rowsOf } from "../db/sql";
import {
  departments,
  EMPLOYMENT_TYPES,
  type EmploymentType,
  people,
  roleAssignments,
} from "../directory/tables";
import type { AppDeps } from "../http/context";
import { assets } from "../modules/assets/tables";
import { loadProfile, mfaRequiredForDuties, type Profile } from "../profile";
import { settings } from "../settings/tables";
import { type DemoUnitRef, loadDemoAssets } from "./assets";
import { type DemoOrganization, type DemoUnit, ORGANIZATIONS } from "./organizations";
import { loadDemoTraining } from "./training";

export { ORGANIZATIONS } from "./organizations";

export interface DemoUser {
  loginId: string;
  name: string;
  departmentId: string | null;
  departmentName: string | null;
  /** 任用形態: e2e picks a 会計年度任用職員 with a login to sign their own 同意書. */
  employmentType: EmploymentType;
  roles: string[];
  duties: Duty[];
  totpSecret: string | null;
}

export interface DemoResult {
  profileId: string;
  departments: number;
  people: number;
  assets: number;
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

/** The demo organization of a profile: its own, or its baseline's, or the MIC model's. */
export function demoOrganization(profile: Profile): DemoOrganization {
  return ORGANIZATIONS[profile.id] ?? ORGANIZATIONS[profile.extends ?? ""] ?? ORGANIZATIONS["mic-guideline"];
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
  "佐々木",
  "山口",
  "松本",
  "井上",
  "木村",
  "林",
  "斎藤",
  "清水",
  "山崎",
  "森",
  "池田",
  "橋本",
  "阿部",
  "石川",
  "前田",
  "藤田",
  "岡田",
  "後藤",
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
  "千尋",
  "和也",
  "明美",
  "剛",
  "裕子",
  "達也",
  "智子",
  "亮",
  "舞",
  "聡",
  "里美",
  "勇気",
  "香織",
  "博之",
  "優子",
];

/** The n-th name: deterministic and distinct for the first 900 (7 is coprime to 30). */
export function demoName(n: number): string {
  return `${SURNAMES[n % SURNAMES.length]} ${GIVEN[(n * 7 + Math.floor(n / SURNAMES.length)) % GIVEN.length]}`;
}

const STAFF_TITLES = ["主任", "主事", "主査", "主事", "主任"];
const EMPLOYMENT_TITLES: Record<EmploymentType, string> = {
  regular: "主事",
  reappointed: "再任用職員",
  fiscal_year: "会計年度任用職員",
  temporary: "臨時的任用職員",
  special_part_time: "特別職非常勤職員",
  dispatched: "派遣職員",
  contractor_worker: "委託事業者作業員",
};

/** Tables that must be empty for a demo to load. */
async function isEmpty(db: DbOrTx): Promise<boolean> {
  const res = rowsOf<{ n: string | number }>(
    await db.execute(
      sql`SELECT (SELECT count(*) FROM ${departments}) + (SELECT count(*) FROM ${people}) + (SELECT count(*) FROM ${users}) + (SELECT count(*) FROM ${assets}) AS n`,
    ),
  );
  return Number(res[0].n) === 0;
}

/** Role keys the organization's data names that the profile does not have (a bug in the data). */
export function unknownDemoRoles(profile: Profile, org: DemoOrganization): string[] {
  const keys = new Set(profile.roles.map((r) => r.key));
  const named = [
    ...org.keyPeople.flatMap((p) => p.roles.map((r) => r.role)),
    ...org.headRoles,
    ...(org.systemRoles ?? []),
    ...(org.staffRoles ?? []),
    ...(org.bureauHeadRoles ?? []),
    ...(org.bureauShomuRoles ?? []),
    ...(org.bureauStaffRoles ?? []),
  ];
  return [...new Set(named.filter((k) => !keys.has(k)))];
}

interface Grant {
  roleKey: string;
  scopeDepartmentId: string | null;
}

export async function loadDemo(
  deps: AppDeps,
  options: { profileId: string; password: string; ctx?: AuditContext | null },
): Promise<DemoResult> {
  let profile: Profile;
  try {
    profile = loadProfile(options.profileId, { dir: deps.config.profileDir });
  } catch (err) {
    throw new DemoError((err as Error).message, "bad_profile");
  }
  const org = demoOrganization(profile);
  const unknown = unknownDemoRoles(profile, org);
  if (unknown.length)
    throw new DemoError(
      `demo data names roles profile ${profile.id} lacks: ${unknown.join(", ")}`,
      "bad_profile",
    );
  const problems = passwordProblems(options.password, "");
  if (problems.length)
    throw new DemoError(
      `the demo password does not meet the password rule: ${problems.map((p) => p.message_en).join(" ")}`,
      "bad_password",
    );
  if (!(await isEmpty(deps.database.db)))
    throw new DemoError(
      "the database already holds an organization; a demo loads only into an empty database (use --if-empty to skip)",
      "not_empty",
    );

  const passwordHash = await hashPassword(options.password);
  const now = deps.now();
  const ctx: AuditContext = options.ctx ?? { actor: null, ip: "", requestId: "demo" };
  const roleOf = (key: string) => profile.roles.find((r) => r.key === key);

  const result = await deps.database.db.transaction(async (tx) => {
    // Re-checked inside the transaction: two loaders started at once do not both load.
    if (!(await isEmpty(tx))) throw new DemoError("the database already holds an organization", "not_empty");

    // ── units ────────────────────────────────────────────────────────────────
    interface UnitRow {
      id: string;
      def: DemoUnit;
      bureau: UnitRow | null;
      kind: "bureau" | "department";
    }
    const unitRows = new Map<string, UnitRow>();
    let order = 0;
    const insertUnit = async (def: DemoUnit, bureau: UnitRow | null) => {
      const kind = def.departments ? "bureau" : "department";
      const [row] = await tx
        .insert(departments)
        .values({
          code: def.code,
          name: def.name,
          nameEn: def.nameEn,
          kind,
          parentId: bureau?.id ?? null,
          sortOrder: order++,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      await recordEvent(
        tx,
        ctx,
        {
          type: "org.department.created",
          targetType: "department",
          targetId: row.id,
          departmentId: row.id,
          data: {
            changes: changedFields(
              {},
              { code: row.code, name: row.name, nameEn: row.nameEn, kind: row.kind, parentId: row.parentId },
            ),
          },
        },
        now,
      );
      const unit: UnitRow = { id: row.id, def, bureau, kind };
      unitRows.set(def.code, unit);
      for (const child of def.departments ?? []) await insertUnit(child, unit);
    };
    for (const def of org.units) await insertUnit(def, null);
    const unit = (code: string | null) => {
      if (code === null) return null;
      const u = unitRows.get(code);
      if (!u) throw new Error(`demo data: no unit "${code}"`);
      return u;
    };
    const leaves = [...unitRows.values()].filter((u) => u.kind === "department");
    const bureaus = [...unitRows.values()].filter((u) => u.kind === "bureau");

    // ── people, logins, roles ───────────────────────────────────────────────
    let n = 0;
    const demoUsers: DemoUser[] = [];
    const personIds = new Map<string, string>();
    const makePerson = async (
      loginId: string,
      at: UnitRow | null,
      employmentType: EmploymentType,
      title: string,
      grants: Grant[],
    ) => {
      const name = demoName(n);
      n++;
      const [person] = await tx
        .insert(people)
        .values({
          employeeNumber: `D${String(n).padStart(5, "0")}`,
          name,
          // example.lg.jp: reserved for examples under the LGWAN domain, never delivered anywhere.
          email: `${loginId}@${profile.id}.example.lg.jp`,
          phone: `0000-00-${String(1000 + n)}`,
          emergencyPhone: employmentType === "regular" ? `090-0000-${String(1000 + n)}` : null,
          employmentType,
          departmentId: at?.id ?? null,
          title,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      await recordEvent(
        tx,
        ctx,
        {
          type: "org.person.created",
          targetType: "person",
          targetId: person.id,
          departmentId: person.departmentId,
          data: {
            changes: changedFields(
              {},
              {
                employeeNumber: person.employeeNumber,
                name: person.name,
                employmentType: person.employmentType,
                departmentId: person.departmentId,
                title: person.title,
              },
            ),
          },
        },
        now,
      );
      const duties = [...new Set(grants.flatMap((g) => roleOf(g.roleKey)?.duties ?? []))] as Duty[];
      const totpSecret = mfaRequiredForDuties(profile, duties) ? newTotpSecret() : null;
      const [user] = await tx
        .insert(users)
        .values({
          personId: person.id,
          loginId,
          passwordHash,
          mustChangePassword: false,
          passwordChangedAt: now,
          totpSecret,
          totpEnabled: totpSecret !== null,
          createdAt: now,
        })
        .returning({ id: users.id });
      await recordEvent(
        tx,
        ctx,
        {
          type: "org.person.login_created",
          targetType: "person",
          targetId: person.id,
          departmentId: person.departmentId,
          data: {
            userId: user.id,
            changes: { loginId: { from: null, to: loginId } },
            mustChangePassword: false,
            totpEnrolled: totpSecret !== null,
          },
        },
        now,
      );
      for (const g of grants) {
        const [ra] = await tx
          .insert(roleAssignments)
          .values({ personId: person.id, ...g, createdAt: now })
          .returning();
        await recordEvent(
          tx,
          ctx,
          {
            type: "org.role_assignment.created",
            targetType: "role_assignment",
            targetId: ra.id,
            departmentId: ra.scopeDepartmentId ?? person.departmentId,
            data: {
              personId: person.id,
              roleTitle: roleOf(g.roleKey)?.title.ja ?? g.roleKey,
              changes: {
                roleKey: { from: null, to: ra.roleKey },
                scopeDepartmentId: { from: null, to: ra.scopeDepartmentId },
              },
            },
          },
          now,
        );
      }
      personIds.set(loginId, person.id);
      demoUsers.push({
        loginId,
        name,
        departmentId: at?.id ?? null,
        departmentName: at?.def.name ?? null,
        employmentType,
        roles: [...new Set(grants.map((g) => g.roleKey))],
        duties,
        totpSecret,
      });
      return person.id;
    };

    /** A grant of a role: organization roles org-wide, others over `scope`. */
    const grant = (roleKey: string, scope: UnitRow | null): Grant => {
      const role = roleOf(roleKey);
      if (!role || role.scope === "organization") return { roleKey, scopeDepartmentId: null };
      if (!scope) throw new Error(`demo data: role ${roleKey} (${role.scope}) needs a scope`);
      const target = role.scope === "bureau" && scope.kind === "department" ? (scope.bureau ?? scope) : scope;
      return { roleKey, scopeDepartmentId: target.id };
    };
    const departmentRoles = profile.roles.filter((r) => r.scope === "department").map((r) => r.key);
    const systemRoles = org.systemRoles ?? [];
    const staffRoles = org.staffRoles ?? [];
    const headRoles = org.headRoles.length
      ? org.headRoles
      : departmentRoles.filter((k) => !systemRoles.includes(k) && !staffRoles.includes(k));
    const systemUnits = new Set(org.systemUnits ?? []);
    const headGrants = (u: UnitRow): Grant[] => [
      ...headRoles.map((k) => grant(k, u)),
      ...(systemUnits.has(u.def.code) || u.def.tags?.includes("it")
        ? systemRoles.map((k) => grant(k, u))
        : []),
    ];
    const bureauHeadGrants = (b: UnitRow): Grant[] => (org.bureauHeadRoles ?? []).map((k) => grant(k, b));

    const heads = new Map<string, string>();
    // People the policy names (CISO, network administrator …), heads of their unit where marked.
    for (const kp of org.keyPeople) {
      const at = unit(kp.unit);
      const grants = kp.roles.map((r) => grant(r.role, r.scope ? unit(r.scope) : at));
      if (kp.isHead && at) grants.push(...(at.kind === "bureau" ? bureauHeadGrants(at) : headGrants(at)));
      const id = await makePerson(kp.login, at, "regular", kp.title, grants);
      if (kp.isHead && at) heads.set(at.def.code, id);
    }
    // 局長 / 部長 of every bureau.
    for (const b of bureaus) {
      if (heads.has(b.def.code)) continue;
      heads.set(
        b.def.code,
        await makePerson(
          `head.${b.def.code}`,
          b,
          "regular",
          b.def.headTitle ?? `${b.def.name}長`,
          bureauHeadGrants(b),
        ),
      );
    }
    // 課長 of every department; the head of a bureau's first unit is its 庶務担当課長.
    for (const d of leaves) {
      if (heads.has(d.def.code)) continue;
      const shomu = d.bureau && d.bureau.def.departments?.[0]?.code === d.def.code;
      const grants = [
        ...headGrants(d),
        ...(shomu ? (org.bureauShomuRoles ?? []).map((k) => grant(k, d.bureau)) : []),
      ];
      const title =
        d.def.headTitle ?? `${d.bureau && d.def.name === "庶務課" ? d.bureau.def.name : ""}${d.def.name}長`;
      heads.set(d.def.code, await makePerson(`head.${d.def.code}`, d, "regular", title, grants));
    }
    // Staff: two per department — a regular member first, then every other employment type in turn —
    // and more until there are at least 24 people. The first staff member of a bureau's first unit is
    // its 情報セキュリティ連絡員.
    let staffNo = 0;
    let other = 0;
    const others = EMPLOYMENT_TYPES.filter((t) => t !== "regular");
    const addStaff = async (d: UnitRow, type: EmploymentType, extra: Grant[]) => {
      staffNo++;
      const title =
        type === "regular" ? STAFF_TITLES[staffNo % STAFF_TITLES.length] : EMPLOYMENT_TITLES[type];
      await makePerson(`staff${String(staffNo).padStart(2, "0")}`, d, type, `${d.def.name} ${title}`, [
        ...staffRoles.map((k) => grant(k, d)),
        ...extra,
      ]);
    };
    for (const d of leaves) {
      const liaison = d.bureau && d.bureau.def.departments?.[0]?.code === d.def.code;
      await addStaff(
        d,
        "regular",
        liaison ? (org.bureauStaffRoles ?? []).map((k) => grant(k, d.bureau)) : [],
      );
      await addStaff(d, others[other++ % others.length], []);
    }
    for (let i = 0; demoUsers.length < 24 || other < others.length; i++)
      await addStaff(leaves[i % leaves.length], others[other++ % others.length], []);

    // ── assets ──────────────────────────────────────────────────────────────
    const unitRefs: DemoUnitRef[] = leaves.map((u) => ({
      id: u.id,
      code: u.def.code,
      tags: u.def.tags ?? [],
      headPersonId: heads.get(u.def.code) ?? null,
    }));
    const assetCount = await loadDemoAssets(tx, ctx, profile, org, unitRefs, now);
    const sessions = await loadDemoTraining(tx, ctx, profile, demoUsers, personIds, now);

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
          departments: unitRows.size,
          people: demoUsers.length,
          assets: assetCount,
          trainingSessions: sessions,
          logins: demoUsers.map((u) => u.loginId),
        },
      },
      now,
    );
    return { departments: unitRows.size, users: demoUsers, assets: assetCount };
  });
  deps.setProfile(profile);
  return {
    profileId: profile.id,
    departments: result.departments,
    people: result.users.length,
    assets: result.assets,
    users: result.users,
  };
}

/** Whether a demo (or any organization) is already loaded. */
export async function hasOrganization(deps: AppDeps): Promise<boolean> {
  return !(await isEmpty(deps.database.db));
}
