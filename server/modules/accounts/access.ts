import { type SQL, sql } from "drizzle-orm";
import type { Duty } from "../../../common/duties";
import { allow, allowApp, hasDutyOver } from "../../access";
import type { Approval } from "../../access/self-approval";
import { withinUnitsSql } from "../../directory";
import type { Actor } from "../../http/context";

/**
 * Access rules of ID管理 (DESIGN.md §4 rules 1–2).
 * - A system and its IDs are seen by whoever manages them: the ネットワーク管理者 / 情報監理者, the
 *   system administrators (administer_system) and the CISO organization-wide, the 課長
 *   (manage_department_security) over the owner department, and the system's administrator.
 *   A staff member sees only their own IDs (not the whole 課's: an ID list is an attack map).
 * - The same people keep them (register, correct, import), except view-only duties (CISO,
 *   view_all_departments) — 7.2(1)②(ア): ネットワーク管理者及び情報セキュリティ・システム管理者.
 * - IC cards: the holder sees theirs; keepers of the holder's unit see and manage them; anyone
 *   signed in may report a card lost (6.4(1)①(ウ): the loss is reported 速やかに, by whoever knows).
 * `accountVisibilitySql` is the same read predicate in SQL for every list.
 */
export const VIEW_DUTIES: Duty[] = [
  "manage_network",
  "administer_system",
  "chief_information_security_officer",
  "view_all_departments",
  "manage_department_security",
];
export const KEEPER_DUTIES: Duty[] = ["manage_network", "administer_system", "manage_department_security"];

export interface SystemUnit {
  departmentId: string;
  bureauId: string | null;
  administratorPersonId: string | null;
}

export interface AccountRecord extends SystemUnit {
  personId: string | null;
}

export interface CardRecord {
  departmentId: string;
  bureauId: string | null;
  personId: string | null;
}

const over = (a: Actor, duties: Duty[], u: { departmentId: string; bureauId: string | null }) =>
  duties.some((d) => hasDutyOver(a, d, u));

export function canSeeSystem(a: Actor, s: SystemUnit): boolean {
  return s.administratorPersonId === a.personId || over(a, VIEW_DUTIES, s);
}
export function canKeepSystem(a: Actor, s: SystemUnit): boolean {
  return s.administratorPersonId === a.personId || over(a, KEEPER_DUTIES, s);
}
export function canSeeAccount(a: Actor, r: AccountRecord): boolean {
  return r.personId === a.personId || canSeeSystem(a, r);
}
export function canKeepCard(a: Actor, c: CardRecord): boolean {
  return over(a, KEEPER_DUTIES, c);
}
export function canSeeCard(a: Actor, c: CardRecord): boolean {
  return c.personId === a.personId || over(a, VIEW_DUTIES, c);
}

/** Who reviews a system's IDs: the profile's `accounts.review.reviewer` over the owner 課. */
export interface ReviewItemRecord extends SystemUnit {
  reviewer: { duty: Duty; role?: string };
}
export function canReview(a: Actor, r: ReviewItemRecord): boolean {
  return a.grants.some(
    (g) =>
      g.duty === r.reviewer.duty &&
      (!r.reviewer.role || g.roleKey === r.reviewer.role) &&
      (g.scope === "organization" ||
        (g.scopeDepartmentId != null &&
          (g.scopeDepartmentId === r.departmentId || g.scopeDepartmentId === r.bureauId))),
  );
}
/**
 * The reviewer does not decide on an ID they hold (or hold for, as a deputy of its holder):
 * keeping one's own ID is approving one's own access (兼務の禁止, the profile's
 * requester_not_approver). Another reviewer of the 課 decides; where there is none, the reviewer
 * may with a recorded reason (server/access/self-approval.ts).
 */
export function reviewDecisionApproval(r: ReviewItemRecord, item: { personId: string | null }): Approval {
  return {
    what: { ja: "自分が保有するIDの判断", en: "a decision on an ID you hold" },
    authors: [item.personId],
    duty: r.reviewer.duty,
    over: { departmentId: r.departmentId, bureauId: r.bureauId },
  };
}
/**
 * A campaign is started and closed organization-wide by the ネットワーク管理者 / 情報監理者 or the
 * system administrators (7.2(1)②(ウ): they check IDs together with HR).
 */
export function organizesReviews(a: Actor): boolean {
  return a.grants.some(
    (g) => (g.duty === "manage_network" || g.duty === "administer_system") && g.scope === "organization",
  );
}

