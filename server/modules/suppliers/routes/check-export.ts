/**
 * GET /api/suppliers/checks/export.{xlsx,csv,pdf} (issue 20 item 3): the reports of contractor checks
 * (西原村 9.1(3)) as a file, with the list's filters (contract, importance, result, reported to me)
 * and its visibility (listChecks reads through access.ts's contractVisibilitySql), marked at the
 * highest class of information the checked contracts handle, never below the profile's level for
 * exports. Taking it out is an audit event.
 */

import type { z } from "@hono/zod-openapi";
import { sql } from "drizzle-orm";
import { formatDateJa } from "../../../../common/calendar";
import { DUTIES, type Duty } from "../../../../common/duties";
import { SUPPLIER_CHECK_IMPORTANCE_LABELS, SUPPLIER_CHECK_RESULT_LABELS } from "../../../../common/labels";
import { rowsOf } from "../../../db/sql";
import { exportMarking } from "../../../http/export-marking";
import {
  addListExportRoutes,
  EXPORT_ALL,
  type ListFormat,
  listFileResponse,
  refuseOversize,
} from "../../../http/list-export";
import { recordListExport } from "../../../http/list-export-event";
import { createRouter } from "../../../http/router";
import { listChecks } from "../queries";
import { CheckQuery } from "../schema";
import { type C, env } from "./common";

const CheckExportQuery = CheckQuery.omit({ limit: true, offset: true });
const RESULT = {
  ok: SUPPLIER_CHECK_RESULT_LABELS.ok.ja,
  issues: SUPPLIER_CHECK_RESULT_LABELS.issues.ja,
} as const;
const IMPORTANCE = {
  normal: SUPPLIER_CHECK_IMPORTANCE_LABELS.normal.ja,
  high: SUPPLIER_CHECK_IMPORTANCE_LABELS.high.ja,
} as const;

async function checksFile(c: C, format: ListFormat, q: z.infer<typeof CheckExportQuery>) {
  const { actor, db, profile, now } = env(c);
  const rows = await listChecks(db, actor, { ...q, ...EXPORT_ALL });
  // Refused before the contracts are read; recordListExport checks again.
  refuseOversize(format, rows.length);
  const contractIds = [...new Set(rows.map((r) => r.contractId))];
  const levels = contractIds.length
    ? rowsOf<{ level: string }>(
        await db.execute(sql`
          select distinct unnest(information_levels) as level from supplier_contracts
           where id in (${sql.join(
             contractIds.map((id) => sql`${id}::uuid`),
             sql`, `,
           )})`),
      ).map((r) => r.level)
    : [];
  await recordListExport(
    c,
    { type: "supplier.checks_exported", targetType: "supplier_check" },
    format,
    q,
    rows.length,
    now,
  );
  return listFileResponse(
    {
      title: "委託事業者の確認",
      file: "contractor_checks",
      fileJa: "委託事業者の確認",
      header: [
        "確認日",
        "委託契約",
        "委託事業者",
        "所管課",
        "結果",
        "重要度",
        "指摘事項",
        "措置",
        "報告先",
        "確認者",
      ],
      widths: [24, 30, 22, 16, 10, 8, 36, 36, 28, 14],
      rows: rows.map((r) => [
        formatDateJa(r.checkedOn),
        r.subject,
        r.contractorName,
        r.departmentName ?? "",
        RESULT[r.result],
        IMPORTANCE[r.importance],
        r.findings ?? "",
        r.measures ?? "",
        r.reportedTo.map((d) => DUTIES[d as Duty]?.ja ?? d).join("、"),
        r.checkedByName ?? "",
      ]),
      marking: exportMarking(profile, levels, actor, now),
      now,
      organization: profile.organization.name,
    },
    format,
  );
}

export function checkExportRoutes() {
  const app = createRouter();
  addListExportRoutes(
    app,
    {
      path: "/api/suppliers/checks/export",
      tag: "suppliers",
      summary: (f) => `委託事業者の確認一覧の出力（${f}）/ Export the contractor checks`,
      query: CheckExportQuery,
    },
    (c, format) => checksFile(c, format, c.req.valid("query")),
  );
  return app;
}
