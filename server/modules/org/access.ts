import type { Duty } from "../../../common/duties";
import { allow, allowApp, hasDuty, hasDutyOver, hasOrganizationDuty } from "../../access";
import type { Actor } from "../../http/context";

/**
 * Access rules of the organization module (DESIGN.md §4 rules 1–2).
 *
 * - Departments: the organization chart is read by everyone signed in. Creating, renaming,
 *   moving and deactivating units needs `manage_organization` at organization scope.
 * - People: staff see the people of their own department (and themselves). Holders of
 *   `manage_organization` or `view_all_departments` at organization scope see everyone; holders
 *   of those duties or of `manage_department_security` at bureau scope see the people of their
 *   bureau and its departments (department scope: that department). The list query filters in SQL
 *   by exactly this rule (`peopleVisibility`), and a detail the actor may not read answers 404 —
 *   the same as a person who does not exist — so a detail never confirms what a list would hide.
 *   A readable record the actor may not change answers 403 on PATCH.
 * - Writing people needs `manage_organization` over the person's unit; creating a login needs
 *   `manage_organization` or `administer_system` at organization scope.
 * - Role assignments and deputies: who holds which role is part of the organization chart and
 *   the emergency contact network, so every signed-in person may read them; creating and ending
 *   them needs `manage_organization` at organization scope (roles carry duties, so handing them
 *   out is an organization-level act).
 * - Transfers (人事異動): `manage_organization` at organization scope for everything.
 * - Emergency contact network (緊急連絡網): everyone signed in sees who holds each role, their
 *   department, work e-mail and deputies (staff must know whom to tell about an incident).
 *   Phone and emergency (out-of-hours) numbers are personal data: they are shown to people who
 *   are themselves on the network — anyone holding a role of the profile now (directly or as a
 *   deputy), since those are the people who must call each other along the escalation chain —
 *   and to `manage_organization` holders who maintain the list; every person also sees their
 *   own numbers. Ordinary staff report through the incident form and the contact point instead.
 */

export interface PersonRef {
  id: string;
  departmentId: string | null;
  bureauId: string | null;
}

/** Duties whose grants widen which people an actor sees beyond their own department. */
export const PEOPLE_VIEW_DUTIES: Duty[] = [
  "manage_organization",
  "view_all_departments",
  "manage_department_security",
];

const managesOrganization = (actor: Actor) => hasOrganizationDuty(actor, "manage_organization");

export function canSeePerson(actor: Actor, person: PersonRef): boolean {
  if (person.id === actor.personId) return true;
  if (hasOrganizationDuty(actor, "manage_organization") || hasOrganizationDuty(actor, "view_all_departments"))
    return true;
  if (person.departmentId && person.departmentId === actor.departmentId) return true;
  const unit = { departmentId: person.departmentId, bureauId: person.bureauId };
  return PEOPLE_VIEW_DUTIES.some((duty) =>
    actor.grants.some(
      (g) =>
        g.duty === duty &&
        g.scope !== "organization" &&
        g.scopeDepartmentId != null &&
        (g.scopeDepartmentId === unit.departmentId || g.scopeDepartmentId === unit.bureauId),
    ),
  );
}

/**
 * What the people list may show, for the SQL filter: "all", or the actor's own department
 * (exactly), the units their grants cover (a bureau id covers its departments) and themselves.
 */
export function peopleVisibility(
  actor: Actor,
): "all" | { ownDepartmentId: string | null; unitIds: string[]; personId: string } {
  if (hasOrganizationDuty(actor, "manage_organization") || hasOrganizationDuty(actor, "view_all_departments"))
    return "all";
  const unitIds = new Set<string>();
  for (const g of actor.grants) {
    // manage_department_security at organization scope does not open every department's people.
    if (g.scope === "organization" || !g.scopeDepartmentId) continue;
    if (PEOPLE_VIEW_DUTIES.includes(g.duty)) unitIds.add(g.scopeDepartmentId);
  }
  return { ownDepartmentId: actor.departmentId, unitIds: [...unitIds], personId: actor.personId };
}

/** Phone numbers in the contact network (see the module comment above). */
export function canSeeContactPhones(actor: Actor, personId?: string): boolean {
  if (personId && personId === actor.personId) return true;
  return actor.grants.length > 0 || managesOrganization(actor);
}

