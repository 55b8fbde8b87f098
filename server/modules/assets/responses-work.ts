/**
 * Response schemas of the asset register's saved views, follow-up tasks and inventory (棚卸し)
 * routes (zod + OpenAPI), which the web's typed contract (web/src/contract.ts) derives the list's
 * saved views and the inventory screen from. `Checks` holds the queries to them at compile time;
 * inventory.test.ts parses real answers against the routes' declared schemas.
 */
import { z } from "@hono/zod-openapi";
import { FILTER_KEYS } from "../../../common/asset-list-url";
import { type Assert, type Conforms, Instant, IsoDay } from "../../http/wire";
import type { campaignItems, campaignSummary, openTasksFor } from "./commands/inventory";
import { ASSET_KINDS, ASSET_STATUSES, INVENTORY_RESULTS } from "./tables";

// ── saved views ──────────────────────────────────────────────────────────────
/**
 * A saved view's query: the list's own names (common/asset-list-url.ts) spelled out, any other
 * name the URL carried kept as text.
 */
export const SavedViewQuery = z
  .object({
    q: z.string().optional(),
    sort: z.string().optional(),
    order: z.string().optional(),
    ...(Object.fromEntries(FILTER_KEYS.map((k) => [k, z.string().optional()])) as Record<
      (typeof FILTER_KEYS)[number],
      z.ZodOptional<z.ZodString>
    >),
  })
  .catchall(z.string())
  .openapi("AssetSavedViewQuery");
export const SavedView = z
  .object({
    id: z.string(),
    name: z.string(),
    /** The list's search, filters and sort as the URL carries them (key → value). */
    query: SavedViewQuery,
    policies: z.object({ update: z.boolean(), delete: z.boolean() }),
  })
  .openapi("AssetSavedView");
export const SavedViewList = z.object({ items: z.array(SavedView) }).openapi("AssetSavedViewList");
export const Deleted = z.object({ deleted: z.boolean() }).openapi("AssetViewDeleted");

// ── follow-up tasks ──────────────────────────────────────────────────────────
export const AssetTask = z.object({
  id: z.string(),
  kind: z.enum(["inventory_missing", "classify"]),
  assetId: z.string(),
  assetNumber: z.string(),
  assetName: z.string(),
  campaignId: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: Instant,
});
export const AssetTaskList = z.object({ items: z.array(AssetTask) }).openapi("AssetTaskList");

// ── inventory ────────────────────────────────────────────────────────────────
/** Items per result (pending, confirmed, moved, missing, disposed, found). */
const Counts = z.record(z.string(), z.number().int());
export const CampaignSummary = z.object({
  total: z.number().int(),
  counts: Counts,
  checked: z.number().int(),
});
const DepartmentLabel = z.object({
  id: z.string(),
  code: z.string().nullable(),
  name: z.string().nullable(),
});
export const InventoryItem = z.object({
  assetId: z.string(),
  result: z.enum(INVENTORY_RESULTS),
  newPlace: z.string().nullable(),
  note: z.string().nullable(),
  checkedAt: Instant.nullable(),
  assetNumber: z.string(),
  name: z.string(),
  kind: z.enum(ASSET_KINDS),
  storagePlace: z.string().nullable(),
  status: z.enum(ASSET_STATUSES),
});
const campaignFields = {
  id: z.string(),
  fiscalYear: z.number().int(),
  department: DepartmentLabel,
  deadline: IsoDay.nullable(),
  /** The profile's clause of the yearly inventory, when it has one. */
  deadlineClause: z.string().nullable(),
  status: z.enum(["open", "completed"]),
  completedAt: Instant.nullable(),
  summary: CampaignSummary,
  policies: z.object({ record: z.boolean(), complete: z.boolean() }),
};
/** A campaign in a list (no items) or opened (with the items the viewer may see). */
export const InventoryCampaign = z
  .object({ ...campaignFields, items: z.array(InventoryItem).optional() })
  .openapi("InventoryCampaign");
export const InventoryCampaignList = z
  .object({ items: z.array(InventoryCampaign), policies: z.object({ start: z.boolean() }) })
  .openapi("InventoryCampaignList");
export const InventoryReport = z
  .object({
    fiscalYear: z.number().int().nullable(),
    deadlineRule: z.object({ due: z.string().nullable(), clause: z.string(), text: z.string() }).nullable(),
    completed: z.number().int(),
    departments: z.array(
      CampaignSummary.extend({
        campaignId: z.string(),
        department: DepartmentLabel,
        fiscalYear: z.number().int(),
        deadline: IsoDay.nullable(),
        status: z.enum(["open", "completed"]),
        completedAt: Instant.nullable(),
        late: z.boolean(),
      }),
    ),
    totals: z.record(z.string(), z.number().int()),
  })
  .openapi("InventoryReport");

// The queries answer exactly these shapes (tsc checks it; nothing here runs).
export type Checks = [
  Assert<Conforms<Awaited<ReturnType<typeof openTasksFor>>[number], z.output<typeof AssetTask>>>,
  Assert<Conforms<Awaited<ReturnType<typeof campaignItems>>[number], z.output<typeof InventoryItem>>>,
  Assert<Conforms<Awaited<ReturnType<typeof campaignSummary>>, z.output<typeof CampaignSummary>>>,
];
