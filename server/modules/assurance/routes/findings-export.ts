/**
 * GET /api/assurance/findings/export.{xlsx,csv,pdf} (issue 20 item 3): the findings board as a
 * file, with the board's filters and its own query (findings-list.ts, read through access.ts's
 * findingVisibilitySql), so a finding the viewer may not open never appears. Marked at the
 * profile's level for exports; taking it out is an audit event (format, filters, rows) recorded
 * before the file is sent. Registered before `/findings/{id}`, which would take `export.xlsx`.
 */

import { formatDateJa, todayJst } from "../../../../common/calendar";
import {
  FINDING_SEVERITY_LABELS,
  FINDING_SOURCE_LABELS,
  FINDING_STATE_LABELS,
  labelOf,
} from "../../../../common/labels";
import { exportMarking } from "../../../http/export-marking";
import {
  addListExportRoutes,
  EXPORT_ALL,
  type ListFormat,
  listFileResponse,
} from "../../../http/list-export";
import { recordListExport } from "../../../http/list-export-event";
import type { createRouter } from "../../../http/router";
import { FindingsQuery } from "../schema";
import { type C, env } from "./common";
import { listFindings, withNames } from "./findings-list";

const HEADER = ["件名", "由来", "条項", "所管", "担当者", "重要度", "状態", "期限", "期限超過", "登録日"];

async function findingsFile(c: C, format: ListFormat) {
  const { actor, db, profile, now } = env(c);
  // biome-ignore lint/suspicious/noExplicitAny: the validated query of a file route
  const q = (c.req as any).valid("query");
  const rows = await withNames(
    db,
    await listFindings(db, actor, profile.id, todayJst(now), q, EXPORT_ALL.limit),
  );
  await recordListExport(
    c,
    { type: "assurance.findings_exported", targetType: "assurance_finding" },
    format,
    q,
    rows.length,
    now,
  );
  const day = (d: unknown) => (d ? formatDateJa(String(d).slice(0, 10)) : "");
  return listFileResponse(
    {
      title: "指摘事項",
      file: "assurance_findings",
      fileJa: "指摘事項",
      header: HEADER,
      widths: [40, 10, 12, 16, 14, 8, 10, 22, 8, 22],
      rows: rows.map((r) => [
        r.title ?? "",
        labelOf(FINDING_SOURCE_LABELS, r.source ?? "").ja,
        r.clause_id ?? "",
        r.unit_name ?? "",
        r.owner_name ?? "",
        r.severity ? labelOf(FINDING_SEVERITY_LABELS, r.severity).ja : "",
        labelOf(FINDING_STATE_LABELS, r.state ?? "").ja,
        day(r.due_date),
        (r.overdue as unknown) === true ? "超過" : "",
        r.created_at ? formatDateJa(todayJst(new Date(r.created_at))) : "",
      ]),
      marking: exportMarking(profile, [], actor, now),
      now,
      organization: profile.organization.name,
    },
    format,
  );
}

export function findingExportRoutes(app: ReturnType<typeof createRouter>) {
  addListExportRoutes(
    app,
    {
      path: "/api/assurance/findings/export",
      tag: "assurance",
      summary: (f) => `指摘事項の出力（${f}）/ Export the findings board`,
      query: FindingsQuery,
    },
    findingsFile,
  );
}
