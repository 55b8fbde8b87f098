/** /api/vulnerabilities/… — advisories, imports (upload), matches, the owner's tasks, summary. */

import { createRoute, z } from "@hono/zod-openapi";
import { desc } from "drizzle-orm";
import { bodyLimit } from "hono/body-limit";
import { todayJst } from "../../../../common/calendar";
import type { Duty } from "../../../../common/duties";
import { authorize, can, requireActor, serialize } from "../../../access";
import { AppError, invalid, notFound } from "../../../http/errors";
import {
  createRouter,
  errorResponses,
  jsonContent,
  requestContext,
  SESSION_ROUTE,
} from "../../../http/router";
import { canSeeSoftware, type MatchRecord } from "../access";
import { assetLabels } from "../asset-link";
import { decideMatch } from "../commands/decide";
import { advisoryFetchJob } from "../commands/fetch-feeds";
import { importFeedFiles } from "../commands/import-feeds";
import { runMatching } from "../commands/match";
import { notifyStaff } from "../commands/notify-staff";
import { fetchConfigured } from "../feeds/fetch";
import {
  advisoryById,
  listAdvisories,
  listMatches,
  listTasks,
  type MatchRow,
  matchById,
  summary,
} from "../queries";
import { AdvisoriesRes, ImportsRes, MatchesRes, SummaryRes } from "../responses";
import {
  AdvisoryDetailRes,
  FeedImportedRes,
  FeedRefusedRes,
  MatchDecidedRes,
  MatchRunRes,
  StaffNoticeRes,
} from "../responses-writes";
import { AdvisoryQuery, DecisionReq, IdParam, MatchQuery, StaffNoticeReq } from "../schema";
import { vulnFetchRuns, vulnImports } from "../tables";

const TAG = ["vulnerabilities"];
export const VULN_IMPORT_PATH = "/api/vulnerabilities/imports";
const MAX_UPLOAD = 64 * 1024 * 1024;

