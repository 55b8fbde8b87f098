import { and, eq } from "drizzle-orm";
import { recordEvent } from "../../../audit/record";
import type { Db } from "../../../db/client";
import { findPerson } from "../../../directory";
import { conflict, fieldError, notFound } from "../../../http/errors";
import type { Profile } from "../../../profile";
import { assetFacts, assetIdByNumber } from "../../assets";
import type { TimelineKind } from "../domain/types";
import type { IncidentRow } from "../queries";
import { incidentAccess, incidentAssets, incidents, incidentTasks } from "../tables";
import { addTimeline, type Ctx, grantAccess, notify } from "./common";

async function personExists(db: Db, id: string | null | undefined, field: string) {
  if (!id) return;
  if (!(await findPerson(db, id)))
    throw fieldError(field, "指定された職員が見つかりません。", "That person does not exist.");
}

export async function addTask(
  db: Db,
  ctx: Ctx,
  incident: IncidentRow,
  input: { title: string; assigneePersonId?: string | null; dueDate?: string | null },
  now: Date,
) {
  await personExists(db, input.assigneePersonId, "assigneePersonId");
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(incidentTasks)
      .values({
        incidentId: incident.id,
        title: input.title,
        assigneePersonId: input.assigneePersonId ?? null,
        dueDate: input.dueDate ?? null,
        createdBy: ctx.actor?.personId ?? null,
        createdAt: now,
      })
      .returning();
    if (row.assigneePersonId) {
      await grantAccess(tx, incident.id, [row.assigneePersonId], "notified", now);
      await notify(
        tx,
        [row.assigneePersonId],
        {
          incidentId: incident.id,
          kind: "task",
          ja: `インシデント ${incident.receiptNumber} の作業「${row.title}」が割り当てられました。`,
          en: `You were assigned "${row.title}" on case ${incident.receiptNumber}.`,
        },
        now,
      );
    }
    await recordEvent(
      tx,
      ctx,
      {
        type: "incident.task_added",
        targetType: "incident",
        targetId: incident.id,
        data: {
          taskId: row.id,
          title: row.title,
          assigneePersonId: row.assigneePersonId,
          dueDate: row.dueDate,
        },
      },
      now,
    );
    return row;
  });
}

export async function updateTask(
  db: Db,
  ctx: Ctx,
  incident: IncidentRow,
  taskId: string,
  input: { result?: string | null; done?: boolean },
  now: Date,
) {
  const [task] = await db
    .select()
    .from(incidentTasks)
    .where(and(eq(incidentTasks.id, taskId), eq(incidentTasks.incidentId, incident.id)));
  if (!task) throw notFound({ ja: "作業", en: "The task" });
  return db.transaction(async (tx) => {
    const patch = {
      result: input.result !== undefined ? input.result : task.result,
      doneAt: input.done === undefined ? task.doneAt : input.done ? (task.doneAt ?? now) : null,
    };
    const [row] = await tx.update(incidentTasks).set(patch).where(eq(incidentTasks.id, task.id)).returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "incident.task_updated",
        targetType: "incident",
        targetId: incident.id,
        data: { taskId: task.id, result: patch.result, done: patch.doneAt != null },
      },
      now,
    );
    return row;
  });
}

export async function addTimelineEntry(
  db: Db,
  ctx: Ctx,
  incident: IncidentRow,
  input: { kind: TimelineKind; occurredAt: string; text: string },
  now: Date,
) {
  const occurredAt = new Date(input.occurredAt);
  if (occurredAt.getTime() > now.getTime() + 60_000)
    throw fieldError("occurredAt", "発生日時が未来です。", "The time it happened is in the future.");
  return db.transaction(async (tx) => {
    const row = await addTimeline(
      tx,
      {
        incidentId: incident.id,
        kind: input.kind,
        occurredAt,
        text: input.text,
        personId: ctx.actor?.personId ?? null,
      },
      now,
    );
    await recordEvent(
      tx,
      ctx,
      {
        type: "incident.timeline_added",
        targetType: "incident",
        targetId: incident.id,
        data: { entryId: row.id, kind: row.kind, occurredAt: row.occurredAt.toISOString(), text: row.text },
      },
      now,
    );
    return row;
  });
}

/**
 * Links an affected asset of the register: the asset must exist; its number, name and owning
 * department are kept as a snapshot (the department then sees the case). A report without a
 * department (public form) takes the asset's department, so the department steps of the chain
 * can be told. An asset the linker may not open is "not found", like a missing one — unless the
 * linker decides on the case (`mayGrantNeedToKnow`) and gives the reason they need to know it.
 */
