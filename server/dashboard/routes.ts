import { createRoute, z } from "@hono/zod-openapi";
import type { DashboardItem } from "../../common/dashboard";
import { requireActor } from "../access";
import { createRouter, errorResponses, jsonContent, SESSION_ROUTE } from "../http/router";
import { dashboardCounts as assetCounts } from "../modules/assets";
import { dashboardCounts as incidentCounts } from "../modules/incidents";
import { dashboardCounts as registerCounts } from "../modules/registers";
import { dashboardCounts as requestCounts } from "../modules/requests";

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
  return app;
}
