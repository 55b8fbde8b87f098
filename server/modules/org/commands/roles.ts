import { and, eq, gt, inArray } from "drizzle-orm";
import { startOfJstDay } from "../../../../common/calendar";
import { recordEvent } from "../../../audit/record";
import type { Db, DbOrTx } from "../../../db/client";
import { directoryChanged } from "../../../directory";
import { departments, deputies, people, roleAssignments } from "../../../directory/tables";
import { conflict, fieldError, notFound } from "../../../http/errors";
import type { Profile } from "../../../profile";
import { actingFor, addDays, type Ctx, findRole, jstDate, roleTitle } from "../util";

type RoleAssignmentRow = typeof roleAssignments.$inferSelect;

const SCOPE_LABEL = {
  organization: { ja: "全庁", en: "organization" },
  bureau: { ja: "局・部", en: "bureau" },
  department: { ja: "課", en: "department" },
} as const;

/**
 * The scope must fit the role's scope kind: organization → no unit; bureau → a bureau (局/部);
 * department → a department (課). Throws a 400 naming the field otherwise.
 */
export async function checkRoleScope(
  db: DbOrTx,
  profile: Profile,
  roleKey: string,
  scopeDepartmentId: string | null | undefined,
  fieldPrefix = "",
) {
  const role = findRole(profile, roleKey);
  if (!role)
    throw fieldError(
      `${fieldPrefix}roleKey`,
      `役割「${roleKey}」は現在のポリシーにありません。`,
      `Role "${roleKey}" is not a role of the active policy profile.`,
    );
  const field = `${fieldPrefix}scopeDepartmentId`;
  if (role.scope === "organization") {
    if (scopeDepartmentId)
      throw fieldError(
        field,
        `「${role.title.ja}」は全庁の役割のため、範囲（所属）は指定できません。`,
        `"${role.title.en}" is an organization-wide role: no scope unit may be given.`,
      );
    return role;
  }
  const want = SCOPE_LABEL[role.scope];
  if (!scopeDepartmentId)
    throw fieldError(
      field,
      `「${role.title.ja}」の範囲として${want.ja}を指定してください。`,
      `"${role.title.en}" needs a ${want.en} as its scope.`,
    );
  const [unit] = await db.select().from(departments).where(eq(departments.id, scopeDepartmentId));
  if (!unit) throw fieldError(field, "範囲の組織が見つかりません。", "The scope unit does not exist.");
  if (unit.kind !== role.scope)
    throw fieldError(
      field,
      `「${role.title.ja}」の範囲は${want.ja}でなければなりません（指定された「${unit.name}」は${SCOPE_LABEL[unit.kind].ja}です）。`,
      `The scope of "${role.title.en}" must be a ${want.en}; "${unit.name}" is a ${SCOPE_LABEL[unit.kind].en}.`,
    );
  if (!unit.active) throw fieldError(field, "範囲の組織は廃止されています。", "The scope unit is inactive.");
  return role;
}

