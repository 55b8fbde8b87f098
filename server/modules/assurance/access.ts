import { type SQL, sql } from "drizzle-orm";
import type { Duty } from "../../../common/duties";
import { allow, allowApp, hasDuty, hasDutyOver, visibleUnits } from "../../access";
import { type Approval, isOwnWork } from "../../access/self-approval";
import { uuidListSql } from "../../db/sql";
import type { Actor } from "../../http/context";
import type { Profile } from "../../profile";

/**
 * Access rules of self-inspection and audit (DESIGN.md §4 rules 1–2).
 * - The CISO's office (CISO, ネットワーク管理者 / 情報監理者) keeps the items, runs campaigns and
 *   the findings board, and opens 横展開.
 * - A sheet is answered by its respondent: the person themselves, or a holder of one of the
 *   scope's respondent duties over the unit (directly or as deputy); it is read also by whoever the results
 *   are reported to, the 局 confirming it, and readers of all departments.
 * - Findings are read and worked on in their unit; verified and closed by the profile's verifier.
 * - Audits: planned and closed by the owner duty, approved by the plan approver, fieldwork and the
 *   report by the named auditors; an auditor's read grant covers the audited units while it runs.
 */
export const OFFICE_DUTIES: Duty[] = ["chief_information_security_officer", "manage_network"];
const READ_ALL_DUTIES: Duty[] = [...OFFICE_DUTIES, "view_all_departments", "lead_audit"];
/** Unit heads who follow their units' progress and findings. */
const UNIT_HEAD_DUTIES: Duty[] = ["manage_department_security", "inspect_bureau", "own_assets"];

export interface Unit {
  departmentId: string | null;
  bureauId: string | null;
}

export const isOffice = (a: Actor) => OFFICE_DUTIES.some((d) => hasDuty(a, d));
const readsAll = (a: Actor) => READ_ALL_DUTIES.some((d) => hasDuty(a, d));
const headOf = (a: Actor, u: Unit) => UNIT_HEAD_DUTIES.some((d) => hasDutyOver(a, d, u));

export interface SheetRef extends Unit {
  unitKind: "person" | "department" | "bureau" | "organization";
  personId: string | null;
  respondentDuties: Duty[];
  reportToDuty: Duty;
  /** The report-to duty reads only within its grant (profile `report_reach`, 川崎市 第12章5). */
  reportWithinGrant: boolean;
  campaignOpen: boolean;
}

/** The results of the sheet are reported to the actor: anywhere, or over its unit (report_reach). */
const reportedTo = (a: Actor, s: SheetRef) =>
  s.reportWithinGrant ? hasDutyOver(a, s.reportToDuty, s) : hasDuty(a, s.reportToDuty);

export function isRespondent(a: Actor, s: SheetRef): boolean {
  if (s.unitKind === "person") return s.personId === a.personId;
  if (s.unitKind === "organization") return s.respondentDuties.some((d) => hasDuty(a, d));
  return s.respondentDuties.some((d) => hasDutyOver(a, d, s));
}

export function canReadSheet(a: Actor, s: SheetRef): boolean {
  return (
    isRespondent(a, s) || readsAll(a) || reportedTo(a, s) || (s.unitKind !== "organization" && headOf(a, s))
  );
}

allow<unknown>("assurance_item", "read", () => true);
allow<unknown>("assurance_item", "edit", (a) => isOffice(a));
allow<unknown>("assurance_campaign", "read", () => true);
allow<unknown>("assurance_campaign", "manage", (a) => isOffice(a));
allow<SheetRef>("assurance_sheet", "read", canReadSheet);
allow<SheetRef>("assurance_sheet", "answer", (a, s) => s.campaignOpen && isRespondent(a, s));
/** Turning a gap into a finding: the unit's head, the office, or whoever the results go to. */
allow<SheetRef>(
  "assurance_sheet",
  "raise_finding",
  (a, s) =>
    isOffice(a) || reportedTo(a, s) || (s.unitKind !== "person" && isRespondent(a, s)) || headOf(a, s),
);

export interface FindingRef extends Unit {
  ownerPersonId: string | null;
  verifierDuty: Duty;
  state: string;
  /** Auditors of a running audit (fieldwork or reported) of the finding's 課 or 局. */
  auditorIds: string[];
}

