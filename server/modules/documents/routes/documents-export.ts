/**
 * GET /api/documents/export.{xlsx,csv,pdf} (issue 20 item 3): the documents list as a file, built
 * by the list's own function (`documentsForViewer`, shared with GET /api/documents) so it holds
 * exactly what the list shows the viewer — a restricted document (実施手順) appears only to its
 * audience and keepers — with the list's filter (view). Taking it out is an audit event (format,
 * filter, rows) recorded before the file is sent.
 */

import type { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { formatDateJa } from "../../../../common/calendar";
import { can, requireActor } from "../../../access";
import type { Actor, AppEnv } from "../../../http/context";
import { exportMarking } from "../../../http/export-marking";
import { addListExportRoutes, type ListFormat, listFileResponse } from "../../../http/list-export";
import { recordListExport } from "../../../http/list-export-event";
import type { createRouter } from "../../../http/router";
import { presentDocument } from "../presenter";
import { acknowledgedNumbers, departmentNames, loadDocuments, personNames } from "../queries";
import { ListQuery } from "../schema";

type C = Context<AppEnv>;

/** The documents the viewer may read, as the list presents them (view=to_read: still to acknowledge). */
export async function documentsForViewer(c: C, actor: Actor, view: z.infer<typeof ListQuery>["view"]) {
  const deps = c.get("deps");
  const db = deps.database.db;
  const all = (await loadDocuments(db, deps.profile())).filter((d) =>
    can(actor, "read", "document", d.record),
  );
  const acks = await acknowledgedNumbers(
    db,
    all.map((d) => d.row.id),
    [actor.personId],
  );
  const names = await personNames(
    db,
    all
      .flatMap((d) => (d.current ? [d.current.approvedByPersonId, d.current.publishedByPersonId] : []))
      .filter((x): x is string => Boolean(x)),
  );
  const depts = await departmentNames(
    db,
    all.map((d) => d.row.departmentId).filter((x): x is string => Boolean(x)),
  );
  const data = all.map((d) =>
    presentDocument(
      actor,
      d,
      acks.get(d.row.id)?.get(actor.personId) ?? [],
      names,
      d.row.departmentId ? (depts.get(d.row.departmentId) ?? null) : null,
    ),
  );
  return view === "to_read" ? data.filter((d) => d.me.mustAcknowledge) : data;
}

const dateOf = (d: Date | string | null) => (d ? formatDateJa(d) : "");

async function documentsFile(c: C, format: ListFormat) {
  const actor = requireActor(c.get("actor"));
  const deps = c.get("deps");
  const profile = deps.profile();
  const now = deps.now();
  // biome-ignore lint/suspicious/noExplicitAny: the validated query of a file route
  const q: z.infer<typeof ListQuery> = (c.req as any).valid("query");
  const rows = await documentsForViewer(c, actor, q.view);
  await recordListExport(
    c,
    { type: "document.list_exported", targetType: "document" },
    format,
    q,
    rows.length,
    now,
  );
  return listFileResponse(
    {
      title: "文書（情報セキュリティポリシー・実施手順等）",
      file: "documents",
      fileJa: "文書一覧",
      header: [
        "種類",
        "文書名",
        "所管課",
        "システム",
        "公開",
        "現行版",
        "施行日",
        "承認者",
        "公開日",
        "見直し期限",
        "閲覧確認",
      ],
      widths: [22, 36, 18, 16, 10, 8, 14, 14, 14, 14, 12],
      rows: rows.map((d) => [
        d.kindInfo?.title.ja ?? "",
        d.title,
        d.departmentName ?? (d.departmentId ? "" : "全庁"),
        d.systemName ?? "",
        d.restricted ? "非公開" : "公開",
        d.current ? `第${d.current.number}版` : "未公開",
        dateOf(d.current?.effectiveOn ?? null),
        d.current?.approvedBy ?? "",
        dateOf(d.current?.publishedAt ?? null),
        dateOf(d.reviewDueOn),
        d.me.inAudience ? (d.me.acknowledged ? "確認済み" : "未確認") : "対象外",
      ]),
      marking: exportMarking(profile, [], actor, now),
      now,
      organization: profile.organization.name,
    },
    format,
  );
}

export function documentExportRoutes(app: ReturnType<typeof createRouter>) {
  addListExportRoutes(
    app,
    {
      path: "/api/documents/export",
      tag: "documents",
      summary: (f) => `文書の一覧の出力（${f}）/ Export the documents list`,
      query: ListQuery,
    },
    documentsFile,
  );
}
