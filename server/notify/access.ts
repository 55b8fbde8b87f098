import { allow, allowApp, hasOrganizationDuty } from "../access";
import type { Actor } from "../http/context";
import type { OutboxStatus } from "./tables";

export const NOTIFICATION_RESOURCE = "notification";
export const PREFERENCES_RESOURCE = "notification_preferences";
export const OUTBOX_RESOURCE = "mail_outbox";

/** Statuses an administrator may send again (the mail did not, or may not, have gone out). */
export const RESENDABLE: readonly OutboxStatus[] = ["unknown", "failed", "rejected"];

const administers = (actor: Actor) => hasOrganizationDuty(actor, "administer_system");

/** A notification is its recipient's alone. */
allow<{ personId: string }>(NOTIFICATION_RESOURCE, "read", (actor, n) => n.personId === actor.personId);
/** Each person sets their own mail mode. */
allow<{ personId: string }>(PREFERENCES_RESOURCE, "update", (actor, p) => p.personId === actor.personId);
/** 送信メール: the outbox is the administrators' (it names recipients' addresses). */
allow<null>(OUTBOX_RESOURCE, "list", (actor) => administers(actor));
allow<{ status: OutboxStatus }>(
  OUTBOX_RESOURCE,
  "resend",
  (actor, row) => administers(actor) && RESENDABLE.includes(row.status),
);

/** The mail outbox screen (送信メール). */
allowApp("readMailOutbox", (actor) => administers(actor));
