import { and, desc, eq, gte, inArray, lt, or, type SQL, sql } from "drizzle-orm";
import { auditEventLabel } from "../../common/audit-events";
import type { DbOrTx } from "../db/client";
import { childOfUnitsSql, departmentNameSql, personNameSql } from "../directory";
import { csvLine } from "../http/sheet";
import type { AuditVisibility } from "./access";
import { auditEvents } from "./tables";

export interface AuditSearch {
  /** Type prefix: `auth.` matches `auth.login`, `auth.logout`, … */
  type?: string;
  actorPersonId?: string;
  targetType?: string;
  targetId?: string;
  /** Inclusive lower bound. */
  from?: Date;
  /** Exclusive upper bound. */
  to?: Date;
  /** Free text searched in the event's data (and type, target id). */
  q?: string;
}

export const MAX_PAGE = 200;

/** Escapes LIKE wildcards so user text matches literally. */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/** The SQL filter for the actor's visibility: the same rule as `canSeeEvent`. */
export function visibilityFilter(v: AuditVisibility): SQL | undefined {
  if (v.kind === "all") return undefined;
  if (v.kind === "none") return sql`false`;
  // Days are JST: from the first day's midnight to the midnight after the last (index-friendly).
  const within = (from: string, to: string) =>
    sql`${auditEvents.occurredAt} >= (${from}::date::timestamp at time zone 'Asia/Tokyo') and ${auditEvents.occurredAt} < ((${to}::date + 1)::timestamp at time zone 'Asia/Tokyo')`;
  return or(
    v.unitIds.length ? inArray(auditEvents.departmentId, v.unitIds) : undefined,
    childOfUnitsSql(auditEvents.departmentId, v.unitIds),
    // An auditor: the audited units' events of the audit period.
    ...v.windows.map(
      (w) =>
        sql`((${inArray(auditEvents.departmentId, w.unitIds)} or ${childOfUnitsSql(auditEvents.departmentId, w.unitIds)}) and ${within(w.from, w.to)})`,
    ),
  );
}

export function searchFilter(s: AuditSearch, v: AuditVisibility): SQL | undefined {
  const conds: (SQL | undefined)[] = [visibilityFilter(v)];
  if (s.type) conds.push(sql`${auditEvents.type} LIKE ${`${likeEscape(s.type)}%`}`);
  if (s.actorPersonId) conds.push(eq(auditEvents.actorPersonId, s.actorPersonId));
  if (s.targetType) conds.push(eq(auditEvents.targetType, s.targetType));
  if (s.targetId) conds.push(eq(auditEvents.targetId, s.targetId));
  if (s.from) conds.push(gte(auditEvents.occurredAt, s.from));
  if (s.to) conds.push(lt(auditEvents.occurredAt, s.to));
  if (s.q) {
    const pattern = `%${likeEscape(s.q)}%`;
    conds.push(
      or(
        sql`${auditEvents.data}::text ILIKE ${pattern}`,
        sql`${auditEvents.targetId} ILIKE ${pattern}`,
        sql`${auditEvents.type} ILIKE ${pattern}`,
        // Who acted, by name (Japanese words find 山田 as well as a code).
        sql`${personNameSql(auditEvents.actorPersonId)} ILIKE ${pattern}`,
      ),
    );
  }
  return and(...conds);
}

/** One page, newest first, keyset by id (`before` = the last id of the previous page). */
export async function searchEvents(
  db: DbOrTx,
  s: AuditSearch,
  v: AuditVisibility,
  page: { before?: number; limit: number },
) {
  // The route caps a page at MAX_PAGE; the CSV export reads larger batches.
  const limit = Math.min(Math.max(page.limit, 1), 5000);
  const where = and(searchFilter(s, v), page.before ? lt(auditEvents.id, page.before) : undefined);
  const rows = await db
    .select({
      event: auditEvents,
      actorName: personNameSql(auditEvents.actorPersonId),
      actingForName: personNameSql(auditEvents.actingForPersonId),
      departmentName: departmentNameSql(auditEvents.departmentId),
    })
    .from(auditEvents)
    .where(where)
    .orderBy(desc(auditEvents.id))
    .limit(limit + 1);
  const more = rows.length > limit;
  const items = more ? rows.slice(0, limit) : rows;
  return {
    items,
    nextBefore: more ? items[items.length - 1].event.id : null,
  };
}

export type AuditRow = Awaited<ReturnType<typeof searchEvents>>["items"][number];

export function presentEvent(row: AuditRow & { targetName?: string }) {
  const e = row.event;
  return {
    id: e.id,
    occurredAt: e.occurredAt.toISOString(),
    type: e.type,
    /** The type in words (common/audit-events.ts); an unknown old type is its code. */
    label: auditEventLabel(e.type),
    actor: e.actorPersonId ? { personId: e.actorPersonId, name: row.actorName ?? null } : null,
    actingFor: e.actingForPersonId
      ? { personId: e.actingForPersonId, name: row.actingForName ?? null }
      : null,
    ip: e.ip,
    targetType: e.targetType,
    targetId: e.targetId,
    /** The record's number and name from its module's face, only when the viewer may open it. */
    targetName: row.targetName ?? null,
    department: e.departmentId ? { id: e.departmentId, name: row.departmentName ?? null } : null,
    data: e.data as Record<string, unknown>,
    hash: e.hash,
  };
}

// ── CSV ──────────────────────────────────────────────────────────────────────

export const CSV_HEADER = [
  "ID",
  "日時 (occurred at)",
  "種別 (type)",
  "操作者 (actor)",
  "操作者ID (actor person id)",
  "代行元 (acting for)",
  "IPアドレス (IP)",
  "対象種別 (target type)",
  "対象ID (target id)",
  "所属 (department)",
  "内容 (data)",
  "ハッシュ (hash)",
];

/** One CSV cell through the shared export path (server/http/sheet.ts: defused, quoted). */
export function csvCell(value: unknown): string {
  return csvLine([value]).replace(/\r\n$/, "");
}

/** The cells of one event in an export (CSV or .xlsx), in CSV_HEADER's order. */
export function eventCells(row: AuditRow): unknown[] {
  const e = row.event;
  return [
    e.id,
    e.occurredAt.toISOString(),
    e.type,
    row.actorName ?? "",
    e.actorPersonId,
    row.actingForName ?? e.actingForPersonId ?? "",
    e.ip,
    e.targetType,
    e.targetId,
    row.departmentName ?? e.departmentId ?? "",
    JSON.stringify(e.data),
    e.hash,
  ];
}

/** Every matching event, newest first, in keyset batches (for the CSV stream). */
export async function* allEvents(db: DbOrTx, s: AuditSearch, v: AuditVisibility, batch = 1000) {
  let before: number | undefined;
  for (;;) {
    const page = await searchEvents(db, s, v, { before, limit: batch });
    for (const row of page.items) yield row;
    if (page.nextBefore === null) return;
    before = page.nextBefore;
  }
}
