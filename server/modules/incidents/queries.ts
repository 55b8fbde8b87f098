import { and, asc, desc, eq, gte, inArray, isNull, lte, or, type SQL, sql } from "drizzle-orm";
import { todayJst } from "../../../common/calendar";
import type { Duty } from "../../../common/duties";
import { hasOrganizationDuty, visibleUnits } from "../../access";
import type { DbOrTx } from "../../db/client";
import { departments, deputies, people, roleAssignments } from "../../db/schema";
import type { Actor } from "../../http/context";
import { notFound } from "../../http/errors";
import type { Profile } from "../../profile";
import { DEPARTMENT_VIEW_DUTIES, type IncidentRecord, SEES_ALL_DUTY } from "./access";
import {
  incidentAccess,
  incidentAssets,
  incidentEscalations,
  incidentFiles,
  incidentOutsideReports,
  incidentPreventionActions,
  incidents,
  incidentTasks,
  incidentTimeline,
} from "./tables";

export type IncidentRow = typeof incidents.$inferSelect;

export const INCIDENT = { ja: "インシデント", en: "The incident" };

export interface Unit {
  departmentId: string | null;
  bureauId: string | null;
}

/** A department and the bureau above it (when its parent is a bureau). */
export async function unitOf(db: DbOrTx, departmentId: string | null): Promise<Unit> {
  if (!departmentId) return { departmentId: null, bureauId: null };
  const [d] = await db
    .select({ id: departments.id, parentId: departments.parentId, kind: departments.kind })
    .from(departments)
    .where(eq(departments.id, departmentId));
  if (!d) return { departmentId, bureauId: null };
  if (d.kind === "bureau") return { departmentId: d.id, bureauId: d.id };
  let bureauId: string | null = null;
  if (d.parentId) {
    const [p] = await db
      .select({ kind: departments.kind })
      .from(departments)
      .where(eq(departments.id, d.parentId));
    if (p?.kind === "bureau") bureauId = d.parentId;
  }
  return { departmentId, bureauId };
}

/**
 * Who holds `duty` at `scope` over `unit` now (JST date for role assignments), with the deputies
 * (代行) in force now for each holder. Organization-scoped steps ignore the unit; department and
 * bureau steps need one (a public report has none until an asset is linked).
 */
export async function holdersOf(
  db: DbOrTx,
  profile: Profile,
  duty: Duty,
  scope: string,
  unit: Unit,
  now: Date,
) {
  const roles = profile.roles.filter((r) => r.duties.includes(duty));
  const roleKeys = roles.map((r) => r.key);
  if (roleKeys.length === 0) return { holders: [], deputiesNow: [] };
  const today = todayJst(now);
  const rows = await db
    .select({
      assignmentId: roleAssignments.id,
      roleKey: roleAssignments.roleKey,
      scopeDepartmentId: roleAssignments.scopeDepartmentId,
      personId: people.id,
      name: people.name,
      personDepartmentId: people.departmentId,
    })
    .from(roleAssignments)
    .innerJoin(people, and(eq(people.id, roleAssignments.personId), eq(people.active, true)))
    .where(
      and(
        inArray(roleAssignments.roleKey, roleKeys),
        or(isNull(roleAssignments.validFrom), lte(roleAssignments.validFrom, today)),
        or(isNull(roleAssignments.validTo), gte(roleAssignments.validTo, today)),
      ),
    )
    .orderBy(asc(people.name));
  const matching = rows.filter((r) => {
    const role = roles.find((x) => x.key === r.roleKey);
    if (!role) return false;
    if (scope === "organization") return true;
    if (role.scope === "organization") return false;
    // A department step is told the department's own holders, not the bureau's: 川崎市 第2章8(2)ア
    // says 直ちに情報管理責任者又は情報システム利用責任者 (課), not the 局長 or 庶務担当課長.
    if (scope === "department" && role.scope !== "department") return false;
    const covered = r.scopeDepartmentId ?? r.personDepartmentId;
    if (!covered) return false;
    return covered === unit.departmentId || covered === unit.bureauId;
  });
  // An organization step is the organization-wide holders (fall back to anyone holding it).
  const orgWide =
    scope === "organization"
      ? (() => {
          const org = matching.filter(
            (r) => roles.find((x) => x.key === r.roleKey)?.scope === "organization",
          );
          return org.length ? org : matching;
        })()
      : matching;
  const holders: Array<{ personId: string; name: string; assignmentId: string }> = [];
  for (const r of orgWide)
    if (!holders.some((h) => h.personId === r.personId))
      holders.push({ personId: r.personId, name: r.name, assignmentId: r.assignmentId });
  if (holders.length === 0) return { holders, deputiesNow: [] };
  const assignmentIds = orgWide.map((r) => r.assignmentId);
  const deputyRows = await db
    .select({
      principalPersonId: deputies.principalPersonId,
      deputyPersonId: deputies.deputyPersonId,
      roleAssignmentId: deputies.roleAssignmentId,
      deputyName: people.name,
    })
    .from(deputies)
    .innerJoin(people, and(eq(people.id, deputies.deputyPersonId), eq(people.active, true)))
    .where(
      and(
        inArray(
          deputies.principalPersonId,
          holders.map((h) => h.personId),
        ),
        lte(deputies.validFrom, now),
        gte(deputies.validTo, now),
      ),
    );
  const deputiesNow = deputyRows.filter(
    (d) => d.roleAssignmentId == null || assignmentIds.includes(d.roleAssignmentId),
  );
  return { holders, deputiesNow };
}

