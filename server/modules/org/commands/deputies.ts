import { eq } from "drizzle-orm";
import { startOfJstDay } from "../../../../common/calendar";
import { recordEvent } from "../../../audit/record";
import type { Db } from "../../../db/client";
import { directoryChanged } from "../../../directory";
import { deputies, people, roleAssignments } from "../../../directory/tables";
import { conflict, fieldError, notFound } from "../../../http/errors";
import { actingFor, addDays, type Ctx } from "../util";

type DeputyRow = typeof deputies.$inferSelect;

/** A date alone means the whole JST day: from its start, to the end of the `to` day. */
export function toInstant(value: string, edge: "from" | "to"): Date {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return startOfJstDay(edge === "from" ? value : addDays(value, 1));
  }
  return new Date(value);
}

export async function createDeputy(
  db: Db,
  ctx: Ctx,
  input: {
    principalPersonId: string;
    deputyPersonId: string;
    roleAssignmentId?: string | null;
    validFrom: string;
    validTo: string;
    reason: string;
  },
  now: Date,
): Promise<DeputyRow> {
  if (input.principalPersonId === input.deputyPersonId)
    throw fieldError(
      "deputyPersonId",
      "代行者には本来の担当者と別の職員を指定してください。",
      "The deputy must be someone other than the principal.",
    );
  const validFrom = toInstant(input.validFrom, "from");
  const validTo = toInstant(input.validTo, "to");
  if (!(validFrom < validTo))
    throw fieldError(
      "validTo",
      "終了日時は開始日時より後にしてください。",
      "Valid to must be after valid from.",
    );
  if (validTo <= now) throw fieldError("validTo", "終了日時が過去です。", "Valid to is in the past.");
  const [principal] = await db.select().from(people).where(eq(people.id, input.principalPersonId));
  if (!principal)
    throw fieldError("principalPersonId", "本来の担当者が見つかりません。", "The principal does not exist.");
  const [deputy] = await db.select().from(people).where(eq(people.id, input.deputyPersonId));
  if (!deputy) throw fieldError("deputyPersonId", "代行者が見つかりません。", "The deputy does not exist.");
  if (!deputy.active) throw fieldError("deputyPersonId", "代行者は無効です。", "The deputy is inactive.");
  if (input.roleAssignmentId) {
    const [ra] = await db
      .select()
      .from(roleAssignments)
      .where(eq(roleAssignments.id, input.roleAssignmentId));
    if (!ra || ra.personId !== principal.id)
      throw fieldError(
        "roleAssignmentId",
        "本来の担当者の役割を指定してください。",
        "The role assignment must be one of the principal's.",
      );
  }
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(deputies)
      .values({
        principalPersonId: principal.id,
        deputyPersonId: deputy.id,
        roleAssignmentId: input.roleAssignmentId ?? null,
        validFrom,
        validTo,
        reason: input.reason,
        createdAt: now,
      })
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "org.deputy.created",
        targetType: "deputy",
        targetId: row.id,
        departmentId: principal.departmentId,
        actingForPersonId: actingFor(ctx.actor, "manage_organization"),
        data: {
          changes: {
            principalPersonId: { from: null, to: row.principalPersonId },
            deputyPersonId: { from: null, to: row.deputyPersonId },
            roleAssignmentId: { from: null, to: row.roleAssignmentId },
            validFrom: { from: null, to: row.validFrom.toISOString() },
            validTo: { from: null, to: row.validTo.toISOString() },
            reason: { from: null, to: row.reason },
          },
        },
      },
      now,
    );
    await directoryChanged(tx, { now, context: ctx, personIds: [] });
    return row;
  });
}

export async function loadDeputy(db: Db, id: string): Promise<DeputyRow> {
  const [row] = await db.select().from(deputies).where(eq(deputies.id, id));
  if (!row) throw notFound({ ja: "代行", en: "The deputy arrangement" });
  return row;
}

/** Ends an arrangement now (one not yet begun never begins). */
export async function endDeputy(db: Db, ctx: Ctx, before: DeputyRow, now: Date): Promise<DeputyRow> {
  if (before.validTo <= now)
    throw conflict(
      "already_ended",
      "この代行は既に終了しています。",
      "This deputy arrangement has already ended.",
    );
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(deputies)
      .set({ validTo: now })
      .where(eq(deputies.id, before.id))
      .returning();
    const [principal] = await tx
      .select({ departmentId: people.departmentId })
      .from(people)
      .where(eq(people.id, before.principalPersonId));
    await recordEvent(
      tx,
      ctx,
      {
        type: "org.deputy.ended",
        targetType: "deputy",
        targetId: before.id,
        departmentId: principal?.departmentId ?? null,
        actingForPersonId: actingFor(ctx.actor, "manage_organization"),
        data: {
          principalPersonId: before.principalPersonId,
          deputyPersonId: before.deputyPersonId,
          changes: { validTo: { from: before.validTo.toISOString(), to: now.toISOString() } },
        },
      },
      now,
    );
    await directoryChanged(tx, { now, context: ctx, personIds: [] });
    return row;
  });
}
