import { type SQL, sql } from "drizzle-orm";
import { ASSET_MANAGER_DUTIES, type Duty } from "../../../common/duties";
import {
  allow,
  allowApp,
  auditedOver,
  auditedSql,
  hasDuty,
  hasDutyOver,
  type RecordSpan,
  visibleUnits,
} from "../../access";
import { jstDateSql, uuidListSql } from "../../db/sql";
import type { Actor, DutyGrant } from "../../http/context";
import { isTopLevel, type Profile } from "../../profile";
import type { RequestKind } from "../../profile/schema";
import { KINDS } from "./domain/kinds";
import { grantForStep } from "./domain/sod";
import type { RequestStatus, ResolvedStep } from "./tables";

/**
 * Access rules of requests (DESIGN.md §4 rules 1–2).
 *
 * Read: the requester; whoever may decide the waiting step; people who decided it; holders of
 * REQUEST_VIEW_DUTIES over the request's department (bureau, organization). `requestVisibilitySql`
 * is the same predicate in SQL for lists, so a list never shows what the detail refuses (404).
 *
 * Write:
 * - submit / cancel / start / return report / post-report: the requester only;
 * - approve / reject / return: a holder of the waiting step's duty over the request's unit
 *   (directly or as a deputy). The requester is refused with 403 `separation_of_duties` by the
 *   command, except for a recorded override where the profile allows it (やむを得ない場合);
 * - complete: for a carry-out the approver (confirms nothing is missing, 川崎市 第4章1(5)エ(オ));
 *   otherwise the requester (disposal evidence, provision record) or the approver.
 */
export const REQUEST_VIEW_DUTIES: Duty[] = [
  // An auditor of a running audit sees the audited units' requests filed in the audit period
  // through `auditedOver` / `auditedSql` (#16 item 5), not through this list.
  "view_all_departments",
  "chief_information_security_officer",
  "manage_department_security",
  "own_assets",
];

/**
 * Filing a kind: any 職員等, unless the profile names who applies (`filed_by`, e.g. 西原村 7.2(1)③(イ):
 * only the ネットワーク管理者 or a 情報セキュリティ・システム管理者 names the deputy of their privilege).
 */
export const mayFileKind = (actor: Actor, kind: Pick<RequestKind, "filed_by">) =>
  !kind.filed_by || kind.filed_by.duties.some((d) => hasDuty(actor, d as Duty));
allow<Pick<RequestKind, "filed_by">>("request_kind", "file", mayFileKind);

/** Who sees the override report (the CISO's list of self-approvals). */
export const OVERRIDE_REPORT_DUTIES: Duty[] = ["chief_information_security_officer", "view_audit_log"];

/** The report of self-approvals with a recorded reason (本人承認): the CISO and audit-log readers. */
export const canReadOverrideReport = (actor: Actor) => OVERRIDE_REPORT_DUTIES.some((d) => hasDuty(actor, d));
allow<null>("request_report", "readOverrides", (actor) => canReadOverrideReport(actor));
allowApp("readRequestOverrides", canReadOverrideReport);

export interface RequestRef {
  id: string;
  kind: string;
  status: RequestStatus;
  requesterPersonId: string;
  departmentId: string;
  bureauId: string | null;
  currentStep: number;
  resolved: ResolvedStep[];
  deciderPersonIds: string[];
  /** Filed on (JST day), as an auditor's period sees it. */
  span?: RecordSpan;
}

const unitOf = (r: RequestRef) => ({ departmentId: r.departmentId, bureauId: r.bureauId });

export function waitingStep(r: RequestRef): ResolvedStep | null {
  if (r.status !== "submitted" || r.currentStep < 1) return null;
  return r.resolved.find((s) => s.step === r.currentStep) ?? null;
}

/** Holds the duty of the waiting step over the request's unit (whether or not they are the requester). */
export function holdsWaitingStep(actor: Actor, r: RequestRef): boolean {
  const step = waitingStep(r);
  return step ? grantForStep(actor.grants, step, unitOf(r)) != null : false;
}

/** Holds the first step's duty (the approver who confirms a return). */
export function holdsFirstStep(actor: Actor, r: RequestRef): boolean {
  const step = r.resolved[0];
  return step ? grantForStep(actor.grants, step, unitOf(r)) != null : false;
}

export function canSeeRequest(actor: Actor, r: RequestRef): boolean {
  if (r.requesterPersonId === actor.personId) return true;
  if (r.deciderPersonIds.includes(actor.personId)) return true;
  if (holdsWaitingStep(actor, r) || holdsFirstStep(actor, r)) return true;
  if (REQUEST_VIEW_DUTIES.some((d) => hasDutyOver(actor, d, unitOf(r)))) return true;
  return auditedOver(actor, unitOf(r), r.span ?? null);
}

const isRequester = (actor: Actor, r: RequestRef) => r.requesterPersonId === actor.personId;

