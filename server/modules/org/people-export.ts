/**
 * GET /api/people/export.{xlsx,csv,pdf} (issue 20 item 3): the people list as a file, with the
 * list's filters (search, 課, 任用形態, include those who left) and its own query (listPeople through
 * peopleVisibleWhere), so a person the viewer may not see never appears. People are personal
 * information: the file holds only the columns the list shows (number, name and kana, 課, title,
 * 任用形態, e-mail, login) — never a phone, which the list does not show either. Marked at the
 * profile's level for exports; taking it out is an audit event (format, filters, rows) recorded
 * before the file is sent. Registered before `/api/people/{id}`.
 */

import type { z } from "@hono/zod-openapi";
import { requireActor } from "../../access";
import { exportMarking } from "../../http/export-marking";
import { addListExportRoutes, EXPORT_ALL, type ListFormat, listFileResponse } from "../../http/list-export";
import { recordListExport } from "../../http/list-export-event";
import type { createRouter } from "../../http/router";
import { listPeople } from "./queries";
import { PeopleQuery } from "./schema";

const ExportQuery = PeopleQuery.omit({ limit: true, offset: true, cursor: true });

/** 任用形態 as the list shows it (web/src/locales/ja.json "employment"). */
const EMPLOYMENT: Record<string, string> = {
  regular: "正規職員",
  reappointed: "再任用職員",
  fiscal_year: "会計年度任用職員",
  temporary: "臨時的任用職員",
  special_part_time: "特別職非常勤職員",
  dispatched: "派遣職員",
  contractor_worker: "委託事業者の作業員",
};

// biome-ignore lint/suspicious/noExplicitAny: the route's context (a file route)
async function peopleFile(c: any, format: ListFormat) {
  const q: z.infer<typeof ExportQuery> = c.req.valid("query");
  const actor = requireActor(c.get("actor"));
  const deps = c.get("deps");
  const db = deps.database.db;
  const profile = deps.profile();
  const now: Date = deps.now();
  const { rows } = await listPeople(db, actor, { ...q, ...EXPORT_ALL });
  await recordListExport(
    c,
    { type: "org.people_exported", targetType: "person" },
    format,
    q,
    rows.length,
    now,
  );
  return listFileResponse(
    {
      title: "職員一覧",
      file: "people",
      fileJa: "職員一覧",
      header: ["職員番号", "氏名", "ふりがな", "所属", "職名", "任用形態", "メール", "ログイン"],
      widths: [12, 18, 20, 18, 14, 16, 30, 10],
      rows: rows.map((p) => [
        p.employeeNumber ?? "",
        p.name,
        p.nameKana ?? "",
        p.departmentName ?? "",
        p.title ?? "",
        EMPLOYMENT[p.employmentType] ?? "",
        p.email ?? "",
        !p.active ? "退職等" : p.hasLogin ? "あり" : "なし",
      ]),
      marking: exportMarking(profile, [], actor, now),
      now,
      organization: profile.organization.name,
    },
    format,
  );
}

export function peopleExportRoutes(app: ReturnType<typeof createRouter>) {
  addListExportRoutes(
    app,
    {
      path: "/api/people/export",
      tag: "organization",
      summary: (f) => `職員一覧の出力（${f}）/ Export the people list`,
      query: ExportQuery,
    },
    peopleFile,
  );
}
