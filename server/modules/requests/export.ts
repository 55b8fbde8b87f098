/**
 * GET /api/requests/export.{xlsx,csv,pdf} (issue 20 item 3): the request list as a file, with the
 * list's own filters (scope, status, kind, follow-up) and its visibility (requestVisibilitySql and
 * the same listRequests query the screen reads), marked at the profile's level for exports
 * (requests carry no class of their own). Taking it out is an audit event. Mounted before the
 * detail route, whose `{id}` would otherwise take `export.xlsx`.
 */
import { formatDateTimeJa } from "../../../common/calendar";
import { labelOf, REQUEST_STATUS_LABELS } from "../../../common/labels";
import { requireActor } from "../../access";
import { recordEvent } from "../../audit/record";
import { exportMarking } from "../../http/export-marking";
import {
  addListExportRoutes,
  EXPORT_ALL,
  type ListFormat,
  listFileResponse,
  refuseOversize,
} from "../../http/list-export";
import { createRouter, requestContext } from "../../http/router";
import type { Profile } from "../../profile";
import { requestVisibilitySql, stepHolderSql } from "./access";
import { departmentNames, followUpSql, listRequests, personNames } from "./queries";
import { ListQuery } from "./schema";

const ExportQuery = ListQuery.omit({ limit: true });

const HEADER = [
  "申請番号",
  "種類",
  "状態",
  "申請者",
  "所属",
  "承認の要否",
  "開始",
  "終了",
  "返却・報告",
  "申請日時",
];

export function requestExportRoutes() {
  const app = createRouter();
  addListExportRoutes(
    app,
    {
      path: "/api/requests/export",
      tag: "requests",
      summary: (f) => `申請一覧の出力（${f}）/ Export the request list`,
      query: ExportQuery,
    },
    requestsFile,
  );
  return app;
}

// biome-ignore lint/suspicious/noExplicitAny: the route's context (a file route)
async function requestsFile(c: any, format: ListFormat) {
  const q = c.req.valid("query");
  const actor = requireActor(c.get("actor"));
  const deps = c.get("deps");
  const db = deps.database.db;
  const profile: Profile = deps.profile();
  const now: Date = deps.now();
  const rows = await listRequests(db, actor, requestVisibilitySql(actor), stepHolderSql(actor, "current"), {
    scope: q.scope,
    status: q.status?.split(",").filter(Boolean),
    kind: q.kind,
    followUp: q.followUp ? followUpSql(actor, q.followUp, now, stepHolderSql(actor, "first")) : undefined,
    limit: EXPORT_ALL.limit,
  });
  refuseOversize(format, rows.length);
  const names = await personNames(
    db,
    rows.map((r) => r.requesterPersonId),
  );
  const depts = await departmentNames(db, [...new Set(rows.map((r) => r.departmentId))]);
  await db.transaction((tx: Parameters<typeof recordEvent>[0]) =>
    recordEvent(
      tx,
      requestContext(c),
      {
        type: "request.list_exported",
        targetType: "request",
        data: { format, filter: q, rows: rows.length },
      },
      now,
    ),
  );
  const title = (kind: string) => profile.request_kinds.find((k) => k.key === kind)?.title.ja ?? kind;
  const at = (d: Date | null) => (d ? formatDateTimeJa(d) : "");
  return listFileResponse(
    {
      title: "申請一覧",
      file: "requests",
      fileJa: "申請一覧",
      header: HEADER,
      widths: [10, 24, 12, 14, 16, 10, 22, 22, 22, 22],
      rows: rows.map((r) => [
        r.number,
        title(r.kind),
        labelOf(REQUEST_STATUS_LABELS, r.status).ja,
        names.get(r.requesterPersonId) ?? "",
        depts.get(r.departmentId) ?? "",
        r.approvalRequired ? "要" : "不要",
        at(r.startsAt),
        at(r.endsAt),
        at(r.returnedAt),
        at(r.createdAt),
      ]),
      marking: exportMarking(profile, [], actor, now),
      now,
      organization: profile.organization.name,
    },
    format,
  );
}
