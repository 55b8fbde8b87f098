/**
 * 休職・退職 (leave and retirement) as events of the directory, not only a deactivated person
 * (#13 item 3; 西原村 6.1(1)⑧, 7.2(1)②; 川崎市 第2章5(3)イ, 第4章1(2)イ, 第8章6(2)イ).
 *
 * Planned with its effective date (the first day the person no longer works), applied on or after
 * it — in one transaction with its audit event: the person becomes inactive, their login is
 * disabled and every open session ends, every role assignment in force ends the day before, every
 * deputy arrangement they are part of ends, and the manager of the 課 they leave is told
 * (profile `personnel.leaving`). Assets they hold and requests and tasks they leave open are listed
 * on the separation's page through the other modules' faces, for that manager to reassign.
 * The person's active IDs in other systems are flagged to whoever stops them through the accounts
 * face, in the same transaction. A planned separation whose date has come is applied by the daily
 * job (separation-job.ts) if nobody applied it by hand.
 */
import { and, eq, gt, inArray } from "drizzle-orm";
import { type AuditContext, recordEvent } from "../../../audit/record";
import { loginOfPerson, setLoginDisabled } from "../../../auth/logins";
import { endSessionsOfPerson } from "../../../auth/person-sessions";
import type { Db, DbOrTx } from "../../../db/client";
import { directoryChanged } from "../../../directory";
import { deputies, people } from "../../../directory/tables";
import { conflict, fieldError, notFound } from "../../../http/errors";
import type { Profile } from "../../../profile";
import { flagIdsOfLeaver } from "../../accounts";
import { separations } from "../tables";
import { actingFor, addDays, type Ctx, jstDate, jstStartOfDay, roleTitle } from "../util";
import { notifyLeaving } from "./leaving-notice";
import { endAssignmentsInTx } from "./roles";
import { handoverEntries, heldOn, namesOfPeople, openArrangements, unitNames } from "./transfer-handover";
import type { HandoverEntryT } from "./transfers";

export type Separation = typeof separations.$inferSelect;
export type SeparationKind = Separation["kind"];

export interface SeparationInput {
  personId: string;
  kind: SeparationKind;
  effectiveDate: string;
  expectedReturn?: string | null;
  note?: string | null;
}

const notPlanned = () =>
  conflict("not_planned", "予定中の休職・退職ではありません。", "The leave or retirement is not planned.");

export async function loadSeparation(db: DbOrTx, id: string): Promise<Separation> {
  const [row] = await db.select().from(separations).where(eq(separations.id, id));
  if (!row) throw notFound({ ja: "休職・退職", en: "The leave or retirement" });
  return row;
}

export async function createSeparation(db: Db, ctx: Ctx, input: SeparationInput, now: Date) {
  const [person] = await db.select().from(people).where(eq(people.id, input.personId));
  if (!person) throw fieldError("personId", "職員が見つかりません。", "The person does not exist.");
  if (!person.active)
    throw fieldError(
      "personId",
      "既に無効（休職中・退職済み）の職員です。",
      "The person is already inactive.",
    );
  if (input.kind === "retirement" && input.expectedReturn)
    throw fieldError(
      "expectedReturn",
      "退職に復職予定日はありません。",
      "A retirement has no expected return.",
    );
  if (input.expectedReturn && input.expectedReturn <= input.effectiveDate)
    throw fieldError(
      "expectedReturn",
      "復職予定日は発令日より後の日付にしてください。",
      "The expected return must be after the effective date.",
    );
  const [open] = await db
    .select({ id: separations.id })
    .from(separations)
    .where(and(eq(separations.personId, input.personId), eq(separations.status, "planned")));
  if (open)
    throw conflict(
      "separation_planned",
      "この職員には予定中の休職・退職が既にあります。",
      "A leave or retirement is already planned for this person.",
      { personId: { message_ja: "予定中の休職・退職があります。", message_en: "One is already planned." } },
    );
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(separations)
      .values({
        personId: input.personId,
        kind: input.kind,
        effectiveDate: input.effectiveDate,
        expectedReturn: input.expectedReturn ?? null,
        note: input.note ?? null,
        status: "planned",
        createdBy: ctx.actor?.personId ?? null,
        createdAt: now,
      })
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "org.separation.created",
        targetType: "person",
        targetId: input.personId,
        departmentId: person.departmentId,
        actingForPersonId: actingFor(ctx.actor, "manage_organization"),
        data: {
          kind: input.kind,
          personId: input.personId,
          changes: {
            effectiveDate: { from: null, to: row.effectiveDate },
            expectedReturn: { from: null, to: row.expectedReturn },
            status: { from: null, to: "planned" },
          },
        },
      },
      now,
    );
    return row;
  });
}

export async function cancelSeparation(db: Db, ctx: Ctx, row: Separation, now: Date) {
  if (row.status !== "planned") throw notPlanned();
  return db.transaction(async (tx) => {
    const [done] = await tx
      .update(separations)
      .set({ status: "cancelled", cancelledAt: now, cancelledBy: ctx.actor?.personId ?? null })
      .where(and(eq(separations.id, row.id), eq(separations.status, "planned")))
      .returning();
    if (!done) throw notPlanned();
    await recordEvent(
      tx,
      ctx,
      {
        type: "org.separation.cancelled",
        targetType: "person",
        targetId: row.personId,
        actingForPersonId: actingFor(ctx.actor, "manage_organization"),
        data: {
          kind: row.kind,
          personId: row.personId,
          changes: { status: { from: "planned", to: "cancelled" } },
        },
      },
      now,
    );
    return done;
  });
}