allow<unknown>("department", "read", () => true);
allow<unknown>("department", "create", (actor) => managesOrganization(actor));
allow<unknown>("department", "update", (actor) => managesOrganization(actor));

allow<PersonRef>("person", "read", (actor, p) => canSeePerson(actor, p));
allow<PersonRef>("person", "update", (actor, p) =>
  hasDutyOver(actor, "manage_organization", { departmentId: p.departmentId, bureauId: p.bureauId }),
);
allow<PersonRef>(
  "person",
  "createLogin",
  (actor) => managesOrganization(actor) || hasOrganizationDuty(actor, "administer_system"),
);
allow<PersonRef>("person", "assignRole", (actor) => managesOrganization(actor));
/** Creating a person in a unit (record = the target unit). */
allow<PersonRef>("people", "create", (actor, p) =>
  p.departmentId == null
    ? managesOrganization(actor)
    : hasDutyOver(actor, "manage_organization", { departmentId: p.departmentId, bureauId: p.bureauId }),
);

// The 新規登録 button of the people list (auth/me): people.create allows a holder of
// manage_organization over the new person's unit, so a holder over any unit sees it.
allowApp("createPeople", (actor) => hasDuty(actor, "manage_organization"));

allow<unknown>("roleAssignment", "read", () => true);
allow<unknown>("roleAssignment", "create", (actor) => managesOrganization(actor));
allowApp("assignRoles", (actor) => managesOrganization(actor));
allow<{ current: boolean; ended: boolean }>(
  "roleAssignment",
  "end",
  (actor, r) => !r.ended && managesOrganization(actor),
);

allow<unknown>("deputy", "read", () => true);
allow<unknown>("deputy", "create", (actor) => managesOrganization(actor));
allowApp("recordDeputies", (actor) => managesOrganization(actor));
allow<{ ended: boolean }>("deputy", "end", (actor, d) => !d.ended && managesOrganization(actor));

allow<{ status?: string }>("transfer", "read", (actor) => managesOrganization(actor));
allow<{ status?: string }>("transfer", "create", (actor) => managesOrganization(actor));
allow<{ status?: string }>(
  "transfer",
  "apply",
  (actor, t) => t.status === "planned" && managesOrganization(actor),
);
allow<{ status?: string }>(
  "transfer",
  "cancel",
  (actor, t) => t.status === "planned" && managesOrganization(actor),
);

// 休職・退職: the same people as 人事異動.
allow<{ status?: string }>("separation", "read", (actor) => managesOrganization(actor));
allow<{ status?: string }>("separation", "create", (actor) => managesOrganization(actor));
allow<{ status?: string }>(
  "separation",
  "apply",
  (actor, s) => s.status === "planned" && managesOrganization(actor),
);
allow<{ status?: string }>(
  "separation",
  "cancel",
  (actor, s) => s.status === "planned" && managesOrganization(actor),
);

allow<unknown>("contactNetwork", "read", () => true);
allow<unknown>("contactNetwork", "viewPhones", (actor) => canSeeContactPhones(actor));

/** The 人事異動 screens (transfers). */
allowApp("manageTransfers", (actor) => managesOrganization(actor));

/**
 * Directory sync (LDAP/AD → people register): the ネットワーク管理者 / 情報監理者 (manage_network), the
 * system administrators and the people-register keepers (manage_organization), all at organization
 * scope, see runs and start a dry run; applying writes people, so it needs manage_organization.
 */
const seesDirectorySync = (actor: Actor) =>
  managesOrganization(actor) ||
  hasOrganizationDuty(actor, "manage_network") ||
  hasOrganizationDuty(actor, "administer_system");
allow<unknown>("directorySync", "read", (actor) => seesDirectorySync(actor));
allow<unknown>("directorySync", "preview", (actor) => seesDirectorySync(actor));
// The directory sync screen and its menu item (auth/me).
allowApp("seeDirectorySync", seesDirectorySync);
allow<{ status?: string }>(
  "directorySync",
  "apply",
  (actor, r) => (r.status === undefined || r.status === "previewed") && managesOrganization(actor),
);