export function canReadFinding(a: Actor, f: FindingRef): boolean {
  return (
    readsAll(a) ||
    f.ownerPersonId === a.personId ||
    headOf(a, f) ||
    a.departmentId === f.departmentId ||
    f.auditorIds.includes(a.personId)
  );
}
const worksOn = (a: Actor, f: FindingRef) => f.ownerPersonId === a.personId || headOf(a, f) || isOffice(a);
/**
 * The profile's verifier, or an auditor auditing the unit: the audit checks the correction of
 * findings and their evidence (西原村 10.1(7), 川崎市 第12章6–8).
 */
const verifies = (a: Actor, f: FindingRef) =>
  f.auditorIds.includes(a.personId) ||
  (f.departmentId || f.bureauId ? hasDutyOver(a, f.verifierDuty, f) : hasDuty(a, f.verifierDuty));

allow<FindingRef>("assurance_finding", "read", canReadFinding);
allow<FindingRef>("assurance_finding", "update", (a, f) => f.state !== "closed" && worksOn(a, f));
allow<FindingRef>("assurance_finding", "attach", (a, f) => f.state !== "closed" && worksOn(a, f));
allow<FindingRef>(
  "assurance_finding",
  "verify",
  (a, f) => f.state === "done" && (verifies(a, f) || isOffice(a)),
);
allow<FindingRef>(
  "assurance_finding",
  "close",
  (a, f) => f.state === "verified" && (verifies(a, f) || isOffice(a)),
);
allow<FindingRef>("assurance_finding", "lateral", (a) => isOffice(a));
allow<Unit>("assurance_finding", "create", (a, u) => isOffice(a) || headOf(a, u));

export interface PlanRef extends Unit {
  approverDuty: Duty;
  status: string;
  createdByPersonId: string | null;
}
allow<PlanRef>("assurance_plan", "read", (a, p) => readsAll(a) || headOf(a, p) || hasDuty(a, p.approverDuty));
allow<Unit>("assurance_plan", "create", (a, u) => isOffice(a) || headOf(a, u));
allow<PlanRef>(
  "assurance_plan",
  "submit",
  (a, p) =>
    (p.status === "draft" || p.status === "returned") &&
    (p.createdByPersonId === a.personId || headOf(a, p) || isOffice(a)),
);
allow<PlanRef>(
  "assurance_plan",
  "approve",
  (a, p) =>
    p.status === "submitted" &&
    // 兼務の禁止: not its creator, nor a deputy holding the approving duty for its creator.
    !isOwnWork(a, { authors: [p.createdByPersonId], duty: p.approverDuty }) &&
    (p.departmentId || p.bureauId ? hasDutyOver(a, p.approverDuty, p) : hasDuty(a, p.approverDuty)),
);

export interface AuditRef {
  ownerDuty: Duty;
  approverDuty: Duty | null;
  reportToDuty: Duty;
  auditorIds: string[];
  status: string;
}
/** Named on an audit (any status) as an auditor (Actor.namedOn, from the assurance grant source). */
export const NAMED_AUDITOR = "assurance.auditor";
const auditorOf = (a: Actor, r: AuditRef) => r.auditorIds.includes(a.personId);
allow<AuditRef>(
  "assurance_audit",
  "read",
  (a, r) =>
    hasDuty(a, r.ownerDuty) ||
    auditorOf(a, r) ||
    hasDuty(a, r.reportToDuty) ||
    isOffice(a) ||
    (r.approverDuty != null && hasDuty(a, r.approverDuty)),
);
/**
 * The audits screen (auth/me): the office, holders of a duty one of the profile's audit kinds
 * names (owner, plan approver, report-to, performer), and anyone named auditor on an audit of the
 * profile (`namedOn`, from the assurance grant source), who may open it (auditorOf) whatever their
 * duties; the list shows each of them the audits assurance_audit.read lets through.
 */