export function vulnerabilityRoutes() {
  const app = createRouter();
  const matchRecord = (m: MatchRow, acceptDuty: Duty | null): MatchRecord => ({
    departmentId: m.departmentId,
    bureauId: m.bureauId,
    ownerPersonId: m.ownerPersonId,
    acceptDuty,
  });

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/vulnerabilities/advisories",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "Advisories (one per problem: CVE, or JVNDB without CVE)",
      request: { query: AdvisoryQuery },
      responses: { 200: jsonContent(AdvisoriesRes, "Advisories"), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const rule = deps.profile().software?.vulnerabilities.staff_notice;
      return c.json(
        {
          data: await listAdvisories(deps.database.db, actor, c.req.valid("query")),
          // The screen offers 全職員への注意喚起 only to the profile's staff_notice duty.
          can: { notifyStaff: can(actor, "notify_staff", "vuln_advisory", { duties: rule?.duties ?? [] }) },
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/vulnerabilities/advisories/{id}",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "One advisory with its NVD and JVN parts and the matches the viewer may see",
      request: { params: IdParam },
      responses: { 200: jsonContent(AdvisoryDetailRes, "Advisory"), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const db = deps.database.db;
      const a = await advisoryById(db, c.req.valid("param").id);
      if (!a) throw notFound({ ja: "脆弱性情報", en: "The advisory" });
      const matches = await listMatches(db, actor, todayJst(deps.now()), {
        view: "all",
        advisoryId: String(a.id),
        limit: 500,
        offset: 0,
      });
      const labels = await assetLabels(
        db,
        { actor, profile: deps.profile() },
        matches.map((m) => m.assetId),
      );
      return c.json(
        { data: { ...a, matches: matches.map((m) => ({ ...m, asset: labels.get(m.assetId) })) } },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: VULN_IMPORT_PATH,
      tags: TAG,
      security: SESSION_ROUTE,
      summary:
        "Imported files (successes and failures with their located errors) and the optional fetch's last runs",
      responses: { 200: jsonContent(ImportsRes, "Imports"), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      authorize(actor, "oversee", "vuln_advisory", null);
      const deps = c.get("deps");
      const db = deps.database.db;
      const rows = await db.select().from(vulnImports).orderBy(desc(vulnImports.importedAt)).limit(200);
      const runs = await db.select().from(vulnFetchRuns).orderBy(desc(vulnFetchRuns.fetchedAt)).limit(20);
      const configured = fetchConfigured();
      return c.json(
        {
          data: rows,
          fetch: { configured, nextAt: configured ? advisoryFetchJob.nextRunAt?.(deps.now()) : null, runs },
        },
        200,
      );
    },
  );

  app.use(
    VULN_IMPORT_PATH,
    bodyLimit({
      maxSize: MAX_UPLOAD,
      onError: () => {
        throw new AppError(
          413,
          "payload_too_large",
          "ファイルが大きすぎます（64MBまで）。",
          "The file is too large (64 MB at most).",
        );
      },
    }),
  );
  app.openapi(
    createRoute({
      method: "post",
      path: VULN_IMPORT_PATH,
      tags: TAG,
      security: SESSION_ROUTE,
      summary:
        "Upload one advisory file (NVD CVE JSON 2.0, .json or .json.gz; MyJVN XML (HND) or JSON (OKA)) as the request body; all or nothing",
      request: {
        query: z.object({ name: z.string().min(1).max(200) }),
        body: {
          required: true,
          content: { "application/octet-stream": { schema: z.string().openapi({ format: "binary" }) } },
        },
      },
      responses: {
        201: jsonContent(FeedImportedRes, "Imported"),
        422: jsonContent(FeedRefusedRes, "Refused with a located error"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      authorize(actor, "import", "vuln_advisory", null);
      const deps = c.get("deps");
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      if (!bytes.length)
        throw invalid({ body: { message_ja: "ファイルが空です。", message_en: "The file is empty." } });
      const { results, advisoryIds } = await importFeedFiles(
        deps.database.db,
        requestContext(c),
        [{ name: c.req.valid("query").name, bytes }],
        deps.now(),
      );
      const result = results[0];
      if (result.status === "failed") return c.json({ data: result }, 422);
      const matched = await runMatching(deps.database.db, requestContext(c), deps.profile(), deps.now(), {
        advisoryIds,
      });
      return c.json(
        { data: { ...result, matches: matched.results.length, newMatches: matched.inserted } },
        201,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/vulnerabilities/advisories/{id}/staff-notices",
      tags: TAG,
      security: SESSION_ROUTE,
      summary:
        "全職員への注意喚起 / Send a malware or urgent notice about an advisory to all staff (the profile's staff_notice duty)",
      request: {
        params: IdParam,
        body: { required: true, content: { "application/json": { schema: StaffNoticeReq } } },
      },
      responses: { 201: jsonContent(StaffNoticeRes, "Sent"), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const rule = deps.profile().software?.vulnerabilities.staff_notice;
      authorize(actor, "notify_staff", "vuln_advisory", { duties: rule?.duties ?? [] });
      const body = c.req.valid("json");
      const sent = await notifyStaff(
        deps.database.db,
        requestContext(c),
        {
          advisoryId: c.req.valid("param").id,
          kind: body.kind,
          message: body.message,
          clauses: rule ? [rule.clause, ...rule.also] : [],
        },
        deps.now(),
      );
      return c.json({ data: sent }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/vulnerabilities/match-runs",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "Match every advisory against every installation now",
      responses: { 201: jsonContent(MatchRunRes, "Run"), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      authorize(actor, "import", "vuln_advisory", null);
      const deps = c.get("deps");
      const run = await runMatching(deps.database.db, requestContext(c), deps.profile(), deps.now());
      return c.json(
        { data: { matches: run.results.length, inserted: run.inserted, stale: run.stale, ms: run.ms } },
        201,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/vulnerabilities/matches",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "Matches (view=confirm: the confirmation queue; overdue; open; all)",
      request: { query: MatchQuery },
      responses: { 200: jsonContent(MatchesRes, "Matches"), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const db = deps.database.db;
      const acceptDuty = deps.profile().software?.vulnerabilities.accept_duty ?? null;
      const rows = await listMatches(db, actor, todayJst(deps.now()), c.req.valid("query"));
      const labels = await assetLabels(
        db,
        { actor, profile: deps.profile() },
        rows.map((r) => r.assetId),
      );
      return c.json(
        {
          data: rows.map((m) => ({
            ...m,
            asset: labels.get(m.assetId),
            policies: serialize(actor, "vuln_match", matchRecord(m, acceptDuty)),
          })),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/vulnerabilities/tasks",
      tags: TAG,
      security: SESSION_ROUTE,
      summary:
        "My tasks: open matches of what I own (and, for managers, of their departments' unowned installations)",
      request: { query: z.object({ limit: z.coerce.number().int().min(1).max(500).default(200) }) },
      responses: { 200: jsonContent(MatchesRes, "Tasks"), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const db = deps.database.db;
      const acceptDuty = deps.profile().software?.vulnerabilities.accept_duty ?? null;
      const rows = await listTasks(db, actor, c.req.valid("query").limit);
      const labels = await assetLabels(
        db,
        { actor, profile: deps.profile() },
        rows.map((r) => r.assetId),
      );
      return c.json(
        {
          data: rows.map((m) => ({
            ...m,
            asset: labels.get(m.assetId),
            policies: serialize(actor, "vuln_match", matchRecord(m, acceptDuty)),
          })),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/vulnerabilities/matches/{id}/decision",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "Decide a match: 影響なし / 対応中 / 適用済 / 回避策 / 受容",
      request: {
        params: IdParam,
        body: { required: true, content: { "application/json": { schema: DecisionReq } } },
      },
      responses: { 200: jsonContent(MatchDecidedRes, "Decided"), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const input = c.req.valid("json");
      const acceptDuty = deps.profile().software?.vulnerabilities.accept_duty ?? null;
      const row = await deps.database.db.transaction(async (tx) => {
        const m = await matchById(tx, c.req.valid("param").id);
        const record = m ? matchRecord(m, acceptDuty) : null;
        if (!m || !record || !(m.ownerPersonId === actor.personId || canSeeSoftware(actor, record)))
          throw notFound({ ja: "対象の照合結果", en: "The match" });
        authorize(actor, input.state === "accepted" ? "accept" : "decide", "vuln_match", record);
        return decideMatch(tx, requestContext(c), m.id, input, deps.now());
      });
      return c.json({ data: row }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/vulnerabilities/summary",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "Organization summary (CISO): open tasks by severity and age, states, overdue, to confirm",
      responses: { 200: jsonContent(SummaryRes, "Summary"), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      authorize(actor, "oversee", "vuln_advisory", null);
      const deps = c.get("deps");
      return c.json({ data: await summary(deps.database.db, todayJst(deps.now())) }, 200);
    },
  );

  return app;
}
