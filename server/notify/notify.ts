import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { arrayLiteral } from "../db/unnest";
import { recipients } from "./recipients";
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

/** Recipients per slice: `recipients` binds one parameter per id (PostgreSQL allows 65,535), so a
 * notice to tens of thousands goes in slices. The inserts bind one array per varying column. */
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
    // Only id, person, mail state, outbox row and address differ between recipients: they go as
    // arrays through unnest (one statement per table and slice, the same text for any size);
    // what the notice says is bound once.
    const rows = slice.map((personId) => {
      const r = who.get(personId);
      const id = randomUUID();
      if (!r?.email) return { id, personId, mail: "none", outboxId: null, email: null };
      if (r.mailMode === "digest")
        return { id, personId, mail: "digest_pending", outboxId: null, email: null };
      return { id, personId, mail: "immediate", outboxId: randomUUID(), email: r.email };
    });
    const mailed = rows.filter((r) => r.outboxId !== null);
    if (mailed.length)
      await tx.execute(sql`insert into mail_outbox
          (id, person_id, to_address, kind, module, subject, body, next_attempt_at, created_at)
        select x.id, x.person_id, x.to_address, 'immediate', ${input.module}::text, ${mail.subject}::text,
               ${mail.body}::text, ${input.now}::timestamptz, ${input.now}::timestamptz
          from unnest(${arrayLiteral(mailed.map((r) => r.outboxId))}::uuid[],
                      ${arrayLiteral(mailed.map((r) => r.personId))}::uuid[],
                      ${arrayLiteral(mailed.map((r) => r.email))}::text[]) as x(id, person_id, to_address)`);
    await tx.execute(sql`insert into notifications
        (id, person_id, module, kind, record_type, record_id, link, message_ja, message_en, mail, outbox_id, created_at)
      select x.id, x.person_id, ${input.module}::text, ${input.kind}::text, ${input.record?.type ?? null}::text,
             ${input.record?.id ?? null}::uuid, ${link}::text, ${input.message.ja}::text, ${input.message.en}::text,
             x.mail, x.outbox_id, ${input.now}::timestamptz
        from unnest(${arrayLiteral(rows.map((r) => r.id))}::uuid[],
                    ${arrayLiteral(rows.map((r) => r.personId))}::uuid[],
                    ${arrayLiteral(rows.map((r) => r.mail))}::text[],
                    ${arrayLiteral(rows.map((r) => r.outboxId))}::uuid[]) as x(id, person_id, mail, outbox_id)`);
    out.ids.push(...rows.map((r) => r.id));
    out.mailed += mailed.length;
  }
  return out;
}
