import { type AuditWindow, allow, allowApp, auditWindows } from "../access";
import type { Actor } from "../http/context";

/**
 * Who may read the audit log (DESIGN.md §4 rule 2). Only the `view_audit_log` duty gives
 * access: organization scope sees every event; a bureau or department scope sees the events
 * recorded against that unit (and, for a bureau, its departments). Verifying the whole chain
 * needs organization scope, because it reads every event. An auditor of a running audit reads
 * the events of the audited units recorded during the audit's period (#16 item 5: its
 * read_audited_records grant carries the period), and nothing after the audit closes.
 */

export interface AuditEventRef {
  departmentId: string | null;
  /** The bureau above the event's department, when known. */
  bureauId?: string | null;
  /** The JST day it was recorded (what an auditor's period is compared with). */
  day?: string;
}

export type AuditVisibility =
  | { kind: "all" }
  | { kind: "units"; unitIds: string[]; windows: AuditWindow[] }
  | { kind: "none" };

/** What part of the log the actor may read; list queries filter by exactly this. */
export function auditVisibility(actor: Actor): AuditVisibility {
  const unitIds = new Set<string>();
  for (const g of actor.grants) {
    if (g.duty !== "view_audit_log") continue;
    if (g.scope === "organization") return { kind: "all" };
    if (g.scopeDepartmentId) unitIds.add(g.scopeDepartmentId);
  }
  const windows = auditWindows(actor);
  return unitIds.size || windows.length
    ? { kind: "units", unitIds: [...unitIds], windows }
    : { kind: "none" };
}

export function canSeeEvent(actor: Actor, event: AuditEventRef): boolean {
  const v = auditVisibility(actor);
  if (v.kind === "all") return true;
  if (v.kind === "none" || !event.departmentId) return false;
  const inUnits = (ids: string[]) =>
    ids.includes(event.departmentId as string) || (!!event.bureauId && ids.includes(event.bureauId));
  if (inUnits(v.unitIds)) return true;
  const day = event.day;
  return !!day && v.windows.some((w) => inUnits(w.unitIds) && w.from <= day && day <= w.to);
}

/** Search the log at all (some scope of view_audit_log). */
allow<null>("audit_log", "search", (actor) => auditVisibility(actor).kind !== "none");
/** Verify the whole chain: organization-wide view_audit_log. */
allow<null>("audit_log", "verify", (actor) => auditVisibility(actor).kind === "all");
allow<AuditEventRef>("audit_event", "view", (actor, event) => canSeeEvent(actor, event));

/** The audit log screen. */
allowApp("readAuditLog", (actor) => auditVisibility(actor).kind !== "none");
