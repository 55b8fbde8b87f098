import { eq, inArray, sql } from "drizzle-orm";
import { PgTransaction } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../db/client";
import { uuidArrayParam } from "../db/unnest";
import { cachedDirectoryRead } from "./cache";
import { departments, type EmploymentType, people } from "./tables";

export interface PersonFacts {
  id: string;
  name: string;
  nameEn: string | null;
  employeeNumber: string | null;
  email: string | null;
  phone: string | null;
  emergencyPhone: string | null;
  employmentType: EmploymentType;
  departmentId: string | null;
  active: boolean;
}

const personFacts = {
  id: people.id,
  name: people.name,
  nameEn: people.nameEn,
  employeeNumber: people.employeeNumber,
  email: people.email,
  phone: people.phone,
  emergencyPhone: people.emergencyPhone,
  employmentType: people.employmentType,
  departmentId: people.departmentId,
  active: people.active,
};

/** One person, or null when there is no such person. */
export async function findPerson(db: DbOrTx, id: string): Promise<PersonFacts | null> {
  const [row] = await db.select(personFacts).from(people).where(eq(people.id, id));
  return row ?? null;
}

/** These people (those that exist), by id. */
export async function findPeople(db: DbOrTx, ids: readonly string[]): Promise<Map<string, PersonFacts>> {
  const unique = [...new Set(ids.filter(Boolean))];
  if (!unique.length) return new Map();
  const rows = await db.select(personFacts).from(people).where(inArray(people.id, unique));
  return new Map(rows.map((r) => [r.id, r]));
}

/** Every person, for lookups by employee number or name (imports). */
export async function allPeople(db: DbOrTx) {
  return db
    .select({
      id: people.id,
      name: people.name,
      employeeNumber: people.employeeNumber,
      departmentId: people.departmentId,
      active: people.active,
    })
    .from(people);
}

// ── display names ────────────────────────────────────────────────────────────

/** Display names of people (Japanese name as registered), by id; unknown ids are absent. */
export async function personNames(db: DbOrTx, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter(Boolean))];
  if (!unique.length) return new Map();
  // One array parameter, not one bind per id: PGlite planned a 750-id `in ($1, …, $750)` (one
  // system's review page) in ~25 ms, a new statement text for every length.
  const rows = await db
    .select({ id: people.id, name: people.name })
    .from(people)
    .where(sql`${people.id} = any(${uuidArrayParam(unique)})`);
  return new Map(rows.map((r) => [r.id, r.name]));
}

/**
 * personNames for pages that name hundreds of people on every read (a 課長's training page: 500
 * people): every person's name is loaded once per directory version (cache.ts: a rename moves the
 * version) and looked up in memory — a subquery per row cost ~3,000 index probes per read on
 * PGlite (~30–50 ms at 川崎市's scale under load), and an `= any(ids)` read of the same names
 * was slower still. In a transaction the cache is not used: only these ids are read.
 */
export async function cachedPersonNames(db: DbOrTx, ids: readonly string[]): Promise<Map<string, string>> {
  if (db instanceof PgTransaction) return personNames(db, ids);
  const all = await cachedDirectoryRead(db, "directory.personNames", async () => {
    const rows = await db.select({ id: people.id, name: people.name }).from(people);
    return new Map(rows.map((r) => [r.id, r.name]));
  });
  const found = new Map<string, string>();
  for (const id of ids) {
    const name = all.get(id);
    if (name !== undefined) found.set(id, name);
  }
  return found;
}

/** Display names of units (bureaus and departments), by id; unknown ids are absent. */
export async function departmentNames(db: DbOrTx, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter(Boolean))];
  if (!unique.length) return new Map();
  const rows = await db
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .where(inArray(departments.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Units with code and name, by id (exports label rows with both). */
export async function departmentLabels(
  db: DbOrTx,
  ids: readonly string[],
): Promise<Map<string, { code: string; name: string }>> {
  const unique = [...new Set(ids.filter(Boolean))];
  if (!unique.length) return new Map();
  const rows = await db
    .select({ id: departments.id, code: departments.code, name: departments.name })
    .from(departments)
    .where(inArray(departments.id, unique));
  return new Map(rows.map((r) => [r.id, { code: r.code, name: r.name }]));
}