/** The access facts of one case, for access.ts rules. */
export async function loadRecord(
  db: DbOrTx,
  id: string,
): Promise<{ row: IncidentRow; record: IncidentRecord }> {
  const [row] = await db.select().from(incidents).where(eq(incidents.id, id));
  if (!row) throw notFound(INCIDENT);
  return { row, record: await recordOf(db, row) };
}

export async function recordOf(db: DbOrTx, row: IncidentRow): Promise<IncidentRecord> {
  const access = await db.select().from(incidentAccess).where(eq(incidentAccess.incidentId, row.id));
  const assetUnits = await db
    .select({ departmentId: incidentAssets.departmentId, parentId: departments.parentId })
    .from(incidentAssets)
    .leftJoin(departments, eq(departments.id, incidentAssets.departmentId))
    .where(eq(incidentAssets.incidentId, row.id));
  const pending = await db
    .select({ targets: incidentEscalations.targets })
    .from(incidentEscalations)
    .where(and(eq(incidentEscalations.incidentId, row.id), eq(incidentEscalations.status, "pending")));
  return {
    id: row.id,
    restricted: row.restricted,
    stage: row.stage,
    reporterPersonId: row.reporterPersonId,
    accessPersonIds: [...new Set(access.map((a) => a.personId))],
    memberPersonIds: access.filter((a) => a.via === "member").map((a) => a.personId),
    assetUnits: assetUnits.map((u) => ({ departmentId: u.departmentId, bureauId: u.parentId })),
    pendingTargetPersonIds: pending.flatMap((p) => p.targets.map((t) => t.personId)),
  };
}

const uuidList = (ids: string[]) =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );

/** The same rule as access.ts `incident.read`, as SQL over `incidents`. */
export function visibilityWhere(actor: Actor): SQL {
  const me = actor.personId;
  const member = sql`EXISTS (SELECT 1 FROM ${incidentAccess} a WHERE a.incident_id = ${incidents.id} AND a.person_id = ${me} AND a.via = 'member')`;
  const anyAccess = sql`EXISTS (SELECT 1 FROM ${incidentAccess} a WHERE a.incident_id = ${incidents.id} AND a.person_id = ${me})`;
  const units = visibleUnits(actor, DEPARTMENT_VIEW_DUTIES);
  let byAssets: SQL;
  if (units === "all")
    byAssets = sql`EXISTS (SELECT 1 FROM ${incidentAssets} ia WHERE ia.incident_id = ${incidents.id})`;
  else if (units.unitIds.length === 0) byAssets = sql`false`;
  else
    byAssets = sql`EXISTS (SELECT 1 FROM ${incidentAssets} ia LEFT JOIN ${departments} d ON d.id = ia.department_id WHERE ia.incident_id = ${incidents.id} AND (ia.department_id IN (${uuidList(units.unitIds)}) OR d.parent_id IN (${uuidList(units.unitIds)})))`;
  const all = hasOrganizationDuty(actor, SEES_ALL_DUTY) ? sql`true` : sql`false`;
  return sql`((${incidents.restricted} = false AND (${all} OR ${anyAccess} OR ${byAssets})) OR (${incidents.restricted} = true AND ${member}))`;
}

/**
 * Cases waiting for this person's acknowledgement: they are told at the escalation step now
 * pending (as themselves or as a deputy) — the cases whose `policies.acknowledge` is true.
 * The list filter `?awaiting=acknowledge` and the dashboard count use this.
 */
export function awaitingAcknowledgementSql(personId: string): SQL {
  const target = JSON.stringify([{ personId }]);
  return sql`${incidents.id} in (select ${incidentAccess.incidentId} from ${incidentAccess} where ${incidentAccess.personId} = ${personId}::uuid)
    and exists (select 1 from ${incidentEscalations} e where e.incident_id = ${incidents.id}
                and e.status = 'pending' and e.targets @> ${target}::jsonb)`;
}