allow<SystemUnit>("account_system", "read", canSeeSystem);
allow<SystemUnit>("account_system", "write", canKeepSystem);
allow<AccountRecord>("system_account", "read", canSeeAccount);
allow<AccountRecord>("system_account", "write", (a, r) => canKeepSystem(a, r));
// Only the holder asks for their own ID's deletion (西原村 7.2(1)②(イ)); any other ID is hidden.
allow<AccountRecord>("system_account", "request_deletion", (a, r) => r.personId === a.personId);
// The keepers answer the ask (remove, suspend, or keep the ID with a reason): 7.2(1)②(イ) tells
// the ネットワーク管理者 又は 情報セキュリティ・システム管理者, who keep the system's IDs.
allow<AccountRecord>("system_account", "decide_deletion", (a, r) => canKeepSystem(a, r));
allow<unknown>("account_review", "organize", (a) => organizesReviews(a));
allow<ReviewItemRecord>("account_review_item", "read", canSeeSystem);
allow<ReviewItemRecord>("account_review_item", "decide", canReview);
// The change or removal itself is done by whoever keeps the system (its administrator first).
allow<ReviewItemRecord>("account_review_item", "complete_task", canKeepSystem);
/**
 * Privileged check-outs (7.2(5)): the ID's holder or one of its approved deputies takes it; the
 * taker or a keeper returns it; a keeper other than the taker reviews the use afterwards (nobody
 * reviews their own privileged work). Deputies are recorded by the keepers (7.2(1)③(イ)).
 */
export interface CheckoutTarget extends AccountRecord {
  /** People who may take the ID now: its holder's approved deputies. */
  deputyPersonIds: string[];
}
export interface CheckoutRecord extends SystemUnit {
  /** Who took it. */
  personId: string;
}
allow<CheckoutTarget>(
  "privileged_id",
  "check_out",
  (a, t) => t.personId === a.personId || t.deputyPersonIds.includes(a.personId),
);
allow<CheckoutRecord>(
  "privileged_checkout",
  "read",
  (a, r) => r.personId === a.personId || canSeeSystem(a, r),
);
allow<CheckoutRecord>(
  "privileged_checkout",
  "return",
  (a, r) => r.personId === a.personId || canKeepSystem(a, r),
);
allow<CheckoutRecord>(
  "privileged_checkout",
  "review",
  (a, r) => r.personId !== a.personId && canKeepSystem(a, r),
);
allow<AccountRecord>("privileged_deputy", "record", (a, r) => canKeepSystem(a, r));
allow<CardRecord>("ic_card", "read", canSeeCard);
allow<CardRecord>("ic_card", "manage", canKeepCard);
allow<CardRecord>("ic_card", "report_lost", () => true);
/**
 * Who is told what a loss report did (the card, the sessions ended, who was told): whoever may see
 * the card — its holder and its keepers. Anyone else gets the same answer for every number, or
 * the form would tell which numbers exist and whose they are (#12).
 */
allow<CardRecord>("ic_card", "learn_loss_outcome", canSeeCard);

/**
 * The ID management screens (systems, reviews, privileged IDs) list what systemVisibilitySql lets
 * through: beyond one's own IDs, that is something only for a holder of a view duty somewhere.
 */
export const seesAccountSystems = (a: Actor) => grantedUnits(a) === "all" || grantedUnits(a).length > 0;
allowApp("manageAccounts", seesAccountSystems);

/** Units the actor sees through VIEW_DUTIES ("all" when organization-wide), own 課 NOT included. */
function grantedUnits(actor: Actor): "all" | string[] {
  const ids = new Set<string>();
  for (const g of actor.grants) {
    if (!VIEW_DUTIES.includes(g.duty)) continue;
    if (g.scope === "organization") return "all";
    if (g.scopeDepartmentId) ids.add(g.scopeDepartmentId);
  }
  return [...ids];
}

function unitsSql(units: string[], column: SQL): SQL {
  if (!units.length) return sql`false`;
  return withinUnitsSql(column, units);
}

/** Systems the actor sees: by owner department, or as the system's administrator. */
export function systemVisibilitySql(actor: Actor, deptColumn: SQL, adminColumn: SQL): SQL {
  const units = grantedUnits(actor);
  if (units === "all") return sql`true`;
  return sql`(${adminColumn} = ${actor.personId}::uuid or ${unitsSql(units, deptColumn)})`;
}

/** IDs the actor sees: own IDs, or IDs of systems the actor sees. `s` is the joined system. */
export function accountVisibilitySql(
  actor: Actor,
  deptColumn: SQL,
  adminColumn: SQL,
  personColumn: SQL,
): SQL {
  return sql`(${personColumn} = ${actor.personId}::uuid or ${systemVisibilitySql(actor, deptColumn, adminColumn)})`;
}

/** Cards the actor sees: own cards, or cards of units the actor manages. */
export function cardVisibilitySql(actor: Actor, deptColumn: SQL, personColumn: SQL): SQL {
  const units = grantedUnits(actor);
  if (units === "all") return sql`true`;
  return sql`(${personColumn} = ${actor.personId}::uuid or ${unitsSql(units, deptColumn)})`;
}

/** Check-outs the actor sees: own, or of systems the actor sees. `s` is the joined system. */
export function checkoutVisibilitySql(
  actor: Actor,
  deptColumn: SQL,
  adminColumn: SQL,
  personColumn: SQL,
): SQL {
  return accountVisibilitySql(actor, deptColumn, adminColumn, personColumn);
}
