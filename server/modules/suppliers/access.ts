import type { SQL } from "drizzle-orm";
import { sql } from "drizzle-orm";
import type { Duty } from "../../../common/duties";
import { allow, hasDuty, hasDutyOver, hasOrganizationDuty, visibleUnits } from "../../access";
import { withinUnitsSql } from "../../directory";
import type { Actor } from "../../http/context";

/**
 * Access rules of contractors and contracts (DESIGN.md §4 rules 1–2).
 * - A contract belongs to the 課 that made it. Its members read it; its 課長 (the profile's
 *   manage_department_security: 西原村 情報セキュリティ・システム管理者 9.1, 川崎市 情報管理責任者 第2章9)
 *   keeps it — prepares, confirms the clauses, records pledges, checks, lendings, closes.
 * - The ネットワーク管理者 / 情報監理者 (manage_network), the CISO and view_all_departments read every
 *   contract (9.1(3): checks are reported to them); `contractVisibilitySql` is the same in SQL.
 * - Contractors are a shared catalog: any signed-in person reads it (names and certifications of
 *   companies); whoever keeps contracts or the network adds and corrects entries.
 */
export const CONTRACT_VIEW_DUTIES: Duty[] = [
  "view_all_departments",
  "chief_information_security_officer",
  "manage_network",
  "manage_department_security",
];
const CONTRACT_KEEPER: Duty = "manage_department_security";

export interface ContractUnit {
  departmentId: string;
  bureauId: string | null;
}

export function canSeeContract(actor: Actor, u: ContractUnit): boolean {
  if (actor.departmentId === u.departmentId) return true;
  return CONTRACT_VIEW_DUTIES.some((d) => hasDutyOver(actor, d, u));
}

export function canKeepContract(actor: Actor, u: ContractUnit): boolean {
  return hasDutyOver(actor, CONTRACT_KEEPER, u);
}

export function canKeepContractors(actor: Actor): boolean {
  return hasDuty(actor, CONTRACT_KEEPER) || hasDuty(actor, "manage_network");
}

/** The organization-wide views (all contracts, overdue checks, reports). */
export function canOverseeSuppliers(actor: Actor): boolean {
  return (["manage_network", "chief_information_security_officer", "view_all_departments"] as Duty[]).some(
    (d) => hasOrganizationDuty(actor, d),
  );
}

allow<ContractUnit>("contract", "read", canSeeContract);
allow<ContractUnit>("contract", "write", canKeepContract);
allow<null>("contractor", "read", () => true);
allow<null>("contractor", "write", canKeepContractors);
allow<null>("contractor", "oversee", canOverseeSuppliers);

/** Contracts the actor sees, in SQL over a department id column. */
export function contractVisibilitySql(actor: Actor, column: SQL): SQL {
  const units = visibleUnits(actor, CONTRACT_VIEW_DUTIES);
  if (units === "all") return sql`true`;
  return withinUnitsSql(column, units.unitIds);
}
