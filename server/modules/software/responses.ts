/**
 * Response schemas of software and vulnerabilities (zod + OpenAPI): the web's typed contract
 * (web/src/contract.ts) and what the route tests parse real answers against.
 */
import { z } from "@hono/zod-openapi";
import { I18nText as I18n, Instant, Policies } from "../../http/wire";

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

/** An installation's system or device as asset-link.ts labels it (hidden when the viewer may not read it). */
export const AssetLabel = z
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
    policies: Policies,
  })
  .openapi("SoftwareInstallation");
export const InstallationsRes = z.object({ data: z.array(InstallationRow) }).openapi("SoftwareInstallations");

export const ProductRow = z
  .object({
    id: z.string(),
    vendor: z.string(),
    product: z.string(),
    version: z.string(),
    edition: z.string(),
    cpe: z.string().nullable(),
    jvnProductIds: z.array(z.string()),
    endOfSupport: z.string().nullable(),
    installations: z.number().int(),
  })
  .openapi("SoftwareProduct");
export const ProductsRes = z.object({ data: z.array(ProductRow) }).openapi("SoftwareProducts");

export const LicenceRow = z
  .object({
    id: z.string(),
    productId: z.string(),
    vendor: z.string(),
    product: z.string(),
    version: z.string(),
    departmentId: z.string(),
    departmentName: z.string().nullable(),
    licenceType: z.string(),
    seats: z.number().int().nullable(),
    expiresOn: z.string().nullable(),
    note: z.string().nullable(),
    /** Seats of the product's unexpired licences in the 課 (null: none counted). */
    licensedTotal: z.number().int().nullable(),
    unlimited: z.boolean().nullable(),
    installed: z.number().int(),
  })
  .openapi("SoftwareLicence");
export const LicencesRes = z.object({ data: z.array(LicenceRow) }).openapi("SoftwareLicences");

export const CalendarRes = z
  .object({
    data: z.object({
      from: z.string(),
      to: z.string(),
      rule: z
        .object({ action: z.string(), clause: z.string(), text: I18n, budgetLeadMonths: z.number().int() })
        .nullable(),
      /** 年度 headings, each with its months (April to March). */
      years: z.array(
        z.object({
          fiscalYear: z.number().int(),
          /** The earliest budget warning of the year's products. */
          warnFrom: z.string(),
          products: z.number().int(),
          installations: z.number().int(),
          months: z.array(
            z.object({
              month: z.string(),
              items: z.array(
                z.object({
                  productId: z.string(),
                  vendor: z.string(),
                  product: z.string(),
                  version: z.string(),
                  endOfSupport: z.string(),
                  installations: z.number().int(),
                  departments: z.number().int(),
                  warnFrom: z.string(),
                }),
              ),
            }),
          ),
        }),
      ),
    }),
  })
  .openapi("SoftwareEndOfSupportCalendar");

export const AdvisoryRow = z
  .object({
    id: z.string(),
    key: z.string(),
    cveId: z.string().nullable(),
    jvndbIds: z.array(z.string()).nullable(),
    title: z.string(),
    titleJa: z.string().nullable(),
    severity: z.string().nullable(),
    score: z.string().nullable(),
    kev: z.boolean(),
    published: Instant.nullable(),
    modified: Instant.nullable(),
    matched: z.boolean(),
  })
  .openapi("VulnAdvisoryRow");
export const AdvisoriesRes = z
  .object({
    data: z.array(AdvisoryRow),
    /** 全職員への注意喚起: offered only to the profile's staff_notice duty. */
    can: z.object({ notifyStaff: z.boolean() }),
  })
  .openapi("VulnAdvisories");

export const ImportRow = z
  .object({
    id: z.string(),
    fileName: z.string(),
    sha256: z.string(),
    format: z.string().nullable(),
    status: z.enum(["imported", "failed"]),
    advisoryCount: z.number().int(),
    error: z.object({ location: z.string(), ja: z.string(), en: z.string() }).nullable(),
    importedByPersonId: z.string().nullable(),
    importedAt: Instant,
  })
  .openapi("VulnImport");
const LocatedError = z.object({ location: z.string(), ja: z.string(), en: z.string() });
/** One run of the optional fetch (tables.ts vulnFetchRuns) with each feed's outcome. */
export const FetchRunRow = z
  .object({
    id: z.string(),
    trigger: z.enum(["schedule", "retry", "command"]),
    attempt: z.number().int(),
    status: z.enum(["imported", "partial", "failed"]),
    feeds: z.array(
      z.object({
        feed: z.string(),
        status: z.enum(["imported", "failed", "not_fetched"]),
        advisories: z.number().int(),
        importId: z.string().nullable(),
        error: LocatedError.nullable(),
      }),
    ),
    advisoryCount: z.number().int(),
    matchCount: z.number().int(),
    retryAt: Instant.nullable(),
    fetchedAt: Instant,
  })
  .openapi("VulnFetchRun");
export const ImportsRes = z
  .object({
    data: z.array(ImportRow),
    /** The optional fetch: whether feeds are configured, its next scheduled run, its last runs. */
    fetch: z.object({ configured: z.boolean(), nextAt: Instant.nullable(), runs: z.array(FetchRunRow) }),
  })
  .openapi("VulnImports");

/**
 * A match as the queries read it (queries.ts MatchRow): the match list extends it with the asset's
 * label and the viewer's policies, the advisory detail (responses-writes.ts) with the label only.
 */
export const MatchBase = z.object({
  id: z.string(),
  advisoryId: z.string(),
  advisoryKey: z.string(),
  title: z.string(),
  titleJa: z.string().nullable(),
  installationId: z.string(),
  assetId: z.string(),
  departmentId: z.string(),
  bureauId: z.string().nullable(),
  departmentName: z.string().nullable(),
  ownerPersonId: z.string().nullable(),
  ownerName: z.string().nullable(),
  vendor: z.string(),
  product: z.string(),
  version: z.string(),
  verdict: z.enum(["affected", "confirm"]),
  reason: I18n.nullable(),
  state: z.string(),
  severity: z.string().nullable(),
  kev: z.boolean(),
  dueOn: z.string().nullable(),
  decisionReason: z.string().nullable(),
  evidence: z.string().nullable(),
  acceptedUntil: z.string().nullable(),
  decidedAt: Instant.nullable(),
  firstMatchedAt: Instant,
  stale: z.boolean(),
});
export const MatchRowRes = MatchBase.extend({ asset: AssetLabel.optional(), policies: Policies }).openapi(
  "VulnMatch",
);
export const MatchesRes = z.object({ data: z.array(MatchRowRes) }).openapi("VulnMatches");

export const SummaryRes = z
  .object({
    data: z.object({
      bySeverity: z.array(z.object({ severity: z.string(), age: z.string(), n: z.number().int() })),
      byState: z.array(z.object({ state: z.string(), n: z.number().int() })),
      overdue: z.number().int(),
      confirm: z.number().int(),
      kev: z.number().int(),
    }),
  })
  .openapi("VulnSummary");

export const CpeSuggestionsRes = z
  .object({
    data: z.array(
      z.object({
        cpe: z.string(),
        part: z.enum(["a", "o", "h"]),
        vendor: z.string(),
        product: z.string(),
        advisories: z.number().int(),
        source: z.enum(["advisories", "catalog"]),
      }),
    ),
  })
  .openapi("SoftwareCpeSuggestions");
