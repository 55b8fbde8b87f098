import { and, eq, inArray } from "drizzle-orm";
import { refuseSelfGrant } from "../../../access/self-grant";
import { recordEvent } from "../../../audit/record";
import type { Db } from "../../../db/client";
import { directoryChanged } from "../../../directory";
import { departments, deputies, people, roleAssignments } from "../../../directory/tables";
import { conflict, type FieldError, invalid, notFound } from "../../../http/errors";
import type { Profile } from "../../../profile";
import type { RoleChangeT } from "../schema";
import { transferBatches, transferItems } from "../tables";
import { actingFor, addDays, type Ctx, jstDate, roleTitle } from "../util";
import { notifyLeaving } from "./leaving-notice";
import { checkRoleScope, endAssignmentsInTx } from "./roles";
import {
  assignmentsEndingOnTransfer,
  handoverEntries,
  heldOn,
  namesOfPeople,
  openArrangements,
  unitNames,
} from "./transfer-handover";

type Batch = typeof transferBatches.$inferSelect;

export interface TransferItemInput {
  personId: string;
  toDepartmentId: string;
  newTitle?: string | null;
  roleChanges?: RoleChangeT[];
}

export interface HandoverEntryT {
  kind: "role_assignment" | "deputy";
  action: "ended" | "review";
  id: string;
  roleKey: string | null;
  roleTitle: { ja: string; en: string } | null;
  scope: string | null;
  scopeDepartmentId: string | null;
  scopeDepartmentName: string | null;
  as: "principal" | "deputy" | null;
  otherPersonId: string | null;
  otherPersonName: string | null;
}

const fe = (ja: string, en: string): FieldError => ({ message_ja: ja, message_en: en });

/** Checks every item (people, target units, role changes) and throws one 400 naming each bad field. */
export async function validateTransferItems(db: Db, profile: Profile, items: TransferItemInput[]) {
  const fields: Record<string, FieldError> = {};
  const personIds = [...new Set(items.map((i) => i.personId))];
  const deptIds = [...new Set(items.map((i) => i.toDepartmentId))];
  const found = personIds.length ? await db.select().from(people).where(inArray(people.id, personIds)) : [];
  const units = deptIds.length
    ? await db.select().from(departments).where(inArray(departments.id, deptIds))
    : [];
  const personById = new Map(found.map((p) => [p.id, p]));
  const unitById = new Map(units.map((u) => [u.id, u]));
  const seen = new Set<string>();
  for (const [i, item] of items.entries()) {
    const p = personById.get(item.personId);
    if (!p) fields[`items.${i}.personId`] = fe("職員が見つかりません。", "The person does not exist.");
    else if (!p.active) fields[`items.${i}.personId`] = fe("職員は無効です。", "The person is inactive.");
    if (seen.has(item.personId))
      fields[`items.${i}.personId`] = fe(
        "同じ職員が二度指定されています。",
        "The same person appears twice in the batch.",
      );
    seen.add(item.personId);
    const u = unitById.get(item.toDepartmentId);
    if (!u)
      fields[`items.${i}.toDepartmentId`] = fe("異動先が見つかりません。", "The target unit does not exist.");
    else if (!u.active)
      fields[`items.${i}.toDepartmentId`] = fe("異動先は廃止されています。", "The target unit is inactive.");
    for (const [j, change] of (item.roleChanges ?? []).entries()) {
      try {
        await checkRoleScope(
          db,
          profile,
          change.roleKey,
          change.scopeDepartmentId,
          `items.${i}.roleChanges.${j}.`,
        );
      } catch (err) {
        const f = (err as { fields?: Record<string, FieldError> }).fields;
        if (!f) throw err;
        Object.assign(fields, f);
      }
    }
  }
  if (Object.keys(fields).length) throw invalid(fields);
  return { personById, unitById };
}

export async function createTransfer(
  db: Db,
  ctx: Ctx,
  profile: Profile,
  input: { title: string; effectiveDate: string; items: TransferItemInput[] },
  now: Date,
  source: { kind: "form" | "import"; file?: string | null } = { kind: "form" },
): Promise<Batch> {
  const { personById } = await validateTransferItems(db, profile, input.items);
  const self = ctx.actor ? input.items.find((i) => i.personId === ctx.actor?.personId) : undefined;
  if (self) await refuseSelfGrant(db, ctx, profile, "own_transfer", { ...self }, now);
  return db.transaction(async (tx) => {
    const [batch] = await tx
      .insert(transferBatches)
      .values({
        title: input.title,
        effectiveDate: input.effectiveDate,
        status: "planned",
        source: source.kind,
        sourceFile: source.file ?? null,
        createdBy: ctx.actor?.personId ?? null,
        createdAt: now,
      })
      .returning();
    await tx.insert(transferItems).values(
      input.items.map((item) => ({
        batchId: batch.id,
        personId: item.personId,
        fromDepartmentId: personById.get(item.personId)?.departmentId ?? null,
        toDepartmentId: item.toDepartmentId,
        newTitle: item.newTitle ?? null,
        roleChanges: item.roleChanges ?? [],
      })),
    );
    await recordEvent(
      tx,
      ctx,
      {
        type: "org.transfer.created",
        targetType: "transfer_batch",
        targetId: batch.id,
        actingForPersonId: actingFor(ctx.actor, "manage_organization"),
        data: {
          changes: {
            title: { from: null, to: batch.title },
            effectiveDate: { from: null, to: batch.effectiveDate },
            status: { from: null, to: "planned" },
          },
          source: source.kind,
          file: source.file ?? null,
          itemCount: input.items.length,
        },
      },
      now,
    );
    return batch;
  });
}

