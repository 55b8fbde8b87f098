import { eq, inArray, or, type SQL, sql } from "drizzle-orm";
import type { Duty } from "../../../common/duties";
import {
  allow,
  allowApp,
  auditedOver,
  auditedSql,
  hasDuty,
  hasDutyOver,
  hasOrganizationDuty,
  type RecordSpan,
  type UnitRef,
  visibleUnits,
} from "../../access";
import { jstDateSql } from "../../db/sql";
import { childOfUnitsSql, withinUnitsSql } from "../../directory";
import type { Actor } from "../../http/context";
import type { Stage } from "./domain/types";
import { incidentAccess, incidentAssets, incidents, violations } from "./tables";

/**
 * Access rules of the incident module (DESIGN.md §4 rules 1–2).
 *
 * Who sees a case (`incident.read`; the list filters in SQL by the same rule, `visibilityWhere`):
 * - the CSIRT (`triage_incident` at organization scope) sees every case;
 * - a reporter sees their own reports; a person told along the escalation chain sees the case
 *   they were told of (they must read it to acknowledge);
 * - a department sees the cases that involve its assets (`visibleUnits` over the department
 *   management duties: the actor's own department, plus units they manage);
 * - a restricted case is seen only by its named members (the CSIRT member who restricts it is
 *   named automatically); nobody else — not even the rest of the CSIRT or the reporter.
 * A case the actor may not read answers 404, like one that does not exist.
 *
 * What they may do:
 * - triage, move the stage, case work (tasks, timeline, evidence, outside reports, PPC facts,
 *   press decision, restriction, closing): the CSIRT (`triage_incident`, organization scope),
 *   on a case it can read;
 * - acknowledge: a person told at the step now pending (a deputy acting for an absent holder
 *   included);
 * - link an affected asset, add an attachment: the CSIRT, holders of `receive_incident_reports`
 *   (they receive reports along the chain) and the reporter, on a case they can read that is not
 *   closed; the CISO links assets too, and the deciders (CSIRT, CISO) may link one they may not
 *   open through an audited need-to-know grant limited to the case;
 * - metrics: the CSIRT, the CISO and committee members.
 *
 * Violations (違反) are personal: seen by the CSIRT, by holders of the profile's rights duty
 * (ネットワーク管理者), by the managers of the person's department and by whoever reported it.
 * Reporting one needs the profile's notify or rights duty or the CSIRT; suspending or withdrawing
 * system rights needs the profile's rights duty at organization scope and only the measures the
 * profile allows (西原村 8.6(2)③).
 *
 * The emergency response plan is read by everyone signed in (staff must know whom to call);
 * new versions are written by the CISO or the CSIRT.
 */

export const SEES_ALL_DUTY: Duty = "triage_incident";
/** Duties through which a department sees the cases that involve its assets. */
export const DEPARTMENT_VIEW_DUTIES: Duty[] = [
  "manage_department_security",
  "own_assets",
  // An auditor of a running audit sees the audited units' cases of the audit period through
  // `auditedOver` / `auditedSql` (#16 item 5), not through this list.
];

export interface IncidentRecord {
  id: string;
  restricted: boolean;
  stage: Stage;
  reporterPersonId: string | null;
  /** Reporter, people told along the chain and named members. */
  accessPersonIds: string[];
  memberPersonIds: string[];
  /** Owning units of the affected assets. */
  assetUnits: UnitRef[];
  /** People told at the step now pending. */
  pendingTargetPersonIds: string[];
  /** Reported on and closed on (JST days; null while open): compared with an auditor's period. */
  span?: RecordSpan;
}

const csirt = (a: Actor) => hasOrganizationDuty(a, SEES_ALL_DUTY);

function unitVisible(actor: Actor, unit: UnitRef): boolean {
  const units = visibleUnits(actor, DEPARTMENT_VIEW_DUTIES);
  if (units === "all") return true;
  return units.unitIds.some((u) => u === unit.departmentId || u === unit.bureauId);
}

