import { randomBytes } from "node:crypto";
import { hashPassword } from "../auth/passwords";
import { users } from "../auth/tables";
import type { Db } from "../db/client";
import { departments, type EmploymentType, people, roleAssignments } from "../directory/tables";

let seq = 0;
const next = () => `${Date.now().toString(36)}${(++seq).toString(36)}${randomBytes(2).toString("hex")}`;

export const TEST_PASSWORD = "Test-Passw0rd!x";

export async function makeDepartment(db: Db, overrides: Partial<typeof departments.$inferInsert> = {}) {
  const [row] = await db
    .insert(departments)
    .values({ code: `D${next()}`, name: `テスト課${seq}`, kind: "department", ...overrides })
    .returning();
  return row;
}

export async function makePerson(db: Db, overrides: Partial<typeof people.$inferInsert> = {}) {
  const [row] = await db
    .insert(people)
    .values({ name: `職員 ${seq++}`, employmentType: "regular" as EmploymentType, ...overrides })
    .returning();
  return row;
}

export async function assignRole(
  db: Db,
  personId: string,
  roleKey: string,
  scopeDepartmentId: string | null = null,
) {
  const [row] = await db.insert(roleAssignments).values({ personId, roleKey, scopeDepartmentId }).returning();
  return row;
}

/**
 * A person with a login and a permanent password (no forced change), optionally holding roles
 * of the active profile: `roles: [["section_head", deptId]]`.
 */
export async function makeUser(
  db: Db,
  options: {
    departmentId?: string | null;
    loginId?: string;
    password?: string;
    roles?: Array<[string, string | null]>;
    mustChangePassword?: boolean;
    name?: string;
  } = {},
) {
  const person = await makePerson(db, {
    departmentId: options.departmentId ?? null,
    ...(options.name ? { name: options.name } : {}),
  });
  const [user] = await db
    .insert(users)
    .values({
      personId: person.id,
      loginId: options.loginId ?? `u${next()}`,
      passwordHash: await hashPassword(options.password ?? TEST_PASSWORD),
      mustChangePassword: options.mustChangePassword ?? false,
    })
    .returning();
  for (const [roleKey, scope] of options.roles ?? []) await assignRole(db, person.id, roleKey, scope);
  return { person, user, password: options.password ?? TEST_PASSWORD };
}
