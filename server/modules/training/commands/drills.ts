/**
 * 緊急時対応訓練 (西原村 6.2(3)(4); 川崎市 第11章1(4)): the organizer plans a drill (scenario, 体制,
 * 範囲, participants, date), records its run as a timeline, then closes it with lessons learned
 * that become improvement items with an owner and a deadline. Each write in one transaction with
 * its audit event.
 */
import { and, asc, eq } from "drizzle-orm";
import { fiscalYearRange } from "../../../../common/calendar";
import { recordEvent } from "../../../audit/record";
import type { Db, DbOrTx } from "../../../db/client";
import type { Actor, RequestContext } from "../../../http/context";
import { conflict, fieldError, notFound } from "../../../http/errors";
import type { Profile } from "../../../profile";
import { activePersonIds } from "../directory";
import { trainingDrillActions, trainingDrills } from "../tables";

type Ctx = RequestContext & { actor: Actor };

export async function loadDrill(db: DbOrTx, profileId: string, id: string) {
  const [row] = await db
    .select()
    .from(trainingDrills)
    .where(and(eq(trainingDrills.id, id), eq(trainingDrills.profileId, profileId)));
  if (!row) throw notFound({ ja: "訓練", en: "The drill" });
  return row;
}

/** Every id must be an active person of the directory; else a located error on `field`. */
async function requireActivePeople(db: DbOrTx, ids: readonly string[], field: (i: number) => string) {
  const known = await activePersonIds(db, ids);
  const i = ids.findIndex((id) => !known.has(id));
  if (i >= 0) throw fieldError(field(i), "職員が見つかりません。", "The person was not found.");
}

export async function planDrill(
  db: Db,
  ctx: Ctx,
  profile: Profile,
  input: {
    fiscalYear: number;
    title: string;
    scenario: string;
    organization: string;
    scope: string;
    plannedOn: string;
    participantPersonIds: string[];
  },
  now: Date,
) {
  const range = fiscalYearRange(input.fiscalYear);
  if (input.plannedOn < range.start || input.plannedOn > range.end)
    throw fieldError(
      "plannedOn",
      "実施予定日は指定した年度内の日付にしてください。",
      "The planned date must fall within the fiscal year.",
    );
  return db.transaction(async (tx) => {
    await requireActivePeople(tx, input.participantPersonIds, (i) => `participantPersonIds.${i}`);
    const [row] = await tx
      .insert(trainingDrills)
      .values({
        profileId: profile.id,
        ...input,
        participantPersonIds: [...new Set(input.participantPersonIds)],
        createdByPersonId: ctx.actor.personId,
        createdAt: now,
      })
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "training.drill_planned",
        targetType: "training_drill",
        targetId: row.id,
        data: { fiscalYear: input.fiscalYear, plannedOn: input.plannedOn },
      },
      now,
    );
    return row;
  });
}

const refuseHeld = (status: string) => {
  if (status === "held")
    throw conflict("drill_held", "この訓練は実施済み（記録済み）です。", "This drill is already closed.");
};

/** One entry of the run's timeline (kept in time order). */
export async function addDrillEvent(
  db: Db,
  ctx: Ctx,
  profile: Profile,
  id: string,
  input: { at: string; text: string },
  now: Date,
) {
  return db.transaction(async (tx) => {
    const drill = await loadDrill(tx, profile.id, id);
    refuseHeld(drill.status);
    const at = new Date(input.at);
    if (at.getTime() > now.getTime())
      throw fieldError("at", "これから起きることは記録できません。", "The time cannot be in the future.");
    const timeline = [
      ...drill.timeline,
      { at: at.toISOString(), text: input.text, byPersonId: ctx.actor.personId },
    ].sort((a, b) => a.at.localeCompare(b.at));
    const [row] = await tx
      .update(trainingDrills)
      .set({ timeline })
      .where(eq(trainingDrills.id, drill.id))
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "training.drill_event_added",
        targetType: "training_drill",
        targetId: drill.id,
        data: { at: input.at },
      },
      now,
    );
    return row;
  });
}

/** Closes the run: lessons learned, and improvement items with owner and deadline. */
export async function closeDrill(
  db: Db,
  ctx: Ctx,
  profile: Profile,
  id: string,
  input: { lessons: string; actions: Array<{ text: string; ownerPersonId: string; deadline: string }> },
  today: string,
  now: Date,
) {
  return db.transaction(async (tx) => {
    const drill = await loadDrill(tx, profile.id, id);
    refuseHeld(drill.status);
    if (drill.plannedOn > today)
      throw conflict(
        "drill_not_yet",
        "実施予定日より前には実施を記録できません。",
        "A drill cannot be closed before its planned date.",
        { plannedOn: { message_ja: "実施予定日前です。", message_en: "Before the planned date." } },
      );
    await requireActivePeople(
      tx,
      input.actions.map((a) => a.ownerPersonId),
      (i) => `actions.${i}.ownerPersonId`,
    );
    input.actions.forEach((a, i) => {
      if (a.deadline < today)
        throw fieldError(
          `actions.${i}.deadline`,
          "期限は今日以降にしてください。",
          "The deadline must be today or later.",
        );
    });
    const [row] = await tx
      .update(trainingDrills)
      .set({ status: "held", lessons: input.lessons })
      .where(eq(trainingDrills.id, drill.id))
      .returning();
    if (input.actions.length)
      await tx
        .insert(trainingDrillActions)
        .values(input.actions.map((a) => ({ ...a, drillId: drill.id, createdAt: now })));
    await recordEvent(
      tx,
      ctx,
      {
        type: "training.drill_held",
        targetType: "training_drill",
        targetId: drill.id,
        data: { actions: input.actions.length },
      },
      now,
    );
    return row;
  });
}

export async function drillActions(db: DbOrTx, drillId: string) {
  return db
    .select()
    .from(trainingDrillActions)
    .where(eq(trainingDrillActions.drillId, drillId))
    .orderBy(asc(trainingDrillActions.deadline), asc(trainingDrillActions.createdAt));
}

export async function loadDrillAction(db: DbOrTx, profileId: string, id: string) {
  const [row] = await db
    .select({ action: trainingDrillActions, drill: trainingDrills })
    .from(trainingDrillActions)
    .innerJoin(trainingDrills, eq(trainingDrills.id, trainingDrillActions.drillId))
    .where(and(eq(trainingDrillActions.id, id), eq(trainingDrills.profileId, profileId)));
  if (!row) throw notFound({ ja: "改善事項", en: "The improvement item" });
  return row;
}

export async function completeDrillAction(db: Db, ctx: Ctx, actionId: string, now: Date) {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ doneAt: trainingDrillActions.doneAt })
      .from(trainingDrillActions)
      .where(eq(trainingDrillActions.id, actionId));
    if (before?.doneAt) throw conflict("action_done", "完了済みです。", "Already done.");
    const [row] = await tx
      .update(trainingDrillActions)
      .set({ doneAt: now })
      .where(eq(trainingDrillActions.id, actionId))
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "training.drill_action_done",
        targetType: "training_drill",
        targetId: row.drillId,
        data: { actionId },
      },
      now,
    );
    return row;
  });
}
