/**
 * The shared writer of a list exported as a file (issue 20 item 3): the requests, incidents,
 * software, vulnerability, supplier-check, contract, external-service and audit-log lists go out
 * as .xlsx, CSV or PDF (list-pdf.ts) through this one path. Every file opens with the export marking (export-marking.ts: class, handling, who and
 * when) and repeats it in the printed header/footer; every cell goes through defuseRow /
 * csvRecords (sheet.ts), so a stored `=HYPERLINK(…)` comes out as text. Rows arrive in batches
 * and are written as they come (exceljs's streaming writer, a CSV chunk per batch), so a long
 * list — the audit log — is never held whole; a PDF is laid out whole, so `holdRows` gathers its
 * rows (at most PDF_LIST_MAX_ROWS) before the route records anything. The route decides the rows
 * (its list's filters and visibility) and records the audit event (list-export-event.ts); this file
 * only writes.
 */
import { PassThrough, Readable } from "node:stream";
import { createRoute } from "@hono/zod-openapi";
import type { Worksheet } from "exceljs";
import type { ZodType } from "zod";
import { compactIsoDate } from "../../common/calendar";
import { excel } from "./excel";
import { type ExportMarking, markingLines, markWorksheetPrint } from "./export-marking";
import { listPdf, PDF_LIST_MAX_ROWS, refuseLongPdf } from "./list-pdf";
import { type createRouter, errorResponses, SESSION_ROUTE } from "./router";
import { csvRecords } from "./sheet";
import { putMarkingRows, putRow } from "./workbook";

export const LIST_FORMATS = ["xlsx", "csv", "pdf"] as const;
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
  /** Printed under a PDF's title: the organization (the profile's title). */
  organization?: string;
}

type Rows = readonly (readonly unknown[])[];

const NAMES: Record<ListFormat, string> = { xlsx: "Excel", csv: "CSV", pdf: "PDF" };
/** "xlsx" → "Excel", for route summaries. */
export const formatName = (f: ListFormat) => NAMES[f];

const CONTENT: Record<ListFormat, { type: string; schema: { type: "string"; format?: string } }> = {
  xlsx: { type: XLSX, schema: { type: "string", format: "binary" } },
  csv: { type: "text/csv", schema: { type: "string" } },
  pdf: { type: "application/pdf", schema: { type: "string", format: "binary" } },
};

/** The OpenAPI responses of an export route. */
export function listFileResponses(format: ListFormat) {
  return {
    200: {
      description:
        format === "pdf"
          ? `The list's rows (its filters; only what the caller may see), marked on every page; at most ${PDF_LIST_MAX_ROWS}`
          : "The list's rows (its filters; only what the caller may see), marked",
      content: { [CONTENT[format].type]: { schema: CONTENT[format].schema } },
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
 * Registers a list's three export routes (.xlsx, .csv and .pdf), each answered by `file` — which loads
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

async function* batches(rows: ListFile["rows"]): AsyncGenerator<Rows> {
  if (Symbol.asyncIterator in rows) yield* rows as AsyncIterable<Rows>;
  else yield rows as Rows;
}

/**
 * Called with the row count before the route records its audit event: a PDF above
 * PDF_LIST_MAX_ROWS is refused (400 too_many_rows) and leaves no event behind.
 */
export function refuseOversize(format: ListFormat, rows: number): void {
  if (format === "pdf") refuseLongPdf(rows);
}

/**
 * The same for a route whose rows come in batches (the audit log), called before its audit event:
 * for a PDF every row, gathered and counted (refused as above); for .xlsx and CSV the batches as
 * given, streamed later.
 */
export async function holdRows(format: ListFormat, rows: ListFile["rows"]): Promise<ListFile["rows"]> {
  if (format !== "pdf") return rows;
  const held: (readonly unknown[])[] = [];
  for await (const batch of batches(rows)) {
    held.push(...batch);
    refuseLongPdf(held.length);
  }
  return held;
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

/**
 * The file as a response (content type, download name with the date, no caching): .xlsx and CSV
 * streamed, a PDF laid out whole (its rows held by `holdRows`).
 */
export async function listFileResponse(f: ListFile, format: ListFormat): Promise<Response> {
  const stamp = compactIsoDate(f.now);
  const headers = {
    "content-type": format === "csv" ? "text/csv; charset=utf-8" : CONTENT[format].type,
    "content-disposition": `attachment; filename="${f.file}_${stamp}.${format}"; filename*=UTF-8''${encodeURIComponent(`${f.fileJa}_${stamp}.${format}`)}`,
    "cache-control": "no-store",
  };
  if (format === "pdf") {
    const rows = (await holdRows("pdf", f.rows)) as Rows;
    return new Response(new Uint8Array(await listPdf(f, rows)), { status: 200, headers });
  }
  if (format === "csv")
    return new Response(Readable.toWeb(Readable.from(csvBytes(f))) as unknown as ReadableStream, {
      status: 200,
      headers,
    });
  const pass = new PassThrough();
  writeXlsx(pass, f).catch((err) => pass.destroy(err));
  return new Response(Readable.toWeb(pass) as unknown as ReadableStream, { status: 200, headers });
}
