/**
 * GET /api/assets/export.xlsx and /api/assets/export.csv — the register with the list's filters,
 * limited by the list's own SQL visibility rule (assetVisibilitySql), streamed page by page.
 * .xlsx: Japanese headers, column widths, frozen header (exceljs streaming writer).
 * .csv: UTF-8 with BOM (default) or Shift_JIS (`encoding=shift_jis`).
 */

import { PassThrough, Readable } from "node:stream";
import { createRoute, z } from "@hono/zod-openapi";
import { and, asc, gt, type SQL } from "drizzle-orm";
import type { Worksheet } from "exceljs";
import { compactIsoDate } from "../../../../common/calendar";
import { requireActor } from "../../../access";
import { recordEvent } from "../../../audit/record";
import type { DbOrTx } from "../../../db/client";
import { allUnits, findPeople } from "../../../directory";
import type { Actor } from "../../../http/context";
import { AppError, fieldError } from "../../../http/errors";
import { excel } from "../../../http/excel";
import {
  type ExportMarking,
  exportMarking,
  markingLines,
  markWorksheetPrint,
} from "../../../http/export-marking";
import { createRouter, errorResponses, SESSION_ROUTE } from "../../../http/router";
import { putMarkingRows, putRow } from "../../../http/workbook";
import type { Profile } from "../../../profile";
import { assetVisibilitySql } from "../access";
import { filterSql, type ListFilter } from "../queries";
import { ListQuery } from "../schema";
import { assets } from "../tables";
import { PDF_MAX_ROWS, registerPdf } from "./pdf";
import { csvLine, type ExportLookups, encodeShiftJis, exportColumns } from "./sheet";

const TAG = ["assets"];
const PAGE = 2000;

const ExportQuery = ListQuery.omit({ sort: true, order: true, cursor: true, limit: true }).extend({
  encoding: z.enum(["utf-8", "shift_jis"]).optional(),
});

const list = (s: string | undefined) =>
  s
    ? s
        .split(",")
        .map((x) => x.trim())
        .filter(Boolean)
    : undefined;
const bool = (s: "true" | "false" | undefined) => (s === undefined ? undefined : s === "true");

type Query = z.infer<typeof ExportQuery>;

export function exportFilter(profile: Profile, q: Query): ListFilter {
  if (
    q.confidentialityAtLeast &&
    !profile.classification.confidentiality.levels.some((l) => l.key === q.confidentialityAtLeast)
  )
    throw fieldError("confidentialityAtLeast", "機密性の区分がプロファイルにありません。", "Unknown level.");
  return {
    q: q.q,
    confidentiality: list(q.confidentiality),
    integrity: list(q.integrity),
    availability: list(q.availability),
    confidentialityAtLeast: q.confidentialityAtLeast,
    zone: list(q.zone),
    kind: list(q.kind),
    status: list(q.status),
    departmentId: list(q.departmentId)?.filter((d) => /^[0-9a-f-]{36}$/i.test(d)),
    hasPersonalInfo: bool(q.hasPersonalInfo),
    specificPersonalInfo: bool(q.specificPersonalInfo),
    sensitivePersonalInfo: bool(q.sensitivePersonalInfo),
    classificationPending: bool(q.classificationPending),
    disposalDueBefore: q.disposalDueBefore,
  };
}

/** Visible assets matching the filter, by asset number, a page at a time (keyset). */
export async function* exportRows(db: DbOrTx, actor: Actor, profile: Profile, filter: ListFilter) {
  const conds: SQL[] = [await assetVisibilitySql(db, actor, profile), ...filterSql(profile, filter)];
  const depts = new Map((await allUnits(db)).map((d) => [d.id, d]));
  let after: string | null = null;
  for (;;) {
    const rows: Array<typeof assets.$inferSelect> = await db
      .select()
      .from(assets)
      .where(and(...conds, ...(after !== null ? [gt(assets.assetNumber, after)] : [])))
      .orderBy(asc(assets.assetNumber))
      .limit(PAGE);
    if (!rows.length) return;
    const ids = [...new Set(rows.map((r) => r.custodianPersonId).filter((x): x is string => !!x))];
    const persons = await findPeople(db, ids);
    const lookups: ExportLookups = { department: (id) => depts.get(id), person: (id) => persons.get(id) };
    yield { rows, lookups };
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1].assetNumber;
  }
}

/**
 * The effective confidentiality levels among the assets an export holds (one grouped read), for
 * its marking: the file is marked with the highest of them (server/http/export-marking.ts).
 */
