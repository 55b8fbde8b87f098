/**
 * GET /api/incidents/export.{xlsx,csv,pdf} (issue 20 item 3): the case list as a file, with the list's
 * filters (stage, category, severity, 年度, month, search…) and exactly the cases the viewer's list
 * shows (listIncidents reads through access.ts's visibilityWhere). A report's details and the
 * reporter's contact stay out, as they do on the list. Marked at the profile's level for exports;
 * taking it out is an audit event. Mounted before the detail route (`{id}` would take `export.xlsx`).
 */
import { formatDateTimeJa } from "../../../common/calendar";
import { requireActor } from "../../access";
import { recordEvent } from "../../audit/record";
import { departmentNames } from "../../directory";
import { exportMarking } from "../../http/export-marking";
import {
  addListExportRoutes,
  EXPORT_ALL,
  type ListFormat,
  listFileResponse,
  refuseOversize,
} from "../../http/list-export";
import { createRouter, requestContext } from "../../http/router";
import { CATEGORY_LABELS, SEVERITY_LABELS, STAGE_LABELS } from "./domain/types";
import { listIncidents, namesOf } from "./queries";
import { ListQuery } from "./schema";

const ExportQuery = ListQuery.omit({ limit: true, offset: true });

const HEADER = [
  "受付番号",
  "概要",
  "段階",
  "重大度",
  "分類",
  "発生日時",
  "発生場所",
  "個人情報",
  "報告者",
  "所管課",
  "受付日時",
  "終結日時",
];

export function incidentExportRoutes() {
  const app = createRouter();
  addListExportRoutes(
    app,
    {
      path: "/api/incidents/export",
      tag: "incidents",
      summary: (f) => `インシデント一覧の出力（${f}）/ Export the incident list`,
      query: ExportQuery,
    },
    incidentsFile,
  );
  return app;
}

// biome-ignore lint/suspicious/noExplicitAny: the route's context (a file route)
async function incidentsFile(c: any, format: ListFormat) {
  const q = c.req.valid("query");
  const actor = requireActor(c.get("actor"));
  const deps = c.get("deps");
  const db = deps.database.db;
  const profile = deps.profile();
  const now: Date = deps.now();
  const { rows } = await listIncidents(db, actor, { ...q, ...EXPORT_ALL });
  refuseOversize(format, rows.length);
  const names = await namesOf(
    db,
    rows.map((r) => r.reporterPersonId),
  );
  const depts = await departmentNames(
    db,
    rows.map((r) => r.departmentId).filter((d): d is string => !!d),
  );
  await db.transaction((tx: Parameters<typeof recordEvent>[0]) =>
    recordEvent(
      tx,
      requestContext(c),
      {
        type: "incident.list_exported",
        targetType: "incident",
        data: { format, filter: q, rows: rows.length },
      },
      now,
    ),
  );
  const at = (d: Date | null) => (d ? formatDateTimeJa(d) : "");
  return listFileResponse(
    {
      title: "インシデント一覧",
      file: "incidents",
      fileJa: "インシデント一覧",
      header: HEADER,
      widths: [16, 36, 12, 10, 16, 22, 18, 8, 14, 16, 22, 22],
      rows: rows.map((r) => [
        r.receiptNumber,
        r.summary,
        STAGE_LABELS[r.stage].ja,
        r.severity ? SEVERITY_LABELS[r.severity].ja : "",
        r.category ? CATEGORY_LABELS[r.category].ja : "",
        at(r.occurredAt),
        r.place ?? "",
        r.personalInfo ? "有" : "無",
        r.reporterPersonId ? (names.get(r.reporterPersonId) ?? "") : "",
        r.departmentId ? (depts.get(r.departmentId) ?? "") : "",
        at(r.createdAt),
        at(r.closedAt),
      ]),
      marking: exportMarking(profile, [], actor, now),
      now,
      organization: profile.organization.name,
    },
    format,
  );
}
