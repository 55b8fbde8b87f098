import { createRoute, z } from "@hono/zod-openapi";
import { addDays, startOfJstDay } from "../../common/calendar";
import { authorize } from "../access";
import { notFound } from "../http/errors";
import { exportMarking } from "../http/export-marking";
import { formatName, holdRows, LIST_FORMATS, listFileResponse, listFileResponses } from "../http/list-export";
import { createRouter, errorResponses, requestContext, SESSION_ROUTE } from "../http/router";
import { auditVisibility } from "./access";
import { type AuditRecordFace, redactRows } from "./faces";
import "./access";
import { registerModule } from "../profile/consumers";
import { exportSignedHead, printableHead, verifyAuditLog } from "./anchor";
import { recordEvent } from "./record";
import {
  type AuditRow,
  type AuditSearch,
  allEvents,
  CSV_HEADER,
  eventCells,
  MAX_PAGE,
  presentEvent,
  searchEvents,
} from "./search";
import { auditEventSchema } from "./wire-data";

registerModule("audit", { ja: "監査ログ", en: "Audit log" });

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateParam = z
  .string()
  .max(40)
  .refine((v) => DATE.test(v) || !Number.isNaN(Date.parse(v)), {
    message: "date (YYYY-MM-DD) or ISO date-time",
  });

export const AuditSearchQuery = z.strictObject({
  type: z.string().max(100).optional(),
  actorPersonId: z.uuid().optional(),
  targetType: z.string().max(100).optional(),
  targetId: z.string().max(200).optional(),
  from: dateParam.optional(),
  to: dateParam.optional(),
  q: z.string().max(200).optional(),
});

const PageQuery = AuditSearchQuery.extend({
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(50),
});

export const VerifyResult = z
  .object({
    ok: z.boolean(),
    count: z.number(),
    firstBadEventId: z.number().optional(),
    problems: z.array(
      z.object({ kind: z.string(), message_ja: z.string(), message_en: z.string() }).passthrough(),
    ),
  })
  .openapi("AuditVerifyResult");

const SignedHeadRes = z
  .object({
    seq: z.number(),
    eventId: z.number(),
    hash: z.string(),
    occurredAt: z.string(),
    signedAt: z.string(),
    signature: z.string(),
    printable: z.string(),
  })
  .openapi("AuditSignedHead");

/** A date (YYYY-MM-DD) is a whole day in Japan time; `to` includes its day. */
function toSearch(q: z.infer<typeof AuditSearchQuery>): AuditSearch {
  const bound = (v: string | undefined, end: boolean) => {
    if (!v) return undefined;
    if (!DATE.test(v)) return new Date(v);
    return startOfJstDay(end ? addDays(v, 1) : v);
  };
  return {
    type: q.type || undefined,
    actorPersonId: q.actorPersonId,
    targetType: q.targetType || undefined,
    targetId: q.targetId || undefined,
    from: bound(q.from, false),
    to: bound(q.to, true),
    q: q.q || undefined,
  };
}

