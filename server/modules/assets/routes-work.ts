/**
 * The asset register's work routes: saved views, follow-up tasks and the inventory (棚卸)
 * campaigns. Registered before `assetRoutes`, whose `/api/assets/{id}` must come after these
 * static paths.
 */
import { createRoute } from "@hono/zod-openapi";
import { and, asc, desc, eq } from "drizzle-orm";
import type { Context } from "hono";
import { toIsoDate } from "../../../common/calendar";
import { authorize, can, requireActor } from "../../access";
import type { AppEnv } from "../../http/context";
import { AppError, fieldError, notFound } from "../../http/errors";
import {
  jsonBody as body,
  createRouter,
  requestContext as ctxOf,
  errorResponses,
  jsonContent as json,
  SESSION_ROUTE,
} from "../../http/router";
import { createView, deleteView, updateView } from "./commands/bulk";
import {
  addFound,
  campaignItems,
  campaignSummary,
  completeCampaign,
  inventoryCycle,
  loadCampaign,
  openTasksFor,
  recordItem,
  startCampaign,
} from "./commands/inventory";
import { departmentUnit } from "./queries";
import {
  AssetTaskList,
  Deleted,
  InventoryCampaign,
  InventoryCampaignList,
  InventoryReport,
  SavedView,
  SavedViewList,
} from "./responses-work";
import { visibleAsset } from "./routes";
import {
  CampaignCreateReq,
  CampaignQuery,
  IdParam,
  InventoryFoundReq,
  InventoryItemParam,
  InventoryItemReq,
  SavedViewReq,
  SavedViewUpdateReq,
} from "./schema";
import { assetSavedViews, inventoryCampaigns } from "./tables";

type C = Context<AppEnv>;
const TAG = ["assets"];

