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

const AssetLabel = z
  .union([
    z.object({ id: z.string(), hidden: z.literal(true) }),
    z.object({
      id: z.string(),
      hidden: z.literal(false),
      number: z.string(),
      name: z.string(),
      kind: z.string(),
    }),
  ])
  .openapi("SoftwareAssetLabel");

export const InstallationRow = z
  .object({
    id: z.string(),
    assetId: z.string(),
    asset: AssetLabel.optional(),
    departmentId: z.string(),
    bureauId: z.string().nullable(),
    departmentName: z.string().nullable(),
    ownerPersonId: z.string().nullable(),
    ownerName: z.string().nullable(),
    productId: z.string(),
    vendor: z.string(),
    product: z.string(),
    version: z.string(),
    edition: z.string(),
    cpe: z.string().nullable(),
    endOfSupport: z.string().nullable(),
    plannedEndOfUse: z.string().nullable(),
    eosStatus: z.enum(["ok", "flagged", "unknown"]),
    eosClause: z.string().nullable(),
    openMatches: z.number().int(),
    policies: z.record(z.string(), z.boolean()),
  })
  .openapi("SoftwareInstallation");
export const InstallationsRes = z.object({ data: z.array(InstallationRow) }).openapi("SoftwareInstallations");
