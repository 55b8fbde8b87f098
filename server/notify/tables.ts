import { sql } from "drizzle-orm";
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

/**
 * Notifications of every module (one table; `module` says whose). A row is the in-app message
 * of one person; `mail` says what happens to it by e-mail: nothing, an immediate mail (already
 * in the outbox, `outbox_id`), or waiting for the person's daily digest.
 */
export const MAIL_STATES = ["none", "immediate", "digest_pending", "digested"] as const;
export type MailState = (typeof MAIL_STATES)[number];

export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("person_id").notNull(),
    /** The module that notified (`requests`, `incidents`, …): groups the digest, filters lists. */
    module: text("module").notNull(),
    /** The module's own kind (`approval_needed`, …); with `module`, the key of the mail template. */
    kind: text("kind").notNull(),
    /** The record the notification is about, e.g. `request` + its id. */
    recordType: text("record_type"),
    recordId: uuid("record_id"),
    /** Path of the record in the web app (`/requests/<id>`); mails link to PUBLIC_URL + link. */
    link: text("link"),
    /** In-app text, shown only to the person notified. Mail never uses it (see templates.ts). */
    messageJa: text("message_ja").notNull(),
    messageEn: text("message_en").notNull(),
    mail: text("mail").notNull().default("none").$type<MailState>(),
    outboxId: uuid("outbox_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (t) => [
    index("notifications_person_idx").on(t.personId, t.module, t.createdAt),
    index("notifications_digest_idx").on(t.personId).where(sql`${t.mail} = 'digest_pending'`),
  ],
);

export const MAIL_MODES = ["immediate", "digest"] as const;
export type MailMode = (typeof MAIL_MODES)[number];

/** A person's choice: each notification mailed at once, or one digest a day. Default immediate. */
export const notificationPreferences = pgTable("notification_preferences", {
  personId: uuid("person_id").primaryKey(),
  mailMode: text("mail_mode").notNull().$type<MailMode>(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
});

/**
 * queued → sending (claimed, lease) → sent | rejected (the server refused the address) |
 * failed (gave up after retries, or refused the message) | unknown (the instance died while the
 * SMTP server had the message: it may have been delivered — an administrator decides).
 */
export const OUTBOX_STATUSES = ["queued", "sending", "sent", "rejected", "failed", "unknown"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** Every e-mail Sekimori sends, before and after it is sent (送信メール). */
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("person_id"),
    toAddress: text("to_address").notNull(),
    /** `immediate` (one notification) or `digest` (a day's notifications of one person). */
    kind: text("kind").notNull().$type<"immediate" | "digest">(),
    /** The notifying module of an immediate mail; null for a digest. */
    module: text("module"),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    status: text("status").notNull().default("queued").$type<OutboxStatus>(),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull(),
    /** The instance that claimed the row and until when its claim holds. */
    lockedBy: text("locked_by"),
    leaseUntil: timestamp("lease_until", { withTimezone: true }),
    /** Set (and committed) just before the message is given to the SMTP server. */
    handedAt: timestamp("handed_at", { withTimezone: true }),
    /** The Message-ID header: the same on every attempt of this row. */
    messageId: text("message_id"),
    lastError: text("last_error"),
    smtpResponse: text("smtp_response"),
    /** One digest per person and day: `digest:<person>:<YYYY-MM-DD>`. */
    dedupeKey: text("dedupe_key"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [
    index("mail_outbox_due_idx").on(t.status, t.nextAttemptAt),
    index("mail_outbox_created_idx").on(t.createdAt),
    uniqueIndex("mail_outbox_dedupe_uq").on(t.dedupeKey),
  ],
);
