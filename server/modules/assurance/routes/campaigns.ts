import { createRoute } from "@hono/zod-openapi";
import { and, desc, eq, sql } from "drizzle-orm";
import { todayJst } from "../../../../common/calendar";
import { authorize, can, serialize } from "../../../access";
import { exportMarking } from "../../../http/export-marking";
import {
  createRouter,
  requestContext as ctxOf,
  errorResponses,
  jsonBody,
  SESSION_ROUTE,
} from "../../../http/router";
import { closeCampaign, createCampaign } from "../commands/campaigns";
import { fileBody, fiscal, reportPdf, reportXlsx, wareki } from "../export";
import { campaignProgress, itemSummary } from "../queries";
import { CampaignCreateReq, CampaignsQuery, ExportQuery, IdParam, ProgressQuery } from "../schema";
import { assuranceCampaigns } from "../tables";
import { CampaignClosedRes, CampaignCreatedRes, CampaignsRes, ProgressRes, SummaryRes } from "../views";
import { created, env, loadCampaign, ok, TAG } from "./common";

export function campaignRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/assurance/campaigns",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "自己点検（年度・種類ごと） / Self-inspection campaigns",
      request: { query: CampaignsQuery },
      responses: ok("Campaigns and the scopes the profile defines", CampaignsRes),
    }),
    async (c) => {
      const { actor, db, profile } = env(c);
      authorize(actor, "read", "assurance_campaign", {});
      const { fiscalYear } = c.req.valid("query");
      const rows = await db
        .select({
          campaign: assuranceCampaigns,
          // From the kept tallies (a few rows per campaign, not every sheet). Qualified by hand:
          // inside the subquery an unqualified "campaign_id" would be the tally's.
          sheets: sql<number>`(select coalesce(sum(t.sheets), 0)::int from assurance_sheet_tallies t where t.campaign_id = assurance_campaigns.id)`,
          submitted: sql<number>`(select coalesce(sum(t.submitted), 0)::int from assurance_sheet_tallies t where t.campaign_id = assurance_campaigns.id)`,
        })
        .from(assuranceCampaigns)
        .where(
          and(
            eq(assuranceCampaigns.profileId, profile.id),
            fiscalYear ? eq(assuranceCampaigns.fiscalYear, fiscalYear) : undefined,
          ),
        )
        .orderBy(desc(assuranceCampaigns.fiscalYear), assuranceCampaigns.scopeKey);
      return c.json(
        {
          data: {
            campaigns: rows.map((r) => ({
              ...r.campaign,
              createdAt: r.campaign.createdAt.toISOString(),
              closedAt: r.campaign.closedAt?.toISOString() ?? null,
              sheets: r.sheets,
              submitted: r.submitted,
            })),
            scopes: profile.assurance?.self_inspection ?? [],
          },
          policies: serialize(actor, "assurance_campaign", {}),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/assurance/campaigns",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "年度の自己点検を生成 / Generate a self-inspection campaign for a fiscal year",
      request: jsonBody(CampaignCreateReq),
      responses: created("The campaign with its item and sheet counts", CampaignCreatedRes),
    }),
    async (c) => {
      const { actor, db, profile, now, dir } = env(c);
      authorize(actor, "manage", "assurance_campaign", {});
      const row = await createCampaign(db, ctxOf(c), profile, c.req.valid("json"), now, dir);
      return c.json({ data: { ...row, createdAt: row.createdAt.toISOString() } }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/assurance/campaigns/{id}/close",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "自己点検の終了 / Close a campaign",
      request: { params: IdParam },
      responses: ok("The campaign", CampaignClosedRes),
    }),
    async (c) => {
      const { actor, db, profile, now } = env(c);
      authorize(actor, "manage", "assurance_campaign", {});
      const row = await closeCampaign(db, ctxOf(c), profile.id, c.req.valid("param").id, now);
      return c.json({ data: { id: row.id, status: row.status } }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/assurance/campaigns/{id}/progress",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "局・課ごとの進捗 / Progress per bureau or department",
      request: { params: IdParam, query: ProgressQuery },
      responses: ok("Counts per unit among the sheets the viewer may read", ProgressRes),
    }),
    async (c) => {
      const { actor, db, profile, now } = env(c);
      const campaign = await loadCampaign(c, c.req.valid("param").id);
      const q = c.req.valid("query");
      const rows = await campaignProgress(db, profile, actor, campaign, q.by, todayJst(now), q.bureauId);
      return c.json({ data: { campaignId: campaign.id, dueDate: campaign.dueDate, by: q.by, rows } }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/assurance/campaigns/{id}/summary",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "点検項目ごとの集計 / Answers per item",
      request: { params: IdParam },
      responses: ok("Counts of each answer per item among the sheets the viewer may read", SummaryRes),
    }),
    async (c) => {
      const { actor, db, profile } = env(c);
      const campaign = await loadCampaign(c, c.req.valid("param").id);
      const canManage = can(actor, "manage", "assurance_campaign", {});
      return c.json(
        {
          data: { campaignId: campaign.id, items: await itemSummary(db, profile, actor, campaign.id) },
          policies: { manage: canManage },
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/assurance/campaigns/{id}/export",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "自己点検結果の出力（.xlsx / PDF、和暦） / Export campaign results",
      request: { params: IdParam, query: ExportQuery },
      responses: {
        200: { description: "File (progress per 局 and 課, answers per item)" },
        ...errorResponses,
      },
    }),
    async (c) => {
      const { actor, db, profile, now } = env(c);
      const campaign = await loadCampaign(c, c.req.valid("param").id);
      const { format } = c.req.valid("query");
      const today = todayJst(now);
      const progress = (by: "bureau" | "department") =>
        campaignProgress(db, profile, actor, campaign, by, today);
      const unitTable = async (by: "bureau" | "department", title: string) => ({
        title,
        headers: [
          by === "bureau" ? "局" : "課",
          "点検票",
          "提出済み",
          "回答中",
          "未着手",
          "期限超過",
          "期限後提出",
          "できていない",
        ],
        rows: (await progress(by)).map((r) => [
          r.unit_name ?? "—",
          r.sheets,
          r.submitted,
          r.in_progress,
          r.not_started,
          r.overdue,
          r.late,
          r.no_answers ?? 0,
        ]),
      });
      const items = await itemSummary(db, profile, actor, campaign.id);
      const report = {
        title: `${fiscal(campaign.fiscalYear)} ${campaign.title} 結果`,
        lines: [
          `回答期限: ${wareki(campaign.dueDate)}`,
          `状態: ${campaign.status === "open" ? "実施中" : "終了"}`,
          `根拠: ${campaign.clause}`,
        ],
        tables: [
          await unitTable("bureau", "局ごとの進捗"),
          await unitTable("department", "課ごとの進捗"),
          {
            title: "項目ごとの集計",
            headers: ["点検項目", "根拠", "できている", "一部", "できていない", "該当なし"],
            rows: items.map((i) => [i.question, i.clause_id, i.yes, i.partial, i.no, i.na]),
          },
        ],
      };
      // Results of audits and self-inspections carry no level of their own: the profile's export level.
      const marking = exportMarking(profile, [], env(c).actor, now);
      const buf =
        format === "xlsx" ? await reportXlsx(report, marking) : await reportPdf(report, now, marking);
      const f = fileBody(buf, `自己点検結果-${campaign.fiscalYear}-${campaign.scopeKey}`, format);
      return c.body(f.body, 200, f.headers);
    },
  );

  return app;
}
