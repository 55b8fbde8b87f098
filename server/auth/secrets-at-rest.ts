import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { sealSecret } from "../secrets";
import { users } from "./tables";

/** Encrypts TOTP secrets stored before encryption existed (run at start; idempotent). */
export async function sealLegacyTotpSecrets(db: DbOrTx): Promise<number> {
  const rows = await db
    .select({ id: users.id, secret: users.totpSecret })
    .from(users)
    .where(sql`${users.totpSecret} IS NOT NULL AND ${users.totpSecret} NOT LIKE 'enc1:%'`);
  for (const r of rows) {
    if (!r.secret) continue;
    await db
      .update(users)
      .set({ totpSecret: sealSecret(r.secret) })
      .where(and(eq(users.id, r.id), eq(users.totpSecret, r.secret)));
  }
  return rows.length;
}
