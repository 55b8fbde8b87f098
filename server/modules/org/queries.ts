import { aliasedTable, and, asc, desc, eq, gt, inArray, isNull, lte, or, type SQL, sql } from "drizzle-orm";
import { users } from "../../auth/tables";
import type { Db } from "../../db/client";
import { cachedDirectoryRead } from "../../directory";
import { departments, deputies, people, roleAssignments } from "../../directory/tables";
import type { Actor } from "../../http/context";
import { fieldError } from "../../http/errors";
import type { Profile } from "../../profile";
import { peopleVisibility } from "./access";
import type { PersonListRow, TransferItemRow } from "./presenter";
import { transferBatches, transferItems } from "./tables";

const bureauIdExpr = sql<
  string | null
>`case when ${departments.kind} = 'bureau' then ${departments.id} else ${departments.parentId} end`;

const personColumns = {
  person: people,
  departmentName: departments.name,
  bureauId: bureauIdExpr,
  hasLogin: sql<boolean>`${users.id} is not null`,
};

function toListRow(r: {
  person: typeof people.$inferSelect;
  departmentName: string | null;
  bureauId: string | null;
  hasLogin: boolean;
}): PersonListRow {
  return {
    ...r.person,
    departmentName: r.departmentName,
    bureauId: r.bureauId,
    hasLogin: Boolean(r.hasLogin),
  };
}

/**
 * People of the units `unitIds` and of the departments under them, as one condition on
 * `people.department_id` (issue #11 item 8). Written as `people.department_id = … OR
 * departments.parent_id = …` over the join, the OR spans two tables, no index can answer it and
 * every call read all 20,000 people (measured: 7–8 ms per statement for a 課長 on PGlite at
 * Kawasaki scale); as a subquery on the departments the people come from their department index.
 * A person without a department matches neither form.
 */
function inUnitsOrBelow(unitIds: string[]): SQL {
  const d = aliasedTable(departments, "unit_d");
  return sql`${people.departmentId} in (select ${d.id} from ${departments} as ${sql.identifier("unit_d")} where ${or(inArray(d.id, unitIds), inArray(d.parentId, unitIds))})`;
}

/** The SQL form of the people read rule in access.ts (`peopleVisibility`). */
export function peopleVisibleWhere(actor: Actor): SQL | undefined {
  const v = peopleVisibility(actor);
  if (v === "all") return undefined;
  const conds: SQL[] = [eq(people.id, v.personId)];
  if (v.ownDepartmentId) conds.push(eq(people.departmentId, v.ownDepartmentId));
  if (v.unitIds.length) conds.push(inUnitsOrBelow(v.unitIds));
  return or(...conds);
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (m) => `\\${m}`);
const sortKey = sql<string>`coalesce(${people.nameKana}, ${people.name})`;

function encodeCursor(key: string, id: string) {
  return Buffer.from(JSON.stringify([key, id])).toString("base64url");
}
function decodeCursor(cursor: string): [string, string] {
  try {
    const v = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(v) &&
      typeof v[0] === "string" &&
      typeof v[1] === "string" &&
      /^[0-9a-f-]{36}$/.test(v[1])
    )
      return [v[0], v[1]];
  } catch {}
  throw fieldError("cursor", "ページ位置の指定が正しくありません。", "The cursor is not valid.");
}

export async function listPeople(
  db: Db,
  actor: Actor,
  q: {
    q?: string;
    departmentId?: string;
    employmentType?: string;
    includeInactive?: string;
    limit?: number;
    offset?: number;
    cursor?: string;
  },
) {
  const limit = q.limit ?? 50;
  const filters: (SQL | undefined)[] = [peopleVisibleWhere(actor)];
  if (q.includeInactive !== "true") filters.push(eq(people.active, true));
  if (q.departmentId) filters.push(inUnitsOrBelow([q.departmentId]));
  if (q.employmentType) filters.push(eq(people.employmentType, q.employmentType as never));
  const text = q.q?.normalize("NFKC").replace(/[\s\u3000]/g, "");
  if (text) {
    const pattern = `%${escapeLike(text)}%`;
    filters.push(
      or(
        sql`translate(${people.name}, ' 　', '') ilike ${pattern}`,
        sql`translate(coalesce(${people.nameKana}, ''), ' 　', '') ilike ${pattern}`,
        sql`${people.nameEn} ilike ${pattern}`,
        sql`${people.employeeNumber} ilike ${`${escapeLike(text)}%`}`,
      ),
    );
  }
  const where = and(...filters);
  const base = () =>
    db
      .select(personColumns)
      .from(people)
      .leftJoin(departments, eq(departments.id, people.departmentId))
      .leftJoin(users, eq(users.personId, people.id));
  const [{ total }] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(people)
    .leftJoin(departments, eq(departments.id, people.departmentId))
    .where(where);
  let pageWhere = where;
  if (q.cursor) {
    const [key, id] = decodeCursor(q.cursor);
    pageWhere = and(where, sql`(${sortKey}, ${people.id}) > (${key}, ${id}::uuid)`);
  }
  const rows = await base()
    .where(pageWhere)
    .orderBy(asc(sortKey), asc(people.id))
    .limit(limit + 1)
    .offset(q.cursor ? 0 : (q.offset ?? 0));
  const more = rows.length > limit;
  const page = rows.slice(0, limit).map(toListRow);
  const last = page[page.length - 1];
  return {
    rows: page,
    total,
    nextCursor: more && last ? encodeCursor(last.nameKana ?? last.name, last.id) : null,
  };
}