export async function linkAsset(
  db: Db,
  ctx: Ctx,
  incident: IncidentRow,
  input: {
    assetId?: string | null;
    assetNumber?: string | null;
    note?: string | null;
    needToKnowReason?: string | null;
  },
  now: Date,
  profile: Profile,
  mayGrantNeedToKnow: boolean,
) {
  const actor = ctx.actor;
  if (!actor) throw fieldError("assetId", "情報資産が見つかりません。", "The asset does not exist.");
  const viewer = { actor, profile };
  const notFoundError = () =>
    input.assetId
      ? fieldError("assetId", "情報資産が見つかりません。", "The asset does not exist.")
      : fieldError(
          "assetNumber",
          "その資産番号の情報資産が見つかりません。",
          "No asset has this asset number.",
        );
  if (!input.assetId && !input.assetNumber)
    throw fieldError("assetId", "情報資産を選んでください。", "Choose the asset.");
  const visibleId = input.assetId ?? (await assetIdByNumber(db, viewer, input.assetNumber ?? ""));
  let [asset] = visibleId ? await assetFacts(db, viewer, [visibleId]) : [];
  let needToKnowReason: string | null = null;
  if (!asset) {
    if (!mayGrantNeedToKnow) throw notFoundError();
    const anyId = input.assetId ?? (await assetIdByNumber(db, "system", input.assetNumber ?? ""));
    [asset] = anyId ? await assetFacts(db, "system", [anyId]) : [];
    if (!asset) throw notFoundError();
    needToKnowReason = input.needToKnowReason?.trim() || null;
    if (!needToKnowReason)
      throw fieldError(
        "needToKnowReason",
        "閲覧権限のない情報資産です。この事案で知る必要がある理由を記入してください（監査ログに記録されます）。",
        "You may not open this asset. Give the reason this case needs it (it is recorded in the audit log).",
      );
  }
  const [already] = await db
    .select()
    .from(incidentAssets)
    .where(and(eq(incidentAssets.incidentId, incident.id), eq(incidentAssets.assetId, asset.id)));
  if (already)
    throw conflict("already_linked", "この情報資産は登録済みです。", "This asset is already linked.");
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(incidentAssets)
      .values({
        incidentId: incident.id,
        assetId: asset.id,
        assetNumber: asset.assetNumber,
        assetName: asset.name,
        departmentId: asset.departmentId,
        note: input.note ?? null,
        linkedByPersonId: ctx.actor?.personId ?? null,
        linkedAt: now,
        needToKnowReason,
      })
      .returning();
    if (!incident.departmentId)
      await tx
        .update(incidents)
        .set({ departmentId: asset.departmentId, updatedAt: now })
        .where(eq(incidents.id, incident.id));
    await recordEvent(
      tx,
      ctx,
      {
        type: "incident.asset_linked",
        targetType: "incident",
        targetId: incident.id,
        departmentId: asset.departmentId,
        data: {
          assetId: asset.id,
          assetNumber: asset.assetNumber,
          assetName: asset.name,
          note: input.note ?? null,
          ...(needToKnowReason ? { needToKnowReason } : {}),
        },
      },
      now,
    );
    return row;
  });
}

/** Restricts a case to named members (or lifts it); the one who restricts is always a member. */
export async function setRestriction(
  db: Db,
  ctx: Ctx,
  incident: IncidentRow,
  input: { restricted: boolean; memberPersonIds: string[] },
  now: Date,
) {
  for (const id of input.memberPersonIds) await personExists(db, id, "memberPersonIds");
  const members = [...new Set([...(ctx.actor ? [ctx.actor.personId] : []), ...input.memberPersonIds])];
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(incidents)
      .set({ restricted: input.restricted, updatedAt: now })
      .where(eq(incidents.id, incident.id))
      .returning();
    await grantAccess(tx, incident.id, members, "member", now);
    await recordEvent(
      tx,
      ctx,
      {
        type: "incident.restriction_set",
        targetType: "incident",
        targetId: incident.id,
        data: { restricted: { from: incident.restricted, to: input.restricted }, members },
      },
      now,
    );
    return row;
  });
}

/**
 * Removes a named member from a case's members (CSIRT). The access row goes in the same
 * transaction as the audit event, so the person loses sight of a restricted case at once (list
 * and detail both read incident_access). The last member of a restricted case stays: a case
 * nobody can see would be lost.
 */
export async function removeMember(db: Db, ctx: Ctx, incident: IncidentRow, personId: string, now: Date) {
  return db.transaction(async (tx) => {
    const members = await tx
      .select({ personId: incidentAccess.personId })
      .from(incidentAccess)
      .where(and(eq(incidentAccess.incidentId, incident.id), eq(incidentAccess.via, "member")));
    if (!members.some((m) => m.personId === personId))
      throw notFound({ ja: "指定されたメンバー", en: "That member" });
    if (incident.restricted && members.length === 1)
      throw conflict(
        "last_member",
        "閲覧制限中の事案から最後のメンバーは外せません。先に制限を解除してください。",
        "The last member of a restricted case cannot be removed; lift the restriction first.",
      );
    await tx
      .delete(incidentAccess)
      .where(
        and(
          eq(incidentAccess.incidentId, incident.id),
          eq(incidentAccess.personId, personId),
          eq(incidentAccess.via, "member"),
        ),
      );
    await tx.update(incidents).set({ updatedAt: now }).where(eq(incidents.id, incident.id));
    await recordEvent(
      tx,
      ctx,
      {
        type: "incident.member_removed",
        targetType: "incident",
        targetId: incident.id,
        data: {
          personId,
          restricted: incident.restricted,
          members: members.map((m) => m.personId).filter((id) => id !== personId),
        },
      },
      now,
    );
  });
}
