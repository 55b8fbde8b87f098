import { createRoute, z } from "@hono/zod-openapi";
import { fiscalYear } from "../../common/calendar";
import type { DashboardItem } from "../../common/dashboard";
import { requireActor } from "../access";
import { createRouter, errorResponses, jsonContent, SESSION_ROUTE } from "../http/router";
import { dashboardCounts as assetCounts } from "../modules/assets";
import { dashboardCounts as incidentCounts } from "../modules/incidents";
import { dashboardCounts as registerCounts } from "../modules/registers";
import { dashboardCounts as requestCounts } from "../modules/requests";
import { dashboardOverview } from "./overview";

/**
 * GET /api/dashboard/counts — what needs the signed-in person's attention (DESIGN.md §3 reports:
 * the dashboard). Platform-level like server/app.ts: it composes each module's own
 * `dashboardCounts` (through its face, server/modules/<m>/index.ts), which counts in SQL with the module's list
 * predicates, so a count never shows more than the list it links to. Modules never import each
 * other (§4 rule 4); only this composer knows them all.
 */

const Label = z.object({ ja: z.string(), en: z.string() });
export const DashboardItemRes = z
  .object({
    key: z.string(),
    module: z.enum(["requests", "assets", "incidents", "registers"]),
    label: Label,
    count: z.number().int().min(0),
    capped: z.boolean(),
    tone: z.enum(["action", "warning", "info"]),
    href: z.string(),
    list: z.string(),
  })
  .openapi("DashboardItem");
export const DashboardCountsRes = z
  .object({ items: z.array(DashboardItemRes), generatedAt: z.string() })
  .openapi("DashboardCounts");

const Cell = z.object({
  series: z.string(),
  count: z.number().int().min(0),
  href: z.string(),
  list: z.string(),
});
export const OverviewFigureRes = z
  .object({
    key: z.string(),
    module: z.enum(["assets", "requests", "incidents", "training", "assurance", "accounts", "software"]),
    title: Label,
    note: Label,
    series: z.array(z.object({ key: z.string(), label: Label })),
    rows: z.array(z.object({ key: z.string(), label: Label, cells: z.array(Cell) })),
  })
  .openapi("OverviewFigure");
export const OverviewRes = z
  .object({ generatedAt: z.string(), fiscalYear: z.number().int(), figures: z.array(OverviewFigureRes) })
  .openapi("DashboardOverview");
export const OverviewQuery = z.object({
  fiscalYear: z.coerce.number().int().min(2000).max(2100).optional(),
});

export function dashboardRoutes() {
  const app = createRouter();
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/dashboard/counts",
      tags: ["dashboard"],
      security: SESSION_ROUTE,
      summary:
        "ホームの件数（自分が対応すべきもの）/ What needs my attention, counted with each list's access rules",
      responses: { 200: jsonContent(DashboardCountsRes, "Counts"), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const db = deps.database.db;
      const now = deps.now();
      const profile = deps.profile();
      // One statement per module; on PostgreSQL they run side by side on the pool.
      const parts: DashboardItem[][] = await Promise.all([
        requestCounts(db, actor, now),
        assetCounts(db, actor, now, profile),
        incidentCounts(db, actor, now, profile),
        registerCounts(db, actor, now),
      ]);
      return c.json({ items: parts.flat(), generatedAt: now.toISOString() }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/reports/dashboard",
      tags: ["dashboard"],
      security: SESSION_ROUTE,
      summary:
        "ダッシュボード（全体の状況、閲覧できる範囲で集計）/ Steering overview: figures counted with each list's access rules, each linking to its list",
      request: { query: OverviewQuery },
      responses: { 200: jsonContent(OverviewRes, "Figures"), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const q = c.req.valid("query");
      const overview = await dashboardOverview(
        deps.database.db,
        actor,
        deps.now(),
        deps.profile(),
        q.fiscalYear ?? fiscalYear(deps.now()),
      );
      return c.json(overview, 200);
    },
  );
  return app;
}