allow<RequestRef>("request", "read", canSeeRequest);
allow<RequestRef>(
  "request",
  "submit",
  (a, r) => isRequester(a, r) && (r.status === "draft" || r.status === "returned"),
);
/** Editing (PATCH): the requester, while the request is a draft. */
allow<RequestRef>("request", "update", (a, r) => isRequester(a, r) && r.status === "draft");
allow<RequestRef>(
  "request",
  "cancel",
  (a, r) => isRequester(a, r) && ["draft", "submitted", "returned", "approved"].includes(r.status),
);
/** Deciding the waiting step (one rule for its three decisions). */
allow<RequestRef>(
  "request",
  ["approve", "reject", "return"],
  (a, r) => !isRequester(a, r) && holdsWaitingStep(a, r),
);
/** The requester holds the step's duty themselves: only an override with a recorded reason. */
allow<RequestRef>("request", "approveWithOverride", (a, r) => isRequester(a, r) && holdsWaitingStep(a, r));
allow<RequestRef>("request", "start", (a, r) => isRequester(a, r) && r.status === "approved");
allow<RequestRef>(
  "request",
  "returnReport",
  (a, r) => isRequester(a, r) && r.kind === "carry_out" && r.status === "in_effect",
);
allow<RequestRef>("request", "postReport", (a, r) => isRequester(a, r) && r.kind === "exception");
allow<RequestRef>("request", "complete", (a, r) => {
  if (r.status !== "approved" && r.status !== "in_effect") return false;
  if (KINDS[r.kind as keyof typeof KINDS]?.followUp === "return_report")
    return !isRequester(a, r) && holdsFirstStep(a, r);
  return isRequester(a, r) || holdsFirstStep(a, r);
});

// Who may act, whatever the state (routes authorize with these; the command answers 409 when
// the state does not allow the act).
allow<RequestRef>("request", "actAsRequester", isRequester);
allow<RequestRef>("request", "actAsApprover", (a, r) => holdsFirstStep(a, r) || holdsWaitingStep(a, r));

/** Same as canSeeRequest, in SQL over `requests` (alias r). */
/** Sees every request (the organization-wide view duties): no per-row predicate applies. */
export const seesAllRequests = (actor: Actor) => visibleUnits(actor, REQUEST_VIEW_DUTIES) === "all";

export function requestVisibilitySql(actor: Actor): SQL {
  const parts: SQL[] = [
    sql`r.requester_person_id = ${actor.personId}::uuid`,
    sql`exists (select 1 from request_decisions rd where rd.request_id = r.id and rd.person_id = ${actor.personId}::uuid)`,
  ];
  if (seesAllRequests(actor)) return sql`true`;
  const viewUnits = actor.grants
    .filter((g) => REQUEST_VIEW_DUTIES.includes(g.duty) && g.scopeDepartmentId)
    .map((g) => g.scopeDepartmentId as string);
  if (viewUnits.length) {
    const list = uuidListSql(viewUnits);
    parts.push(sql`(r.department_id in (${list}) or r.bureau_id in (${list}))`);
  }
  parts.push(stepHolderSql(actor, "current"));
  parts.push(stepHolderSql(actor, "first"));
  const filed = jstDateSql(sql`r.created_at`);
  parts.push(auditedSql(actor, sql`r.department_id`, filed, filed));
  return sql`(${sql.join(parts, sql` or `)})`;
}

/** The actor holds the duty of the waiting (or first) step over the request's unit, in SQL. */
export function stepHolderSql(actor: Actor, which: "current" | "first"): SQL {
  const idx = which === "current" ? sql`(r.current_step - 1)` : sql`0`;
  const duty = sql`(r.resolved -> ${idx} ->> 'duty')`;
  const scope = sql`(r.resolved -> ${idx} ->> 'scope')`;
  const conds: SQL[] = [];
  for (const g of actor.grants) {
    if (g.scope === "organization") conds.push(sql`${duty} = ${g.duty}`);
    else if (g.scopeDepartmentId)
      conds.push(
        g.scope === "bureau"
          ? sql`(${duty} = ${g.duty} and ${scope} <> 'organization' and (r.bureau_id = ${g.scopeDepartmentId}::uuid or r.department_id = ${g.scopeDepartmentId}::uuid))`
          : sql`(${duty} = ${g.duty} and ${scope} = 'department' and (r.department_id = ${g.scopeDepartmentId}::uuid or r.bureau_id = ${g.scopeDepartmentId}::uuid))`,
      );
  }
  if (!conds.length) return sql`false`;
  const base = which === "current" ? sql`r.status = 'submitted' and r.current_step > 0 and ` : sql``;
  return sql`(${base}(${sql.join(conds, sql` or `)}))`;
}

/**
 * Which assets a request may name: only the requester's own department's (a request is made
 * by the owning department), and of those, an asset at the profile's top confidentiality level
 * only when the requester may read it — named on it, or the department's manager (対策基準
 * 7.1(1)③, the register's own read rule). Every other asset is answered exactly like an unknown
 * id, so filing or previewing a request never confirms that an asset exists or names it.
 */
export function mayNameAsset(
  requester: { personId: string; departmentId: string | null; bureauId: string | null; grants: DutyGrant[] },
  asset: { departmentId: string; confidentiality: string | null; namedPersonIds: string[] },
  profile: Profile,
): boolean {
  if (asset.departmentId !== requester.departmentId) return false;
  if (!isTopLevel(profile.classification.confidentiality, asset.confidentiality)) return true;
  if (asset.namedPersonIds.includes(requester.personId)) return true;
  const unit = { departmentId: asset.departmentId, bureauId: requester.bureauId };
  return ASSET_MANAGER_DUTIES.some((d) => hasDutyOver(requester as Actor, d, unit));
}