export async function loadTransfer(db: Db, id: string): Promise<Batch> {
  const [row] = await db.select().from(transferBatches).where(eq(transferBatches.id, id));
  if (!row) throw notFound({ ja: "人事異動", en: "The transfer batch" });
  return row;
}

export async function cancelTransfer(db: Db, ctx: Ctx, batch: Batch, now: Date): Promise<Batch> {
  if (batch.status !== "planned")
    throw conflict("not_planned", "予定中の人事異動ではありません。", "The batch is not planned.");
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(transferBatches)
      .set({ status: "cancelled", cancelledAt: now, cancelledBy: ctx.actor?.personId ?? null })
      .where(and(eq(transferBatches.id, batch.id), eq(transferBatches.status, "planned")))
      .returning();
    if (!row) throw conflict("not_planned", "予定中の人事異動ではありません。", "The batch is not planned.");
    await recordEvent(
      tx,
      ctx,
      {
        type: "org.transfer.cancelled",
        targetType: "transfer_batch",
        targetId: batch.id,
        actingForPersonId: actingFor(ctx.actor, "manage_organization"),
        data: { changes: { status: { from: "planned", to: "cancelled" } } },
      },
      now,
    );
    return row;
  });
}

/**
 * Applies a planned batch on or after its effective date, in ONE transaction: moves each person
 * (and sets the new title), ends the role assignments scoped to a bureau or department that no
 * longer covers the person's new unit (last day held = the day before the effective date), applies
 * the item's role changes, ends deputy arrangements tied to ended assignments, stores each
 * person's handover list, and records `org.transfer.applied` for each person.
 *
 * Later modules (assets, requests, …) own records with owner/approver people. They do not get
 * called from here (modules never import each other): they react to the `org.transfer.applied`
 * event, whose data lists the person's departed role assignments (`endedRoleAssignments`, with role,
 * scope and unit), the old and new unit (`changes.departmentId`) and the deputy arrangements.
 */
