/**
 * The software register and the vulnerability lists as files (issue 20 item 3):
 *   GET /api/software/installations/export.{xlsx,csv,pdf}  — the register (mine, 課, host, support check)
 *   GET /api/vulnerabilities/matches/export.{xlsx,csv,pdf} — matches (confirm / overdue / open / all…)
 *   GET /api/vulnerabilities/tasks/export.{xlsx,csv,pdf}   — my tasks
 * Each with the list route's filters and the same query (listInstallations / listMatches /
 * listTasks read through access.ts's SQL twins), so a viewer exports exactly the rows their list
 * shows; a host the viewer may not open is named as hidden, as on the screen. Marked at the
 * profile's level for exports (these lists hold no information asset's contents); taking one out
 * is an audit event. Mounted before the routes with `{id}`.
 */

import type { z } from "@hono/zod-openapi";
import { formatDateJa, todayJst } from "../../../../common/calendar";
import {
  labelOf,
  SOFTWARE_EOS_LABELS,
  VULN_MATCH_STATE_LABELS,
  VULN_SEVERITY_LABELS,
} from "../../../../common/labels";
import { requireActor } from "../../../access";
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
import { HIDDEN_ASSET_LABEL } from "../../assets";
import { assetLabels } from "../asset-link";
import { listInstallations, listMatches, listTasks, type MatchRow } from "../queries";
import { InstallationQuery, MatchQuery } from "../schema";

const InstallationExportQuery = InstallationQuery.omit({ limit: true, offset: true });
const MatchExportQuery = MatchQuery.omit({ limit: true, offset: true });

const date = (d: string | null | undefined) => (d ? formatDateJa(d) : "");
type Label = Awaited<ReturnType<typeof assetLabels>> extends Map<string, infer L> ? L : never;
const host = (l: Label | undefined) =>
  !l || l.hidden ? HIDDEN_ASSET_LABEL.ja : `${l.number} ${l.name}`.trim();
const productText = (r: { vendor: string; product: string; version: string }) =>
  `${r.vendor} ${r.product} ${r.version}`.trim();

// biome-ignore lint/suspicious/noExplicitAny: the route's context (a file route)
type C = any;

/** The parts every export shares: who, the audit event (before the file is sent), the marking. */
async function send(
  c: C,
  format: ListFormat,
  event: {
    type:
      | "software.installations_exported"
      | "vulnerability.matches_exported"
      | "vulnerability.tasks_exported";
    targetType: string;
    filter: unknown;
    rows: number;
  },
  file: Omit<ListFile, "marking" | "now">,
) {
  const deps = c.get("deps");
  const actor = requireActor(c.get("actor"));
  const now: Date = deps.now();
  await recordListExport(c, event, format, event.filter, event.rows, now);
  const profile = deps.profile();
  return listFileResponse(
    {
      ...file,
      marking: exportMarking(profile, [], actor, now),
      now,
      organization: profile.organization.name,
    },
    format,
  );
}

const MATCH_HEADER = [
  "脆弱性識別番号",
  "件名",
  "深刻度",
  "悪用確認済み (KEV)",
  "製品",
  "導入先（システム・機器）",
  "所管課",
  "管理者",
  "照合",
  "状態",
  "対応期限",
  "判断の理由・回避策",
  "受容の期限",
  "最初の照合",
];

function matchRows(rows: MatchRow[], labels: Map<string, Label>) {
  return rows.map((m) => [
    m.advisoryKey,
    m.titleJa ?? m.title,
    labelOf(VULN_SEVERITY_LABELS, m.severity ?? "none").ja,
    m.kev ? "はい" : "いいえ",
    productText(m),
    host(labels.get(m.assetId)),
    m.departmentName ?? "",
    m.ownerName ?? "",
    m.verdict === "confirm" ? `要確認${m.reason ? `（${m.reason.ja}）` : ""}` : "該当",
    labelOf(VULN_MATCH_STATE_LABELS, m.state).ja,
    date(m.dueOn),
    m.decisionReason ?? "",
    date(m.acceptedUntil),
    date(m.firstMatchedAt ? todayJst(new Date(m.firstMatchedAt)) : null),
  ]);
}

