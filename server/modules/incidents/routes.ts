import { createRoute, type z } from "@hono/zod-openapi";
import { and, gte, lt } from "drizzle-orm";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { addDays, fiscalYear, fiscalYearRange, startOfJstDay } from "../../../common/calendar";
import { authorize, requireActor, serialize } from "../../access";
import { contentDisposition } from "../../http/attachment-name";
import type { AppEnv } from "../../http/context";
import { AppError, fieldError } from "../../http/errors";
import {
  jsonBody as body,
  createRouter,
  requestContext as ctxOf,
  errorResponses,
  jsonContent as json,
  PUBLIC_ROUTE,
  SESSION_ROUTE,
} from "../../http/router";
import { hitLimit, PUBLIC_REPORT_PER_ADDRESS } from "../../limits";
import { listNotifications } from "../../notify";
import { consumesRule, registerModule } from "../../profile/consumers";
import { caseAction, incidentCaseRoutes, readable } from "./case-routes";
import { addFile, loadFile, type NewFile } from "./commands/files";
import { createPublicReport, createStaffReport } from "./commands/report";
import { contactPointRoutes } from "./contact-point";
import { MAX_FILE_BYTES, PUBLIC_MAX_FILE_BYTES, PUBLIC_MAX_FILES, sniffType } from "./domain/files";
import { incidentMetrics } from "./domain/metrics";
import { incidentExportRoutes } from "./export";
import { presentIncident } from "./presenter";
import { listIncidents, loadRecord, namesOf, visibilityWhere } from "./queries";
import {
  IncidentCase as IncidentCaseRes,
  IncidentMetrics,
  IncidentNotifications,
  IncidentPage,
  IncidentReported,
} from "./responses";
import {
  FileParam,
  FileUploadReq,
  IdParam,
  ListQuery,
  MetricsQuery,
  PublicReportForm,
  PublicReportReq,
  PublicReportRes,
  StaffReportReq,
} from "./schema";
import { incidents } from "./tables";

registerModule("incidents", { ja: "インシデント", en: "Incidents" });
// The public form exists only when contact_point.public_form says so; it shows how to reach the point.
consumesRule("contact_point.**", "incidents");

type C = Context<AppEnv>;
const TAG = ["incidents"];
const PUBLIC_TAG = ["public"];

/**
 * Where files are uploaded: the app skips its 1 MB JSON limit there and this router sets its own
 * (case files 10 MB; the public form 32 KB as JSON, PUBLIC_UPLOAD_MAX_BYTES as multipart).
 */
export const INCIDENT_FILE_UPLOAD = /^\/api\/incidents\/[^/]+\/files$|^\/api\/public\/reports$/;
/** The public form accepts at most this many bytes (JSON, or the text fields of a multipart post). */
export const PUBLIC_REPORT_MAX_BYTES = 32 * 1024;
/** The whole multipart body of the public form: its files plus room for the fields and boundaries. */
export const PUBLIC_UPLOAD_MAX_BYTES = PUBLIC_MAX_FILES * PUBLIC_MAX_FILE_BYTES + PUBLIC_REPORT_MAX_BYTES;

const isMultipart = (c: C) => /^multipart\/form-data\b/i.test(c.req.header("content-type") ?? "");

/** Checks the public form's attachments: count, size and type by content. */
async function publicFiles(files: File | File[] | undefined): Promise<NewFile[]> {
  const list = (files === undefined ? [] : Array.isArray(files) ? files : [files]).filter(
    // A browser sends an empty, nameless part for a file input left empty.
    (f) => !(f.size === 0 && f.name === ""),
  );
  if (list.length > PUBLIC_MAX_FILES)
    throw fieldError(
      "files",
      `添付できるファイルは${PUBLIC_MAX_FILES}個までです。`,
      `At most ${PUBLIC_MAX_FILES} files can be attached.`,
    );
  const out: NewFile[] = [];
  for (const f of list) {
    if (f.size > PUBLIC_MAX_FILE_BYTES)
      throw new AppError(
        413,
        "payload_too_large",
        "添付ファイルは1個5MBまでです。",
        "Each attached file may be at most 5 MB.",
      );
    const bytes = Buffer.from(await f.arrayBuffer());
    if (bytes.length === 0) throw fieldError("files", "ファイルが空です。", "The file is empty.");
    const type = sniffType(bytes);
    if (!type)
      throw fieldError(
        "files",
        "PDF・PNG・JPEG・テキストのファイルのみ添付できます。",
        "Only PDF, PNG, JPEG and text files can be attached.",
      );
    out.push({ kind: "attachment", fileName: f.name, contentType: type, bytes });
  }
  return out;
}

