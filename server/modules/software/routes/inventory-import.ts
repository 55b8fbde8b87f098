/**
 * POST /api/software/installations/import — the software inventory from an .xlsx/.csv (Sekimori's
 * layout or an asset-management tool's software list). Dry run by default; a commit with any row
 * in error writes nothing and answers every located error.
 */
import { createRoute, z } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { authorize, requireActor } from "../../../access";
import { attachmentName, sheetFileType } from "../../../http/attachment-name";
import { AppError, fieldError } from "../../../http/errors";
import { createRouter, errorResponses, requestContext, SESSION_ROUTE } from "../../../http/router";
import { readSheet, SheetError } from "../../../http/sheet-read";
import { commitInventoryImport, planInventoryImport } from "../commands/import-inventory";
import { runMatching } from "../commands/match";
import { DATE_HEADERS, parseInventoryRows } from "../domain/inventory-rows";
import { InventoryImportRes } from "../responses";

export const INVENTORY_IMPORT_PATH = "/api/software/installations/import";
const MAX_SHEET = 16 * 1024 * 1024;

const ImportForm = z.object({
  file: z.any().openapi({
    type: "string",
    format: "binary",
    description:
      ".xlsx or .csv (UTF-8 / Shift_JIS): ベンダー, 製品名, バージョン, 資産番号 … or a software list exported by an asset-management tool (発行元, ソフトウェア名, DisplayVersion …)",
  }),
  dryRun: z
    .enum(["true", "false"])
    .optional()
    .openapi({ description: "Default true: check only, write nothing" }),
});

export function inventoryImportRoutes() {
  const app = createRouter();
  app.use(
    INVENTORY_IMPORT_PATH,
    bodyLimit({
      maxSize: MAX_SHEET,
      onError: () => {
        throw new AppError(
          413,
          "payload_too_large",
          "ファイルが大きすぎます（16MBまで）。",
          "The file is too large (16 MB at most).",
        );
      },
    }),
  );
  app.openapi(
    createRoute({
      method: "post",
      path: INVENTORY_IMPORT_PATH,
      tags: ["software"],
      security: SESSION_ROUTE,
      summary:
        "ソフトウェア台帳の取込み / Import the software inventory (.xlsx/.csv; dry run by default; a file with errors imports nothing)",
      request: { body: { required: true, content: { "multipart/form-data": { schema: ImportForm } } } },
      responses: {
        200: {
          description: "The plan (dry run) or what was written, with located errors",
          content: { "application/json": { schema: InventoryImportRes } },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      authorize(actor, "import", "software_inventory", null);
      const deps = c.get("deps");
      const db = deps.database.db;
      const form = c.req.valid("form");
      if (!(form.file instanceof File))
        throw fieldError("file", "ファイルを選択してください。", "Choose a file to upload.");
      let sheet: Awaited<ReturnType<typeof readSheet>>;
      const bytes = new Uint8Array(await form.file.arrayBuffer());
      try {
        sheet = await readSheet(bytes, DATE_HEADERS);
      } catch (err) {
        if (err instanceof SheetError) throw fieldError("file", err.messageJa, err.messageEn);
        throw err;
      }
      const parsed = parseInventoryRows(sheet);
      const now = deps.now();
      const plan = await planInventoryImport(db, actor, deps.profile(), parsed.rows, now);
      const errors = [...parsed.errors, ...plan.errors].sort((a, b) => a.row - b.row);
      const dryRun = form.dryRun !== "false";
      if (!dryRun && errors.length) {
        throw new AppError(
          400,
          "import_has_errors",
          "取込みファイルに誤りがあるため、何も登録していません。",
          "The file has errors: nothing was written.",
          Object.fromEntries(
            errors.slice(0, 200).map((e) => [
              `rows.${e.row}.${e.column}`,
              {
                message_ja: `${e.row}行目（${e.column}）: ${e.message_ja}`,
                message_en: `Row ${e.row} (${e.column}): ${e.message_en}`,
              },
            ]),
          ),
        );
      }
      let matches = 0;
      if (!dryRun) {
        const ids = await commitInventoryImport(
          db,
          requestContext(c),
          { ...plan, errors: [] },
          { name: attachmentName(form.file.name, sheetFileType(bytes)), rows: sheet.rows.length },
          now,
        );
        if (ids.length)
          matches = (await runMatching(db, requestContext(c), deps.profile(), now, { installationIds: ids }))
            .results.length;
      }
      return c.json(
        {
          data: {
            dryRun,
            rows: sheet.rows.length,
            newProducts: plan.newProducts.size,
            installations: plan.installations.length,
            unchanged: plan.unchanged.length,
            flagged: plan.flagged,
            matches,
            errors,
          },
        },
        200,
      );
    },
  );
  return app;
}