async function labelsOf(c: C, assetIds: string[]) {
  const deps = c.get("deps");
  return assetLabels(
    deps.database.db,
    { actor: requireActor(c.get("actor")), profile: deps.profile() },
    assetIds,
  );
}

async function installationsFile(c: C, format: ListFormat) {
  const q: z.infer<typeof InstallationExportQuery> = c.req.valid("query");
  const actor = requireActor(c.get("actor"));
  const rows = await listInstallations(c.get("deps").database.db, actor, { ...q, ...EXPORT_ALL });
  const labels = await labelsOf(
    c,
    rows.map((r) => r.assetId),
  );
  return send(
    c,
    format,
    {
      type: "software.installations_exported",
      targetType: "software_installation",
      filter: q,
      rows: rows.length,
    },
    {
      title: "ソフトウェア台帳",
      file: "software_installations",
      fileJa: "ソフトウェア台帳",
      header: [
        "ベンダー",
        "製品",
        "バージョン",
        "エディション",
        "CPE",
        "導入先（システム・機器）",
        "所管課",
        "管理者",
        "サポート終了日",
        "利用終了予定日",
        "サポート終了の確認",
        "未対応の脆弱性",
      ],
      widths: [16, 22, 12, 12, 36, 28, 16, 14, 24, 24, 14, 10],
      rows: rows.map((r) => [
        r.vendor,
        r.product,
        r.version,
        r.edition,
        r.cpe ?? "",
        host(labels.get(r.assetId)),
        r.departmentName ?? "",
        r.ownerName ?? "",
        date(r.endOfSupport),
        date(r.plannedEndOfUse),
        labelOf(SOFTWARE_EOS_LABELS, r.eosStatus).ja,
        r.openMatches,
      ]),
    },
  );
}

async function matchesFile(c: C, format: ListFormat) {
  const q: z.infer<typeof MatchExportQuery> = c.req.valid("query");
  const deps = c.get("deps");
  const actor = requireActor(c.get("actor"));
  const rows = await listMatches(deps.database.db, actor, todayJst(deps.now()), { ...q, ...EXPORT_ALL });
  const labels = await labelsOf(
    c,
    rows.map((r) => r.assetId),
  );
  return send(
    c,
    format,
    { type: "vulnerability.matches_exported", targetType: "vuln_match", filter: q, rows: rows.length },
    {
      title: "脆弱性の照合結果",
      file: "vulnerability_matches",
      fileJa: "脆弱性の照合結果",
      header: MATCH_HEADER,
      rows: matchRows(rows, labels),
    },
  );
}

async function tasksFile(c: C, format: ListFormat) {
  const actor = requireActor(c.get("actor"));
  const rows = await listTasks(c.get("deps").database.db, actor, EXPORT_ALL.limit);
  const labels = await labelsOf(
    c,
    rows.map((r) => r.assetId),
  );
  return send(
    c,
    format,
    { type: "vulnerability.tasks_exported", targetType: "vuln_match", filter: {}, rows: rows.length },
    {
      title: "脆弱性の対応（私の対応）",
      file: "vulnerability_tasks",
      fileJa: "脆弱性の対応",
      header: MATCH_HEADER,
      rows: matchRows(rows, labels),
    },
  );
}

export function softwareExportRoutes() {
  const app = createRouter();
  addListExportRoutes(
    app,
    {
      path: "/api/software/installations/export",
      tag: "software",
      summary: (f) => `ソフトウェア台帳の出力（${f}）/ Export the software register`,
      query: InstallationExportQuery,
    },
    installationsFile,
  );
  addListExportRoutes(
    app,
    {
      path: "/api/vulnerabilities/matches/export",
      tag: "vulnerabilities",
      summary: (f) => `脆弱性の照合結果の出力（${f}）/ Export vulnerability matches`,
      query: MatchExportQuery,
    },
    matchesFile,
  );
  addListExportRoutes(
    app,
    {
      path: "/api/vulnerabilities/tasks/export",
      tag: "vulnerabilities",
      summary: (f) => `脆弱性の対応（私の対応）の出力（${f}）/ Export my vulnerability tasks`,
    },
    tasksFile,
  );
  return app;
}