export async function getPersonRow(db: Db, id: string): Promise<PersonListRow | null> {
  const [row] = await db
    .select(personColumns)
    .from(people)
    .leftJoin(departments, eq(departments.id, people.departmentId))
    .leftJoin(users, eq(users.personId, people.id))
    .where(eq(people.id, id));
  return row ? toListRow(row) : null;
}

export async function loginOf(db: Db, personId: string) {
  const [u] = await db.select().from(users).where(eq(users.personId, personId));
  return u ?? null;
}

const scopeUnit = aliasedTable(departments, "scope_unit");

export async function listRoleAssignments(
  db: Db,
  q: { roleKey?: string; personId?: string; departmentId?: string; current?: string },
  today: string,
) {
  const filters: (SQL | undefined)[] = [];
  if (q.roleKey) filters.push(eq(roleAssignments.roleKey, q.roleKey));
  if (q.personId) filters.push(eq(roleAssignments.personId, q.personId));
  if (q.departmentId)
    filters.push(
      or(eq(roleAssignments.scopeDepartmentId, q.departmentId), eq(people.departmentId, q.departmentId)),
    );
  const currentCond = and(
    or(isNull(roleAssignments.validFrom), lte(roleAssignments.validFrom, today)),
    or(isNull(roleAssignments.validTo), sql`${roleAssignments.validTo} >= ${today}`),
  );
  if (q.current === "true") filters.push(currentCond);
  if (q.current === "false") filters.push(sql`not (${currentCond})`);
  return db
    .select({
      ra: roleAssignments,
      personName: people.name,
      personDepartmentId: people.departmentId,
      scopeDepartmentName: scopeUnit.name,
    })
    .from(roleAssignments)
    .leftJoin(people, eq(people.id, roleAssignments.personId))
    .leftJoin(scopeUnit, eq(scopeUnit.id, roleAssignments.scopeDepartmentId))
    .where(and(...filters))
    .orderBy(asc(roleAssignments.roleKey), asc(people.name), asc(roleAssignments.id))
    .limit(2000);
}

const principal = aliasedTable(people, "principal");
const deputyPerson = aliasedTable(people, "deputy_person");

export async function listDeputies(
  db: Db,
  q: { personId?: string; current?: string; ids?: string[] },
  now: Date,
) {
  const filters: (SQL | undefined)[] = [];
  if (q.personId)
    filters.push(or(eq(deputies.principalPersonId, q.personId), eq(deputies.deputyPersonId, q.personId)));
  if (q.current === "true") filters.push(and(lte(deputies.validFrom, now), gt(deputies.validTo, now)));
  if (q.current === "false") filters.push(or(gt(deputies.validFrom, now), lte(deputies.validTo, now)));
  if (q.ids) filters.push(inArray(deputies.id, q.ids));
  return db
    .select({
      d: deputies,
      principalName: principal.name,
      deputyName: deputyPerson.name,
      roleKey: roleAssignments.roleKey,
    })
    .from(deputies)
    .leftJoin(principal, eq(principal.id, deputies.principalPersonId))
    .leftJoin(deputyPerson, eq(deputyPerson.id, deputies.deputyPersonId))
    .leftJoin(roleAssignments, eq(roleAssignments.id, deputies.roleAssignmentId))
    .where(and(...filters))
    .orderBy(desc(deputies.validFrom))
    .limit(2000);
}

export async function listTransfers(db: Db) {
  return db
    .select({
      batch: transferBatches,
      // Qualified by hand: drizzle leaves columns unqualified in a single-table select.
      itemCount: sql<number>`(select count(*)::int from transfer_items ti where ti.batch_id = "transfer_batches"."id")`,
    })
    .from(transferBatches)
    .orderBy(desc(transferBatches.effectiveDate), desc(transferBatches.createdAt))
    .limit(500);
}

