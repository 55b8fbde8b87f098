import type { DbOrTx } from "../db/client";
import { loginOfPerson } from "./logins";
import { revokeUserSessions } from "./session-store";

/**
 * Ends every open Sekimori session of a person at once (a lost IC card: 6.4(1)② asks that access
 * with it be stopped). The session gate reads `revoked_at` on every request, so the next request
 * of any of those sessions is anonymous. Returns how many sessions were ended (0 without a login).
 * The caller writes the audit event in the same transaction.
 */
export async function endSessionsOfPerson(tx: DbOrTx, personId: string, now: Date): Promise<number> {
  const login = await loginOfPerson(tx, personId);
  if (!login) return 0;
  return revokeUserSessions(tx, login.id, now);
}
