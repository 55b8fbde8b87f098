import { eq } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { type MailMode, notificationPreferences } from "./tables";

/** The person's mail mode: immediate unless they chose the daily digest. */
export async function mailModeOf(db: DbOrTx, personId: string): Promise<MailMode> {
  const [row] = await db
    .select({ mode: notificationPreferences.mailMode })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.personId, personId));
  return row?.mode ?? "immediate";
}

/** Sets the person's mail mode; returns the previous one. */
export async function setMailMode(
  tx: DbOrTx,
  personId: string,
  mode: MailMode,
  now: Date,
): Promise<MailMode> {
  const before = await mailModeOf(tx, personId);
  await tx
    .insert(notificationPreferences)
    .values({ personId, mailMode: mode, updatedAt: now })
    .onConflictDoUpdate({
      target: notificationPreferences.personId,
      set: { mailMode: mode, updatedAt: now },
    });
  return before;
}
