import { type SQL, type SQLWrapper, sql } from "drizzle-orm";
import type { Duty } from "../../common/duties";
import { withinUnitsSql } from "../directory";
import type { Actor } from "../http/context";

/**
 * Reading what one audits (#16 item 5; 西原村 10.1(3), 川崎市 第12章6): while an audit runs, each
 * auditor holds `read_audited_records` over each audited unit *for the audit's period* — the
 * grant carries that period (assurance registers it as a grant source). Such a bounded grant never
 * opens a unit wholesale: `hasDutyOver`, `grantOver` and `visibleUnits` pass over it, and each
 * module asks the two functions below with the record's own dates. A record is "of the period"
 * when its life overlaps it: created (or occurred) by the period's last day, and not ended (an
 * asset disposed) before its first day. Dates are JST calendar days, `YYYY-MM-DD`.
 */
export const AUDITED_DUTY: Duty = "read_audited_records";

export interface AuditWindow {
  /** The audit (the grant's role key), its units and its period. */
  key: string;
  unitIds: string[];
  from: string;
  to: string;
}

/** The actor's running audit windows, one per audit. */
export function auditWindows(actor: Actor): AuditWindow[] {
  const byKey = new Map<string, AuditWindow>();
  for (const g of actor.grants) {
    if (g.duty !== AUDITED_DUTY || !g.period || !g.scopeDepartmentId) continue;
    const w = byKey.get(g.roleKey) ?? { key: g.roleKey, unitIds: [], from: g.period.from, to: g.period.to };
    w.unitIds.push(g.scopeDepartmentId);
    byKey.set(g.roleKey, w);
  }
  return [...byKey.values()];
}

/** A record's life in JST days: when it began, and when it ended (null: still there). */
export interface RecordSpan {
  from: string;
  to: string | null;
}

const inUnit = (ids: string[], unit: { departmentId: string | null; bureauId: string | null }) =>
  ids.some((id) => id === unit.departmentId || id === unit.bureauId);

/** Does a running audit open this record of this unit to the actor (its life overlaps the period)? */
export function auditedOver(
  actor: Actor,
  unit: { departmentId: string | null; bureauId: string | null },
  span: RecordSpan | null,
): boolean {
  if (!span) return false;
  return auditWindows(actor).some(
    (w) => inUnit(w.unitIds, unit) && span.from <= w.to && (span.to === null || span.to >= w.from),
  );
}

/**
 * The same rule in SQL: `unitColumn` (a department id; a bureau's 課 are covered as in
 * `withinUnitsSql`) and the record's first and last JST day — the same day for a dated record (a
 * request, an incident, a register entry), the disposal day for an asset (NULL while held).
 * `false` when no audit runs for the actor.
 */
export function auditedSql(actor: Actor, unitColumn: SQLWrapper, startDay: SQL, endDay: SQL): SQL {
  const windows = auditWindows(actor);
  if (windows.length === 0) return sql`false`;
  const parts = windows.map(
    (w) =>
      sql`(${withinUnitsSql(unitColumn, w.unitIds)} and ${startDay} <= ${w.to}::date and (${endDay} is null or ${endDay} >= ${w.from}::date))`,
  );
  return sql`(${sql.join(parts, sql` or `)})`;
}