export async function exportLevels(db: DbOrTx, actor: Actor, profile: Profile, filter: ListFilter) {
  const conds: SQL[] = [await assetVisibilitySql(db, actor, profile), ...filterSql(profile, filter)];
  const rows = await db
    .select({ level: assets.effectiveConfidentiality })
    .from(assets)
    .where(and(...conds))
    .groupBy(assets.effectiveConfidentiality);
  return rows.map((r) => r.level);
}

/**
 * The .xlsx of the rows, written to `out` with exceljs's streaming writer: the marking rows
 * first (the import finds the header row under them), then the header and the assets.
 */
export async function writeXlsx(
  out: import("node:stream").Writable,
  profile: Profile,
  pages: AsyncIterable<{ rows: Array<typeof assets.$inferSelect>; lookups: ExportLookups }>,
  marking: ExportMarking,
) {
  const columns = exportColumns(profile);
  const wb = new (await excel()).stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const lines = markingLines(marking);
  const ws = wb.addWorksheet("情報資産台帳", { views: [{ state: "frozen", ySplit: lines.length + 1 }] });
  markWorksheetPrint(ws as unknown as Worksheet, marking, "情報資産台帳");
  ws.columns = columns.map((c, i) => ({ key: `c${i}`, width: c.width }));
  for (const r of putMarkingRows(ws, marking)) r.commit();
  putRow(
    ws,
    columns.map((c) => c.header),
    "bold",
  ).commit();
  for await (const page of pages) {
    for (const a of page.rows)
      putRow(
        ws,
        columns.map((c) => c.value(a, page.lookups)),
      ).commit();
  }
  ws.commit();
  await wb.commit();
}

/** The CSV text of the rows, chunk by chunk (the marking lines, the header, then the assets). */
export async function* csvChunks(
  profile: Profile,
  pages: AsyncIterable<{ rows: Array<typeof assets.$inferSelect>; lookups: ExportLookups }>,
  marking: ExportMarking,
) {
  const columns = exportColumns(profile);
  for (const l of markingLines(marking)) yield csvLine([l]);
  yield csvLine(columns.map((c) => c.header));
  for await (const page of pages) {
    let text = "";
    for (const a of page.rows) text += csvLine(columns.map((c) => c.value(a, page.lookups)));
    yield text;
  }
}

function stamp(now: Date): string {
  return compactIsoDate(now);
}

