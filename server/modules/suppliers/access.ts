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

/**
 * Correcting a contractor changes every contract that names it (its name, corporate number and
 * certifications are what the 課 checked when it chose the company, 9.1(1)). A keeper may correct
 * only a contractor that no contract (or 再委託 level) of a 課 they do not keep names — else a 課長
 * of another 課 could give department A's contractor a certification it does not hold. The
 * organization-wide ネットワーク管理者 corrects any.
 */
export interface ContractorUse {
  /** The units of the contracts that name the contractor (as contractor or subcontractor). */
  usedBy: ContractUnit[];
}
/** `u` null: the catalog's policies for a screen (`serialize`), before any one entry is chosen. */
export function canCorrectContractor(actor: Actor, u: ContractorUse | null): boolean {
  if (hasOrganizationDuty(actor, "manage_network")) return true;
  return canKeepContractors(actor) && (u?.usedBy ?? []).every((c) => canKeepContract(actor, c));
}

/** The organization-wide views (all contracts, overdue checks, reports). */
export function canOverseeSuppliers(actor: Actor): boolean {
  return (["manage_network", "chief_information_security_officer", "view_all_departments"] as Duty[]).some(
    (d) => hasOrganizationDuty(actor, d),
  );
}

/**
 * 再委託 is asked for by the 課 that holds the contract (its members, or its 課長): the request is
 * the 課's, and the engine's approvers decide it (never the one who filed it).
 */
export function canFileSubcontract(actor: Actor, u: ContractUnit): boolean {
  return actor.departmentId === u.departmentId;
}

allow<ContractUnit>("contract", "read", canSeeContract);
allow<ContractUnit>("contract", "file_subcontract", canFileSubcontract);
allow<ContractUnit>("contract", "write", canKeepContract);
allow<null>("contractor", "read", () => true);
allow<null>("contractor", "write", canKeepContractors);
allow<ContractorUse | null>("contractor", "correct", canCorrectContractor);
allow<null>("contractor", "oversee", canOverseeSuppliers);

/** Contracts the actor sees, in SQL over a department id column. */
export function contractVisibilitySql(actor: Actor, column: SQL): SQL {
  const units = visibleUnits(actor, CONTRACT_VIEW_DUTIES);
  if (units === "all") return sql`true`;
  return withinUnitsSql(column, units.unitIds, units.grantUnitIds);
}

/**
 * The "mine" view of contracts (`view=mine`): those of the actor's own 課 and of the units whose
 * contracts they keep. `myContractsSql` is the same over a department id column.
 */
export function isMyContract(actor: Actor, u: ContractUnit): boolean {
  return actor.departmentId === u.departmentId || canKeepContract(actor, u);
}
export function myContractsSql(actor: Actor, column: SQL): SQL {
  const kept = visibleUnits(actor, [CONTRACT_KEEPER]);
  if (kept === "all") return sql`true`;
  return withinUnitsSql(column, kept.unitIds, kept.grantUnitIds);
}

/**
 * External services (外部サービス). A service belongs to the 課 that uses it: its members read it;
 * the named 外部サービス管理者 reads it and records its checks; its 課長 keeps it (checks, end of use);
 * the overseers read every service. Filing is for the 課's members and its 課長 (西原村 9.3(2)① 職員等は…申請する);
 * the consultation (川崎市 第9章2(2)イ 情報監理者と協議) is recorded by the manage_network holder.
 */
export interface ServiceRef extends ContractUnit {
  managerPersonId: string;
}
export function canSeeService(actor: Actor, s: ServiceRef): boolean {
  return s.managerPersonId === actor.personId || canSeeContract(actor, s);
}
export function canKeepService(actor: Actor, s: ServiceRef): boolean {
  return s.managerPersonId === actor.personId || canKeepContract(actor, s);
}
allow<ServiceRef>("external_service", "read", canSeeService);
allow<ServiceRef>("external_service", "keep", canKeepService);
// The path rules are the profile's own text, which every signed-in user may read (GET /api/profile).
allow<null>("external_service", "read_rules", () => true);
allow<ServiceRef>("external_service", "consult", (actor) => hasOrganizationDuty(actor, "manage_network"));
allow<ContractUnit>(
  "external_service",
  "file",
  (actor, u) => actor.departmentId === u.departmentId || canKeepContract(actor, u),
);

/**
 * A path whose text names the applicant (`filed_by`: 西原村 9.2(4)① 情報セキュリティ・システム管理者は…
 * 利用申請を行う) is filed only by a holder of one of those duties over the service's 課; a path
 * without it, by anyone who may file for the 課 (9.3(2)① 職員等は…申請する).
 */
export interface ServiceFiling extends ContractUnit {
  filedBy: { duties: readonly Duty[] } | null | undefined;
}
export function mayFileOnPath(actor: Actor, f: ServiceFiling): boolean {
  return !f.filedBy || f.filedBy.duties.some((d) => hasDutyOver(actor, d, f));
}
allow<ServiceFiling>("external_service", "file_on_path", mayFileOnPath);

/** Services the actor sees, in SQL over the alias `s` (the twin of canSeeService). */
export function serviceVisibilitySql(actor: Actor): SQL {
  return sql`(s.manager_person_id = ${actor.personId}::uuid or ${contractVisibilitySql(actor, sql`s.department_id`)})`;
}

/**
 * The "mine" view of services: those the actor is the named manager of, and those of their own 課
 * or of the units whose services they keep. `myServicesSql` is the same over the alias `s`.
 */
export function isMyService(actor: Actor, s: ServiceRef): boolean {
  return s.managerPersonId === actor.personId || isMyContract(actor, s);
}
export function myServicesSql(actor: Actor): SQL {
  return sql`(s.manager_person_id = ${actor.personId}::uuid or ${myContractsSql(actor, sql`s.department_id`)})`;
}

/**
 * The rules for external services (西原村 9.2(1)) are written, and each provider's reliability judged
 * (9.2(2)⑨), by the organization-wide holder of the duty the profile names (`criteria.writer_duty`,
 * `criteria.reliability.duty`: the ネットワーク管理者). Everyone signed in reads the rules: the 課長
 * selects by them (9.2(2)①②).
 */
export interface CriteriaDuty {
  duty: Duty;
}
export function mayWriteServiceCriteria(actor: Actor, c: CriteriaDuty): boolean {
  return hasOrganizationDuty(actor, c.duty);
}
// `write` the sections, `judge` providers: both the named duty's organization-wide holder.
allow<CriteriaDuty>("external_service_criteria", ["write", "judge"], mayWriteServiceCriteria);
allow<null>("external_service_criteria", "read", () => true);
/** Judging needs the service readable as well (the duty's holder reads every service). */
allow<ServiceRef & CriteriaDuty>(
  "external_service",
  "judge_reliability",
  (actor, s) => canSeeService(actor, s) && hasOrganizationDuty(actor, s.duty),
);
