import { createRoute, z } from "@hono/zod-openapi";
import { and, desc, eq, sql } from "drizzle-orm";
import { authorize, requireActor } from "../access";
import { recordEvent } from "../audit/record";
import { findPerson } from "../directory";
import { conflict, notFound } from "../http/errors";
import { createRouter, errorResponses, requestContext, SESSION_ROUTE } from "../http/router";
import { OUTBOX_RESOURCE, PREFERENCES_RESOURCE } from "./access";
import "./access";
import { type MailConfig, mailConfigFromEnv, maskedSmtpUrl } from "./config";
import { listNotifications, markNotificationRead, unreadCounts } from "./inbox";
import { mailModeOf, setMailMode } from "./preferences";
import { mailAddressOf } from "./recipients";
import {
  NotificationListRes,
  NotificationReadRes,
  OutboxRes,
  PreferenceRes,
  PreferenceSetRes,
  ResentRes,
} from "./responses";
import { MAIL_MODES, mailOutbox, OUTBOX_STATUSES } from "./tables";

const TAG = ["notifications"];
const IdParam = z.object({ id: z.uuid() });
const ok = <S extends z.ZodType>(description: string, schema: S) => ({
  200: { description, content: { "application/json": { schema } } },
  ...errorResponses,
});

export const PreferencesBody = z.strictObject({ mailMode: z.enum(MAIL_MODES) });

