/**
 * POST /api/assets/import — upload a register sheet (.xlsx / .csv), dry run or commit.
 * GET  /api/assets/import/{jobId} — progress of a running import (for the progress bar).
 *
 * The upload is streamed to a temporary file (limit MAX_IMPORT_BYTES → 413), so the app's JSON
 * body limit is skipped for this one route (see server/app.ts).
 */

import { createRoute, z } from "@hono/zod-openapi";
import { authorize } from "../../../access";
import type { AuditContext } from "../../../audit/record";
import type { AppDeps, RequestContext } from "../../../http/context";
import { AppError, invalid, notFound } from "../../../http/errors";
import { createRouter, errorResponses, SESSION_ROUTE } from "../../../http/router";
import { fieldErrorsFromZod } from "../../../http/validation";
import { loggerFor } from "../../../log";
import "./access";
import { createImportJob, failJob, finishJob, getImportJob, type ImportJob, updateProgress } from "./jobs";
import { MappingError } from "./rows";
import { ImportFileError, type ImportMode, type ImportResult, runAssetImport } from "./run";
import { SheetFileError } from "./sheet";
import { MAX_IMPORT_BYTES, receiveUpload, type Upload } from "./upload";

const log = loggerFor("assets.import");

export const ASSET_IMPORT_PATH = "/api/assets/import";

const TAG = ["assets"];

const Form = z.strictObject({
  dryRun: z.enum(["true", "false"]).optional(),
  mode: z.enum(["all-or-nothing", "valid-rows"]).optional(),
  mapping: z.string().max(20_000).optional(),
  background: z.enum(["true", "false"]).optional(),
});

const Mapping = z.record(z.string().max(200), z.string().max(50));

const RowErrorSchema = z.object({
  row: z.number().int(),
  column: z.string(),
  message_ja: z.string(),
  message_en: z.string(),
});

const ImportResultSchema = z
  .object({
    importId: z.string(),
    dryRun: z.boolean(),
    mode: z.enum(["all-or-nothing", "valid-rows"]),
    committed: z.boolean(),
    format: z.enum(["xlsx", "csv"]),
    encoding: z.string().nullable(),
    sheetName: z.string().nullable(),
    headerRow: z.number().int().nullable(),
    rows: z.number().int(),
    valid: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    errors: z.array(RowErrorSchema),
    errorCount: z.number().int(),
    mapping: z.record(z.string(), z.string()),
    unmapped: z.array(z.string()),
  })
  .openapi("AssetImportResult");

const ProgressSchema = z
  .object({
    jobId: z.string(),
    status: z.enum(["running", "done", "failed"]),
    phase: z.string(),
    processed: z.number().int(),
    total: z.number().int().nullable(),
    percent: z.number(),
    result: ImportResultSchema.nullable(),
    error: z.object({ code: z.string(), message_ja: z.string(), message_en: z.string() }).nullable(),
  })
  .openapi("AssetImportProgress");

function ctxOf(c: { get(k: "actor" | "ip" | "requestId"): unknown }): AuditContext {
  return {
    actor: c.get("actor") as RequestContext["actor"],
    ip: c.get("ip") as string,
    requestId: c.get("requestId") as string,
  };
}

/** An error of the file as a whole → the API error. */
export function importErrorOf(err: unknown): AppError | null {
  if (err instanceof SheetFileError) return new AppError(400, err.code, err.messageJa, err.messageEn);
  if (err instanceof ImportFileError) return new AppError(400, err.code, err.messageJa, err.messageEn);
  if (err instanceof MappingError)
    return invalid({
      mapping: {
        message_ja: `列「${err.header}」の対応先「${err.value}」は項目ではありません。`,
        message_en: `The mapping of column "${err.header}" names "${err.value}", which is not a field.`,
      },
    });
  return null;
}

/** Runs the import of an uploaded file, reporting progress on the job. */
export async function runJob(
  deps: AppDeps,
  ctx: AuditContext,
  upload: { path: string; fileName: string },
  job: ImportJob,
  options: { dryRun: boolean; mode: ImportMode; mapping?: Record<string, string> },
): Promise<ImportResult> {
  return runAssetImport(
    { db: deps.database.db, profile: deps.profile(), now: deps.now(), ctx },
    upload.path,
    { ...options, fileName: upload.fileName, importId: job.id },
    (p) => {
      updateProgress(job, { phase: p.phase, processed: p.processed, bytesRead: p.bytesRead });
      if (p.totalRows) {
        job.progress.total = p.totalRows;
        job.progress.percent = Math.min(99, Math.floor((p.processed / Math.max(1, p.totalRows)) * 100));
      }
    },
  );
}

function hasErrorsResponse(result: ImportResult) {
  const fields: Record<string, { message_ja: string; message_en: string }> = {};
  for (const e of result.errors.slice(0, 50)) {
    const key = `rows.${e.row}${e.column ? `.${e.column}` : ""}`;
    fields[key] ??= {
      message_ja: `${e.row}行目: ${e.message_ja}`,
      message_en: `Row ${e.row}: ${e.message_en}`,
    };
  }
  const err = new AppError(
    400,
    "import_has_errors",
    `${result.errorCount}件の誤りがあるため、何も取り込みませんでした。修正するか、正しい行だけを取り込んでください。`,
    `Nothing was imported: ${result.errorCount} error(s). Fix them, or import only the valid rows.`,
    fields,
  );
  return { ...err.toJSON(), result };
}

