import { and, eq, isNull, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../db/client";
import type { Actor, DutyGrant } from "../http/context";
import { departments, people } from "../modules/org/tables";
import type { Profile } from "../profile";
import { roleOf } from "./policy";
import { sessions, users } from "./tables";
import { sha256 } from "./tokens";

/** The calendar date in Japan (YYYY-MM-DD) of an instant: role assignments are valid by date. */
export function jstDate(at: Date): string {
  return new Date(at.getTime() + 9 * 60 * 60_000).toISOString().slice(0, 10);
}

interface PersonUnit {
  departmentId: string | null;
  bureauId: string | null;
}

/**
 * Everything a person's actor needs besides the login, as one JSON value computed by the
 * database (one round trip instead of one query per table — the per-query cost of the drivers,
 * PGlite above all, dominated the request path):
 * `{u: [name, departmentId, departmentName, parentId, parentKind] | null,
 *   own: [[roleKey, scopeDepartmentId], …],
 *   dep: [[principalPersonId, roleKey, scopeDepartmentId, principalDepartmentId, principalBureauId], …]}`.
 * `own`: role assignments valid today (JST); `dep`: for each deputy (代行) period running now,
 * the principal's assignments valid today (all of them, or the one named by the deputy row).
 */
function actorSourcesSql(personId: SQL, now: Date): SQL<unknown> {
  const today = jstDate(now);
  const at = now.toISOString();
  return sql`(SELECT json_build_object(
    'u', (SELECT json_build_array(p.name, p.department_id, dep.name, par.id, par.kind)
          FROM people p
          LEFT JOIN departments dep ON dep.id = p.department_id
          LEFT JOIN departments par ON par.id = dep.parent_id
          WHERE p.id = ${personId}),
    'own', coalesce((SELECT json_agg(json_build_array(ra.role_key, ra.scope_department_id) ORDER BY ra.created_at, ra.id)
          FROM role_assignments ra
          WHERE ra.person_id = ${personId}
            AND (ra.valid_from IS NULL OR ra.valid_from <= ${today}::date)
            AND (ra.valid_to IS NULL OR ra.valid_to >= ${today}::date)), '[]'::json),
    'dep', coalesce((SELECT json_agg(json_build_array(d.principal_person_id, pa.role_key, pa.scope_department_id,
                pp.department_id, CASE WHEN ppar.kind = 'bureau' THEN ppar.id END)
              ORDER BY d.created_at, d.id, pa.created_at, pa.id)
          FROM deputies d
          JOIN role_assignments pa ON pa.person_id = d.principal_person_id
            AND (d.role_assignment_id IS NULL OR pa.id = d.role_assignment_id)
            AND (pa.valid_from IS NULL OR pa.valid_from <= ${today}::date)
            AND (pa.valid_to IS NULL OR pa.valid_to >= ${today}::date)
          LEFT JOIN people pp ON pp.id = d.principal_person_id
          LEFT JOIN departments pdep ON pdep.id = pp.department_id
          LEFT JOIN departments ppar ON ppar.id = pdep.parent_id
          WHERE d.deputy_person_id = ${personId}
            AND d.valid_from <= ${at}::timestamptz AND d.valid_to >= ${at}::timestamptz), '[]'::json)
  )::text)`;
}

type Sources = {
  u: [string, string | null, string | null, string | null, string | null] | null;
  own: Array<[string, string | null]>;
  dep: Array<[string, string, string | null, string | null, string | null]>;
};

function defaultScopeUnit(scope: string, unit: PersonUnit): string | null {
  if (scope === "organization") return null;
  if (scope === "bureau") return unit.bureauId ?? unit.departmentId;
  return unit.departmentId;
}

function grantsFrom(profile: Profile, unit: PersonUnit, s: Sources): DutyGrant[] {
  const grants: DutyGrant[] = [];
  const add = (roleKey: string, scope: string | null, fallback: PersonUnit, deputyFor: string | null) => {
    const role = roleOf(profile, roleKey);
    if (!role) return; // a role the active profile no longer has grants nothing
    const scopeDepartmentId =
      role.scope === "organization" ? null : (scope ?? defaultScopeUnit(role.scope, fallback));
    for (const duty of role.duties)
      grants.push({ duty, scope: role.scope, scopeDepartmentId, roleKey, deputyFor });
  };
  for (const [roleKey, scope] of s.own) add(roleKey, scope, unit, null);
  for (const [principal, roleKey, scope, departmentId, bureauId] of s.dep)
    add(roleKey, scope, { departmentId, bureauId }, principal);
  return grants;
}

function parseSources(value: unknown): Sources {
  return (typeof value === "string" ? JSON.parse(value) : value) as Sources;
}

export type ResolvedActor = Actor & { departmentName: string | null };

function actorFrom(
  profile: Profile,
  user: { id: string; personId: string; loginId: string },
  sessionId: string,
  s: Sources,
): ResolvedActor {
  const departmentId = s.u?.[1] ?? null;
  const bureauId = s.u?.[4] === "bureau" ? (s.u?.[3] ?? null) : null;
  return {
    userId: user.id,
    personId: user.personId,
    loginId: user.loginId,
    name: s.u?.[0] ?? user.loginId,
    departmentId,
    departmentName: s.u?.[2] ?? null,
    bureauId,
    grants: grantsFrom(profile, { departmentId, bureauId }, s),
    sessionId,
  };
}

async function sourcesOf(db: DbOrTx, personId: string, now: Date): Promise<Sources> {
  const res = (await db.execute(
    sql`SELECT ${actorSourcesSql(sql`${personId}::uuid`, now)} AS s`,
  )) as unknown as {
    rows: Array<{ s: unknown }>;
  };
  return parseSources(res.rows[0]?.s);
}

/** The person's department and, when the department's parent is a bureau, that bureau (one query). */
export async function unitOfPerson(db: DbOrTx, personId: string) {
  const parent = alias(departments, "parent_department");
  const [row] = await db
    .select({
      name: people.name,
      departmentId: people.departmentId,
      departmentName: departments.name,
      parentId: parent.id,
      parentKind: parent.kind,
    })
    .from(people)
    .leftJoin(departments, eq(departments.id, people.departmentId))
    .leftJoin(parent, eq(parent.id, departments.parentId))
    .where(eq(people.id, personId));
  if (!row) return null;
  const bureauId = row.parentKind === "bureau" ? row.parentId : null;
  return { name: row.name, departmentId: row.departmentId, departmentName: row.departmentName, bureauId };
}

/**
 * Duties a person holds now: the duties of each profile role they hold through a role
 * assignment valid today (JST), plus those held as a deputy (代行) of a principal.
 */
export async function grantsOf(
  db: DbOrTx,
  profile: Profile,
  personId: string,
  unit: PersonUnit,
  now: Date,
): Promise<DutyGrant[]> {
  return grantsFrom(profile, unit, await sourcesOf(db, personId, now));
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
}

async function fetchSessionActor(
  db: DbOrTx,
  sessionId: string,
  profile: Profile,
  now: Date,
): Promise<SessionActor | null> {
  const [row] = await db
    .select({ session: sessions, user: users, sources: actorSourcesSql(sql`${users.personId}`, now) })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
  if (!row) return null;
  return {
    session: row.session,
    user: row.user,
    actor: actorFrom(profile, row.user, row.session.id, parseSources(row.sources)),
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
    const res = (await db.execute(sql`SELECT pg_current_wal_insert_lsn()::text AS l`)) as unknown as {
      rows: Array<{ l: string }>;
    };
    return res.rows[0]?.l ?? null;
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

function copyOf(found: SessionActor): SessionActor {
  return {
    session: { ...found.session },
    user: { ...found.user },
    actor: { ...found.actor, grants: found.actor.grants.map((g) => ({ ...g })) },
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
  if (
    entry &&
    entry.lsn === lsn &&
    entry.profile === profile &&
    t - entry.at <= CACHE_MAX_AGE_MS &&
    appAt >= entry.appAt &&
    appAt - entry.appAt <= CACHE_MAX_AGE_MS &&
    jstDate(now) === jstDate(new Date(entry.appAt))
  ) {
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