const fromUnit = aliasedTable(departments, "from_unit");
const toUnit = aliasedTable(departments, "to_unit");

export async function transferItemRows(db: Db, batchId: string): Promise<TransferItemRow[]> {
  return db
    .select({
      item: transferItems,
      personName: people.name,
      employeeNumber: people.employeeNumber,
      fromDepartmentName: fromUnit.name,
      toDepartmentName: toUnit.name,
    })
    .from(transferItems)
    .leftJoin(people, eq(people.id, transferItems.personId))
    .leftJoin(fromUnit, eq(fromUnit.id, transferItems.fromDepartmentId))
    .leftJoin(toUnit, eq(toUnit.id, transferItems.toDepartmentId))
    .where(eq(transferItems.batchId, batchId))
    .orderBy(asc(people.employeeNumber), asc(transferItems.id));
}

/**
 * The department tree's rows with head counts — served from the directory's cache (every screen
 * asks for the tree; it changes only when the directory does). The rows are shared: read only.
 */
export async function listDepartmentsWithCounts(db: Db, includeInactive: boolean) {
  return cachedDirectoryRead(db, `org.departments:${includeInactive}`, () =>
    departmentsWithCounts(db, includeInactive),
  );
}

/** The uncached read (the bench replays it as the baseline). */
export async function departmentsWithCounts(db: Db, includeInactive: boolean) {
  // Qualified by hand: drizzle leaves columns unqualified in a single-table select.
  const counts = sql<number>`(select count(*)::int from people p where p.department_id = "departments"."id" and p.active)`;
  return db
    .select({ dept: departments, peopleCount: counts })
    .from(departments)
    .where(includeInactive ? undefined : eq(departments.active, true))
    .orderBy(asc(departments.sortOrder), asc(departments.code));
}

// ── emergency contact network (緊急連絡網) ─────────────────────────────────────

/**
 * Roles in contact order: those named by the profile's incident escalation chain first (in the
 * chain's step order; a step names a duty and a scope, so the roles holding that duty at that
 * scope), then every other role of the profile in its own order.
 */
export function contactOrder(profile: Profile): { step: number | null; role: Profile["roles"][number] }[] {
  const chain = [...(profile.incidents?.escalation ?? [])].sort((a, b) => a.step - b.step);
  const out: { step: number | null; role: Profile["roles"][number] }[] = [];
  const placed = new Set<string>();
  for (const step of chain) {
    // Roles holding the step's duty at the step's scope; if none, any role holding the duty.
    const holding = profile.roles.filter((r) => !placed.has(r.key) && r.duties.includes(step.duty));
    const atScope = holding.filter((r) => r.scope === step.scope);
    for (const role of atScope.length ? atScope : holding) {
      placed.add(role.key);
      out.push({ step: step.step, role });
    }
  }
  for (const role of profile.roles) if (!placed.has(role.key)) out.push({ step: null, role });
  return out;
}

export async function contactHolders(db: Db, today: string, now: Date) {
  const holders = await db
    .select({
      ra: roleAssignments,
      person: people,
      departmentName: departments.name,
      scopeDepartmentName: scopeUnit.name,
    })
    .from(roleAssignments)
    .innerJoin(people, and(eq(people.id, roleAssignments.personId), eq(people.active, true)))
    .leftJoin(departments, eq(departments.id, people.departmentId))
    .leftJoin(scopeUnit, eq(scopeUnit.id, roleAssignments.scopeDepartmentId))
    .where(
      and(
        or(isNull(roleAssignments.validFrom), lte(roleAssignments.validFrom, today)),
        or(isNull(roleAssignments.validTo), sql`${roleAssignments.validTo} >= ${today}`),
      ),
    )
    .orderBy(asc(scopeUnit.sortOrder), asc(scopeUnit.code), asc(people.name));
  const principalIds = [...new Set(holders.map((h) => h.person.id))];
  const deputyRows = principalIds.length
    ? await db
        .select({ d: deputies, person: people, departmentName: departments.name })
        .from(deputies)
        .innerJoin(people, eq(people.id, deputies.deputyPersonId))
        .leftJoin(departments, eq(departments.id, people.departmentId))
        .where(
          and(
            inArray(deputies.principalPersonId, principalIds),
            lte(deputies.validFrom, now),
            gt(deputies.validTo, now),
          ),
        )
        .orderBy(asc(deputies.validFrom))
    : [];
  return { holders, deputyRows };
}
