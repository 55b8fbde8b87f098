import { inArray } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { findPeople } from "../directory";
import { type MailMode, notificationPreferences } from "./tables";

export interface Recipient {
  personId: string;
  /** The person's address when they are active and have one; null = in-app only. */
  email: string | null;
  mailMode: MailMode;
}

/** The address mail goes to: an active person's, trimmed; null without one. */
export function mailAddressOf(
  p: { active: boolean; email: string | null } | null | undefined,
): string | null {
  const email = p?.email?.trim();
  return p?.active && email ? email : null;
}

/**
 * Who gets mail, read in the caller's transaction through the directory: active people with an
 * address (a login is not needed), with their chosen mode (immediate unless they chose the digest).
 */
export async function recipients(tx: DbOrTx, personIds: string[]): Promise<Map<string, Recipient>> {
  const out = new Map<string, Recipient>();
  if (personIds.length === 0) return out;
  const [found, prefs] = await Promise.all([
    findPeople(tx, personIds),
    tx.select().from(notificationPreferences).where(inArray(notificationPreferences.personId, personIds)),
  ]);
  const modeOf = new Map(prefs.map((p) => [p.personId, p.mailMode]));
  for (const [id, p] of found)
    out.set(id, { personId: id, email: mailAddressOf(p), mailMode: modeOf.get(id) ?? "immediate" });
  return out;
}