/**
 * Open cases with the facts of a 個人情報保護委員会 report recorded and no decision on that
 * report yet (`?ppc=undecided`); the dashboard's "deadline near" count is the part of these whose
 * first deadline is within days (computed in ./domain/ppc.ts, not in SQL).
 */
export function ppcUndecidedSql(): SQL {
  return sql`${incidents.stage} <> 'closed' and ${incidents.ppcFacts} is not null
    and not exists (select 1 from ${incidentOutsideReports} o
                    where o.incident_id = ${incidents.id} and o.body_key = 'ppc')`;
}

export interface ListFilter {
  stage?: string;
  category?: string;
  awaiting?: "acknowledge";
  ppc?: "undecided";
  q?: string;
  limit: number;
  offset: number;
}

export async function listIncidents(db: DbOrTx, actor: Actor, f: ListFilter) {
  const conds: SQL[] = [visibilityWhere(actor)];
  if (f.stage === "open") conds.push(sql`${incidents.stage} <> 'closed'`);
  else if (f.stage) conds.push(eq(incidents.stage, f.stage as IncidentRow["stage"]));
  if (f.category) conds.push(eq(incidents.category, f.category as NonNullable<IncidentRow["category"]>));
  if (f.awaiting === "acknowledge") conds.push(awaitingAcknowledgementSql(actor.personId));
  if (f.ppc === "undecided") conds.push(ppcUndecidedSql());
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    conds.push(
      sql`(${incidents.summary} ILIKE ${like} OR ${incidents.receiptNumber} ILIKE ${like} OR ${incidents.details} ILIKE ${like})`,
    );
  }
  const where = and(...conds);
  const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(incidents).where(where);
  const rows = await db
    .select()
    .from(incidents)
    .where(where)
    .orderBy(desc(incidents.createdAt), desc(incidents.id))
    .limit(f.limit)
    .offset(f.offset);
  return { total: Number(n), rows };
}

/** Everything the case view shows. */
export async function caseParts(db: DbOrTx, id: string) {
  const [escalations, tasks, timeline, assets, files, outside, prevention] = await Promise.all([
    db
      .select()
      .from(incidentEscalations)
      .where(eq(incidentEscalations.incidentId, id))
      .orderBy(asc(incidentEscalations.step), asc(incidentEscalations.notifiedAt)),
    db
      .select()
      .from(incidentTasks)
      .where(eq(incidentTasks.incidentId, id))
      .orderBy(asc(incidentTasks.createdAt)),
    db
      .select()
      .from(incidentTimeline)
      .where(eq(incidentTimeline.incidentId, id))
      .orderBy(asc(incidentTimeline.occurredAt), asc(incidentTimeline.recordedAt)),
    db
      .select()
      .from(incidentAssets)
      .where(eq(incidentAssets.incidentId, id))
      .orderBy(asc(incidentAssets.linkedAt)),
    db
      .select({
        id: incidentFiles.id,
        kind: incidentFiles.kind,
        fileName: incidentFiles.fileName,
        contentType: incidentFiles.contentType,
        size: incidentFiles.size,
        sha256: incidentFiles.sha256,
        description: incidentFiles.description,
        uploadedByPersonId: incidentFiles.uploadedByPersonId,
        createdAt: incidentFiles.createdAt,
      })
      .from(incidentFiles)
      .where(eq(incidentFiles.incidentId, id))
      .orderBy(asc(incidentFiles.createdAt)),
    db.select().from(incidentOutsideReports).where(eq(incidentOutsideReports.incidentId, id)),
    db
      .select()
      .from(incidentPreventionActions)
      .where(eq(incidentPreventionActions.incidentId, id))
      .orderBy(asc(incidentPreventionActions.createdAt)),
  ]);
  return { escalations, tasks, timeline, assets, files, outside, prevention };
}

/** Names of people, for presenting ids. */
export async function namesOf(
  db: DbOrTx,
  ids: Array<string | null | undefined>,
): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((x): x is string => !!x))];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: people.id, name: people.name })
    .from(people)
    .where(inArray(people.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Phones of people (the call-now list inside an open case). */
export async function phonesOf(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return new Map<string, { phone: string | null; emergencyPhone: string | null }>();
  const rows = await db
    .select({ id: people.id, phone: people.phone, emergencyPhone: people.emergencyPhone })
    .from(people)
    .where(inArray(people.id, ids));
  return new Map(rows.map((r) => [r.id, { phone: r.phone, emergencyPhone: r.emergencyPhone }]));
}