export function assetImportRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: "post",
      path: ASSET_IMPORT_PATH,
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "情報資産台帳の取込み（.xlsx / .csv）/ Import an asset register sheet",
      description:
        "multipart/form-data: file (.xlsx, or .csv in UTF-8 or Shift_JIS; at most 50 MB), dryRun=true|false (default true), mode=all-or-nothing|valid-rows (default all-or-nothing), mapping (JSON {columnHeader: fieldKey}), background=true (answer 202 with a job id at once; poll GET /api/assets/import/{jobId}). Rows are upserted by asset number; each row is authorized for its department.",
      request: {
        body: {
          required: true,
          content: {
            "multipart/form-data": {
              schema: {
                type: "object",
                required: ["file"],
                properties: {
                  file: { type: "string", format: "binary" },
                  dryRun: { type: "string", enum: ["true", "false"] },
                  mode: { type: "string", enum: ["all-or-nothing", "valid-rows"] },
                  mapping: { type: "string", description: 'JSON: {"列名": "fieldKey"}; "" skips a column' },
                  background: { type: "string", enum: ["true", "false"] },
                },
              },
            },
          },
        },
      },
      responses: {
        200: {
          description: "Result (dry run, or committed)",
          content: { "application/json": { schema: ImportResultSchema } },
        },
        202: {
          description: "Started in the background",
          content: { "application/json": { schema: z.object({ jobId: z.string() }) } },
        },
        413: { description: "File too large" },
        ...errorResponses,
      },
    }),
    // biome-ignore lint/suspicious/noExplicitAny: the multipart body is read as a stream, not validated by the router
    (async (c: any) => {
      const actor = authorize(c.get("actor"), "upload", "asset_import", {});
      const deps: AppDeps = c.get("deps");
      const upload: Upload = await receiveUpload(c.req.raw, MAX_IMPORT_BYTES);
      let cleaned = false;
      const cleanup = async () => {
        if (!cleaned) {
          cleaned = true;
          await upload.cleanup();
        }
      };
      try {
        const known = Object.fromEntries(
          Object.entries(upload.fields).filter(([k]) =>
            ["dryRun", "mode", "mapping", "background"].includes(k),
          ),
        );
        const parsed = Form.safeParse(known);
        if (!parsed.success) throw invalid(fieldErrorsFromZod(parsed.error));
        let mapping: Record<string, string> | undefined;
        if (parsed.data.mapping) {
          let raw: unknown;
          try {
            raw = JSON.parse(parsed.data.mapping);
          } catch {
            raw = null;
          }
          const m = Mapping.safeParse(raw);
          if (!m.success)
            throw invalid({
              mapping: {
                message_ja: '列の対応付けは {"列名": "項目"} の形式のJSONで指定してください。',
                message_en: 'The mapping must be JSON of the form {"column": "field"}.',
              },
            });
          mapping = m.data;
        }
        const options = {
          dryRun: parsed.data.dryRun !== "false",
          mode: (parsed.data.mode ?? "all-or-nothing") as ImportMode,
          mapping,
        };
        const ctx = ctxOf(c);
        const job = createImportJob(actor.userId, upload.size);
        const go = async () => {
          try {
            const result = await runJob(deps, ctx, upload, job, options);
            finishJob(job, result);
            return result;
          } catch (err) {
            const e = importErrorOf(err);
            failJob(
              job,
              e
                ? { code: e.code, message_ja: e.messageJa, message_en: e.messageEn }
                : {
                    code: "internal_error",
                    message_ja: "取込み中に問題が発生しました。",
                    message_en: "The import failed on the server.",
                  },
            );
            if (e) throw e;
            throw err;
          } finally {
            await cleanup();
          }
        };
        if (parsed.data.background === "true") {
          go().catch((err) => {
            if (!importErrorOf(err)) log.error({ err, requestId: ctx.requestId }, "asset import failed");
          });
          return c.json({ jobId: job.id }, 202);
        }
        const result = await go();
        if (!result.dryRun && !result.committed && result.errorCount > 0)
          return c.json(hasErrorsResponse(result), 400);
        return c.json(result, 200);
      } catch (err) {
        await cleanup();
        throw importErrorOf(err) ?? err;
      }
    }) as never,
  );

  app.openapi(
    createRoute({
      method: "get",
      path: `${ASSET_IMPORT_PATH}/{jobId}`,
      tags: TAG,
      security: SESSION_ROUTE,
      summary: "取込みの進捗 / Progress of an import",
      request: { params: z.object({ jobId: z.string().uuid() }) },
      responses: {
        200: { description: "Progress", content: { "application/json": { schema: ProgressSchema } } },
        ...errorResponses,
      },
    }),
    (c) => {
      const { jobId } = c.req.valid("param");
      const actor = authorize(c.get("actor"), "upload", "asset_import", {});
      const job = getImportJob(jobId);
      if (!job || job.ownerUserId !== actor.userId) throw notFound({ ja: "取込み", en: "The import" });
      const p = job.progress;
      const status = p.phase === "done" ? "done" : p.phase === "failed" ? "failed" : "running";
      return c.json(
        {
          jobId: job.id,
          status: status as "running" | "done" | "failed",
          phase: p.phase,
          processed: p.processed,
          total: p.total,
          percent: p.percent,
          result: (job.result as ImportResult | null) ?? null,
          error: job.error,
        },
        200,
      );
    },
  );

  return app;
}
