import { and, eq, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { rowsOf } from "../db/sql";
import {
  type DutyGrant,
  dateOf,
  type GrantSources,
  grantSourcesSql,
  grantsFromSources,
  parseGrantSources,
  type Unit,
  unitOfSources,
} from "../directory";
import type { Actor } from "../http/context";
import type { Profile } from "../profile";
import { type RecordStanding, recordStanding } from "./grant-sources";
import { sessions, users } from "./tables";
import { sha256 } from "./tokens";

export type ResolvedActor = Actor & { departmentName: string | null };

function actorFrom(
  profile: Profile,
  user: { id: string; personId: string; loginId: string },
  sessionId: string,
  s: GrantSources,
): ResolvedActor {
  const { name, departmentId, departmentName, bureauId } = unitOfSources(s);
  return {
    userId: user.id,
    personId: user.personId,
    loginId: user.loginId,
    name: name ?? user.loginId,
    departmentId,
    departmentName,
    bureauId,
    grants: grantsFromSources(profile, { departmentId, bureauId }, s),
    sessionId,
  };
}

async function sourcesOf(db: DbOrTx, personId: string, now: Date): Promise<GrantSources> {
  const res = rowsOf<{ s: unknown }>(
    await db.execute(sql`SELECT ${grantSourcesSql(sql`${personId}::uuid`, now)} AS s`),
  );
  return parseGrantSources(res[0]?.s);
}

/**
 * Duties a person holds now: the duties of each profile role they hold through a role
 * assignment valid today (JST), plus those held as a deputy (代行) of a principal.
 */
export async function grantsOf(
  db: DbOrTx,
  profile: Profile,
  personId: string,
  unit: Unit,
  now: Date,
): Promise<DutyGrant[]> {
  return grantsFromSources(profile, unit, await sourcesOf(db, personId, now));
}

/** Builds the Actor of a user's session (one round trip). */
export async function resolveActor(
  db: DbOrTx,
  profile: Profile,
  user: { id: string; personId: string; loginId: string },
  sessionId: string,
  now: Date,
): Promise<ResolvedActor> {
  return actorFrom(profile, user, sessionId, await sourcesOf(db, user.personId, now));
}

/** What `loadSessionActor` finds for a live session. */
export interface SessionActor {
  session: typeof sessions.$inferSelect;
  user: typeof users.$inferSelect;
  actor: ResolvedActor;
  /**
   * What the records say of the person (auth/grant-sources.ts: an auditor of a running audit…),
   * fetched and cached with the session: a change to those records is a write, which moves the
   * WAL position and so retires the entry like any other change.
   */
  standing: RecordStanding;
}

async function fetchSessionActor(
  db: DbOrTx,
  sessionId: string,
  profile: Profile,
  now: Date,
): Promise<SessionActor | null> {
  const [row] = await db
    .select({ session: sessions, user: users, sources: grantSourcesSql(sql`${users.personId}`, now) })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
  if (!row) return null;
  return {
    session: row.session,
    user: row.user,
    actor: actorFrom(profile, row.user, row.session.id, parseGrantSources(row.sources)),
    standing: await recordStanding(db, { personId: row.user.personId, profileId: profile.id, now }),
  };
}

/*
 * Resolved-session cache, validated by the database's WAL position.
 *
 * Every committed change to any table (a revoked session, a disabled login, a role assignment,
 * a deputy period, a transfer…) writes WAL, which moves `pg_current_wal_insert_lsn()`. An entry
 * is used only while that position is exactly the one read *before* the entry was fetched, so a
 * hit can never be staler than the database: one trivial query (≈ 0.2 ms on PGlite) replaces the
 * session + login + unit + role assignments + deputies query (≈ 1–3 ms on PGlite: planning
 * dominates). Any write anywhere empties the cache in effect, so it pays off when reads dominate
 * (the common case: every screen is a handful of GETs) and costs one trivial query otherwise.
 *
 * Entries also expire after CACHE_MAX_AGE_MS of real time and of application time (role
 * assignments are valid by JST date, deputy periods by instant: a deputy period that starts or
 * ends is picked up within that delay), and on PostgreSQL this bounds the one race the WAL
 * position cannot see: a transaction whose commit record was written just before our read but
 * that was not yet visible to the fetch that followed. Several instances on one PostgreSQL
 * share the WAL, so a change made through any instance invalidates every instance's entries.
 * If the database cannot report its WAL position, nothing is cached.
 */
const CACHE_MAX_AGE_MS = 3_000;
const CACHE_MAX_ENTRIES = 5_000;

interface CacheEntry {
  lsn: string;
  /** performance.now() when the entry was fetched. */
  at: number;
  /** Application time (deps.now()) the actor was resolved for. */
  appAt: number;
  profile: Profile;
  found: SessionActor;
}

const caches = new WeakMap<object, Map<string, CacheEntry>>();
const noWalPosition = new WeakSet<object>();

export const sessionCacheStats = { hits: 0, misses: 0 };

async function walPosition(db: DbOrTx): Promise<string | null> {
  if (noWalPosition.has(db)) return null;
  try {
    const res = rowsOf<{ l: string }>(await db.execute(sql`SELECT pg_current_wal_insert_lsn()::text AS l`));
    return res[0]?.l ?? null;
  } catch (err) {
    // No such function, not allowed, or a standby (recovery in progress): never cache on this
    // database. Anything else (a dropped connection…) only skips the cache for this request.
    const code =
      (err as { code?: string; cause?: { code?: string } }).code ??
      (err as { cause?: { code?: string } }).cause?.code;
    if (code === "42883" || code === "42501" || code === "55000") noWalPosition.add(db);
    return null;
  }
}

/**
 * May a cached entry answer now? Only at the same database position (WAL), for the same
 * profile, within CACHE_MAX_AGE_MS of real and of application time, application time not
 * running backwards, and on the same JST day (role assignments are valid by date).
 */
export function cacheEntryUsable(
  entry: { lsn: string; at: number; appAt: number; profile: Profile },
  lsn: string,
  profile: Profile,
  realNow: number,
  appNow: Date,
): boolean {
  const appAt = appNow.getTime();
  return (
    entry.lsn === lsn &&
    entry.profile === profile &&
    realNow - entry.at <= CACHE_MAX_AGE_MS &&
    appAt >= entry.appAt &&
    appAt - entry.appAt <= CACHE_MAX_AGE_MS &&
    dateOf(appNow) === dateOf(new Date(entry.appAt))
  );
}

function copyOf(found: SessionActor): SessionActor {
  return {
    session: { ...found.session },
    user: { ...found.user },
    actor: { ...found.actor, grants: found.actor.grants.map((g) => ({ ...g })) },
    standing: { grants: found.standing.grants.map((g) => ({ ...g })), namedOn: [...found.standing.namedOn] },
  };
}

/**
 * The live (not revoked) session of a cookie token, its login, and the actor that login resolves
 * to now — from the cache when the database has not changed since (see above), else in ONE round
 * trip. Null when the token matches no live session.
 */
export async function loadSessionActor(
  db: DbOrTx,
  token: string,
  profile: Profile,
  now: Date,
): Promise<SessionActor | null> {
  const sessionId = sha256(token);
  const lsn = await walPosition(db);
  if (lsn === null) return fetchSessionActor(db, sessionId, profile, now);
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const entry = cache.get(sessionId);
  const t = performance.now();
  const appAt = now.getTime();
  if (entry && cacheEntryUsable(entry, lsn, profile, t, now)) {
    sessionCacheStats.hits++;
    return copyOf(entry.found);
  }
  sessionCacheStats.misses++;
  const found = await fetchSessionActor(db, sessionId, profile, now);
  cache.delete(sessionId);
  if (!found) return null;
  if (cache.size >= CACHE_MAX_ENTRIES) {
    // Oldest first (insertion order): drop the expired ones, or the oldest tenth.
    let drop = Math.max(1, Math.floor(CACHE_MAX_ENTRIES / 10));
    for (const [key, e] of cache) {
      if (drop <= 0 && t - e.at <= CACHE_MAX_AGE_MS) break;
      cache.delete(key);
      drop--;
    }
  }
  cache.set(sessionId, { lsn, at: t, appAt, profile, found: copyOf(found) });
  return found;
}

/** Drops a session's cache entry (after this process changed it: the next request re-reads it). */
export function forgetCachedSession(db: DbOrTx, sessionId: string): void {
  caches.get(db)?.delete(sessionId);
}
