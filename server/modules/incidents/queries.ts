import { and, asc, desc, eq, isNull, type SQL, sql } from "drizzle-orm";
import { addDays, addMonths, fiscalYearRange, startOfJstDay, todayJst } from "../../../common/calendar";
import type { Duty } from "../../../common/duties";
import type { DbOrTx } from "../../db/client";
import {
  bureauOfSql,
  type DutyHolder,
  departmentUnit,
  findPeople,
  holdersOf as holdersInDirectory,
  personNames,
} from "../../directory";
import type { Actor } from "../../http/context";
import { notFound } from "../../http/errors";
import type { Profile } from "../../profile";
import { type IncidentRecord, visibilityWhere } from "./access";
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

/** A department and the bureau above it (a bureau is its own bureau). */
export async function unitOf(db: DbOrTx, departmentId: string | null): Promise<Unit> {
  if (!departmentId) return { departmentId: null, bureauId: null };
  const d = await departmentUnit(db, departmentId);
  if (!d) return { departmentId, bureauId: null };
  if (d.kind === "bureau") return { departmentId: d.id, bureauId: d.id };
  return { departmentId, bureauId: d.bureauId };
}

/**
 * Who holds `duty` at an escalation step's `scope` over `unit` at `now`, from the directory,
 * with the deputies (代行) in force for each holder. An organization step is the
 * organization-wide holders (or, when there are none, anyone holding the duty); a bureau or
 * department step is the holders whose own scope covers the unit (not organization-wide roles,
 * which have their own steps) and needs a unit (a public report has none until an asset is linked).
 */
export async function holdersOf(
  db: DbOrTx,
  profile: Profile,
  duty: Duty,
  scope: string,
  unit: Unit,
  now: Date,
) {
  let found: DutyHolder[];
  if (scope === "organization") {
    found = await holdersInDirectory(db, profile, duty, "organization", now);
    if (found.length === 0) found = await holdersInDirectory(db, profile, duty, "anywhere", now);
  } else {
    // A department step is told the department's own holders, not the bureau's: 川崎市 第2章8(2)ア
    // says 直ちに情報管理責任者又は情報システム利用責任者 (課), not the 局長 or 庶務担当課長.
    found = (await holdersInDirectory(db, profile, duty, unit, now)).filter(
      (h) => h.roleScope !== "organization" && (scope !== "department" || h.roleScope === "department"),
    );
  }
  const holders = found
    .filter((h) => h.deputyFor === null)
    .map((h) => ({ personId: h.personId, name: h.name, assignmentId: h.assignmentId }))
    .filter((h, i, all) => all.findIndex((x) => x.personId === h.personId) === i);
  const deputiesNow = found
    .filter((h): h is DutyHolder & { deputyFor: string } => h.deputyFor !== null)
    .map((h) => ({ principalPersonId: h.deputyFor, deputyPersonId: h.personId, deputyName: h.name }));
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
    .select({
      departmentId: incidentAssets.departmentId,
      // Only a bureau covers the 課 below it (as the list's SQL, withinUnitsSql).
      parentId: bureauOfSql(incidentAssets.departmentId),
    })
    .from(incidentAssets)
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
    span: { from: todayJst(row.createdAt), to: row.closedAt ? todayJst(row.closedAt) : null },
  };
}

/** The list's read predicate lives beside its rule in access.ts (re-exported for the module's files). */
export { visibilityWhere };

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

/** Recorded (created) between two JST days, both inclusive. */
export function recordedInSql(r: { start: string; end: string }): SQL {
  return sql`${incidents.createdAt} >= ${startOfJstDay(r.start).toISOString()}::timestamptz
    and ${incidents.createdAt} < ${startOfJstDay(addDays(r.end, 1)).toISOString()}::timestamptz`;
}

/** First and last day of a month given as YYYY-MM. */
export function monthRange(month: string): { start: string; end: string } {
  const start = `${month}-01`;
  return { start, end: addDays(addMonths(start, 1), -1) };
}

export interface ListFilter {
  stage?: string;
  category?: string;
  awaiting?: "acknowledge";
  ppc?: "undecided";
  severity?: string;
  fiscalYear?: number;
  month?: string;
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
  if (f.severity === "none") conds.push(isNull(incidents.severity));
  else if (f.severity) conds.push(eq(incidents.severity, f.severity as NonNullable<IncidentRow["severity"]>));
  if (f.fiscalYear) conds.push(recordedInSql(fiscalYearRange(f.fiscalYear)));
  if (f.month) conds.push(recordedInSql(monthRange(f.month)));
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
  return personNames(
    db,
    ids.filter((x): x is string => !!x),
  );
}

/** Phones of people (the call-now list inside an open case). */
export async function phonesOf(db: DbOrTx, ids: string[]) {
  const rows = await findPeople(db, ids);
  return new Map([...rows.values()].map((r) => [r.id, { phone: r.phone, emergencyPhone: r.emergencyPhone }]));
}
