/**
 * Type-level checks that the web app reads the server's own shapes (tsc runs them through
 * `npm run check`; nothing here runs). A field the server does not send is a type error, so a
 * rename on one side only fails the build.
 */
import type { AuditEvent, Me, RequestSummary, RequestView } from "./contract";

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
