/**
 * Response schemas of software and vulnerabilities (zod + OpenAPI): the web's typed contract
 * (web/src/contract.ts) and what the route tests parse real answers against.
 */
import { z } from "@hono/zod-openapi";

export const ImportRowError = z
  .object({ row: z.number().int(), column: z.string(), message_ja: z.string(), message_en: z.string() })
  .openapi("SoftwareImportRowError");

export const InventoryImportRes = z
  .object({
    data: z.object({
      dryRun: z.boolean(),
      rows: z.number().int(),
      newProducts: z.number().int(),
      installations: z.number().int(),
      unchanged: z.number().int(),
      flagged: z.number().int(),
      matches: z.number().int(),
      errors: z.array(ImportRowError),
    }),
  })
  .openapi("SoftwareInventoryImport");
