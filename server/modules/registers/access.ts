import { type SQL, sql } from "drizzle-orm";
import type { Duty } from "../../../common/duties";
import { allow, auditedSql, hasDutyOver, visibleUnits } from "../../access";
import { jstDateSql } from "../../db/sql";
import { withinUnitsSql } from "../../directory";
import type { Actor } from "../../http/context";

/**
 * Access rules of the registers (DESIGN.md §4 rules 1–2). Visibility by department as
 * everywhere: one's own department, plus the departments (bureaus, organization) covered by
 * REGISTER_VIEW_DUTIES. `registerVisibilitySql` is the same predicate in SQL for lists and exports.
 * Writing: a member of the department, or a holder of manage_department_security over it.
 * Confirming a work record: only the second person named in it.
 */
export const REGISTER_VIEW_DUTIES: Duty[] = [
  // An auditor of a running audit sees the audited units' entries of the audit period through
  // `auditedSql` in `registerVisibilitySql` (#16 item 5), not through this list.
  "view_all_departments",
  "chief_information_security_officer",
  "manage_department_security",
  "own_assets",
  "manage_network",
];

export interface RegisterUnit {
  departmentId: string;
  bureauId: string | null;
}

export function canSeeUnit(actor: Actor, u: RegisterUnit): boolean {
  if (actor.departmentId === u.departmentId) return true;
  return REGISTER_VIEW_DUTIES.some((d) => hasDutyOver(actor, d, u));
}

export function canWriteUnit(actor: Actor, u: RegisterUnit): boolean {
  return actor.departmentId === u.departmentId || hasDutyOver(actor, "manage_department_security", u);
}

allow<RegisterUnit>("register", "read", canSeeUnit);
allow<RegisterUnit>("register", "append", canWriteUnit);
allow<RegisterUnit & { secondPersonId?: string | null }>(
  "register",
  "confirm",
  (a, r) => r.secondPersonId != null && r.secondPersonId === a.personId,
);

/**
 * Confirming a data handover (川崎市 第8章5 相互で確認): the receiving side confirms. Handed to
 * another 課 (`toUnit`): a member of that 課 or its 課長, never the person who recorded it. Handed
 * to or received from an outside party: the recording 課 confirms what the other side acknowledged
 * (the confirmation then says how — e.g. the 受領書 — checked by the append command).
 */
export function mayConfirmHandover(
  actor: Actor,
  r: RegisterUnit & { toUnit: RegisterUnit | null; recordedByPersonId: string | null },
): boolean {
  if (r.toUnit) return canWriteUnit(actor, r.toUnit) && actor.personId !== r.recordedByPersonId;
  return canWriteUnit(actor, r);
}
allow("register", "confirm_handover", mayConfirmHandover);

/**
 * Departments (and bureaus) whose register rows the actor may see, in SQL over
 * `alias.department_id`; an auditor also sees the audited units' rows dated (`occurredAt`) in
 * the audit period.
 */
export function registerVisibilitySql(actor: Actor, column: SQL, occurredAt: SQL): SQL {
  const units = visibleUnits(actor, REGISTER_VIEW_DUTIES);
  if (units === "all") return sql`true`;
  const day = jstDateSql(occurredAt);
  const audited = auditedSql(actor, column, day, day);
  if (!units.unitIds.length) return audited;
  return sql`(${withinUnitsSql(column, units.unitIds, units.grantUnitIds)} or ${audited})`;
}
