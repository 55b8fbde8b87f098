import { randomUUID } from "node:crypto";
import { and, asc, eq, inArray, lte } from "drizzle-orm";
import { toIsoDate } from "../../common/calendar";
import type { DbOrTx } from "../db/client";
import { recipients } from "./recipients";
import { mailOutbox, notifications } from "./tables";
import { digestMail } from "./templates";

/**
 * The daily digest: for each person with notifications waiting for it, one mail grouped by
 * module into the outbox, in one transaction with marking those notifications digested. The
 * outbox's unique key `digest:<person>:<day>` keeps it to one a day per person even if the job
 * ran twice; what a second run finds stays for the next day.
 */
export async function buildDigests(tx: DbOrTx, now: Date): Promise<{ mails: number; notifications: number }> {
  const pending = await tx
    .select({
      id: notifications.id,
      personId: notifications.personId,
      module: notifications.module,
      kind: notifications.kind,
      link: notifications.link,
    })
    .from(notifications)
    .where(and(eq(notifications.mail, "digest_pending"), lte(notifications.createdAt, now)))
    .orderBy(asc(notifications.personId), asc(notifications.createdAt), asc(notifications.id))
    .for("update");
  if (pending.length === 0) return { mails: 0, notifications: 0 };
  const byPerson = new Map<string, typeof pending>();
  for (const n of pending) byPerson.set(n.personId, [...(byPerson.get(n.personId) ?? []), n]);
  const who = await recipients(tx, [...byPerson.keys()]);
  const day = toIsoDate(now);
  let mails = 0;
  let done = 0;
  for (const [personId, items] of byPerson) {
    const ids = items.map((n) => n.id);
    const email = who.get(personId)?.email;
    if (!email) {
      // The person lost their address (or left) since: in-app only.
      await tx.update(notifications).set({ mail: "none" }).where(inArray(notifications.id, ids));
      continue;
    }
    const mail = digestMail(now, items);
    const [row] = await tx
      .insert(mailOutbox)
      .values({
        id: randomUUID(),
        personId,
        toAddress: email,
        kind: "digest",
        module: null,
        subject: mail.subject,
        body: mail.body,
        nextAttemptAt: now,
        dedupeKey: `digest:${personId}:${day}`,
        createdAt: now,
      })
      .onConflictDoNothing()
      .returning({ id: mailOutbox.id });
    if (!row) continue;
    await tx
      .update(notifications)
      .set({ mail: "digested", outboxId: row.id })
      .where(inArray(notifications.id, ids));
    mails++;
    done += ids.length;
  }
  return { mails, notifications: done };
}