export function assetExportRoutes() {
  const app = createRouter();
  for (const format of ["xlsx", "csv"] as const) {
    app.openapi(
      createRoute({
        method: "get",
        path: `/api/assets/export.${format}`,
        tags: TAG,
        security: SESSION_ROUTE,
        summary:
          format === "xlsx"
            ? "情報資産台帳のExcel出力 / Export the register as .xlsx"
            : "情報資産台帳のCSV出力（UTF-8 BOM付き / Shift_JIS）/ Export the register as CSV",
        request: { query: ExportQuery },
        responses: {
          200: {
            description: "The register (the list's filters; only what the caller may see)",
            content:
              format === "xlsx"
                ? {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                      schema: { type: "string", format: "binary" },
                    },
                  }
                : { "text/csv": { schema: { type: "string" } } },
          },
          ...errorResponses,
        },
      }),
      // biome-ignore lint/suspicious/noExplicitAny: a streamed file, not a JSON body
      (async (c: any) => {
        const q = c.req.valid("query") as Query;
        const actor = requireActor(c.get("actor"));
        const deps = c.get("deps");
        const profile: Profile = deps.profile();
        const filter = exportFilter(profile, q);
        const db = deps.database.db;
        const now: Date = deps.now();
        // Taking the register out is recorded (who, which filters), before the file is sent.
        await db.transaction(async (tx: DbOrTx) =>
          recordEvent(
            tx,
            { actor, ip: c.get("ip"), requestId: c.get("requestId") },
            { type: "asset.exported", targetType: "asset", data: { format, filter: q } },
            now,
          ),
        );
        const name = `情報資産台帳_${stamp(now)}.${format}`;
        const disposition = `attachment; filename="assets_${stamp(now)}.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`;
        const marking = exportMarking(profile, await exportLevels(db, actor, profile, filter), actor, now);
        const pages = exportRows(db, actor, profile, filter);
        if (format === "xlsx") {
          const pass = new PassThrough();
          writeXlsx(pass, profile, pages, marking).catch((err) => pass.destroy(err));
          return new Response(Readable.toWeb(pass) as unknown as ReadableStream, {
            status: 200,
            headers: {
              "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
              "content-disposition": disposition,
            },
          });
        }
        const sjis = q.encoding === "shift_jis";
        const bytes = (async function* () {
          if (!sjis) yield Buffer.from([0xef, 0xbb, 0xbf]);
          for await (const text of csvChunks(profile, pages, marking))
            yield sjis ? encodeShiftJis(text) : Buffer.from(text, "utf8");
        })();
        return new Response(Readable.toWeb(Readable.from(bytes)) as unknown as ReadableStream, {
          status: 200,
          headers: {
            "content-type": `text/csv; charset=${sjis ? "Shift_JIS" : "UTF-8"}`,
            "content-disposition": disposition,
          },
        });
      }) as never,
    );
  }

  // The printable register per department (PDF): the same filters and visibility.
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/assets/export.pdf",
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "情報資産台帳の印刷用PDF（所管課ごと）/ The printable register per department (PDF)",
      request: { query: ExportQuery.omit({ encoding: true }) },
      responses: {
        200: {
          description: `The register, one section per department (at most ${PDF_MAX_ROWS} assets)`,
          content: { "application/pdf": { schema: { type: "string", format: "binary" } } },
        },
        ...errorResponses,
      },
    }),
    // biome-ignore lint/suspicious/noExplicitAny: a file, not a JSON body
    (async (c: any) => {
      const q = c.req.valid("query") as Query;
      const actor = requireActor(c.get("actor"));
      const deps = c.get("deps");
      const profile: Profile = deps.profile();
      const filter = exportFilter(profile, q);
      const db = deps.database.db;
      const now: Date = deps.now();
      const rows: Array<typeof assets.$inferSelect> = [];
      let lookups: ExportLookups | null = null;
      const persons = new Map<string, { name: string; employeeNumber: string | null }>();
      for await (const page of exportRows(db, actor, profile, filter)) {
        rows.push(...page.rows);
        for (const a of page.rows)
          if (a.custodianPersonId) {
            const p = page.lookups.person(a.custodianPersonId);
            if (p) persons.set(a.custodianPersonId, p);
          }
        lookups = page.lookups;
        if (rows.length > PDF_MAX_ROWS)
          throw new AppError(
            400,
            "too_many_rows",
            `PDFにできるのは${PDF_MAX_ROWS.toLocaleString("ja-JP")}件までです。所管課などで絞り込んでください（Excel出力には上限がありません）。`,
            `A PDF holds at most ${PDF_MAX_ROWS} assets. Filter by department (the .xlsx export has no limit).`,
          );
      }
      await db.transaction(async (tx: DbOrTx) =>
        recordEvent(
          tx,
          { actor, ip: c.get("ip"), requestId: c.get("requestId") },
          {
            type: "asset.exported",
            targetType: "asset",
            data: { format: "pdf", filter: q, rows: rows.length },
          },
          now,
        ),
      );
      const base = lookups;
      const pdf = await registerPdf({
        profile,
        now,
        marking: exportMarking(
          profile,
          rows.map((a) => a.effectiveConfidentiality),
          actor,
          now,
        ),
        filterText: filterText(q),
        rows,
        lookups: {
          department: (id) => base?.department(id),
          person: (id) => persons.get(id),
        },
      });
      const name = `情報資産台帳_${stamp(now)}.pdf`;
      return new Response(new Uint8Array(pdf), {
        status: 200,
        headers: {
          "content-type": "application/pdf",
          "content-disposition": `attachment; filename="assets_${stamp(now)}.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`,
        },
      });
    }) as never,
  );
  return app;
}

/** The filters of an export in words, printed on the PDF. */
function filterText(q: Query): string {
  const parts: string[] = [];
  if (q.q) parts.push(`検索「${q.q}」`);
  if (q.kind) parts.push(`種別 ${q.kind}`);
  if (q.confidentiality) parts.push(`機密性 ${q.confidentiality}`);
  if (q.confidentialityAtLeast) parts.push(`機密性 ${q.confidentialityAtLeast} 以上`);
  if (q.zone) parts.push(`区分 ${q.zone}`);
  if (q.status) parts.push(`状態 ${q.status}`);
  if (q.hasPersonalInfo) parts.push(`個人情報 ${q.hasPersonalInfo === "true" ? "有" : "無"}`);
  if (q.disposalDueBefore) parts.push(`廃棄予定 ${q.disposalDueBefore} まで`);
  return parts.join("、");
}
