/**
 * The ID register as files (issue 20 item 3):
 *   GET /api/accounts/systems/export.{xlsx,csv,pdf}  — the systems whose IDs are managed (the 情報システム list)
 *   GET /api/accounts/accounts/export.{xlsx,csv,pdf} — the user IDs (the list's filters: system, person, mine, login name)
 * Each reads the list route's own query (listSystems / listAccounts through access.ts's
 * visibility SQL) and its presenter, so a system the viewer may not open is named as hidden and an
 * ID they may not see never appears. IDs carry no level of their own: marked at the profile's
 * level for exports. Taking one out is an audit event (format, filters, rows) recorded before the
 * file is sent. Mounted before the routes with `{id}`.
 */

import type { z } from "@hono/zod-openapi";
import { formatDateJa } from "../../../../common/calendar";
import {
  ACCOUNT_HOLDER_KIND_LABELS,
  ACCOUNT_PURPOSE_LABELS,
  ACCOUNT_STATE_LABELS,
  labelOf,
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
import { presentAccounts, presentSystems } from "../presenter";
import { listAccounts, listSystems } from "../queries";
import { AccountQuery } from "../schema";

const AccountExportQuery = AccountQuery.omit({ limit: true, offset: true });

// biome-ignore lint/suspicious/noExplicitAny: the route's context (a file route)
type C = any;

/** The audit event (before the file is sent), the marking, the file. */
async function send(
  c: C,
  format: ListFormat,
  type: "accounts.systems_exported" | "accounts.ids_exported",
  filter: unknown,
  file: Omit<ListFile, "marking" | "now">,
  rows: number,
) {
  const deps = c.get("deps");
  const actor = requireActor(c.get("actor"));
  const now: Date = deps.now();
  await recordListExport(
    c,
    { type, targetType: type === "accounts.systems_exported" ? "account_system" : "system_account" },
    format,
    filter,
    rows,
    now,
  );
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

async function systemsFile(c: C, format: ListFormat) {
  const deps = c.get("deps");
  const db = deps.database.db;
  const actor = requireActor(c.get("actor"));
  const rows = await presentSystems(db, actor, deps.profile(), await listSystems(db, actor));
  return send(
    c,
    format,
    "accounts.systems_exported",
    {},
    {
      title: "ID管理の対象システム",
      file: "account_systems",
      fileJa: "ID管理の対象システム",
      header: ["システム", "所管課", "管理者", "利用する課", "ID数", "特権ID数", "備考"],
      widths: [30, 16, 14, 30, 8, 8, 30],
      rows: rows.map((s) => [
        s.name,
        s.departmentName ?? "",
        s.administratorName ?? "",
        s.userDepartments.map((d) => d.name ?? "").join("、"),
        s.accounts,
        s.privileged,
        s.note ?? "",
      ]),
    },
    rows.length,
  );
}

async function accountsFile(c: C, format: ListFormat) {
  const deps = c.get("deps");
  const db = deps.database.db;
  const actor = requireActor(c.get("actor"));
  const q: z.infer<typeof AccountExportQuery> = c.req.valid("query");
  const rows = await presentAccounts(
    db,
    actor,
    deps.profile(),
    await listAccounts(db, actor, { ...q, ...EXPORT_ALL }),
  );
  const day = (d: string | null) => (d ? formatDateJa(d) : "");
  return send(
    c,
    format,
    "accounts.ids_exported",
    q,
    {
      title: "利用者ID",
      file: "system_accounts",
      fileJa: "利用者ID",
      header: [
        "ログイン名",
        "システム",
        "保有区分",
        "保有者",
        "特権",
        "用途",
        "権限",
        "状態",
        "登録日",
        "最終利用日",
        "承認の記録",
        "備考",
      ],
      widths: [18, 26, 10, 14, 6, 10, 14, 8, 22, 22, 16, 24],
      rows: rows.map((a) => [
        a.loginName,
        a.systemName,
        labelOf(ACCOUNT_HOLDER_KIND_LABELS, a.holderKind).ja,
        a.personName ?? "",
        a.privileged ? "特権" : "",
        a.purpose ? labelOf(ACCOUNT_PURPOSE_LABELS, a.purpose).ja : "",
        a.role ?? "",
        labelOf(ACCOUNT_STATE_LABELS, a.state).ja,
        day(a.createdOn),
        day(a.lastUsedOn),
        a.approvalRef ?? "",
        a.note ?? "",
      ]),
    },
    rows.length,
  );
}

export function registerExportRoutes() {
  const app = createRouter();
  addListExportRoutes(
    app,
    {
      path: "/api/accounts/systems/export",
      tag: "accounts",
      summary: (f) => `ID管理の対象システムの出力（${f}）/ Export the systems whose IDs are managed`,
    },
    systemsFile,
  );
  addListExportRoutes(
    app,
    {
      path: "/api/accounts/accounts/export",
      tag: "accounts",
      summary: (f) => `利用者IDの出力（${f}）/ Export the user IDs`,
      query: AccountExportQuery,
    },
    accountsFile,
  );
  return app;
}
