/**
 * Response schemas of the software and vulnerability write routes (and the advisory detail that
 * answered `{ data }` untyped): the stored row where the route answers it (rowSchema reads the
 * table's columns), the computed answers field by field. They document /api/openapi.json and type
 * the screens (web/src/contract.ts).
 */
import { z } from "@hono/zod-openapi";
import { described, rowSchema } from "../../http/wire";
import { AssetLabelSchema } from "../assets";
import type { FileResult } from "./commands/import-feeds";
import type { EosFinding } from "./domain/end-of-support";
import type { advisoryById, listMatches } from "./queries";
import { softwareInstallations, softwareLicences, softwareProducts, vulnMatches } from "./tables";

const data = <T extends z.ZodType>(schema: T, name: string) => z.object({ data: schema }).openapi(name);

const Rerun = z.object({ matches: z.number().int(), inserted: z.number().int(), stale: z.number().int() });

export const ProductCreatedRes = data(rowSchema(softwareProducts), "SoftwareProductCreated");
export const ProductUpdatedRes = data(
  z.intersection(rowSchema(softwareProducts), z.object({ rematched: Rerun.nullable() })),
  "SoftwareProductUpdated",
);
export const InstallationCreatedRes = data(
  z.object({
    installation: rowSchema(softwareInstallations),
    eos: described<EosFinding>("The end-of-support finding for the installation"),
    matches: z.number().int(),
  }),
  "SoftwareInstallationCreated",
);
export const InstallationRemovedRes = data(
  z.object({ removed: z.literal(true) }),
  "SoftwareInstallationRemoved",
);
export const LicenceCreatedRes = data(rowSchema(softwareLicences), "SoftwareLicenceCreated");

type Advisory = NonNullable<Awaited<ReturnType<typeof advisoryById>>>;
type Match = Awaited<ReturnType<typeof listMatches>>[number];
export const AdvisoryDetailRes = data(
  z.intersection(
    described<Advisory>("The advisory as stored"),
    z.object({
      matches: z.array(
        z.intersection(
          described<Match>("A match of the advisory"),
          z.object({ asset: AssetLabelSchema.optional() }),
        ),
      ),
    }),
  ),
  "VulnAdvisoryDetail",
);

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
export type Checks = [FileResult extends z.output<typeof FileOutcome> ? true : never];
