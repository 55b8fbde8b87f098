/**
 * Response schemas of the software and vulnerability write routes (and the advisory detail that
 * answered `{ data }` untyped): the stored row where the route answers it (rowSchema reads the
 * table's columns), the computed answers field by field. They document /api/openapi.json and type
 * the screens (web/src/contract.ts).
 */
import { z } from "@hono/zod-openapi";
import { type Assert, type Conforms, Instant, rowSchema } from "../../http/wire";
import type { FileResult } from "./commands/import-feeds";
import type { EosFinding } from "./domain/end-of-support";
import type { AdvisoryRow, MatchRow } from "./queries";
import { AssetLabel, MatchBase } from "./responses";
import { softwareInstallations, softwareLicences, softwareProducts, vulnMatches } from "./tables";

const data = <T extends z.ZodType>(schema: T, name: string) => z.object({ data: schema }).openapi(name);

/** The end-of-support check of an installation (domain/end-of-support.ts). */
const EosFindingSchema = z.union([
  z.object({ status: z.literal("ok") }),
  z.object({
    status: z.enum(["ended", "ends_during_use", "unknown"]),
    action: z.enum(["refuse", "flag"]),
    clause: z.string().nullable(),
    ja: z.string(),
    en: z.string(),
  }),
]);

const Rerun = z.object({ matches: z.number().int(), inserted: z.number().int(), stale: z.number().int() });

export const ProductCreatedRes = data(rowSchema(softwareProducts), "SoftwareProductCreated");
export const ProductUpdatedRes = data(
  z.intersection(rowSchema(softwareProducts), z.object({ rematched: Rerun.nullable() })),
  "SoftwareProductUpdated",
);
export const InstallationCreatedRes = data(
  z.object({
    installation: rowSchema(softwareInstallations),
    eos: EosFindingSchema.openapi({ description: "The end-of-support finding for the installation" }),
    matches: z.number().int(),
  }),
  "SoftwareInstallationCreated",
);
export const InstallationRemovedRes = data(
  z.object({ removed: z.literal(true) }),
  "SoftwareInstallationRemoved",
);
export const LicenceCreatedRes = data(rowSchema(softwareLicences), "SoftwareLicenceCreated");

const Severity = z.enum(["critical", "high", "medium", "low", "none"]);
const Cvss = z.object({
  version: z.string(),
  baseScore: z.number(),
  severity: Severity,
  vector: z.string(),
  source: z.string(),
});
const Kev = z.object({
  dateAdded: z.string(),
  dueDate: z.string().optional(),
  requiredAction: z.string().optional(),
  name: z.string().optional(),
});
const Range = z.object({
  startIncluding: z.string().optional(),
  startExcluding: z.string().optional(),
  endIncluding: z.string().optional(),
  endExcluding: z.string().optional(),
});
const Criterion = z.object({ vulnerable: z.boolean(), criteria: z.string(), range: Range.optional() });
const Configuration = z.object({
  operator: z.enum(["AND", "OR"]),
  negate: z.boolean(),
  nodes: z.array(
    z.object({ operator: z.enum(["AND", "OR"]), negate: z.boolean(), cpeMatch: z.array(Criterion) }),
  ),
});
const JvnEntry = z.object({
  jvndbId: z.string(),
  items: z.array(
    z.object({
      vendorName: z.string(),
      productName: z.string(),
      cpe: z.string().optional(),
      versionText: z.string().nullable(),
      productIds: z.array(z.string()),
    }),
  ),
});
/** The advisory as stored (feeds/merge.ts StoredAdvisory), with its id and what superseded it. */
const Advisory = z.object({
  id: z.string(),
  key: z.string(),
  cveId: z.string().nullable(),
  jvndbIds: z.array(z.string()),
  title: z.string(),
  titleJa: z.string().nullable(),
  description: z.string(),
  descriptionJa: z.string().nullable(),
  severity: z.string().nullable(),
  score: z.string().nullable(),
  cvss: z.array(Cvss),
  kev: Kev.nullable(),
  configurations: z.array(Configuration),
  jvnAffected: z.array(JvnEntry),
  references: z.array(z.string()),
  published: Instant.nullable(),
  modified: Instant.nullable(),
  supersededBy: z.string().nullable(),
});
/** A match of the advisory: the list's row without the viewer's policies (the detail has none). */
const Match = MatchBase.extend({ asset: AssetLabel.optional() });
export const AdvisoryDetailRes = data(Advisory.extend({ matches: z.array(Match) }), "VulnAdvisoryDetail");

const FileOutcome = z.object({
  file: z.string(),
  importId: z.string(),
  status: z.enum(["imported", "failed"]),
  advisories: z.number().int(),
  error: z.object({ location: z.string(), ja: z.string(), en: z.string() }).optional(),
});
export const FeedImportedRes = data(
  FileOutcome.extend({ matches: z.number().int(), newMatches: z.number().int() }),
  "VulnFeedImported",
);
export const FeedRefusedRes = data(FileOutcome, "VulnFeedRefused");
export const StaffNoticeRes = data(
  z.object({ recipients: z.number().int(), mailed: z.number().int() }),
  "VulnStaffNoticeSent",
);
export const MatchRunRes = data(
  Rerun.extend({ ms: z.object({ load: z.number(), match: z.number(), write: z.number() }) }),
  "VulnMatchRun",
);
export const MatchDecidedRes = data(rowSchema(vulnMatches), "VulnMatchDecided");

// The feed's outcome is the command's own type (tsc checks the schema keeps to it).
export type Checks = [
  FileResult extends z.output<typeof FileOutcome> ? true : never,
  Assert<Conforms<EosFinding, z.output<typeof EosFindingSchema>>>,
  Assert<Conforms<AdvisoryRow, z.output<typeof Advisory>>>,
  Assert<Conforms<MatchRow, Omit<z.output<typeof Match>, "asset">>>,
];
