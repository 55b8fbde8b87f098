import { type SQL, sql } from "drizzle-orm";
import type { Duty } from "../../../common/duties";
import { allow, allowApp, hasDuty, hasDutyOver, hasOrganizationDuty, visibleUnits } from "../../access";
import { withinUnitsSql } from "../../directory";
import type { Actor } from "../../http/context";

/**
 * Access rules of software and vulnerabilities (DESIGN.md §4 rules 1–2).
 * - Inventory and matches are seen by department, as the registers: one's own department, plus
 *   the departments covered by SOFTWARE_VIEW_DUTIES (the ネットワーク管理者 / 情報監理者 and the CISO
 *   organization-wide). `softwareVisibilitySql` is the same predicate in SQL for every list.
 * - The inventory of a department is kept by its managers (own_assets, manage_department_security)
 *   and by the network manager (7.1(17)②: installation needs the ネットワーク管理者's permission).
 * - A match is decided by its owner (the asset's custodian), the department's managers or the
 *   network manager; accepting a risk (受容) needs the duty the profile names.
 * - Advisories are public information: any signed-in person reads them; importing is the network
 *   manager's or the administrator's.
 */
export const SOFTWARE_VIEW_DUTIES: Duty[] = [
  "view_all_departments",
  "chief_information_security_officer",
  "manage_network",
  "manage_department_security",
  "own_assets",
];
const KEEPER_DUTIES: Duty[] = ["own_assets", "manage_department_security", "manage_network"];

export interface SoftwareUnit {
  departmentId: string;
  bureauId: string | null;
}

export function canSeeSoftware(actor: Actor, u: SoftwareUnit): boolean {
  if (actor.departmentId === u.departmentId) return true;
  return SOFTWARE_VIEW_DUTIES.some((d) => hasDutyOver(actor, d, u));
}

export function canKeepInventory(actor: Actor, u: SoftwareUnit): boolean {
  return KEEPER_DUTIES.some((d) => hasDutyOver(actor, d, u));
}

export interface MatchRecord extends SoftwareUnit {
  ownerPersonId: string | null;
  /** The profile's duty for accepting a risk (software.vulnerabilities.accept_duty). */
  acceptDuty: Duty | null;
}

export function canDecideMatch(actor: Actor, m: MatchRecord): boolean {
  return m.ownerPersonId === actor.personId || canKeepInventory(actor, m);
}

/** The product catalog is shared: any keeper of an inventory, anywhere, adds to it and corrects it. */
export function canKeepCatalog(actor: Actor): boolean {
  return KEEPER_DUTIES.some((d) => hasDuty(actor, d));
}

allow<null>("software_product", "write", canKeepCatalog);
/**
 * Correcting a product changes what every department that runs it is told: its end of support
 * (the calendar and the 7.1(17) warnings) and its CPE (the vulnerability matching). A keeper may
 * correct only a product installed nowhere outside what they keep — else a 課長 of another 課
 * could move an end of support or break a CPE and silence the warnings of department A's servers.
 * The ネットワーク管理者 (organization-wide) corrects any.
 */
export interface ProductUse {
  /** The units of the product's current installations. */
  installedIn: SoftwareUnit[];
}
/** `p` null: the catalog's policies for a screen (`serialize`), before any one product is chosen. */
export function canCorrectProduct(actor: Actor, p: ProductUse | null): boolean {
  if (hasOrganizationDuty(actor, "manage_network")) return true;
  return canKeepCatalog(actor) && (p?.installedIn ?? []).every((u) => canKeepInventory(actor, u));
}
allow<ProductUse | null>("software_product", "correct", canCorrectProduct);
/** Importing a sheet: any keeper; each row is then checked against its host's 課 (software/write). */
allow<null>("software_inventory", "import", canKeepCatalog);
allow<SoftwareUnit>("software", "read", canSeeSoftware);
allow<SoftwareUnit>("software", "write", canKeepInventory);
allow<MatchRecord>("vuln_match", "read", (a, m) => m.ownerPersonId === a.personId || canSeeSoftware(a, m));
allow<MatchRecord>("vuln_match", "decide", canDecideMatch);
allow<MatchRecord>(
  "vuln_match",
  "accept",
  (a, m) => m.acceptDuty !== null && canSeeSoftware(a, m) && hasDutyOver(a, m.acceptDuty, m),
);
allow<null>("vuln_advisory", "read", () => true);
export function canImportAdvisories(a: Actor): boolean {
  return hasOrganizationDuty(a, "manage_network") || hasDuty(a, "administer_system");
}
/** The organization-wide views: confirmation queue, overdue, end-of-support calendar, summary. */
export function canOverseeVulnerabilities(a: Actor): boolean {
  return (["manage_network", "chief_information_security_officer", "view_all_departments"] as Duty[]).some(
    (d) => hasOrganizationDuty(a, d),
  );
}
allow<null>("vuln_advisory", "import", canImportAdvisories);
allow<null>("vuln_advisory", "oversee", canOverseeVulnerabilities);
// The vulnerabilities screen shows its organization tabs and the import button by these (auth/me).
allowApp("overseeVulnerabilities", canOverseeVulnerabilities);
allowApp("importAdvisories", canImportAdvisories);
// The inventory screen shows the sheet import and the product form by this.
allowApp("keepSoftwareCatalog", canKeepCatalog);

/**
 * A malware or urgent notice to all staff from an advisory: the duties the profile names
 * (software.vulnerabilities.staff_notice — 西原村 7.6(2): the ネットワーク管理者), held
 * organization-wide. No rule in the profile: nobody sends one.
 */
allow<{ duties: readonly Duty[] }>("vuln_advisory", "notify_staff", (a, r) =>
  r.duties.some((d) => hasOrganizationDuty(a, d)),
);

/** Departments whose inventory and matches the actor sees, in SQL over a department id column. */
export function softwareVisibilitySql(actor: Actor, column: SQL, ownerColumn?: SQL): SQL {
  const units = visibleUnits(actor, SOFTWARE_VIEW_DUTIES);
  if (units === "all") return sql`true`;
  const own = ownerColumn ? sql`${ownerColumn} = ${actor.personId}::uuid` : sql`false`;
  if (!units.unitIds.length) return own;
  return sql`(${own} or ${withinUnitsSql(column, units.unitIds, units.grantUnitIds)})`;
}

/** Who keeps the tasks of a 課's installations without a named owner (also the daily digest's recipients). */
export const TASK_DUTIES: Duty[] = ["own_assets", "manage_department_security"];

/**
 * A match is among the actor's tasks (their to-do list, not what they may read): they own it, or
 * it has no named owner and they keep the assets of its 課 (own_assets or
 * manage_department_security over the unit; their own 課 alone does not make it theirs).
 * `matchTasksSql` is the same over the alias `m`.
 */
export function isMatchTask(
  actor: Actor,
  m: Pick<MatchRecord, "ownerPersonId" | "departmentId" | "bureauId">,
) {
  if (m.ownerPersonId !== null) return m.ownerPersonId === actor.personId;
  return TASK_DUTIES.some((d) => hasDutyOver(actor, d, m));
}
export function matchTasksSql(actor: Actor): SQL {
  const mine = sql`m.owner_person_id = ${actor.personId}::uuid`;
  const units = visibleUnits({ ...actor, departmentId: null }, TASK_DUTIES);
  if (units === "all") return sql`(${mine} or m.owner_person_id is null)`;
  if (!units.unitIds.length) return mine;
  return sql`(${mine} or (m.owner_person_id is null and ${withinUnitsSql(sql`m.department_id`, units.unitIds, units.grantUnitIds)}))`;
}
