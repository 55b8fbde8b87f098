/**
 * Type-level checks that the web app reads the server's own shapes (tsc runs them through
 * `npm run check`; nothing here runs). A field the server does not send is a type error, so a
 * rename on one side only fails the build.
 */
import { api } from "./api";
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

/**
 * The API client is typed from the generated OpenAPI types (web/src/api-types.gen.ts): a path the
 * server does not serve, a missing path parameter, a query name or body field the route does not
 * take, and an answer's field the route does not send fail tsc. `scripts/api-types/generate.ts
 * --check` (npm run check) fails when the generated file is older than the server's schemas.
 */
export async function apiClientChecks(id: string) {
  const asset = await api.get("/api/assets/{id}", { path: { id } });
  const page = await api.get("/api/assets", { query: { q: "USB", limit: 10 } });
  const read: unknown[] = [asset.data.assetNumber, asset.data.extra.someField, page.items[0]?.name];
  // @ts-expect-error the asset detail names `assetNumber`, not `assetNo`
  read.push(asset.data.assetNo);
  // @ts-expect-error no such path
  read.push(api.get("/api/no-such-path"));
  // @ts-expect-error the asset's id is a path parameter
  read.push(api.get("/api/assets/{id}"));
  // @ts-expect-error the asset list takes no `noSuchFilter`
  read.push(api.get("/api/assets", { query: { noSuchFilter: "1" } }));
  // The fields once typed only as records (#14): an asset's extra values, a saved view's query,
  // a request's fields and completion, an audit event's data.
  const views = await api.get("/api/assets/views");
  const request = await api.get("/api/requests/{id}", { path: { id } });
  const events = await api.get("/api/audit/events");
  const first = events.events[0];
  read.push(
    views.items[0]?.query.q?.trim(),
    request.data.completion?.disposedOn?.slice(0, 4),
    // An event's data is its type's shape (a union by type), or the record hidden.
    first?.type === "org.person.updated" && "changes" in first.data ? first.data.changes?.name?.from : null,
  );
  // @ts-expect-error an extra field's value is text, a number, yes/no or null — never an object
  const extraValue: object = asset.data.extra.someField;
  // @ts-expect-error a request's field values are text, numbers, yes/no or null
  const fieldValue: string[] = request.data.fields.someField;
  // @ts-expect-error a completion records `disposedOn`, not `disposalDate`
  read.push(extraValue, fieldValue, request.data.completion?.disposalDate);
  // @ts-expect-error a saved view has no `filters` (it is `query`)
  read.push(api.post("/api/assets/views", { body: { name: "x", filters: {} } }));
  return read;
}
