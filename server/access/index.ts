import { APP_POLICIES, type AppPolicy } from "../../common/app-policies";
import type { Duty } from "../../common/duties";
import type { Actor } from "../http/context";
import { forbidden, unauthenticated } from "../http/errors";

/**
 * allow / can / authorize / serialize (DESIGN.md §4 rules 1–2).
 * Each module's access.ts declares its rules with `allow(resource, action, rule)`;
 * routes call `authorize` before a command and `serialize` to tell the client what it may do.
 */
export type Rule<R> = (actor: Actor, record: R) => boolean;

const rules = new Map<string, Map<string, Rule<never>>>();

/** Declares the rule of one action, or of several actions at once (`["approve", "reject"]`). */
export function allow<R>(resource: string, action: string | readonly string[], rule: Rule<R>): void {
  let actions = rules.get(resource);
  if (!actions) {
    actions = new Map();
    rules.set(resource, actions);
  }
  for (const a of typeof action === "string" ? [action] : action) {
    if (actions.has(a)) throw new Error(`access rule ${resource}.${a} declared twice`);
    actions.set(a, rule as Rule<never>);
  }
}

/**
 * App-level policies: what the signed-in person may open at all (a screen, a report), declared
 * in the access.ts of the layer or module that owns it, and sent by `GET /api/auth/me` so the web
 * app never repeats the duties behind them. The server still authorizes every call.
 */
const APP = "app";
/**
 * The rule gets the loaded profile too, for screens whose duties the profile names (training,
 * audits): typed by the caller so this layer does not import the profile.
 */
export function allowApp<P = unknown>(action: AppPolicy, rule: (actor: Actor, profile: P) => boolean): void {
  allow<P>(APP, action, (actor, profile) => rule(actor, profile));
}
export function appPolicies(actor: Actor | null, profile: unknown): Record<AppPolicy, boolean> {
  const declared = serialize(actor, APP, profile);
  return Object.fromEntries(APP_POLICIES.map((p) => [p, declared[p] === true])) as Record<AppPolicy, boolean>;
}

export function can<R>(actor: Actor | null, action: string, resource: string, record: R): boolean {
  if (!actor) return false;
  const rule = rules.get(resource)?.get(action) as Rule<R> | undefined;
  if (!rule) throw new Error(`no access rule for ${resource}.${action}`);
  return rule(actor, record);
}

/** Throws 401 without an actor and 403 when the rule refuses. */
export function authorize<R>(actor: Actor | null, action: string, resource: string, record: R): Actor {
  if (!actor) throw unauthenticated();
  if (!can(actor, action, resource, record)) throw forbidden();
  return actor;
}

/** Every action of the resource and whether the actor may take it on this record. */
export function serialize<R>(actor: Actor | null, resource: string, record: R): Record<string, boolean> {
  const actions = rules.get(resource);
  const out: Record<string, boolean> = {};
  if (!actions) return out;
  for (const [action, rule] of actions) out[action] = actor ? (rule as Rule<R>)(actor, record) : false;
  return out;
}

export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw unauthenticated();
  return actor;
}

// ── duty helpers ─────────────────────────────────────────────────────────────

export function hasDuty(actor: Actor, duty: Duty): boolean {
  return actor.grants.some((g) => g.duty === duty);
}

export function hasOrganizationDuty(actor: Actor, duty: Duty): boolean {
  return actor.grants.some((g) => g.duty === duty && g.scope === "organization");
}

/** A unit of the tree: a department and the bureau above it. */
export interface UnitRef {
  departmentId: string | null;
  bureauId: string | null;
}

/**
 * Does the actor hold `duty` over a record of this department? Organization scope covers
 * everything; bureau scope covers the bureau and its departments; department scope, itself.
 */
export function hasDutyOver(actor: Actor, duty: Duty, unit: UnitRef): boolean {
  return actor.grants.some((g) => {
    // A grant bounded by a period (an auditor's) opens records of that period only: audited.ts.
    if (g.duty !== duty || g.period) return false;
    if (g.scope === "organization") return true;
    if (!g.scopeDepartmentId) return false;
    return g.scopeDepartmentId === unit.departmentId || g.scopeDepartmentId === unit.bureauId;
  });
}

/** The grant that gives `duty` over the unit, so a deputy's action is recorded as such. */
export function grantOver(actor: Actor, duty: Duty, unit: UnitRef) {
  return actor.grants.find(
    (g) =>
      g.duty === duty &&
      !g.period &&
      (g.scope === "organization" ||
        (g.scopeDepartmentId != null &&
          (g.scopeDepartmentId === unit.departmentId || g.scopeDepartmentId === unit.bureauId))),
  );
}

/**
 * For list queries: which departments' records the actor may see through `duty`, on top of
 * their own department. "all" when a grant is organization-wide. Bureau grants are expanded by
 * the caller (a bureau id matches records whose bureau is it).
 */
export function visibleUnits(
  actor: Actor,
  duties: Duty[],
): "all" | { unitIds: string[]; grantUnitIds: string[] } {
  const unitIds = new Set<string>();
  const grantUnitIds = new Set<string>();
  if (actor.departmentId) unitIds.add(actor.departmentId);
  for (const g of actor.grants) {
    if (!duties.includes(g.duty) || g.period) continue;
    if (g.scope === "organization") return "all";
    if (g.scopeDepartmentId) {
      unitIds.add(g.scopeDepartmentId);
      grantUnitIds.add(g.scopeDepartmentId);
    }
  }
  // grantUnitIds: the units whose 課 a grant covers (a bureau grant); the own unit covers itself only.
  return { unitIds: [...unitIds], grantUnitIds: [...grantUnitIds] };
}

export {
  AUDITED_DUTY,
  type AuditWindow,
  auditedOver,
  auditedSql,
  auditWindows,
  type RecordSpan,
} from "./audited";
