import { allow, allowApp } from "../access";
import type { Actor } from "../http/context";

/**
 * Who may read the audit log (DESIGN.md §4 rule 2). Only the `view_audit_log` duty gives
 * access: organization scope sees every event; a bureau or department scope sees the events
 * recorded against that unit (and, for a bureau, its departments). Verifying the whole chain
 * needs organization scope, because it reads every event.
 */

export interface AuditEventRef {
  departmentId: string | null;
  /** The bureau above the event's department, when known. */
  bureauId?: string | null;
}

export type AuditVisibility = { kind: "all" } | { kind: "units"; unitIds: string[] } | { kind: "none" };

/** What part of the log the actor may read; list queries filter by exactly this. */
export function auditVisibility(actor: Actor): AuditVisibility {
  const unitIds = new Set<string>();
  for (const g of actor.grants) {
    if (g.duty !== "view_audit_log") continue;
    if (g.scope === "organization") return { kind: "all" };
    if (g.scopeDepartmentId) unitIds.add(g.scopeDepartmentId);
  }
  return unitIds.size ? { kind: "units", unitIds: [...unitIds] } : { kind: "none" };
}

export function canSeeEvent(actor: Actor, event: AuditEventRef): boolean {
  const v = auditVisibility(actor);
  if (v.kind === "all") return true;
  if (v.kind === "none" || !event.departmentId) return false;
  return v.unitIds.includes(event.departmentId) || (!!event.bureauId && v.unitIds.includes(event.bureauId));
}

/** Search the log at all (some scope of view_audit_log). */
allow<null>("audit_log", "search", (actor) => auditVisibility(actor).kind !== "none");
/** Verify the whole chain: organization-wide view_audit_log. */
allow<null>("audit_log", "verify", (actor) => auditVisibility(actor).kind === "all");
allow<AuditEventRef>("audit_event", "view", (actor, event) => canSeeEvent(actor, event));

/** The audit log screen. */
allowApp("readAuditLog", (actor) => auditVisibility(actor).kind !== "none");
