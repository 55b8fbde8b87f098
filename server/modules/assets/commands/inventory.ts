import { and, asc, eq, ne, sql } from "drizzle-orm";
import { todayJst } from "../../../../common/calendar";
import { recordEvent } from "../../../audit/record";
import type { Db, DbOrTx } from "../../../db/client";
import type { Actor, RequestContext } from "../../../http/context";
import { AppError, conflict } from "../../../http/errors";
import type { Profile } from "../../../profile";
import { consumesRule } from "../../../profile/consumers";
import { assetVisibilitySql } from "../access";
import { inventoryDeadline } from "../domain/lifecycle";
import { holdersOver } from "../queries";
import {
  type AssetKind,
  type AssetSubkind,
  assets,
  assetTasks,
  inventoryCampaigns,
  inventoryItems,
} from "../tables";
import { createAsset, uniqueViolation } from "./assets";

consumesRule("cycles.inventory", "assets");

type Campaign = typeof inventoryCampaigns.$inferSelect;

/** The profile's inventory cycle (川崎市: 台帳 by 8/31 of the 年度), if it has one. */
export function inventoryCycle(profile: Profile) {
  return profile.cycles.find((c) => c.key === "inventory") ?? null;
}

/** Starts the 年度's inventory of a department: one item per asset not yet disposed. */
export async function startCampaign(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  input: { fiscalYear: number; departmentId: string; deadline?: string | null },
  now: Date,
): Promise<Campaign> {
  const cycle = inventoryCycle(profile);
  const deadline = input.deadline ?? inventoryDeadline(input.fiscalYear, cycle?.due);
  try {
    return await db.transaction(async (tx) => {
      const [campaign] = await tx
        .insert(inventoryCampaigns)
        .values({
          fiscalYear: input.fiscalYear,
          departmentId: input.departmentId,
          deadline,
          startedBy: ctx.actor?.personId ?? null,
          createdAt: now,
        })
        .returning();
      await tx.execute(sql`
        insert into inventory_items (campaign_id, asset_id)
        select ${campaign.id}::uuid, id from assets
        where department_id = ${input.departmentId}::uuid and status <> 'disposed'`);
      await recordEvent(
        tx,
        ctx,
        {
          type: "asset_inventory.started",
          targetType: "inventory_campaign",
          targetId: campaign.id,
          departmentId: input.departmentId,
          data: { fiscalYear: input.fiscalYear, deadline, ...(cycle ? { clause: cycle.clause } : {}) },
        },
        now,
      );
      return campaign;
    });
  } catch (err) {
    if (uniqueViolation(err))
      throw conflict(
        "campaign_exists",
        "この年度・所管課の棚卸しは既に開始されています。",
        "This department's inventory for the year has already been started.",
      );
    throw err;
  }
}

export async function loadCampaign(db: DbOrTx, id: string): Promise<Campaign | null> {
  const [row] = await db.select().from(inventoryCampaigns).where(eq(inventoryCampaigns.id, id));
  return row ?? null;
}

const closed = () =>
  new AppError(409, "campaign_completed", "この棚卸しは完了しています。", "This inventory is completed.");

/**
 * Records one asset's result. confirmed → last inventoried today; moved → new storage place;
 * missing → a follow-up for the department's manager; disposed → the asset is marked disposed.
 */
export async function recordItem(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  campaign: Campaign,
  assetId: string,
  input: {
    result: "confirmed" | "moved" | "missing" | "disposed";
    newPlace?: string | null;
    note?: string | null;
  },
  now: Date,
) {
  if (campaign.status === "completed") throw closed();
  if (input.result === "moved" && !input.newPlace?.trim())
    throw new AppError(400, "validation_failed", "入力内容に誤りがあります。", "The input is not valid.", {
      newPlace: { message_ja: "移動先の保管場所を入力してください。", message_en: "Enter the new place." },
    });
  const today = todayJst(now);
  return db.transaction(async (tx) => {
    const [item] = await tx
      .update(inventoryItems)
      .set({
        result: input.result,
        newPlace: input.newPlace ?? null,
        note: input.note ?? null,
        checkedBy: ctx.actor?.personId ?? null,
        checkedAt: now,
      })
      .where(and(eq(inventoryItems.campaignId, campaign.id), eq(inventoryItems.assetId, assetId)))
      .returning();
    if (!item)
      throw new AppError(404, "not_found", "棚卸し対象が見つかりません。", "The item was not found.");
    const [asset] = await tx.select().from(assets).where(eq(assets.id, assetId));
    const set: Partial<typeof assets.$inferInsert> = { updatedAt: now };
    if (input.result !== "missing") set.lastInventoriedOn = today;
    if (input.result === "moved") set.storagePlace = input.newPlace ?? null;
    if (input.result === "missing") set.status = "lost";
    if (input.result === "disposed") {
      set.status = "disposed";
      set.disposedOn = today;
    }
    if (input.result === "missing" || input.result === "disposed") set.statusChangedOn = today;
    await tx.update(assets).set(set).where(eq(assets.id, assetId));
    let taskId: string | null = null;
    if (input.result === "missing") {
      const manager =
        (
          await holdersOver(
            tx,
            profile,
            "own_assets",
            { departmentId: asset.departmentId, bureauId: null },
            now,
          )
        )[0] ?? null;
      const [task] = await tx
        .insert(assetTasks)
        .values({
          kind: "inventory_missing",
          assetId,
          departmentId: asset.departmentId,
          assigneePersonId: manager,
          campaignId: campaign.id,
          note: input.note ?? null,
          createdAt: now,
        })
        .returning();
      taskId = task.id;
    }
    await recordEvent(
      tx,
      ctx,
      {
        type: "asset.inventoried",
        targetType: "asset",
        targetId: assetId,
        departmentId: asset.departmentId,
        data: {
          campaignId: campaign.id,
          fiscalYear: campaign.fiscalYear,
          result: input.result,
          ...(input.result === "moved" ? { from: asset.storagePlace, to: input.newPlace } : {}),
          ...(taskId ? { followUpTaskId: taskId } : {}),
          note: input.note ?? null,
        },
      },
      now,
    );
    return item;
  });
}