const tooLarge = () =>
  new AppError(413, "payload_too_large", "送信内容が大きすぎます。", "The request body is too large.");

/** The shapes these routes answer with, for the web app's typed contract (web/src/contract.ts). */
export type { IncidentCase } from "./case-routes";
export type IncidentSummary = Omit<ReturnType<typeof presentIncident>, "details" | "contact">;
export function incidentRoutes() {
  const app = createRouter();
  // Before the detail route: its `{id}` would take `export.xlsx`.
  app.route("/", incidentExportRoutes());

  // ── public: the one door open to anyone ────────────────────────────────────
  app.use("/api/public/reports", async (c, next) => {
    if (c.req.method !== "POST") return next();
    const deps = c.get("deps");
    const limit = await hitLimit(deps.database.db, PUBLIC_REPORT_PER_ADDRESS, c.get("ip"), deps.now());
    if (!limit.ok) {
      c.header("Retry-After", String(limit.retryAfterSeconds));
      throw new AppError(
        429,
        "rate_limited",
        "短時間に多くの報告が送信されました。しばらく待ってから再度お試しください。",
        "Too many reports in a short time. Please wait a while and try again.",
      );
    }
    return next();
  });
  app.use("/api/public/reports", (c, next) =>
    bodyLimit({
      maxSize: c.req.method === "POST" && isMultipart(c) ? PUBLIC_UPLOAD_MAX_BYTES : PUBLIC_REPORT_MAX_BYTES,
      onError: () => {
        throw tooLarge();
      },
    })(c, next),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/public/reports",
      tags: PUBLIC_TAG,
      security: [...PUBLIC_ROUTE],
      summary:
        "公開の報告フォーム（ログイン不要、添付は multipart で3個・各5MBまで） / Public report form (no sign-in; attachments as multipart, up to 3 of 5 MB)",
      request: {
        // Either body; each validator runs only for its own content type (so not `required` here:
        // the handler refuses a post with neither).
        body: {
          content: {
            "application/json": { schema: PublicReportReq },
            "multipart/form-data": { schema: PublicReportForm },
          },
        },
      },
      responses: {
        201: json(PublicReportRes, "Received; keep the receipt number"),
        400: { description: "Invalid input" },
        413: { description: "Too large" },
        429: { description: "Too many reports from this address" },
      },
    }),
    async (c) => {
      const multipart = isMultipart(c);
      if (!multipart && !/^application\/json\b/i.test(c.req.header("content-type") ?? ""))
        throw new AppError(400, "validation_failed", "送信内容がありません。", "The report is missing.");
      const form: z.infer<typeof PublicReportForm> = multipart ? c.req.valid("form") : c.req.valid("json");
      const { files, ...input } = form;
      const deps = c.get("deps");
      const profile = deps.profile();
      if (!profile.contact_point.public_form)
        throw new AppError(
          404,
          "not_found",
          "公開の報告フォームはありません。",
          "There is no public report form.",
        );
      const attachments = await publicFiles(files);
      const row = await createPublicReport(
        deps.database.db,
        ctxOf(c),
        profile,
        input,
        deps.now(),
        attachments,
      );
      return c.json({ receiptNumber: row.receiptNumber }, 201);
    },
  );

  // The contact point and how to reach it (read by the public form; set by the CISO).
  app.route("/", contactPointRoutes());

  // ── reports and the case list ──────────────────────────────────────────────
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/incidents",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "職員からの報告 / Report by staff",
      request: body(StaffReportReq),
      responses: { 201: json(IncidentReported, "Reported"), ...errorResponses },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const actor = authorize(c.get("actor"), "create", "incidentReport", null);
      const deps = c.get("deps");
      if (input.occurredAt && new Date(input.occurredAt).getTime() > deps.now().getTime() + 60_000)
        throw fieldError("occurredAt", "発生日時が未来です。", "The time it happened is in the future.");
      const row = await createStaffReport(deps.database.db, ctxOf(c), deps.profile(), input, deps.now());
      const { record } = await loadRecord(deps.database.db, row.id);
      return c.json(presentIncident(actor, row, record, new Map([[actor.personId, actor.name]])), 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/incidents",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "インシデント一覧（見てよいものだけ） / Cases the user may see",
      request: { query: ListQuery },
      responses: { 200: json(IncidentPage, "List"), ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const actor = requireActor(c.get("actor"));
      const db = c.get("deps").database.db;
      const { total, rows } = await listIncidents(db, actor, q);
      const names = await namesOf(
        db,
        rows.map((r) => r.reporterPersonId),
      );
      const items = [];
      for (const r of rows) {
        const { record } = await loadRecord(db, r.id);
        const { details: _d, contact: _c, ...rest } = presentIncident(actor, r, record, names);
        items.push(rest);
      }
      return c.json({ items, total, policies: serialize(actor, "incidentReport", null) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/incidents/metrics",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "年度の指標（確認・判断・封じ込め・終結までの時間、分類・重大度別件数） / Metrics per 年度",
      request: { query: MetricsQuery },
      responses: { 200: json(IncidentMetrics, "Metrics"), ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const actor = authorize(c.get("actor"), "read", "incidentMetrics", null);
      const deps = c.get("deps");
      const fy = q.fiscalYear ?? fiscalYear(deps.now());
      const range = fiscalYearRange(fy);
      const start = startOfJstDay(range.start);
      const end = startOfJstDay(addDays(range.end, 1));
      const rows = await deps.database.db
        .select()
        .from(incidents)
        .where(and(gte(incidents.createdAt, start), lt(incidents.createdAt, end), visibilityWhere(actor)));
      const m = incidentMetrics(
        rows.map((r) => ({
          createdAt: r.createdAt,
          firstAcknowledgedAt: r.firstAcknowledgedAt,
          triagedAt: r.triagedAt,
          containedAt: r.containedAt,
          closedAt: r.closedAt,
          category: r.category,
          severity: r.severity,
          isIncident: r.triageDecision === "incident",
        })),
      );
      return c.json({ fiscalYear: fy, range, ...m }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/incidents/notifications",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "自分宛ての通知 / My notifications",
      responses: { 200: json(IncidentNotifications, "Notifications"), ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const rows = await listNotifications(c.get("deps").database.db, actor.personId, {
        module: "incidents",
        limit: 100,
      });
      return c.json(
        {
          items: rows.map((n) => ({
            id: n.id,
            incidentId: n.recordType === "incident" ? n.recordId : null,
            violationId: n.recordType === "violation" ? n.recordId : null,
            kind: n.kind,
            message: { ja: n.messageJa, en: n.messageEn },
            createdAt: n.createdAt.toISOString(),
            readAt: n.readAt?.toISOString() ?? null,
          })),
        },
        200,
      );
    },
  );

  // ── one case (after the fixed paths above: its `{id}` would take them) ─────
  incidentCaseRoutes(app);

  // ── files: attachments and evidence ────────────────────────────────────────
  app.use("/api/incidents/:id/files", async (c, next) => {
    if (c.req.method !== "POST") return next();
    return bodyLimit({
      maxSize: MAX_FILE_BYTES + 64 * 1024,
      onError: () => {
        throw tooLarge();
      },
    })(c, next);
  });

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/incidents/{id}/files",
      tags: TAG,
      security: SESSION_ROUTE,
      summary:
        "添付・証拠の登録（PDF/PNG/JPEG/テキスト、10MBまで、SHA-256） / Upload an attachment or evidence",
      request: {
        params: IdParam,
        body: { required: true, content: { "multipart/form-data": { schema: FileUploadReq } } },
      },
      responses: {
        200: json(IncidentCaseRes, "The case"),
        413: { description: "Too large" },
        ...errorResponses,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const form = c.req.valid("form");
      const deps = c.get("deps");
      const bytes = Buffer.from(await form.file.arrayBuffer());
      if (bytes.length === 0) throw fieldError("file", "ファイルが空です。", "The file is empty.");
      if (bytes.length > MAX_FILE_BYTES) throw tooLarge();
      const type = sniffType(bytes);
      if (!type)
        throw fieldError(
          "file",
          "PDF・PNG・JPEG・テキストのファイルのみ登録できます。",
          "Only PDF, PNG, JPEG and text files are accepted.",
        );
      const action = form.kind === "evidence" ? "manage" : "attach";
      return c.json(
        await caseAction(c, id, action, ({ db, row }) =>
          addFile(
            db,
            ctxOf(c),
            row,
            {
              kind: form.kind,
              fileName: form.file.name,
              contentType: type,
              bytes,
              description: form.description,
            },
            deps.now(),
          ),
        ),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/incidents/{id}/files/{fileId}",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "ファイルのダウンロード / Download a file",
      request: { params: FileParam },
      responses: { 200: { description: "The file (always as a download)" }, ...errorResponses },
    }),
    async (c) => {
      const { id, fileId } = c.req.valid("param");
      const { db } = await readable(c, id);
      const file = await loadFile(db, id, fileId);
      return new Response(new Uint8Array(file.content), {
        status: 200,
        headers: {
          "content-type": file.contentType,
          "content-disposition": contentDisposition(file.fileName),
          "x-content-sha256": file.sha256,
          "cache-control": "no-store",
        },
      });
    },
  );

  return app;
}