export function canReadIncident(actor: Actor, r: IncidentRecord): boolean {
  if (r.restricted) return r.memberPersonIds.includes(actor.personId);
  if (csirt(actor)) return true;
  if (r.accessPersonIds.includes(actor.personId)) return true;
  if (r.assetUnits.some((u) => unitVisible(actor, u))) return true;
  // An auditor: a case of an audited unit handled during the audit period.
  return r.assetUnits.some((u) => auditedOver(actor, u, r.span ?? null));
}

/** The same rule as `incident.read`, as SQL over `incidents` (the list, the faces, the dashboard). */
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
    byAssets = sql`EXISTS (SELECT 1 FROM ${incidentAssets} ia WHERE ia.incident_id = ${incidents.id} AND ${withinUnitsSql(sql`ia.department_id`, units.unitIds)})`;
  const all = csirt(actor) ? sql`true` : sql`false`;
  const audited = auditedSql(
    actor,
    sql`ia.department_id`,
    jstDateSql(incidents.createdAt),
    jstDateSql(incidents.closedAt),
  );
  const byAudit = sql`EXISTS (SELECT 1 FROM ${incidentAssets} ia WHERE ia.incident_id = ${incidents.id} AND ${audited})`;
  return sql`((${incidents.restricted} = false AND (${all} OR ${anyAccess} OR ${byAssets} OR ${byAudit})) OR (${incidents.restricted} = true AND ${member}))`;
}

const open = (r: IncidentRecord) => r.stage !== "closed";
const csirtOn = (a: Actor, r: IncidentRecord) => canReadIncident(a, r) && csirt(a);

allow<IncidentRecord>("incident", "read", canReadIncident);
allow<IncidentRecord>(
  "incident",
  "triage",
  (a, r) => csirtOn(a, r) && (r.stage === "new" || r.stage === "triage"),
);
allow<IncidentRecord>("incident", "manage", (a, r) => csirtOn(a, r) && open(r));
allow<IncidentRecord>("incident", "close", (a, r) => csirtOn(a, r) && open(r));
allow<IncidentRecord>("incident", "restrict", (a, r) => csirtOn(a, r));
/** Prevention actions stay tracked after closing: the CSIRT completes them on a closed case too. */
allow<IncidentRecord>("incident", "trackPrevention", (a, r) => csirtOn(a, r));
allow<IncidentRecord>("incident", "acknowledge", (a, r) => r.pendingTargetPersonIds.includes(a.personId));
/** Those who decide on a case: the CSIRT and the CISO (西原村 6.3(3)②⑤). */
const decider = (a: Actor) => csirt(a) || hasOrganizationDuty(a, "chief_information_security_officer");

allow<IncidentRecord>(
  "incident",
  "linkAsset",
  (a, r) =>
    canReadIncident(a, r) &&
    open(r) &&
    (decider(a) || hasDuty(a, "receive_incident_reports") || r.reporterPersonId === a.personId),
);
/**
 * Need-to-know (#13 item 5): a decider may link an affected asset they may not otherwise open —
 * a top-level asset included — with a reason that is audited. The grant is limited to this case:
 * its deciders see the asset's number and name here, nowhere else.
 */
allow<IncidentRecord>(
  "incident",
  "linkAssetNeedToKnow",
  (a, r) => canReadIncident(a, r) && open(r) && decider(a),
);
allow<IncidentRecord>("incident", "seeNeedToKnowAssets", (a, r) => canReadIncident(a, r) && decider(a));
allow<IncidentRecord>(
  "incident",
  "attach",
  (a, r) => canReadIncident(a, r) && open(r) && (csirt(a) || r.reporterPersonId === a.personId),
);

/** Anyone signed in may report (職員等 must report what they notice, 6.3(1)①). */
allow<null>("incidentReport", "create", () => true);
/**
 * The deadline watch of outside reports (the dashboard's 個人情報保護委員会 count): the CSIRT,
 * which decides outside reports on every case.
 */
allow<null>("incidentOutsideReports", "watchDeadlines", (a) => csirt(a));
/**
 * Telephone numbers in a department's call list (緊急連絡網 of the escalation chain): those who
 * hold a duty of the chain themselves (the CSIRT included), not everyone who may read the list.
 */