const OutboxQuery = z.strictObject({
  status: z.enum(OUTBOX_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const presentNotification = (n: Awaited<ReturnType<typeof listNotifications>>[number]) => ({
  id: n.id,
  module: n.module,
  kind: n.kind,
  record: n.recordType && n.recordId ? { type: n.recordType, id: n.recordId } : null,
  link: n.link,
  message: { ja: n.messageJa, en: n.messageEn },
  mail: n.mail,
  createdAt: n.createdAt.toISOString(),
  readAt: n.readAt?.toISOString() ?? null,
});

/** Notifications of every module (own), the mail preference (own), 送信メール (administrators). */
export function notifyRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/notifications",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "自分宛ての通知（全モジュール）と未読数 / My notifications of every module and unread counts",
      request: {
        query: z.strictObject({
          unread: z.enum(["true", "false"]).optional(),
          module: z
            .string()
            .regex(/^[a-z_]{1,40}$/)
            .optional(),
        }),
      },
      responses: ok("Notifications", NotificationListRes),
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const q = c.req.valid("query");
      const db = c.get("deps").database.db;
      const [rows, unread] = await Promise.all([
        listNotifications(db, actor.personId, { unread: q.unread === "true", module: q.module }),
        unreadCounts(db, actor.personId),
      ]);
      return c.json({ data: rows.map(presentNotification), unread }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/notifications/{id}/read",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "通知を既読にする / Mark one of my notifications read",
      request: { params: IdParam },
      responses: ok("Read", NotificationReadRes),
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const now = deps.now();
      const row = await deps.database.db.transaction(async (tx) => {
        const read = await markNotificationRead(tx, actor.personId, c.req.valid("param").id, now);
        if (!read) return null;
        await recordEvent(
          tx,
          requestContext(c),
          {
            type: "notification.read",
            targetType: "notification",
            targetId: read.id,
            data: { module: read.module, kind: read.kind },
          },
          now,
        );
        return read;
      });
      if (!row) throw notFound({ ja: "通知", en: "The notification" });
      return c.json({ data: presentNotification(row) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/notifications/preferences",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "メール通知の設定 / My mail preference",
      responses: ok("Preference", PreferenceRes),
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const db = c.get("deps").database.db;
      const email = mailAddressOf(await findPerson(db, actor.personId));
      return c.json({ data: { mailMode: await mailModeOf(db, actor.personId), email } }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/api/notifications/preferences",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "メール通知の設定を変える（即時／毎日まとめて） / Choose immediate mails or a daily digest",
      request: { body: { content: { "application/json": { schema: PreferencesBody } }, required: true } },
      responses: ok("Preference", PreferenceSetRes),
    }),
    async (c) => {
      const actor = authorize(c.get("actor"), "update", PREFERENCES_RESOURCE, {
        personId: requireActor(c.get("actor")).personId,
      });
      const { mailMode } = c.req.valid("json");
      const deps = c.get("deps");
      const now = deps.now();
      await deps.database.db.transaction(async (tx) => {
        const before = await setMailMode(tx, actor.personId, mailMode, now);
        await recordEvent(
          tx,
          requestContext(c),
          {
            type: "notification.preferences_changed",
            targetType: "person",
            targetId: actor.personId,
            data: { mailMode, before },
          },
          now,
        );
      });
      return c.json({ data: { mailMode } }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/mail/outbox",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "送信メール（管理者） / The mail outbox (administrators)",
      request: { query: OutboxQuery },
      responses: ok("Outbox", OutboxRes),
    }),
    async (c) => {
      authorize(c.get("actor"), "list", OUTBOX_RESOURCE, null);
      const q = c.req.valid("query");
      const db = c.get("deps").database.db;
      const where = q.status ? eq(mailOutbox.status, q.status) : undefined;
      const [rows, counts] = await Promise.all([
        db
          .select()
          .from(mailOutbox)
          .where(where)
          .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
          .limit(q.limit)
          .offset(q.offset),
        db
          .select({ status: mailOutbox.status, n: sql<number>`count(*)::int` })
          .from(mailOutbox)
          .groupBy(mailOutbox.status),
      ]);
      let config: MailConfig;
      try {
        config = mailConfigFromEnv();
      } catch {
        config = { ...mailConfigFromEnv({ ...process.env, SMTP_URL: "" }), smtpUrl: null };
      }
      return c.json(
        {
          smtp: {
            configured: config.smtpUrl !== null,
            url: config.smtpUrl ? maskedSmtpUrl(config.smtpUrl) : null,
            from: config.from,
          },
          counts: Object.fromEntries(counts.map((r) => [r.status, Number(r.n)])),
          data: rows.map((r) => ({
            id: r.id,
            to: r.toAddress,
            kind: r.kind,
            module: r.module,
            subject: r.subject,
            body: r.body,
            status: r.status,
            attempts: r.attempts,
            nextAttemptAt: r.nextAttemptAt.toISOString(),
            lastError: r.lastError,
            smtpResponse: r.smtpResponse,
            messageId: r.messageId,
            createdAt: r.createdAt.toISOString(),
            sentAt: r.sentAt?.toISOString() ?? null,
            policies: { resend: ["unknown", "failed", "rejected"].includes(r.status) },
          })),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/mail/outbox/{id}/resend",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "送信メールを再送する（管理者） / Send a mail again (administrators)",
      request: { params: IdParam },
      responses: {
        ...ok("Queued again", ResentRes),
        409: { description: "Not in a state that may be resent" },
      },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      authorize(actor, "list", OUTBOX_RESOURCE, null);
      const deps = c.get("deps");
      const now = deps.now();
      const id = c.req.valid("param").id;
      const row = await deps.database.db.transaction(async (tx) => {
        const [found] = await tx.select().from(mailOutbox).where(eq(mailOutbox.id, id)).for("update");
        if (!found) throw notFound({ ja: "送信メール", en: "The mail" });
        if (found.status === "queued" || found.status === "sending" || found.status === "sent")
          throw conflict(
            "not_resendable",
            "送信待ち・送信中・送信済みのメールは再送できません。",
            "A mail that is queued, being sent or sent cannot be resent.",
          );
        authorize(actor, "resend", OUTBOX_RESOURCE, found);
        const [updated] = await tx
          .update(mailOutbox)
          .set({
            status: "queued",
            nextAttemptAt: now,
            lockedBy: null,
            leaseUntil: null,
            handedAt: null,
            attempts: 0,
          })
          .where(and(eq(mailOutbox.id, id), eq(mailOutbox.status, found.status)))
          .returning();
        await recordEvent(
          tx,
          requestContext(c),
          { type: "mail.resend", targetType: "mail_outbox", targetId: id, data: { before: found.status } },
          now,
        );
        return updated;
      });
      return c.json({ data: { id: row.id, status: row.status } }, 200);
    },
  );

  return app;
}