export function readsAudits(a: Actor, profile: Profile): boolean {
  if (isOffice(a) || a.namedOn?.includes(NAMED_AUDITOR)) return true;
  return (profile.assurance?.audits ?? []).some((k) =>
    [k.owner_duty, k.plan_approver_duty, k.report_to_duty, k.performer_duty].some(
      (d) => d != null && hasDuty(a, d),
    ),
  );
}
allowApp<Profile>("readAudits", readsAudits);
allow<{ ownerDuty: Duty }>("assurance_audit", "plan", (a, r) => hasDuty(a, r.ownerDuty));
/**
 * The audit plan is approved by someone other than who planned it (兼務の禁止, the profile's
 * requester_not_approver): an audit lead who also sits on the committee does not approve their
 * own plan. A committee has other members, so no unavoidable case is taken here
 * (server/access/self-approval.ts, refused outright).
 */
export function auditPlanApproval(
  r: Pick<AuditRef, "approverDuty">,
  audit: { createdByPersonId: string | null },
): Approval {
  return {
    what: { ja: "自分が立案した監査実施計画", en: "an audit plan you drew up" },
    authors: [audit.createdByPersonId],
    duty: (r.approverDuty ?? "committee_member") as Duty,
    over: "anywhere",
  };
}
allow<AuditRef>(
  "assurance_audit",
  "approve",
  (a, r) => r.status === "planned" && r.approverDuty != null && hasDuty(a, r.approverDuty),
);
allow<AuditRef>(
  "assurance_audit",
  "start",
  (a, r) =>
    (r.status === "approved" || (r.status === "planned" && r.approverDuty == null)) &&
    hasDuty(a, r.ownerDuty),
);
allow<AuditRef>("assurance_audit", "fieldwork", (a, r) => r.status === "fieldwork" && auditorOf(a, r));
allow<AuditRef>(
  "assurance_audit",
  "report",
  (a, r) => r.status === "fieldwork" && (auditorOf(a, r) || hasDuty(a, r.ownerDuty)),
);
allow<AuditRef>("assurance_audit", "close", (a, r) => r.status === "reported" && hasDuty(a, r.ownerDuty));

/**
 * The scopes whose results are reported to the actor (reportedScopes): read in full (`full`), or
 * only in the units their report-to grant covers (`within`, profile `report_reach`).
 */
export interface ReportReach {
  full: string[];
  within: { key: string; unitIds: string[] }[];
}

/** Scopes whose sheets the actor reads because the results are reported to them (twin of reportedTo). */
export function reportedScopes(profile: Profile, actor: Actor): ReportReach {
  const reach: ReportReach = { full: [], within: [] };
  for (const scope of profile.assurance?.self_inspection ?? []) {
    if (!hasDuty(actor, scope.report_to_duty)) continue;
    const units = scope.report_reach ? visibleUnits(actor, [scope.report_to_duty]) : "all";
    if (units === "all") reach.full.push(scope.key);
    else if (units.grantUnitIds.length) reach.within.push({ key: scope.key, unitIds: units.grantUnitIds });
  }
  return reach;
}

/**
 * Sheets the actor may read, in SQL over the alias `s` (assurance_sheets) and `c`
 * (assurance_campaigns): the twin of canReadSheet for the progress lists. Report-to and
 * respondent duties depend on the campaign's scope, so the caller passes which scopes the actor
 * reads in full or within their units (`reach`, from reportedScopes).
 */
export function sheetVisibilitySql(actor: Actor, reach: ReportReach): SQL {
  if (readsAll(actor)) return sql`true`;
  const heads = headedUnits(actor);
  const parts: SQL[] = [sql`s.person_id = ${actor.personId}::uuid`];
  if (reach.full.length)
    parts.push(
      sql`c.scope_key in (${sql.join(
        reach.full.map((k) => sql`${k}`),
        sql`, `,
      )})`,
    );
  for (const w of reach.within) parts.push(sql`(c.scope_key = ${w.key} and ${unitsSql("s", w.unitIds)})`);
  if (heads === "all") parts.push(sql`true`);
  else if (heads.length) parts.push(unitsSql("s", heads));
  return sql`(${sql.join(parts, sql` or `)})`;
}

/** The units whose every sheet the actor reads as their head: "all", or their ids. */
function headedUnits(actor: Actor): "all" | string[] {
  const units = visibleUnits(actor, UNIT_HEAD_DUTIES);
  if (units === "all") return "all";
  return units.unitIds.filter(
    (u) => u !== actor.departmentId || headOf(actor, { departmentId: u, bureauId: null }),
  );
}

