/**
 * Type-level checks that the web app reads the server's own shapes (tsc runs them through
 * `npm run check`; nothing here runs). A field the server does not send is a type error, so a
 * rename on one side only fails the build.
 */
import type {
  AssuranceSheetDetail,
  AuditEvent,
  IncidentCase,
  Me,
  RegisterEntry,
  RequestSummary,
  RequestView,
  TrainingDrillDetail,
  TrainingSessionSheet,
} from "./contract";

export function contractChecks(me: Me, request: RequestView, summary: RequestSummary, event: AuditEvent) {
  const read: unknown[] = [
    me.user.policies.readAuditLog,
    request.approvers[0]?.dutyLabel.ja,
    summary.statusLabel.en,
    event.label.ja,
  ];
  // @ts-expect-error a screen policy the server does not declare (common/app-policies.ts)
  read.push(me.user.policies.noSuchScreen);
  // @ts-expect-error the request presenter sends `number`, not `requestNumber`
  read.push(summary.requestNumber);
  return read;
}

/** Incidents (typed from the routes' view functions) and registers (from their zod response schemas). */
export function moduleContractChecks(c: IncidentCase, entry: RegisterEntry) {
  const read: unknown[] = [
    c.escalations[0]?.dueAt,
    c.callNow[0]?.people[0]?.name,
    entry.closedBy?.occurred_at,
  ];
  // @ts-expect-error the case view sends `receiptNumber`, not `receiptNo`
  read.push(c.receiptNo);
  // @ts-expect-error a register entry's schema names `entryType`, not `type`
  read.push(entry.type);
  return read;
}

/** Self-inspection (from the assurance routes' response schemas, server/modules/assurance/views.ts). */
export function assuranceContractChecks(sheet: AssuranceSheetDetail) {
  const read: unknown[] = [
    sheet.data.items[0]?.files[0]?.sha256,
    sheet.policies.submit,
    sheet.data.confirms[0]?.late,
  ];
  // @ts-expect-error a sheet's schema names `answeredCount`, not `answered`
  read.push(sheet.data.answered);
  return read;
}

/** Training records (from the response schemas, server/modules/training/responses-records.ts). */
export function trainingContractChecks(sheet: TrainingSessionSheet, drill: TrainingDrillDetail) {
  const read: unknown[] = [sheet.data.people[0]?.attendedThisSession, drill.data.actions[0]?.mayComplete];
  // @ts-expect-error a sheet row names `attendedThisSession`, not `attendedHere`
  read.push(sheet.data.people[0]?.attendedHere);
  // @ts-expect-error a drill's improvement item names `owner` (the name), not `ownerName`
  read.push(drill.data.actions[0]?.ownerName);
  return read;
}
