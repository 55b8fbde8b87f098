import { and, eq } from "drizzle-orm";
import { changedFields, recordEvent } from "../../../audit/record";
import type { Db } from "../../../db/client";
import type { RequestContext } from "../../../http/context";
import type { Profile } from "../../../profile";
import { assetSavedViews, assets } from "../tables";
import { reclassifyAsset } from "./assets";

type AssetRow = typeof assets.$inferSelect;

/**
 * Bulk edit: custodian, storage place and/or classification (with a reason) of many assets, all
 * or nothing, one audit event per asset. The route has authorized every asset beforehand.
 */
export async function bulkEdit(
  db: Db,
  ctx: RequestContext,
  profile: Profile,
  rows: AssetRow[],
  input: {
    set: {
      custodianPersonId?: string | null;
      storagePlace?: string | null;
      levels?: { confidentiality?: string; integrity?: string; availability?: string };
    };
    reason?: string | null;
  },
  now: Date,
): Promise<{ updated: number }> {
  return db.transaction(async (tx) => {
    let updated = 0;
    for (const before of rows) {
      const set: Partial<AssetRow> = {};
      if (input.set.custodianPersonId !== undefined) set.custodianPersonId = input.set.custodianPersonId;
      if (input.set.storagePlace !== undefined) set.storagePlace = input.set.storagePlace;
      const changes = changedFields(before as unknown as Record<string, unknown>, set);
      if (Object.keys(changes).length) {
        await tx
          .update(assets)
          .set({ ...set, updatedAt: now })
          .where(eq(assets.id, before.id));
        await recordEvent(
          tx,
          ctx,
          {
            type: "asset.updated",
            targetType: "asset",
            targetId: before.id,
            departmentId: before.departmentId,
            data: { assetNumber: before.assetNumber, changes, bulk: true },
          },
          now,
        );
      }
      let reclassified = false;
      if (input.set.levels && Object.keys(input.set.levels).length) {
        const r = await reclassifyAsset(
          tx,
          ctx,
          profile,
          before,
          { levels: input.set.levels, reason: input.reason ?? "" },
          now,
        );
        reclassified = r.changed;
      }
      if (Object.keys(changes).length || reclassified) updated++;
    }
    return { updated };
  });
}

// ── saved views (a person's own list queries; audited like every write) ─────────

async function viewEvent(
  tx: Parameters<Parameters<Db["transaction"]>[0]>[0],
  ctx: RequestContext,
  type: "asset_view.created" | "asset_view.updated" | "asset_view.deleted",
  id: string,
  data: { name: string },
  now: Date,
) {
  await recordEvent(tx, ctx, { type, targetType: "asset_view", targetId: id, data }, now);
}

export async function createView(
  db: Db,
  ctx: RequestContext,
  personId: string,
  input: { name: string; query: Record<string, string> },
  now: Date,
) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(assetSavedViews)
      .values({ personId, name: input.name, query: input.query, createdAt: now, updatedAt: now })
      .returning();
    await viewEvent(tx, ctx, "asset_view.created", row.id, { name: row.name }, now);
    return row;
  });
}

export async function updateView(
  db: Db,
  ctx: RequestContext,
  id: string,
  personId: string,
  input: { name?: string; query?: Record<string, string> },
  now: Date,
) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(assetSavedViews)
      .set({ ...input, updatedAt: now })
      .where(and(eq(assetSavedViews.id, id), eq(assetSavedViews.personId, personId)))
      .returning();
    if (row) await viewEvent(tx, ctx, "asset_view.updated", row.id, { name: row.name }, now);
    return row ?? null;
  });
}

export async function deleteView(db: Db, ctx: RequestContext, id: string, personId: string, now: Date) {
  return db.transaction(async (tx) => {
    const rows = await tx
      .delete(assetSavedViews)
      .where(and(eq(assetSavedViews.id, id), eq(assetSavedViews.personId, personId)))
      .returning();
    if (rows[0]) await viewEvent(tx, ctx, "asset_view.deleted", id, { name: rows[0].name }, now);
    return rows.length > 0;
  });
}
