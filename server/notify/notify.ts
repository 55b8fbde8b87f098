import { randomUUID } from "node:crypto";
import type { DbOrTx } from "../db/client";
import { recipients } from "./recipients";
import { mailOutbox, notifications } from "./tables";
import { type Bilingual, immediateMail } from "./templates";

export interface NotifyInput {
  /** A person id or several (duplicates and empty values are ignored). */
  to: string | null | undefined | Iterable<string | null | undefined>;
  /** The notifying module (`requests`, `incidents`, `assurance`, …). */
  module: string;
  /** The module's kind; `module.kind` selects the mail text in templates.ts. */
  kind: string;
  /** The record the notification is about. */
  record?: { type: string; id: string } | null;
  /** Path of the record in the web app, e.g. `/requests/<id>` (must start with one `/`). */
  link?: string | null;
  /** The in-app message (the recipient's own list). Never put into a mail. */
  message: Bilingual;
  now: Date;
}

export interface NotifyResult {
  /** Ids of the notification rows, one per recipient. */
  ids: string[];
  /** How many immediate mails were put into the outbox. */
  mailed: number;
}

const APP_PATH = /^\/(?!\/)[^\s\\]*$/;

/** Recipients per statement: a list of ids is bound one parameter each (PostgreSQL allows 65,535),
 * and an inserted row binds about a dozen, so a notice to tens of thousands goes in slices. */
const SLICE = 2000;

/**
 * Notifies people, in the transaction of the change that causes it: one in-app row per person
 * and, for people with an address, an immediate mail in the outbox or a place in tomorrow's
 * digest. Nothing is sent here: the outbox is delivered by the mail dispatcher after commit,
 * so a refused address or a down SMTP server never blocks or undoes the change.
 */
export async function notify(tx: DbOrTx, input: NotifyInput): Promise<NotifyResult> {
  const raw = typeof input.to === "string" || input.to == null ? [input.to] : [...input.to];
  const ids = [...new Set(raw.filter((x): x is string => typeof x === "string" && x.length > 0))];
  if (ids.length === 0) return { ids: [], mailed: 0 };
  const link = input.link ?? null;
  if (link !== null && !APP_PATH.test(link)) throw new Error(`notify: link must be an app path, got ${link}`);

  const mail = immediateMail({ module: input.module, kind: input.kind, link });
  const out: NotifyResult = { ids: [], mailed: 0 };
  for (let i = 0; i < ids.length; i += SLICE) {
    const slice = ids.slice(i, i + SLICE);
    const who = await recipients(tx, slice);
    const outbox: Array<typeof mailOutbox.$inferInsert> = [];
    const rows: Array<typeof notifications.$inferInsert> = slice.map((personId) => {
      const r = who.get(personId);
      const base = {
        id: randomUUID(),
        personId,
        module: input.module,
        kind: input.kind,
        recordType: input.record?.type ?? null,
        recordId: input.record?.id ?? null,
        link,
        messageJa: input.message.ja,
        messageEn: input.message.en,
        createdAt: input.now,
      };
      if (!r?.email) return { ...base, mail: "none" as const };
      if (r.mailMode === "digest") return { ...base, mail: "digest_pending" as const };
      const outboxId = randomUUID();
      outbox.push({
        id: outboxId,
        personId,
        toAddress: r.email,
        kind: "immediate",
        module: input.module,
        subject: mail.subject,
        body: mail.body,
        nextAttemptAt: input.now,
        createdAt: input.now,
      });
      return { ...base, mail: "immediate" as const, outboxId };
    });
    if (outbox.length) await tx.insert(mailOutbox).values(outbox);
    await tx.insert(notifications).values(rows);
    out.ids.push(...rows.map((r) => r.id as string));
    out.mailed += outbox.length;
  }
  return out;
}
