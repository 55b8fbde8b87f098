import { sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import type { MailMode } from "./tables";

export interface Recipient {
  personId: string;
  /** The person's address when they are active and have one; null = in-app only. */
  email: string | null;
  mailMode: MailMode;
}

/**
 * Who gets mail, read in the caller's transaction: active people with an address (a login is
 * not needed), with their chosen mode (immediate unless they chose the digest).
 */
export async function recipients(tx: DbOrTx, personIds: string[]): Promise<Map<string, Recipient>> {
  const out = new Map<string, Recipient>();
  if (personIds.length === 0) return out;
  const list = sql.join(
    personIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const res = await tx.execute(sql`
    SELECT p.id AS person_id, CASE WHEN p.active THEN nullif(btrim(p.email), '') END AS email,
           coalesce(np.mail_mode, 'immediate') AS mail_mode
      FROM people p LEFT JOIN notification_preferences np ON np.person_id = p.id
     WHERE p.id IN (${list})`);
  const rows = (
    res as unknown as { rows: Array<{ person_id: string; email: string | null; mail_mode: MailMode }> }
  ).rows;
  for (const r of rows)
    out.set(r.person_id, { personId: r.person_id, email: r.email, mailMode: r.mail_mode });
  return out;
}
