import { randomInt } from "node:crypto";
import { eq } from "drizzle-orm";
import { changedFields, recordEvent } from "../../../audit/record";
import { hashPassword } from "../../../auth/passwords";
import { users } from "../../../auth/tables";
import type { Db } from "../../../db/client";
import { directoryChanged } from "../../../directory";
import { departments, type EmploymentType, people } from "../../../directory/tables";
import { conflict, fieldError, notFound } from "../../../http/errors";
import { actingFor, type Ctx } from "../util";
import { uniqueViolation } from "./departments";

type Person = typeof people.$inferSelect;

export interface PersonInput {
  employeeNumber?: string | null;
  name?: string;
  nameKana?: string | null;
  nameEn?: string | null;
  email?: string | null;
  phone?: string | null;
  emergencyPhone?: string | null;
  employmentType?: EmploymentType;
  departmentId?: string | null;
  title?: string | null;
  active?: boolean;
}

const PERSON_FIELDS = [
  "employeeNumber",
  "name",
  "nameKana",
  "nameEn",
  "email",
  "phone",
  "emergencyPhone",
  "employmentType",
  "departmentId",
  "title",
  "active",
] as const;

const numberTaken = () =>
  conflict("employee_number_taken", "この職員番号は既に使われています。", "This employee number is in use.", {
    employeeNumber: {
      message_ja: "既に使われている職員番号です。",
      message_en: "This employee number is already in use.",
    },
  });

/** The bureau above a unit (the unit itself when it is a bureau), for access checks. */
export async function bureauOf(db: Db, departmentId: string | null): Promise<string | null> {
  if (!departmentId) return null;
  const [row] = await db
    .select({ id: departments.id, kind: departments.kind, parentId: departments.parentId })
    .from(departments)
    .where(eq(departments.id, departmentId));
  if (!row) return null;
  return row.kind === "bureau" ? row.id : row.parentId;
}

export async function checkDepartment(
  db: Db,
  departmentId: string | null | undefined,
  field = "departmentId",
) {
  if (departmentId == null) return;
  const [row] = await db.select().from(departments).where(eq(departments.id, departmentId));
  if (!row) throw fieldError(field, "所属が見つかりません。", "The department does not exist.");
  if (!row.active) throw fieldError(field, "所属は廃止されています。", "The department is inactive.");
}

export async function loadPerson(db: Db, id: string): Promise<Person & { bureauId: string | null }> {
  const [row] = await db.select().from(people).where(eq(people.id, id));
  if (!row) throw notFound({ ja: "職員", en: "The person" });
  return { ...row, bureauId: await bureauOf(db, row.departmentId) };
}

function pick(input: PersonInput | Person): Partial<Record<(typeof PERSON_FIELDS)[number], unknown>> {
  const out: Record<string, unknown> = {};
  for (const f of PERSON_FIELDS)
    if ((input as Record<string, unknown>)[f] !== undefined) out[f] = (input as Record<string, unknown>)[f];
  return out;
}

export async function createPerson(
  db: Db,
  ctx: Ctx,
  input: PersonInput & { name: string; employmentType: EmploymentType },
  now: Date,
): Promise<Person> {
  await checkDepartment(db, input.departmentId);
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(people)
        .values({
          employeeNumber: input.employeeNumber || null,
          name: input.name,
          nameKana: input.nameKana ?? null,
          nameEn: input.nameEn ?? null,
          email: input.email ?? null,
          phone: input.phone || null,
          emergencyPhone: input.emergencyPhone || null,
          employmentType: input.employmentType,
          departmentId: input.departmentId ?? null,
          title: input.title ?? null,
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
          targetId: row.id,
          departmentId: row.departmentId,
          actingForPersonId: actingFor(ctx.actor, "manage_organization"),
          data: { changes: changedFields({}, pick(row)) },
        },
        now,
      );
      await directoryChanged(tx, { now, context: ctx, personIds: [row.id] });
      return row;
    });
  } catch (err) {
    if (uniqueViolation(err)) throw numberTaken();
    throw err;
  }
}