export async function applyTransfer(
  db: Db,
  ctx: Ctx,
  profile: Profile,
  batch: Batch,
  now: Date,
): Promise<Batch> {
  if (batch.status !== "planned")
    throw conflict("not_planned", "予定中の人事異動ではありません。", "The batch is not planned.");
  const today = jstDate(now);
  if (batch.effectiveDate > today)
    throw conflict(
      "not_yet_effective",
      `発令日（${batch.effectiveDate}）より前には適用できません。`,
      `The batch cannot be applied before its effective date (${batch.effectiveDate}).`,
    );
  const items = await db.select().from(transferItems).where(eq(transferItems.batchId, batch.id));
  await validateTransferItems(
    db,
    profile,
    items.map((i) => ({
      personId: i.personId,
      toDepartmentId: i.toDepartmentId ?? "",
      newTitle: i.newTitle,
      roleChanges: i.roleChanges as RoleChangeT[],
    })),
  ).catch((err) => {
    const fields = (err as { fields?: Record<string, FieldError> }).fields ?? {};
    throw conflict(
      "transfer_invalid",
      "人事異動の内容が現在の組織・職員と合わなくなっています。修正してから適用してください。",
      "The batch no longer fits the current organization; fix it before applying.",
      fields,
    );
  });
  const lastDay = addDays(batch.effectiveDate, -1);
  const unitName = await unitNames(db);

  return db.transaction(async (tx) => {
    // Claim the batch first so two concurrent applies cannot both run.
    const [claimed] = await tx
      .update(transferBatches)
      .set({ status: "applied", appliedAt: now, appliedBy: ctx.actor?.personId ?? null })
      .where(and(eq(transferBatches.id, batch.id), eq(transferBatches.status, "planned")))
      .returning();
    if (!claimed)
      throw conflict("not_planned", "予定中の人事異動ではありません。", "The batch is not planned.");

    for (const item of items) {
      const toId = item.toDepartmentId as string;
      const [to] = await tx.select().from(departments).where(eq(departments.id, toId));
      const newBureau = to.kind === "bureau" ? to.id : to.parentId;
      const [before] = await tx.select().from(people).where(eq(people.id, item.personId));
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      const set: Partial<typeof people.$inferInsert> = { updatedAt: now };
      if (before.departmentId !== toId) {
        changes.departmentId = { from: before.departmentId, to: toId };
        set.departmentId = toId;
      }
      if (item.newTitle && item.newTitle !== before.title) {
        changes.title = { from: before.title, to: item.newTitle };
        set.title = item.newTitle;
      }
      await tx.update(people).set(set).where(eq(people.id, item.personId));

      // Assignments still in force on the effective date.
      const held = await heldOn(tx, item.personId, batch.effectiveDate);
      const roleChanges = (item.roleChanges ?? []) as RoleChangeT[];
      const toEnd = assignmentsEndingOnTransfer(profile, held, roleChanges, toId, newBureau);
      const endedIds = toEnd.map((ra) => ra.id);
      const endedDeputyIds = new Set(await endAssignmentsInTx(tx, endedIds, lastDay, now));

      const added: Array<typeof roleAssignments.$inferSelect> = [];
      for (const change of roleChanges.filter((c) => c.op === "add")) {
        const already = held.some(
          (ra) =>
            !endedIds.includes(ra.id) &&
            ra.roleKey === change.roleKey &&
            (ra.scopeDepartmentId ?? null) === (change.scopeDepartmentId ?? null),
        );
        if (already) continue;
        const [row] = await tx
          .insert(roleAssignments)
          .values({
            personId: item.personId,
            roleKey: change.roleKey,
            scopeDepartmentId: change.scopeDepartmentId ?? null,
            validFrom: batch.effectiveDate,
            createdAt: now,
          })
          .returning();
        added.push(row);
      }

      // Deputy arrangements the person is part of that are not over yet.
      const arrangements = await openArrangements(tx, item.personId, now);
      const endedArrangements = endedDeputyIds.size
        ? await tx
            .select()
            .from(deputies)
            .where(inArray(deputies.id, [...endedDeputyIds]))
        : [];
      const allArrangements = [
        ...endedArrangements,
        ...arrangements.filter((d) => !endedDeputyIds.has(d.id)),
      ];
      const otherName = await namesOfPeople(
        tx,
        allArrangements.map((d) =>
          d.principalPersonId === item.personId ? d.deputyPersonId : d.principalPersonId,
        ),
      );
      const handover = handoverEntries(
        profile,
        item.personId,
        toEnd,
        held,
        allArrangements,
        endedDeputyIds,
        unitName,
        otherName,
      );

      await tx
        .update(transferItems)
        .set({ fromDepartmentId: before.departmentId, handover })
        .where(eq(transferItems.id, item.id));

      // The old 課's manager is told, so that assets come back and rights stop (personnel.leaving).
      const notified =
        before.departmentId && before.departmentId !== toId
          ? await notifyLeaving(
              tx,
              profile,
              {
                personId: item.personId,
                personName: before.name,
                fromDepartmentId: before.departmentId,
                reason: "transfer",
                effectiveDate: batch.effectiveDate,
                link: `/org/people/${item.personId}`,
                record: { type: "transfer_batch", id: batch.id },
              },
              now,
            )
          : [];

      await recordEvent(
        tx,
        ctx,
        {
          type: "org.transfer.applied",
          targetType: "person",
          targetId: item.personId,
          departmentId: toId,
          actingForPersonId: actingFor(ctx.actor, "manage_organization"),
          data: {
            batchId: batch.id,
            itemId: item.id,
            effectiveDate: batch.effectiveDate,
            changes,
            fromDepartmentId: before.departmentId,
            toDepartmentId: toId,
            endedRoleAssignments: toEnd.map((ra) => ({
              id: ra.id,
              roleKey: ra.roleKey,
              roleTitle: roleTitle(profile, ra.roleKey),
              scopeDepartmentId: ra.scopeDepartmentId,
              validTo: lastDay,
            })),
            addedRoleAssignments: added.map((ra) => ({
              id: ra.id,
              roleKey: ra.roleKey,
              scopeDepartmentId: ra.scopeDepartmentId,
              validFrom: ra.validFrom,
            })),
            deputies: handover.filter((h) => h.kind === "deputy"),
            notified,
          },
        },
        now,
      );
    }

    await recordEvent(
      tx,
      ctx,
      {
        type: "org.transfer.batch_applied",
        targetType: "transfer_batch",
        targetId: batch.id,
        actingForPersonId: actingFor(ctx.actor, "manage_organization"),
        data: { changes: { status: { from: "planned", to: "applied" } }, itemCount: items.length },
      },
      now,
    );
    await directoryChanged(tx, { now, context: ctx, personIds: items.map((i) => i.personId) });
    return claimed;
  });
}
