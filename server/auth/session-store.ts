import { and, eq, isNull, ne } from "drizzle-orm";
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { DbOrTx } from "../db/client";
import type { AppEnv } from "../http/context";
import { ABSOLUTE_LIFETIME_MS, PRIVILEGED_LIFETIME_MS } from "./policy";
import { sessions, users } from "./tables";
import { newToken, sha256 } from "./tokens";

export const SESSION_COOKIE = "sekimori_session";

export type SessionRow = typeof sessions.$inferSelect;
export type UserRow = typeof users.$inferSelect;

/** Creates a session; returns the cookie token (only its SHA-256 is stored). */
export async function createSession(
  db: DbOrTx,
  input: {
    userId: string;
    mfaPending: boolean;
    privileged: boolean;
    ip: string;
    userAgent?: string;
    now: Date;
  },
) {
  const token = newToken();
  const csrfToken = newToken();
  const lifetime = input.privileged ? PRIVILEGED_LIFETIME_MS : ABSOLUTE_LIFETIME_MS;
  const [row] = await db
    .insert(sessions)
    .values({
      id: sha256(token),
      userId: input.userId,
      csrfToken,
      mfaPending: input.mfaPending,
      privileged: input.privileged,
      ip: input.ip,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
      createdAt: input.now,
      lastSeenAt: input.now,
      expiresAt: new Date(input.now.getTime() + lifetime),
    })
    .returning();
  return { token, session: row };
}

export async function findSession(db: DbOrTx, token: string) {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sha256(token)), isNull(sessions.revokedAt)));
  return row ?? null;
}

export async function revokeSession(db: DbOrTx, sessionId: string, now: Date) {
  await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
}

/** Revokes every open session of a user (optionally except one); returns how many. */
export async function revokeUserSessions(db: DbOrTx, userId: string, now: Date, exceptId?: string) {
  const rows = await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        exceptId ? ne(sessions.id, exceptId) : undefined,
      ),
    )
    .returning({ id: sessions.id });
  return rows.length;
}

export function readSessionToken(c: Context<AppEnv>): string | null {
  const token = getCookie(c, SESSION_COOKIE);
  return token && token.length <= 200 ? token : null;
}

export function setSessionCookie(c: Context<AppEnv>, token: string) {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "Strict",
    path: "/",
    secure: c.get("secure"),
  });
}

export function clearSessionCookie(c: Context<AppEnv>) {
  deleteCookie(c, SESSION_COOKIE, {
    path: "/",
    httpOnly: true,
    sameSite: "Strict",
    secure: c.get("secure"),
  });
}