export async function updatePerson(
  db: Db,
  ctx: Ctx,
  before: Person,
  patch: PersonInput,
  now: Date,
): Promise<Person> {
  if (patch.departmentId !== undefined && patch.departmentId !== before.departmentId)
    await checkDepartment(db, patch.departmentId);
  const next = { ...pick(before), ...pick(patch) };
  if (next.employeeNumber === "") next.employeeNumber = null;
  const changes = changedFields(pick(before), next);
  if (Object.keys(changes).length === 0) return before;
  const set: Record<string, unknown> = { updatedAt: now };
  for (const key of Object.keys(changes)) set[key] = next[key as keyof typeof next];
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx.update(people).set(set).where(eq(people.id, before.id)).returning();
      await recordEvent(
        tx,
        ctx,
        {
          type: "org.person.updated",
          targetType: "person",
          targetId: row.id,
          departmentId: row.departmentId,
          actingForPersonId: actingFor(ctx.actor, "manage_organization"),
          // Phone numbers are personal data: the log says they changed, not what they are.
          data: { changes: redactPhones(changes) },
        },
        now,
      );
      await directoryChanged(tx, { now, context: ctx, personIds: [before.id] });
      return row;
    });
  } catch (err) {
    if (uniqueViolation(err)) throw numberTaken();
    throw err;
  }
}

function redactPhones(changes: Record<string, { from: unknown; to: unknown }>) {
  const out = { ...changes };
  for (const key of ["phone", "emergencyPhone"]) {
    if (out[key]) out[key] = { from: out[key].from ? "***" : null, to: out[key].to ? "***" : null };
  }
  return out;
}

const CLASSES = ["ABCDEFGHJKLMNPQRSTUVWXYZ", "abcdefghijkmnopqrstuvwxyz", "23456789", "!#$%&*+-=?@_"];

/**
 * A temporary password: 16 characters drawn from all four classes (at least two of each),
 * without look-alike characters, shuffled with a CSPRNG.
 */
export function generateTemporaryPassword(length = 16): string {
  const chars: string[] = [];
  for (const cls of CLASSES) for (let i = 0; i < 2; i++) chars.push(cls[randomInt(cls.length)]);
  const all = CLASSES.join("");
  while (chars.length < length) chars.push(all[randomInt(all.length)]);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join("");
}

/** Creates a login with a temporary password that must be changed at first sign-in. */
export async function createLogin(
  db: Db,
  ctx: Ctx,
  person: Person,
  loginId: string,
  now: Date,
): Promise<{ loginId: string; temporaryPassword: string }> {
  if (!person.active)
    throw conflict(
      "person_inactive",
      "退職・無効の職員にはログインを作成できません。",
      "The person is inactive.",
    );
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.personId, person.id));
  if (existing)
    throw conflict(
      "login_exists",
      "この職員には既にログインがあります。",
      "This person already has a login.",
    );
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  try {
    await db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({ personId: person.id, loginId, passwordHash, mustChangePassword: true, createdAt: now })
        .returning({ id: users.id });
      await recordEvent(
        tx,
        ctx,
        {
          type: "org.person.login_created",
          targetType: "person",
          targetId: person.id,
          departmentId: person.departmentId,
          actingForPersonId: actingFor(ctx.actor, "manage_organization"),
          data: {
            userId: user.id,
            changes: { loginId: { from: null, to: loginId } },
            mustChangePassword: true,
          },
        },
        now,
      );
    });
  } catch (err) {
    if (uniqueViolation(err))
      throw conflict("login_id_taken", "このログインIDは既に使われています。", "This login ID is in use.", {
        loginId: {
          message_ja: "既に使われているログインIDです。",
          message_en: "This login ID is already in use.",
        },
      });
    throw err;
  }
  return { loginId, temporaryPassword };
}