allow<{ chainDuties: Duty[] }>("incidentCallList", "seePhones", (a, r) =>
  a.grants.some((g) => r.chainDuties.includes(g.duty as Duty)),
);
allow<null>(
  "incidentMetrics",
  "read",
  (a) =>
    csirt(a) ||
    hasOrganizationDuty(a, "chief_information_security_officer") ||
    hasOrganizationDuty(a, "committee_member"),
);

export interface ViolationRecord {
  reportedByPersonId: string | null;
  unit: UnitRef;
  notifyDuty: Duty;
  rightsDuty: Duty | null;
  rightsMeasures: Array<"suspend" | "withdraw">;
}

/** For the violation list: the profile's duties decide who sees and who reports. */
export interface ViolationPolicy {
  notifyDuty: Duty;
  rightsDuty: Duty | null;
  rightsMeasures: Array<"suspend" | "withdraw">;
}

export function canReadViolation(a: Actor, r: ViolationRecord): boolean {
  if (csirt(a)) return true;
  if (r.rightsDuty && hasOrganizationDuty(a, r.rightsDuty)) return true;
  if (r.reportedByPersonId === a.personId) return true;
  return hasDutyOver(a, r.notifyDuty, r.unit);
}

/**
 * The same rule as `violation.read`, as SQL over `violations` (the violation list): everything for
 * the CSIRT and the organization-wide holders of the rights or notify duty; otherwise one's own
 * reports and the people of the units (and 課 below a bureau) one holds the notify duty over.
 */
export function violationVisibilitySql(a: Actor, p: ViolationPolicy): SQL | undefined {
  const all =
    csirt(a) ||
    (p.rightsDuty != null && hasOrganizationDuty(a, p.rightsDuty)) ||
    a.grants.some((g) => g.duty === p.notifyDuty && g.scope === "organization");
  if (all) return undefined;
  const units = a.grants
    .filter((g) => g.duty === p.notifyDuty && g.scopeDepartmentId)
    .map((g) => g.scopeDepartmentId as string);
  const conds: SQL[] = [eq(violations.reportedByPersonId, a.personId)];
  if (units.length) {
    conds.push(inArray(violations.departmentId, units));
    conds.push(childOfUnitsSql(violations.departmentId, units));
  }
  return or(...conds);
}

allow<ViolationPolicy>(
  "violations",
  "create",
  (a, p) => csirt(a) || hasDuty(a, p.notifyDuty) || (p.rightsDuty != null && hasDuty(a, p.rightsDuty)),
);
allow<ViolationRecord>("violation", "read", canReadViolation);
allow<ViolationRecord>(
  "violation",
  "update",
  (a, r) =>
    canReadViolation(a, r) &&
    (csirt(a) ||
      hasDutyOver(a, r.notifyDuty, r.unit) ||
      (r.rightsDuty != null && hasOrganizationDuty(a, r.rightsDuty))),
);
allow<ViolationRecord>(
  "violation",
  "suspendRights",
  (a, r) =>
    r.rightsDuty != null && r.rightsMeasures.includes("suspend") && hasOrganizationDuty(a, r.rightsDuty),
);
allow<ViolationRecord>(
  "violation",
  "withdrawRights",
  (a, r) =>
    r.rightsDuty != null && r.rightsMeasures.includes("withdraw") && hasOrganizationDuty(a, r.rightsDuty),
);

allow<null>("emergencyPlan", "read", () => true);
allow<null>(
  "emergencyPlan",
  "update",
  (a) => csirt(a) || hasOrganizationDuty(a, "chief_information_security_officer"),
);

/**
 * How to reach the 統一的な窓口 (its telephone and e-mail): the CISO publishes it (西原村 6.3(2)④
 * 「CISO は…窓口を設置し、当該窓口への連絡手段を公表しなければならない」); the system administrator, who
 * keeps the installation's settings, may set it too.
 */
export function maySetContactMeans(actor: Actor): boolean {
  return (
    hasOrganizationDuty(actor, "chief_information_security_officer") ||
    hasOrganizationDuty(actor, "administer_system")
  );
}
allow<null>("contact_point", "update", maySetContactMeans);
allowApp("editContactPoint", maySetContactMeans);
