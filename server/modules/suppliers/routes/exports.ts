/**
 * GET /api/suppliers/contracts/export.{xlsx,csv,pdf} and /api/external-services/export.{xlsx,csv,pdf}
 * (issue 17 item 7): the contract list and the external-services register as files, with the
 * list routes' filters and their visibility (listContracts / listServices read through access.ts's
 * SQL twins, so each viewer exports exactly the rows their list shows). Every file carries the
 * export marking (server/http/export-marking.ts) at the level of the most confidential information
 * its rows name, never below the profile's level for exports; taking it out is an audit event.
 * Mounted before the detail routes, whose `{id}` would otherwise take `export.xlsx`.
 */

import type { z } from "@hono/zod-openapi";
import { formatDateJa } from "../../../../common/calendar";
import { CONTRACT_STATE_LABELS, labelOf } from "../../../../common/labels";
import { exportMarking } from "../../../http/export-marking";
import {
  addListExportRoutes,
  EXPORT_ALL,
  type ListFile,
  type ListFormat,
  listFileResponse,
} from "../../../http/list-export";
import { recordListExport } from "../../../http/list-export-event";
import { createRouter } from "../../../http/router";
import { levelLabels } from "../presenter";
import { listContracts } from "../queries";
import { ContractQuery, ServiceQuery } from "../schema";
import { listServices } from "../services-view";
import { type C, env } from "./common";

/** The file's title, names and rows; the marking and the time are the export's. */
type Table = Pick<ListFile, "title" | "file" | "fileJa" | "header"> & { rows: unknown[][] };

const yesNo = (b: boolean) => (b ? "はい" : "いいえ");
const date = (d: string | null | undefined) => (d ? formatDateJa(d) : "");

/**
 * What every export does once its rows are read: the audit event (who took which filter's rows
 * out), the marking at the level of the most confidential information the rows name, the file
 * (server/http/list-export.ts, as every other list).
 */
async function exportFile(
  c: C,
  format: ListFormat,
  filter: unknown,
  event: { type: "supplier.contracts_exported" | "external_service.exported"; targetType: string },
  levels: Array<string | null>,
  table: Table,
): Promise<Response> {
  const { actor, profile, now } = env(c);
  await recordListExport(c, event, format, filter, table.rows.length, now);
  return listFileResponse(
    {
      ...table,
      marking: exportMarking(profile, levels, actor, now),
      now,
      organization: profile.organization.name,
    },
    format,
  );
}

const ContractExportQuery = ContractQuery.omit({ limit: true, offset: true });
const ServiceExportQuery = ServiceQuery.omit({ limit: true, offset: true });

async function contractsFile(c: C, format: ListFormat, q: z.infer<typeof ContractExportQuery>) {
  const { actor, db, profile, now } = env(c);
  const rows = await listContracts(db, actor, profile, { ...q, ...EXPORT_ALL }, now);
  return exportFile(
    c,
    format,
    q,
    { type: "supplier.contracts_exported", targetType: "supplier_contract" },
    rows.flatMap((r) => r.informationLevels),
    {
      title: "委託契約一覧",
      file: "contracts",
      fileJa: "委託契約一覧",
      header: [
        "件名",
        "委託事業者",
        "所管課",
        "状態",
        "契約期間（開始）",
        "契約期間（終了）",
        "取り扱う情報の機密性",
        "個人情報",
        "特定個人情報",
        "システムの作業",
        "次回確認期限",
        "確認期限超過",
        "未返却の貸与物",
      ],
      rows: rows.map((r) => [
        r.subject,
        r.contractorName,
        r.departmentName ?? "",
        labelOf(CONTRACT_STATE_LABELS, r.state).ja,
        date(r.startsOn),
        date(r.endsOn),
        levelLabels(profile, r.informationLevels).join("、"),
        yesNo(r.personalInformation),
        yesNo(r.specificPersonalInformation),
        yesNo(r.systemWork),
        date(r.nextCheckOn),
        yesNo(r.checkOverdue),
        r.openLendings,
      ]),
    },
  );
}

async function servicesFile(c: C, format: ListFormat, q: z.infer<typeof ServiceExportQuery>) {
  const { actor, db, profile, now } = env(c);
  const { items } = await listServices(db, actor, profile, { ...q, ...EXPORT_ALL }, now);
  return exportFile(
    c,
    format,
    q,
    { type: "external_service.exported", targetType: "external_service" },
    items.map((s) => s.highestLevel),
    {
      title: "外部サービス台帳",
      file: "external_services",
      fileJa: "外部サービス台帳",
      header: [
        "サービス名",
        "提供事業者",
        "区分",
        "取り扱う情報の最高の機密性",
        "手続",
        "所管課",
        "外部サービス管理者",
        "申請番号",
        "状態",
        "協議日",
        "次回確認",
        "次回確認期限",
        "確認期限超過",
        "利用終了日",
      ],
      rows: items.map((s) => [
        s.name,
        s.provider,
        s.categoryLabel.ja,
        s.highestLevelLabel ?? "",
        s.pathTitle ? `${s.pathTitle}（${s.pathClauseLabel}）` : s.pathClauseLabel,
        s.departmentName ?? "",
        s.managerName ?? "",
        s.requestNumber ?? "",
        s.statusLabel.ja,
        date(s.consultedOn),
        s.nextCheck?.phaseLabel.ja ?? "",
        date(s.nextCheck?.dueOn),
        yesNo(s.checkOverdue),
        date(s.terminatedOn),
      ]),
    },
  );
}

export function exportRoutes() {
  const app = createRouter();
  addListExportRoutes(
    app,
    {
      path: "/api/suppliers/contracts/export",
      tag: "suppliers",
      summary: (f) => `委託契約一覧の出力（${f}）/ Export the contract list`,
      query: ContractExportQuery,
    },
    (c, format) => contractsFile(c, format, c.req.valid("query")),
  );
  addListExportRoutes(
    app,
    {
      path: "/api/external-services/export",
      tag: "external-services",
      summary: (f) => `外部サービス台帳の出力（${f}）/ Export the external-services register`,
      query: ServiceExportQuery,
    },
    (c, format) => servicesFile(c, format, c.req.valid("query")),
  );
  return app;
}
