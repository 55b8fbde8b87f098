import { count, eq, sql } from "drizzle-orm";
import { recordEvent } from "../audit/record";
import { type EmploymentType, findPerson, insertPerson, insertRoleAssignment } from "../directory";
import type { AppDeps, RequestContext } from "../http/context";
import { conflict, notFound } from "../http/errors";
import { rolesWithDuty } from "../profile";
import { assertPasswordRule, resetLoginPassword, unlockLogin } from "./commands";
import { hashPassword } from "./passwords";
import { users } from "./tables";
import { generatePassword } from "./tokens";

export const ADMIN_LOGIN_ID = "admin";
export const ADMIN_NAME = "システム管理者";

/**
 * On first start (no login exists yet): creates the person システム管理者 with login `admin`,
 * the password from `options.password` / SEKIMORI_ADMIN_PASSWORD or a generated one, which must
 * be changed at first sign-in, and the profile's role holding `administer_system`.
 * Returns the password only when it was generated, so the caller prints it once.
 */
export async function ensureAdministrator(
  deps: AppDeps,
  options: { password?: string } = {},
): Promise<{ created: boolean; password?: string }> {
  const db = deps.database.db;
  const [{ existing }] = await db.select({ existing: count() }).from(users);
  if (Number(existing) > 0) return { created: false };
  const given = options.password ?? process.env.SEKIMORI_ADMIN_PASSWORD ?? undefined;
  const password = given || generatePassword();
  const passwordHash = await hashPassword(password);
  const profile = deps.profile();
  const role = rolesWithDuty(profile, "administer_system")[0];
  if (!role) throw new Error(`profile ${profile.id}: no role holds the duty administer_system`);
  const now = deps.now();
  const created = await db.transaction(async (tx) => {
    // Serializes concurrent first starts of several instances.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(727276)`);
    const [{ n }] = await tx.select({ n: count() }).from(users);
    if (Number(n) > 0) return false;
    const person = await insertPerson(tx, {
      name: ADMIN_NAME,
      nameEn: "System administrator",
      employmentType: "regular" as EmploymentType,
    });
    const [user] = await tx
      .insert(users)
      .values({ personId: person.id, loginId: ADMIN_LOGIN_ID, passwordHash, mustChangePassword: true })
      .returning();
    const assignment = await insertRoleAssignment(tx, {
      personId: person.id,
      roleKey: role.key,
      scopeDepartmentId: null,
    });
    await recordEvent(
      tx,
      null,
      {
        type: "auth.administrator_created",
        targetType: "user",
        targetId: user.id,
        data: {
          loginId: ADMIN_LOGIN_ID,
          personId: person.id,
          roleKey: role.key,
          roleAssignmentId: assignment.id,
          passwordSource: given ? "environment" : "generated",
        },
      },
      now,
    );
    return true;
  });
  return created ? { created, ...(given ? {} : { password }) } : { created: false };
}

/**
 * `sekimori user create`: a login for an existing person (`personId`) or for a new person
 * (`name`, optional `departmentId`), with a temporary password (given or generated) that must
 * be changed at first sign-in, optionally holding roles of the active profile.
 */
export async function createUserLogin(
  deps: AppDeps,
  input: {
    loginId: string;
    personId?: string;
    name?: string;
    departmentId?: string | null;
    password?: string;
    roles?: Array<{ roleKey: string; scopeDepartmentId?: string | null }>;
  },
  ctx: RequestContext | null = null,
): Promise<{ userId: string; personId: string; password?: string }> {
  const db = deps.database.db;
  if (!/^[A-Za-z0-9._@-]{1,64}$/.test(input.loginId))
    throw new Error("loginId: 1–64 characters of A–Z a–z 0–9 . _ @ -");
  if (input.password) assertPasswordRule(input.password, input.loginId, "password");
  const password = input.password ?? generatePassword();
  const passwordHash = await hashPassword(password);
  const profile = deps.profile();
  for (const r of input.roles ?? [])
    if (!profile.roles.some((p) => p.key === r.roleKey))
      throw new Error(`role ${r.roleKey} is not a role of profile ${profile.id}`);
  const now = deps.now();
  return db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.loginId, input.loginId));
    if (taken)
      throw conflict("login_id_taken", "このログインIDは使われています。", "This login ID is taken.");
    let personId = input.personId;
    if (personId) {
      if (!(await findPerson(tx, personId))) throw notFound({ ja: "職員", en: "The person" });
    } else {
      if (!input.name) throw new Error("name or personId is required");
      const p = await insertPerson(tx, {
        name: input.name,
        departmentId: input.departmentId ?? null,
        employmentType: "regular" as EmploymentType,
      });
      personId = p.id;
    }
    const [user] = await tx
      .insert(users)
      .values({ personId, loginId: input.loginId, passwordHash, mustChangePassword: true })
      .returning();
    for (const r of input.roles ?? [])
      await insertRoleAssignment(tx, {
        personId,
        roleKey: r.roleKey,
        scopeDepartmentId: r.scopeDepartmentId ?? null,
      });
    await recordEvent(
      tx,
      ctx,
      {
        type: "auth.user_created",
        targetType: "user",
        targetId: user.id,
        departmentId: input.departmentId ?? null,
        data: { loginId: input.loginId, personId, roles: (input.roles ?? []).map((r) => r.roleKey) },
      },
      now,
    );
    return { userId: user.id, personId, ...(input.password ? {} : { password }) };
  });
}

/** `sekimori user unlock LOGIN`. */
export async function unlockUser(deps: AppDeps, loginId: string, ctx: RequestContext | null = null) {
  const user = await unlockLogin(deps, ctx, { loginId });
  return { userId: user.id };
}

/** `sekimori user reset-password LOGIN`: prints the temporary password once. */
export function resetPassword(deps: AppDeps, loginId: string, ctx: RequestContext | null = null) {
  return resetLoginPassword(deps, ctx, { loginId });
}