/** What the separation ends (role assignments, deputy arrangements), as the apply will compute it. */
export async function separationHandover(
  db: DbOrTx,
  profile: Profile,
  row: Pick<Separation, "personId" | "effectiveDate">,
  now: Date,
): Promise<HandoverEntryT[]> {
  const held = await heldOn(db, row.personId, row.effectiveDate);
  const arrangements = await openArrangements(db, row.personId, now);
  const others = arrangements.map((d) =>
    d.principalPersonId === row.personId ? d.deputyPersonId : d.principalPersonId,
  );
  return handoverEntries(
    profile,
    row.personId,
    held,
    held,
    arrangements,
    new Set(arrangements.map((d) => d.id)),
    await unitNames(db),
    await namesOfPeople(db, others),
  );
}

/**
 * Applies a planned separation on or after its effective date (see the file comment). Two applies
 * at once: the second finds the row no longer planned and gets 409.
 */
export async function applySeparation(
  db: DbOrTx,
  ctx: Ctx | AuditContext,
  profile: Profile,
  row: Separation,
  now: Date,
) {
  if (row.status !== "planned") throw notPlanned();
  if (row.effectiveDate > jstDate(now))
    throw conflict(
      "not_yet_effective",
      `発令日（${row.effectiveDate}）より前には反映できません。`,
      `It cannot be applied before its effective date (${row.effectiveDate}).`,
    );
  const lastDay = addDays(row.effectiveDate, -1);
  return db.transaction(async (tx) => {
    const [claimed] = await tx
      .update(separations)
      .set({ status: "applied", appliedAt: now, appliedBy: ctx.actor?.personId ?? null })
      .where(and(eq(separations.id, row.id), eq(separations.status, "planned")))
      .returning();
    if (!claimed) throw notPlanned();
    const [person] = await tx.select().from(people).where(eq(people.id, row.personId));
    const handover = await separationHandover(tx, profile, row, now);

    // Every role assignment in force ends the day before; deputy arrangements tied to them end too.
    const held = await heldOn(tx, row.personId, row.effectiveDate);
    await endAssignmentsInTx(
      tx,
      held.map((ra) => ra.id),
      lastDay,
      now,
    );
    // Every other arrangement the person is part of (as principal or as deputy) ends as well.
    const cut = jstStartOfDay(row.effectiveDate);
    const end = cut < now ? now : cut;
    const open = await openArrangements(tx, row.personId, now);
    if (open.length)
      await tx
        .update(deputies)
        .set({ validTo: end })
        .where(
          and(
            inArray(
              deputies.id,
              open.map((d) => d.id),
            ),
            gt(deputies.validTo, end),
          ),
        );

    await tx.update(people).set({ active: false, updatedAt: now }).where(eq(people.id, row.personId));
    const login = await loginOfPerson(tx, row.personId);
    if (login && !login.disabled) await setLoginDisabled(tx, login.id, true);
    const sessionsEnded = await endSessionsOfPerson(tx, row.personId, now);

    const notified = await notifyLeaving(
      tx,
      profile,
      {
        personId: row.personId,
        personName: person.name,
        fromDepartmentId: person.departmentId,
        reason: row.kind,
        effectiveDate: row.effectiveDate,
        link: `/org/people/${row.personId}`,
        record: { type: "separation", id: row.id },
      },
      now,
    );
    const idsFlagged = await flagIdsOfLeaver(
      tx,
      ctx,
      profile,
      {
        personId: row.personId,
        personName: person.name,
        reason: row.kind,
        effectiveDate: row.effectiveDate,
        separationId: row.id,
      },
      now,
    );
    const [done] = await tx
      .update(separations)
      .set({ fromDepartmentId: person.departmentId, handover })
      .where(eq(separations.id, row.id))
      .returning();

    await recordEvent(
      tx,
      ctx,
      {
        type: "org.separation.applied",
        targetType: "person",
        targetId: row.personId,
        departmentId: person.departmentId,
        actingForPersonId: actingFor(ctx.actor, "manage_organization"),
        data: {
          separationId: row.id,
          kind: row.kind,
          effectiveDate: row.effectiveDate,
          changes: {
            active: { from: person.active, to: false },
            status: { from: "planned", to: "applied" },
            ...(login && !login.disabled ? { loginDisabled: { from: false, to: true } } : {}),
          },
          fromDepartmentId: person.departmentId,
          endedRoleAssignments: held.map((ra) => ({
            id: ra.id,
            roleKey: ra.roleKey,
            roleTitle: roleTitle(profile, ra.roleKey),
            scopeDepartmentId: ra.scopeDepartmentId,
            validTo: lastDay,
          })),
          endedDeputies: handover.filter((h) => h.kind === "deputy").map((h) => h.id),
          sessionsEnded,
          notified,
          idsFlagged: idsFlagged.length,
          clause: profile.personnel?.leaving.clause ?? null,
        },
      },
      now,
    );
    await directoryChanged(tx, { now, context: ctx, personIds: [row.personId] });
    return done;
  });
}