/** An asset found during the inventory that was not in the register: registered, pending classification. */
export async function addFound(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  campaign: Campaign,
  input: {
    name: string;
    kind: AssetKind;
    subkind?: AssetSubkind | null;
    storagePlace?: string | null;
    note?: string | null;
  },
  now: Date,
) {
  if (campaign.status === "completed") throw closed();
  const asset = await createAsset(
    db,
    ctx,
    profile,
    {
      name: input.name,
      kind: input.kind,
      subkind: input.subkind ?? null,
      departmentId: campaign.departmentId,
      storagePlace: input.storagePlace ?? null,
      notes: input.note ?? null,
      origin: "received_external",
    },
    now,
  );
  await db.transaction(async (tx) => {
    await tx.insert(inventoryItems).values({
      campaignId: campaign.id,
      assetId: asset.id,
      result: "found",
      note: input.note ?? null,
      checkedBy: ctx.actor?.personId ?? null,
      checkedAt: now,
    });
    await tx
      .update(assets)
      .set({ lastInventoriedOn: todayJst(now) })
      .where(eq(assets.id, asset.id));
    await recordEvent(
      tx,
      ctx,
      {
        type: "asset.inventoried",
        targetType: "asset",
        targetId: asset.id,
        departmentId: campaign.departmentId,
        data: { campaignId: campaign.id, fiscalYear: campaign.fiscalYear, result: "found" },
      },
      now,
    );
  });
  return asset;
}

export async function completeCampaign(db: Db, ctx: RequestContext, campaign: Campaign, now: Date) {
  if (campaign.status === "completed") throw closed();
  const [pending] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(inventoryItems)
    .where(and(eq(inventoryItems.campaignId, campaign.id), eq(inventoryItems.result, "pending")));
  if (pending.n > 0)
    throw new AppError(
      409,
      "items_pending",
      `未確認の資産が${pending.n}件あります。すべて確認してから完了してください。`,
      `${pending.n} assets are not checked yet.`,
    );
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(inventoryCampaigns)
      .set({ status: "completed", completedAt: now, completedBy: ctx.actor?.personId ?? null })
      .where(eq(inventoryCampaigns.id, campaign.id))
      .returning();
    await recordEvent(
      tx,
      ctx,
      {
        type: "asset_inventory.completed",
        targetType: "inventory_campaign",
        targetId: campaign.id,
        departmentId: campaign.departmentId,
        data: {
          fiscalYear: campaign.fiscalYear,
          late: campaign.deadline != null && todayJst(now) > campaign.deadline,
        },
      },
      now,
    );
    return row;
  });
}

/** Items the actor may see (the register's visibility rule), with their assets. */
export async function campaignItems(db: DbOrTx, actor: Actor, profile: Profile, campaignId: string) {
  const visible = await assetVisibilitySql(db, actor, profile);
  return db
    .select({
      assetId: inventoryItems.assetId,
      result: inventoryItems.result,
      newPlace: inventoryItems.newPlace,
      note: inventoryItems.note,
      checkedAt: inventoryItems.checkedAt,
      assetNumber: assets.assetNumber,
      name: assets.name,
      kind: assets.kind,
      storagePlace: assets.storagePlace,
      status: assets.status,
    })
    .from(inventoryItems)
    .innerJoin(assets, eq(assets.id, inventoryItems.assetId))
    .where(and(eq(inventoryItems.campaignId, campaignId), visible))
    .orderBy(asc(assets.assetNumber));
}

/** Counts per result over every item (the report counts all, the list shows what the actor may see). */
export async function campaignSummary(db: DbOrTx, campaignId: string) {
  const rows = await db
    .select({ result: inventoryItems.result, n: sql<number>`count(*)::int` })
    .from(inventoryItems)
    .where(eq(inventoryItems.campaignId, campaignId))
    .groupBy(inventoryItems.result);
  const counts: Record<string, number> = {
    pending: 0,
    confirmed: 0,
    moved: 0,
    missing: 0,
    disposed: 0,
    found: 0,
  };
  for (const r of rows) counts[r.result] = r.n;
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return { total, counts, checked: total - counts.pending };
}

export async function openTasksFor(db: DbOrTx, personId: string) {
  return db
    .select({
      id: assetTasks.id,
      kind: assetTasks.kind,
      assetId: assetTasks.assetId,
      assetNumber: assets.assetNumber,
      assetName: assets.name,
      campaignId: assetTasks.campaignId,
      note: assetTasks.note,
      createdAt: assetTasks.createdAt,
    })
    .from(assetTasks)
    .innerJoin(assets, eq(assets.id, assetTasks.assetId))
    .where(and(eq(assetTasks.assigneePersonId, personId), ne(assetTasks.status, "done")))
    .orderBy(asc(assetTasks.createdAt));
}
