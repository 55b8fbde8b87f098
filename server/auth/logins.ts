import { eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { users } from "./tables";

/**
 * What modules may read and change of a person's login (they never import auth's tables): whether
 * it exists and is disabled, and disabling it (a disabled login is anonymous at once: the session
 * gate reads `disabled` on every request). The caller writes the audit event in the same transaction.
 */
export async function loginOfPerson(db: DbOrTx, personId: string) {
  const [row] = await db
    .select({ id: users.id, loginId: users.loginId, disabled: users.disabled })
    .from(users)
    .where(eq(users.personId, personId));
  return row ?? null;
}

export async function setLoginDisabled(tx: DbOrTx, userId: string, disabled: boolean): Promise<void> {
  await tx.update(users).set({ disabled }).where(eq(users.id, userId));
}

/** Which of these people (all people when omitted) have a login. */
export async function peopleWithLogin(db: DbOrTx, personIds?: readonly string[]): Promise<Set<string>> {
  if (personIds && !personIds.length) return new Set();
  const rows = await db
    .select({ personId: users.personId })
    .from(users)
    .where(personIds ? inArray(users.personId, [...personIds]) : undefined);
  return new Set(rows.map((r) => r.personId));
}
