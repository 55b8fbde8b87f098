/**
 * The incidents module's face (DESIGN.md §4 rule 4): the only file another module may import.
 * A case the viewer may not open (restricted, or outside their units) comes back as
 * `{ id, hidden: true }` — never its receipt number or summary.
 */
import { and, inArray, isNull } from "drizzle-orm";
import type { AuditRecordFace } from "../../audit/faces";
import type { Db, DbOrTx } from "../../db/client";
import type { Actor, RequestContext } from "../../http/context";
import type { Profile } from "../../profile";
import { createStaffReport, type StaffReportInput } from "./commands/report";
import { visibilityWhere } from "./queries";
import { incidents, incidentTasks } from "./tables";

export { dashboardCounts, overviewFigures } from "./dashboard";

/** Shown instead of a hidden case (ja / en). */
export const HIDDEN_INCIDENT_LABEL = {
  ja: "閲覧権限のないインシデント",
  en: "Incident you may not view",
} as const;

export type IncidentLabel =
  | { id: string; hidden: false; receiptNumber: string; summary: string }
  | { id: string; hidden: true };

/** Labels of these cases for the viewer, by id (every id present; hidden when not readable). */
export async function incidentLabels(
  db: DbOrTx,
  actor: Actor,
  ids: ReadonlyArray<string | null | undefined>,
): Promise<Map<string, IncidentLabel>> {
  const unique = [...new Set(ids.filter((x): x is string => !!x))];
  const out = new Map<string, IncidentLabel>(unique.map((id) => [id, { id, hidden: true }]));
  if (!unique.length) return out;
  const rows = await db
    .select({ id: incidents.id, receiptNumber: incidents.receiptNumber, summary: incidents.summary })
    .from(incidents)
    .where(and(inArray(incidents.id, unique), visibilityWhere(actor)));
  for (const r of rows) out.set(r.id, { ...r, hidden: false });
  return out;
}

/**
 * Tasks of incident cases assigned to these people and not done: what a leaver leaves for someone
 * else to take over. The case label is the viewer's (a hidden case is counted, never described).
 */
export async function openTasksOf(
  db: DbOrTx,
  actor: Actor,
  personIds: readonly string[],
): Promise<Array<{ personId: string; taskId: string; title: string | null; incident: IncidentLabel }>> {
  if (!personIds.length) return [];
  const rows = await db
    .select({
      id: incidentTasks.id,
      title: incidentTasks.title,
      incidentId: incidentTasks.incidentId,
      personId: incidentTasks.assigneePersonId,
    })
    .from(incidentTasks)
    .where(
      and(inArray(incidentTasks.assigneePersonId, [...new Set(personIds)]), isNull(incidentTasks.doneAt)),
    );
  const labels = await incidentLabels(
    db,
    actor,
    rows.map((r) => r.incidentId),
  );
  return rows.map((r) => {
    const incident = labels.get(r.incidentId) ?? { id: r.incidentId, hidden: true as const };
    // The task's title says what the case is about: only with the case itself.
    return {
      personId: r.personId as string,
      taskId: r.id,
      title: incident.hidden ? null : r.title,
      incident,
    };
  });
}

/** How the audit log shows incidents (server/audit/faces.ts). */
export const incidentAuditFace: AuditRecordFace = {
  targetType: "incident",
  idKeys: ["incidentId"],
  describingKeys: ["receiptNumber", "summary"],
  hiddenLabel: HIDDEN_INCIDENT_LABEL,
  async read(db, actor, _profile, ids) {
    const labels = await incidentLabels(db, actor, ids);
    const hidden = new Set<string>();
    const names = new Map<string, string>();
    for (const l of labels.values())
      if (l.hidden) hidden.add(l.id);
      else names.set(l.id, `${l.receiptNumber} ${l.summary}`);
    return { hidden, names };
  },
};

/**
 * Opens a case as a staff report by the acting person, for another module's command that must
 * open one (a lost IC card, 西原村 6.4(1) / 川崎市 第9章4): recorded, its reporter follows it, and
 * the profile's escalation chain starts — inside the caller's transaction (a savepoint), so the
 * caller's change and the case commit together or not at all.
 */
export async function openStaffReport(
  tx: DbOrTx,
  ctx: RequestContext,
  profile: Profile,
  input: StaffReportInput,
  now: Date,
) {
  // A transaction's `transaction()` opens a savepoint: the same code runs inside the caller's.
  return createStaffReport(tx as Db, ctx, profile, input, now);
}

/** The yearly report (年次報告): this module's section and the records behind its figures. */
export { incidentYearlyRecords, incidentYearlySection } from "./yearly";
