/**
 * Response schemas of the notification, mail-preference and 送信メール routes: they document
 * /api/openapi.json and type the screens (web/src/contract.ts). `Checks` holds the presenters to
 * them field for field (tsc).
 */
import { z } from "@hono/zod-openapi";
import { type Assert, type Conforms, I18nText, Instant } from "../http/wire";
import type { presentNotification } from "./routes";
import { MAIL_MODES, MAIL_STATES, OUTBOX_STATUSES } from "./tables";

export const NotificationView = z
  .object({
    id: z.string(),
    module: z.string(),
    kind: z.string(),
    record: z.object({ type: z.string(), id: z.string() }).nullable(),
    link: z.string().nullable(),
    message: I18nText,
    mail: z.enum(MAIL_STATES),
    createdAt: Instant,
    readAt: Instant.nullable(),
  })
  .openapi("Notification");

export const NotificationListRes = z
  .object({
    data: z.array(NotificationView),
    unread: z.object({ total: z.number().int(), byModule: z.record(z.string(), z.number().int()) }),
  })
  .openapi("NotificationList");
export const NotificationReadRes = z.object({ data: NotificationView }).openapi("NotificationRead");
export const PreferenceRes = z
  .object({ data: z.object({ mailMode: z.enum(MAIL_MODES), email: z.string().nullable() }) })
  .openapi("NotificationPreference");
export const PreferenceSetRes = z
  .object({ data: z.object({ mailMode: z.enum(MAIL_MODES) }) })
  .openapi("NotificationPreferenceSet");

export const OutboxMail = z
  .object({
    id: z.string(),
    to: z.string(),
    kind: z.enum(["immediate", "digest"]),
    module: z.string().nullable(),
    subject: z.string(),
    body: z.string(),
    status: z.enum(OUTBOX_STATUSES),
    attempts: z.number().int(),
    nextAttemptAt: Instant,
    lastError: z.string().nullable(),
    smtpResponse: z.string().nullable(),
    messageId: z.string().nullable(),
    createdAt: Instant,
    sentAt: Instant.nullable(),
    policies: z.object({ resend: z.boolean() }),
  })
  .openapi("OutboxMail");
export const OutboxRes = z
  .object({
    smtp: z.object({ configured: z.boolean(), url: z.string().nullable(), from: z.string() }),
    counts: z.record(z.string(), z.number()),
    data: z.array(OutboxMail),
  })
  .openapi("Outbox");
export const ResentRes = z
  .object({ data: z.object({ id: z.string(), status: z.enum(OUTBOX_STATUSES) }) })
  .openapi("OutboxResent");

// The presenter answers exactly this shape (tsc checks it; nothing here runs).
export type Checks = [
  Assert<Conforms<ReturnType<typeof presentNotification>, z.output<typeof NotificationView>>>,
];