/** Rows (alias `alias`, with department_id and bureau_id) in one of these units. */
export function unitsSql(alias: string, unitIds: string[]): SQL {
  const list = uuidListSql(unitIds);
  const a = sql.raw(alias);
  return sql`(${a}.department_id in (${list}) or ${a}.bureau_id in (${list}))`;
}

/**
 * The sheets of one campaign (of scope `scopeKey`) the actor reads, in the form the kept tallies
 * (assurance_sheet_tallies, per 局 and 課) can answer: every sheet, or the sheets of the units
 * they head plus their own sheet. The same rule as sheetVisibilitySql restricted to that campaign
 * (queries.test checks the two agree).
 */
export function campaignSheetReach(
  actor: Actor,
  reach: ReportReach,
  scopeKey: string,
): { all: true } | { all: false; heads: string[] } {
  if (readsAll(actor) || reach.full.includes(scopeKey)) return { all: true };
  const heads = headedUnits(actor);
  if (heads === "all") return { all: true };
  // The units the scope's results are reported to the actor in read like headed units.
  const reported = reach.within.filter((w) => w.key === scopeKey).flatMap((w) => w.unitIds);
  return { all: false, heads: [...new Set([...heads, ...reported])] };
}

/**
 * Sheets the actor answers, in SQL over `s` and `c` (the twin of isRespondent for "my sheets"):
 * their own, and those of the units they hold a scope's respondent duty over — the whole scope
 * when it is organization-wide, the units of their grants otherwise (a 課 respondent also
 * answers for the 課 of a bureau they are granted).
 */
export function respondentSheetsSql(profile: Profile, actor: Actor): SQL {
  const parts: SQL[] = [sql`s.person_id = ${actor.personId}::uuid`];
  for (const scope of profile.assurance?.self_inspection ?? []) {
    const duties = (scope.respondent_duties ?? []) as Duty[];
    if (!duties.length || scope.unit === "person") continue;
    if (scope.unit === "organization") {
      if (duties.some((d) => hasDuty(actor, d))) parts.push(sql`c.scope_key = ${scope.key}`);
      continue;
    }
    const units = visibleUnits(actor, duties);
    if (units === "all") {
      if (actor.grants.some((g) => duties.includes(g.duty))) parts.push(sql`c.scope_key = ${scope.key}`);
      continue;
    }
    const granted = actor.grants
      .filter((g) => duties.includes(g.duty) && g.scopeDepartmentId)
      .map((g) => g.scopeDepartmentId as string);
    if (!granted.length) continue;
    const list = uuidListSql(granted);
    const unitMatch =
      scope.unit === "bureau"
        ? sql`s.bureau_id in (${list})`
        : sql`(s.department_id in (${list}) or s.bureau_id in (${list}))`;
    parts.push(sql`(c.scope_key = ${scope.key} and ${unitMatch})`);
  }
  return sql`(${sql.join(parts, sql` or `)})`;
}

/** Findings the actor may read, in SQL over the alias `f`: the twin of canReadFinding. */
export function findingVisibilitySql(actor: Actor): SQL {
  if (readsAll(actor)) return sql`true`;
  const parts: SQL[] = [sql`f.owner_person_id = ${actor.personId}::uuid`, auditedBySql(actor.personId)];
  if (actor.departmentId) parts.push(sql`f.department_id = ${actor.departmentId}::uuid`);
  const units = visibleUnits(actor, UNIT_HEAD_DUTIES);
  if (units === "all") return sql`true`;
  if (units.unitIds.length) {
    const list = uuidListSql(units.unitIds);
    parts.push(sql`(f.department_id in (${list}) or f.bureau_id in (${list}))`);
  }
  return sql`(${sql.join(parts, sql` or `)})`;
}

/** The finding (alias `f`) is in a unit of a running audit that the person performs. */
export function auditedBySql(personId: string): SQL {
  return sql`exists (select 1 from assurance_audits au join assurance_auditors aa on aa.audit_id = au.id
    where aa.person_id = ${personId}::uuid and au.profile_id = f.profile_id and au.status in ('fieldwork', 'reported')
      and (au.unit_ids ? f.department_id::text or au.unit_ids ? f.bureau_id::text))`;
}