/** `faces`: how other modules' records are shown (see ./faces.ts); the app passes every module's. */
export function auditRoutes(faces: readonly AuditRecordFace[] = []) {
  const router = createRouter();
  /** A page of events, newest first, each typed by its type (./wire-data.ts), and what the viewer may do with the log. */
  const AuditPageRes = z.object({
    events: z.array(auditEventSchema(faces)),
    nextBefore: z.number().nullable(),
    policies: z.object({ verify: z.boolean(), export: z.boolean() }),
  });

  router.openapi(
    createRoute({
      method: "get",
      path: "/api/audit/events",
      summary: "監査ログの検索 (search the audit log)",
      security: SESSION_ROUTE,
      request: { query: PageQuery },
      responses: {
        200: {
          description: "A page of events, newest first",
          content: {
            "application/json": {
              schema: AuditPageRes,
            },
          },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const query = c.req.valid("query");
      const actor = authorize(c.get("actor"), "search", "audit_log", null);
      const deps = c.get("deps");
      const { db } = deps.database;
      const search = toSearch(query);
      const page = await searchEvents(db, search, auditVisibility(actor), {
        before: query.before,
        limit: query.limit,
      });
      const shown = (await redactRows(db, actor, deps.profile(), faces, page.items))
        .filter((r) => !(search.q && r.redacted))
        .map((r) => r.row);
      return c.json(
        {
          events: shown.map(presentEvent),
          nextBefore: page.nextBefore,
          policies: { verify: auditVisibility(actor).kind === "all", export: true },
        },
        200,
      );
    },
  );

  // The log as a file (#20 item 3): CSV, .xlsx and PDF through the shared list writer — the first
  // two streamed a batch at a time (the log is never held whole) — marked, and audited.
  for (const format of LIST_FORMATS) {
    router.openapi(
      createRoute({
        method: "get",
        path: `/api/audit/events.${format}`,
        summary: `監査ログの出力（${formatName(format)}、先頭に機密性表示）(export the audit log, marked)`,
        security: SESSION_ROUTE,
        request: { query: AuditSearchQuery },
        responses: listFileResponses(format),
      }),
      async (c) => {
        const query = c.req.valid("query");
        const actor = authorize(c.get("actor"), "search", "audit_log", null);
        const deps = c.get("deps");
        const { db } = deps.database;
        const now = deps.now();
        const search = toSearch(query);
        const profile = deps.profile();
        // Redacted a batch at a time (one query per module face per batch).
        async function* batches() {
          let batch: AuditRow[] = [];
          const flush = async () => {
            const shown = (await redactRows(db, actor, profile, faces, batch)).filter(
              (r) => !(search.q && r.redacted),
            );
            batch = [];
            return shown.map((r) => eventCells(r.row));
          };
          for await (const row of allEvents(db, search, auditVisibility(actor))) {
            batch.push(row);
            if (batch.length >= 500) yield await flush();
          }
          if (batch.length) yield await flush();
        }
        // A PDF's rows are read (and a PDF too long refused) before the export is recorded;
        // .xlsx and CSV stream after it, and so hold the export's own event.
        const rows = await holdRows(format, batches());
        await db.transaction((tx) =>
          recordEvent(
            tx,
            requestContext(c),
            { type: "audit.exported", targetType: "audit_log", data: { format, filter: query } },
            now,
          ),
        );
        // The log's events carry no class, so the profile's level for exports is the file's.
        return listFileResponse(
          {
            title: "監査ログ",
            file: "audit-events",
            fileJa: "監査ログ",
            header: CSV_HEADER,
            widths: [8, 24, 28, 14, 38, 14, 16, 16, 38, 16, 60, 66],
            rows,
            marking: exportMarking(profile, [], actor, now),
            now,
            organization: profile.organization.name,
          },
          format,
        ) as never;
      },
    );
  }

  router.openapi(
    createRoute({
      method: "get",
      path: "/api/audit/verify",
      summary: "監査ログの改ざん検証 (verify the audit hash chain)",
      security: SESSION_ROUTE,
      responses: {
        200: {
          description: "Chain verification result",
          content: { "application/json": { schema: VerifyResult } },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      authorize(c.get("actor"), "verify", "audit_log", null);
      const result = await verifyAuditLog(c.get("deps").database.db);
      return c.json(
        {
          ok: result.ok,
          count: result.count,
          ...(result.firstBadEventId === null ? {} : { firstBadEventId: result.firstBadEventId }),
          problems: result.problems,
        },
        200,
      );
    },
  );

  router.openapi(
    createRoute({
      method: "post",
      path: "/api/audit/head",
      summary: "署名済み先頭記録の出力 (export the signed head of the audit chain)",
      security: SESSION_ROUTE,
      responses: {
        200: { description: "The signed head", content: { "application/json": { schema: SignedHeadRes } } },
        ...errorResponses,
      },
    }),
    async (c) => {
      const actor = authorize(c.get("actor"), "verify", "audit_log", null);
      const deps = c.get("deps");
      const now = deps.now();
      const head = await deps.database.db.transaction(async (tx) => {
        // The export is itself an event; the head exported is the one that includes it.
        await recordEvent(
          tx,
          { actor, ip: c.get("ip"), requestId: c.get("requestId") },
          {
            type: "audit.head_exported",
          },
          now,
        );
        return exportSignedHead(tx, now);
      });
      if (!head) throw notFound({ ja: "監査ログ", en: "The audit log" });
      return c.json({ ...head, printable: printableHead(head, deps.profile().organization.name) }, 200);
    },
  );

  return router;
}