export function assetWorkRoutes() {
  const app = createRouter();

  // ── saved views ────────────────────────────────────────────────────────────
  const presentView = (actor: { personId: string }, v: typeof assetSavedViews.$inferSelect) => ({
    id: v.id,
    name: v.name,
    query: v.query,
    policies: { update: v.personId === actor.personId, delete: v.personId === actor.personId },
  });

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/assets/views",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "保存した検索条件 / Saved views",
      responses: { 200: json(SavedViewList, "Views"), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const rows = await c
        .get("deps")
        .database.db.select()
        .from(assetSavedViews)
        .where(eq(assetSavedViews.personId, actor.personId))
        .orderBy(asc(assetSavedViews.name));
      return c.json({ items: rows.map((v) => presentView(actor, v)) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/assets/views",
      tags: TAG,
      security: SESSION_ROUTE,
      request: body(SavedViewReq),
      responses: { 201: json(SavedView, "Created"), 409: { description: "Name in use" }, ...errorResponses },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      try {
        const v = await createView(deps.database.db, ctxOf(c), actor.personId, input, deps.now());
        return c.json(presentView(actor, v), 201);
      } catch (err) {
        const e = err as { code?: string; cause?: { code?: string } };
        if (e?.code === "23505" || e?.cause?.code === "23505")
          throw new AppError(
            409,
            "view_name_taken",
            "同じ名前の保存条件があります。",
            "A view with this name exists.",
          );
        throw err;
      }
    },
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/api/assets/views/{id}",
      tags: TAG,
      security: SESSION_ROUTE,
      request: { params: IdParam, ...body(SavedViewUpdateReq) },
      responses: { 200: json(SavedView, "Updated"), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const input = c.req.valid("json");
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const v = await updateView(deps.database.db, ctxOf(c), id, actor.personId, input, deps.now());
      if (!v) throw notFound({ ja: "保存条件", en: "The view" });
      return c.json(presentView(actor, v), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/api/assets/views/{id}",
      tags: TAG,
      security: SESSION_ROUTE,
      request: { params: IdParam },
      responses: { 200: json(Deleted, "Deleted"), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const ok = await deleteView(deps.database.db, ctxOf(c), id, actor.personId, deps.now());
      if (!ok) throw notFound({ ja: "保存条件", en: "The view" });
      return c.json({ deleted: true }, 200);
    },
  );

  // ── follow-up tasks ────────────────────────────────────────────────────────
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/assets/tasks",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "自分宛ての対応（分類の決定・所在不明）/ My open follow-ups",
      responses: { 200: json(AssetTaskList, "Tasks"), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const rows = await openTasksFor(c.get("deps").database.db, actor.personId);
      return c.json({ items: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })) }, 200);
    },
  );

  // ── inventory (棚卸し) ──────────────────────────────────────────────────────
  const presentCampaign = async (
    c: C,
    campaign: typeof inventoryCampaigns.$inferSelect,
    withItems: boolean,
  ) => {
    const actor = requireActor(c.get("actor"));
    const deps = c.get("deps");
    const db = deps.database.db;
    const unit = await departmentUnit(db, campaign.departmentId);
    const dref = { departmentId: campaign.departmentId, bureauId: unit?.bureauId ?? null };
    const summary = await campaignSummary(db, campaign.id);
    const cycle = inventoryCycle(deps.profile());
    return {
      id: campaign.id,
      fiscalYear: campaign.fiscalYear,
      department: { id: campaign.departmentId, code: unit?.code ?? null, name: unit?.name ?? null },
      deadline: campaign.deadline,
      deadlineClause: cycle?.clause ?? null,
      status: campaign.status,
      completedAt: campaign.completedAt?.toISOString() ?? null,
      summary,
      ...(withItems
        ? {
            items: (await campaignItems(db, actor, deps.profile(), campaign.id)).map((i) => ({
              ...i,
              checkedAt: i.checkedAt?.toISOString() ?? null,
            })),
          }
        : {}),
      policies: {
        record: campaign.status === "open" && can(actor, "inventory", "asset_department", dref),
        complete: campaign.status === "open" && can(actor, "inventory", "asset_department", dref),
      },
    };
  };

  async function visibleCampaign(c: C, id: string) {
    const actor = requireActor(c.get("actor"));
    const db = c.get("deps").database.db;
    const campaign = await loadCampaign(db, id);
    if (!campaign) throw notFound({ ja: "棚卸し", en: "The inventory" });
    const unit = await departmentUnit(db, campaign.departmentId);
    const dref = { departmentId: campaign.departmentId, bureauId: unit?.bureauId ?? null };
    if (!can(actor, "viewInventory", "asset_department", dref))
      throw notFound({ ja: "棚卸し", en: "The inventory" });
    return { actor, campaign, dref };
  }

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/assets/inventory/campaigns",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "棚卸しの一覧（所管課ごとの完了状況）/ Inventory campaigns and completion per department",
      request: { query: CampaignQuery },
      responses: {
        200: json(InventoryCampaignList, "Campaigns"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const actor = requireActor(c.get("actor"));
      const db = c.get("deps").database.db;
      const conds = [];
      if (q.fiscalYear) conds.push(eq(inventoryCampaigns.fiscalYear, q.fiscalYear));
      if (q.departmentId) conds.push(eq(inventoryCampaigns.departmentId, q.departmentId));
      const rows = await db
        .select()
        .from(inventoryCampaigns)
        .where(conds.length ? and(...conds) : undefined)
        .orderBy(desc(inventoryCampaigns.fiscalYear), asc(inventoryCampaigns.departmentId))
        .limit(500);
      const items = [];
      for (const r of rows) {
        const unit = await departmentUnit(db, r.departmentId);
        if (
          !can(actor, "viewInventory", "asset_department", {
            departmentId: r.departmentId,
            bureauId: unit?.bureauId ?? null,
          })
        )
          continue;
        items.push(await presentCampaign(c, r, false));
      }
      const own = actor.departmentId ? { departmentId: actor.departmentId, bureauId: actor.bureauId } : null;
      return c.json(
        { items, policies: { start: own ? can(actor, "inventory", "asset_department", own) : false } },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/assets/inventory/campaigns",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "棚卸しの開始（年度・所管課）/ Start an inventory for a year and department",
      request: body(CampaignCreateReq),
      responses: {
        201: json(InventoryCampaign, "Started"),
        409: { description: "Exists" },
        ...errorResponses,
      },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const unit = await departmentUnit(deps.database.db, input.departmentId);
      if (!unit)
        throw fieldError("departmentId", "所管課が見つかりません。", "The department does not exist.");
      authorize(actor, "inventory", "asset_department", { departmentId: unit.id, bureauId: unit.bureauId });
      const campaign = await startCampaign(deps.database.db, ctxOf(c), deps.profile(), input, deps.now());
      return c.json(await presentCampaign(c, campaign, true), 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/assets/inventory/campaigns/{id}",
      tags: TAG,
      security: SESSION_ROUTE,
      request: { params: IdParam },
      responses: { 200: json(InventoryCampaign, "Campaign with items"), ...errorResponses },
    }),
    async (c) => {
      const { campaign } = await visibleCampaign(c, c.req.valid("param").id);
      return c.json(await presentCampaign(c, campaign, true), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/assets/inventory/campaigns/{id}/items/{assetId}",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "棚卸し結果の記録（確認・移動・所在不明・廃棄）/ Record a result",
      request: { params: InventoryItemParam, ...body(InventoryItemReq) },
      responses: { 200: json(InventoryCampaign, "Recorded"), ...errorResponses },
    }),
    async (c) => {
      const { id, assetId } = c.req.valid("param");
      const input = c.req.valid("json");
      const { actor, campaign, dref } = await visibleCampaign(c, id);
      authorize(actor, "inventory", "asset_department", dref);
      await visibleAsset(c, assetId);
      const deps = c.get("deps");
      await recordItem(deps.database.db, ctxOf(c), deps.profile(), campaign, assetId, input, deps.now());
      return c.json(await presentCampaign(c, campaign, true), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/assets/inventory/campaigns/{id}/found",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "台帳にない資産の追加（分類未確定で登録）/ Add an unregistered asset found",
      request: { params: IdParam, ...body(InventoryFoundReq) },
      responses: { 201: json(InventoryCampaign, "Added"), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const input = c.req.valid("json");
      const { actor, campaign, dref } = await visibleCampaign(c, id);
      authorize(actor, "inventory", "asset_department", dref);
      const deps = c.get("deps");
      await addFound(deps.database.db, ctxOf(c), deps.profile(), campaign, input, deps.now());
      return c.json(await presentCampaign(c, campaign, true), 201);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/assets/inventory/campaigns/{id}/complete",
      tags: TAG,
      security: SESSION_ROUTE,
      request: { params: IdParam },
      responses: {
        200: json(InventoryCampaign, "Completed"),
        409: { description: "Items pending" },
        ...errorResponses,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { actor, campaign, dref } = await visibleCampaign(c, id);
      authorize(actor, "inventory", "asset_department", dref);
      const deps = c.get("deps");
      const done = await completeCampaign(deps.database.db, ctxOf(c), campaign, deps.now());
      return c.json(await presentCampaign(c, done, false), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/assets/inventory/report",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "棚卸し結果報告（年度・所管課別の完了状況）/ Inventory results report",
      request: { query: CampaignQuery },
      responses: { 200: json(InventoryReport, "Report"), ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const db = deps.database.db;
      const rows = await db
        .select()
        .from(inventoryCampaigns)
        .where(q.fiscalYear ? eq(inventoryCampaigns.fiscalYear, q.fiscalYear) : undefined)
        .orderBy(asc(inventoryCampaigns.departmentId));
      const departments = [];
      const totals: Record<string, number> = {};
      for (const r of rows) {
        const unit = await departmentUnit(db, r.departmentId);
        if (
          !can(actor, "viewInventory", "asset_department", {
            departmentId: r.departmentId,
            bureauId: unit?.bureauId ?? null,
          })
        )
          continue;
        const s = await campaignSummary(db, r.id);
        for (const [k, v] of Object.entries(s.counts)) totals[k] = (totals[k] ?? 0) + v;
        departments.push({
          campaignId: r.id,
          department: { id: r.departmentId, code: unit?.code ?? null, name: unit?.name ?? null },
          fiscalYear: r.fiscalYear,
          deadline: r.deadline,
          status: r.status,
          completedAt: r.completedAt?.toISOString() ?? null,
          late: r.deadline != null && (r.completedAt ? toIsoDate(r.completedAt) > r.deadline : false),
          ...s,
        });
      }
      const cycle = inventoryCycle(deps.profile());
      return c.json(
        {
          fiscalYear: q.fiscalYear ?? null,
          deadlineRule: cycle ? { due: cycle.due ?? null, clause: cycle.clause, text: cycle.text.ja } : null,
          completed: departments.filter((d) => d.status === "completed").length,
          departments,
          totals,
        },
        200,
      );
    },
  );

  return app;
}
