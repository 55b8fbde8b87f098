/**
 * The shared writer of a list exported as a file (issue 20 item 3): the requests, incidents,
 * software, vulnerability, supplier-check and audit-log lists go out as .xlsx or CSV through this
 * one path. Every file opens with the export marking (export-marking.ts: class, handling, who and
 * when) and repeats it in the printed header/footer; every cell goes through defuseRow /
 * csvRecords (sheet.ts), so a stored `=HYPERLINK(…)` comes out as text. Rows arrive in batches
 * and are written as they come (exceljs's streaming writer, a CSV chunk per batch), so a long
 * list — the audit log — is never held whole. The route decides the rows (its list's filters and
 * visibility) and records the audit event; this file only writes.
 */
import { PassThrough, Readable } from "node:stream";
import { createRoute } from "@hono/zod-openapi";
import type { Worksheet } from "exceljs";
import type { ZodType } from "zod";
import { compactIsoDate } from "../../common/calendar";
import { excel } from "./excel";
import { type ExportMarking, markingLines, markWorksheetPrint } from "./export-marking";
import { type createRouter, errorResponses, SESSION_ROUTE } from "./router";
import { csvRecords } from "./sheet";
import { putMarkingRows, putRow } from "./workbook";

export const LIST_FORMATS = ["xlsx", "csv"] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Every row a list's filters select: the screen's paging does not apply to a file. */
export const EXPORT_ALL = { limit: 1_000_000, offset: 0 } as const;

export interface ListFile {
  /** The sheet's and the printed header's title, in Japanese. */
  title: string;
  /** ASCII file-name stem, and the Japanese one for `filename*`. */
  file: string;
  fileJa: string;
  header: readonly string[];
  /** Column widths (characters); 18 where not given. */
  widths?: readonly number[];
  /** The rows, one batch or several (a generator reads its next batch only when the last is written). */
  rows: readonly (readonly unknown[])[] | AsyncIterable<readonly (readonly unknown[])[]>;
  marking: ExportMarking;
  now: Date;
}

/** "xlsx" → "Excel", for route summaries. */
export const formatName = (f: ListFormat) => (f === "xlsx" ? "Excel" : "CSV");

/** The OpenAPI responses of an export route. */
export function listFileResponses(format: ListFormat) {
  return {
    200: {
      description: "The list's rows (its filters; only what the caller may see), marked",
      content:
        format === "xlsx"
          ? { [XLSX]: { schema: { type: "string" as const, format: "binary" } } }
          : { "text/csv": { schema: { type: "string" as const } } },
    },
    ...errorResponses,
  };
}

export interface ListExportRoute {
  /** The path without its extension: `/api/requests/export` serves `.xlsx` and `.csv`. */
  path: string;
  tag: string;
  /** The summary, given "Excel" or "CSV". */
  summary: (format: string) => string;
  /** The list's filters (no paging: a file holds every row they select). */
  query?: ZodType;
}

/**
 * Registers a list's two export routes (.xlsx and .csv), each answered by `file` — which loads
 * the rows through the list's own query and visibility, records the audit event and answers
 * with `listFileResponse`.
 */
export function addListExportRoutes(
  app: ReturnType<typeof createRouter>,
  route: ListExportRoute,
  // biome-ignore lint/suspicious/noExplicitAny: the route's context (a file route, no JSON body type)
  file: (c: any, format: ListFormat) => Promise<Response>,
): void {
  for (const format of LIST_FORMATS)
    app.openapi(
      createRoute({
        method: "get",
        path: `${route.path}.${format}`,
        tags: [route.tag],
        security: SESSION_ROUTE,
        summary: route.summary(formatName(format)),
        ...(route.query ? { request: { query: route.query as never } } : {}),
        responses: listFileResponses(format),
      }),
      // biome-ignore lint/suspicious/noExplicitAny: see above
      (async (c: any) => file(c, format)) as never,
    );
}

async function* batches(rows: ListFile["rows"]): AsyncGenerator<readonly (readonly unknown[])[]> {
  if (Symbol.asyncIterator in rows) yield* rows as AsyncIterable<readonly (readonly unknown[])[]>;
  else yield rows as readonly (readonly unknown[])[];
}

async function writeXlsx(out: PassThrough, f: ListFile) {
  const wb = new (await excel()).stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const lines = markingLines(f.marking);
  const ws = wb.addWorksheet(f.title.slice(0, 31), {
    views: [{ state: "frozen", ySplit: lines.length + 1 }],
  });
  markWorksheetPrint(ws as unknown as Worksheet, f.marking, f.title);
  ws.columns = f.header.map((_, i) => ({ key: `c${i}`, width: f.widths?.[i] ?? 18 }));
  for (const r of putMarkingRows(ws, f.marking)) r.commit();
  putRow(ws, f.header, "bold").commit();
  for await (const batch of batches(f.rows)) for (const r of batch) putRow(ws, r).commit();
  ws.commit();
  await wb.commit();
}

async function* csvBytes(f: ListFile) {
  // With a BOM so that Excel reads the UTF-8 as such.
  yield Buffer.from(`\uFEFF${csvRecords([...markingLines(f.marking).map((l) => [l]), f.header])}`, "utf8");
  for await (const batch of batches(f.rows)) if (batch.length) yield Buffer.from(csvRecords(batch), "utf8");
}

/** The file as a streamed response (content type, download name with the date, no caching). */
export function listFileResponse(f: ListFile, format: ListFormat): Response {
  const stamp = compactIsoDate(f.now);
  const headers = {
    "content-type": format === "xlsx" ? XLSX : "text/csv; charset=utf-8",
    "content-disposition": `attachment; filename="${f.file}_${stamp}.${format}"; filename*=UTF-8''${encodeURIComponent(`${f.fileJa}_${stamp}.${format}`)}`,
    "cache-control": "no-store",
  };
  if (format === "csv")
    return new Response(Readable.toWeb(Readable.from(csvBytes(f))) as unknown as ReadableStream, {
      status: 200,
      headers,
    });
  const pass = new PassThrough();
  writeXlsx(pass, f).catch((err) => pass.destroy(err));
  return new Response(Readable.toWeb(pass) as unknown as ReadableStream, { status: 200, headers });
}