export async function createRoleAssignment(
  db: Db,
  ctx: Ctx,
  profile: Profile,
  input: {
    personId: string;
    roleKey: string;
    scopeDepartmentId?: string | null;
    validFrom?: string | null;
    validTo?: string | null;
  },
  now: Date,
): Promise<RoleAssignmentRow> {
  const [person] = await db.select().from(people).where(eq(people.id, input.personId));
  if (!person) throw fieldError("personId", "職員が見つかりません。", "The person does not exist.");
  if (!person.active) throw fieldError("personId", "職員は無効です。", "The person is inactive.");
  await checkRoleScope(db, profile, input.roleKey, input.scopeDepartmentId);
  if (input.validFrom && input.validTo && input.validFrom > input.validTo)
    throw fieldError(
      "validTo",
      "終了日は開始日以降にしてください。",
      "Valid to must not be before valid from.",
    );
  const today = jstDate(now);
  if (input.validTo && input.validTo < today)
    throw fieldError("validTo", "終了日が過去の日付です。", "Valid to is in the past.");
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(roleAssignments)
      .values({
        personId: input.personId,
        roleKey: input.roleKey,
        scopeDepartmentId: input.scopeDepartmentId ?? null,
        validFrom: input.validFrom ?? today,
        validTo: input.validTo ?? null,
        createdAt: now,
      })
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "org.role_assignment.created",
        targetType: "role_assignment",
        targetId: row.id,
        departmentId: row.scopeDepartmentId ?? person.departmentId,
        actingForPersonId: actingFor(ctx.actor, "manage_organization"),
        data: {
          personId: row.personId,
          roleTitle: roleTitle(profile, row.roleKey),
          changes: {
            roleKey: { from: null, to: row.roleKey },
            scopeDepartmentId: { from: null, to: row.scopeDepartmentId },
            validFrom: { from: null, to: row.validFrom },
            validTo: { from: null, to: row.validTo },
          },
        },
      },
      now,
    );
    await directoryChanged(tx, { now, context: ctx, personIds: [row.personId] });
    return row;
  });
}

export async function loadRoleAssignment(db: Db, id: string): Promise<RoleAssignmentRow> {
  const [row] = await db.select().from(roleAssignments).where(eq(roleAssignments.id, id));
  if (!row) throw notFound({ ja: "役割の割当て", en: "The role assignment" });
  return row;
}

/**
 * Ends role assignments inside a transaction: sets validTo (the last day held, inclusive) and ends
 * deputy arrangements tied to them. Returns the ids of the deputy arrangements it ended.
 */
export async function endAssignmentsInTx(
  tx: DbOrTx,
  ids: string[],
  validTo: string,
  now: Date,
): Promise<string[]> {
  if (ids.length === 0) return [];
  await tx.update(roleAssignments).set({ validTo }).where(inArray(roleAssignments.id, ids));
  const cut = startOfJstDay(addDays(validTo, 1));
  const end = cut < now ? now : cut;
  const ended = await tx
    .update(deputies)
    .set({ validTo: end })
    .where(and(inArray(deputies.roleAssignmentId, ids), gt(deputies.validTo, end)))
    .returning({ id: deputies.id });
  return ended.map((d) => d.id);
}

export async function endRoleAssignment(
  db: Db,
  ctx: Ctx,
  profile: Profile,
  before: RoleAssignmentRow,
  validTo: string | undefined,
  now: Date,
): Promise<RoleAssignmentRow> {
  const today = jstDate(now);
  const last = validTo ?? addDays(today, -1);
  if (before.validTo != null && before.validTo < today)
    throw conflict(
      "already_ended",
      "この役割の割当ては既に終了しています。",
      "This role assignment has already ended.",
    );
  if (last < addDays(today, -1))
    throw fieldError("validTo", "終了日に過去の日付は指定できません。", "Valid to cannot be in the past.");
  return db.transaction(async (tx) => {
    const endedDeputies = await endAssignmentsInTx(tx, [before.id], last, now);
    const [row] = await tx.select().from(roleAssignments).where(eq(roleAssignments.id, before.id));
    const [person] = await tx
      .select({ departmentId: people.departmentId })
      .from(people)
      .where(eq(people.id, before.personId));
    await recordEvent(
      tx,
      ctx,
      {
        type: "org.role_assignment.ended",
        targetType: "role_assignment",
        targetId: before.id,
        departmentId: before.scopeDepartmentId ?? person?.departmentId ?? null,
        actingForPersonId: actingFor(ctx.actor, "manage_organization"),
        data: {
          personId: before.personId,
          roleKey: before.roleKey,
          roleTitle: roleTitle(profile, before.roleKey),
          changes: { validTo: { from: before.validTo, to: last } },
          endedDeputies,
        },
      },
      now,
    );
    await directoryChanged(tx, { now, context: ctx, personIds: [before.personId] });
    return row;
  });
}
