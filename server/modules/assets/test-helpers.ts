import { and, desc, eq, gt, type SQL } from "drizzle-orm";
import { generateSecret } from "otplib";
import { auditEvents } from "../../audit/tables";
import { users } from "../../auth/tables";
import type { TestApp } from "../../test/app";
import { makeUser } from "../../test/factories";
import { type AuthedClient, authed, signIn } from "../../test/session";

/** A signed-in client for a new user with TOTP enrolled, optionally holding roles. */
export async function userClient(
  t: TestApp,
  options: Parameters<typeof makeUser>[1] = {},
): Promise<{ client: AuthedClient; personId: string; userId: string }> {
  const { person, user, password } = await makeUser(t.database.db, options);
  const secret = generateSecret();
  await t.database.db
    .update(users)
    .set({ totpSecret: secret, totpEnabled: true })
    .where(eq(users.id, user.id));
  const session = await signIn(t, user.loginId, password, secret, { now: t.clock.now });
  return { client: authed(t, session), personId: person.id, userId: user.id };
}

export async function lastEventId(t: TestApp): Promise<number> {
  const [row] = await t.database.db
    .select({ id: auditEvents.id })
    .from(auditEvents)
    .orderBy(desc(auditEvents.id))
    .limit(1);
  return row?.id ?? 0;
}

export async function eventsSince(t: TestApp, afterId: number, type?: string) {
  const conds: SQL[] = [gt(auditEvents.id, afterId)];
  if (type) conds.push(eq(auditEvents.type, type));
  return t.database.db
    .select()
    .from(auditEvents)
    .where(and(...conds))
    .orderBy(auditEvents.id);
}

// biome-ignore lint/suspicious/noExplicitAny: test JSON
export async function body(res: Response): Promise<any> {
  return res.json();
}
