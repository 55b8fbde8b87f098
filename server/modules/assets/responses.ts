/**
 * Response schemas of the asset register's list and detail routes (zod + OpenAPI): what
 * /api/openapi.json documents, what the web's typed contract (web/src/contract.ts) derives the asset
 * screens' types from, and — through `Checks` — what `tsc` holds the presenter and `detail` to.
 */
import { z } from "@hono/zod-openapi";
import { type Assert, AuditData, type Conforms, Instant, IsoDay, Policies } from "../../http/wire";
import type { PresentedAsset } from "./presenter";
import type { AssetDetailView } from "./routes";
import { ASSET_KINDS, ASSET_ORIGINS, ASSET_STATUSES, ASSET_SUBKINDS, RELATION_TYPES, ZONES } from "./tables";

/** A level of a classification scheme as the profile names it (rank null: not in the profile). */
const Level = z
  .object({ key: z.string(), label: z.string(), labelEn: z.string(), rank: z.number().nullable() })
  .nullable();
const Levels = z.object({ confidentiality: Level, integrity: Level, availability: Level });

/** The values of the profile's own asset fields (the profile names the keys and their types). */
export const ExtraValues = z
  .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))
  .openapi("AssetExtraValues");

export const AssetListItem = z
  .object({
    id: z.string(),
    assetNumber: z.string(),
    name: z.string(),
    kind: z.enum(ASSET_KINDS),
    subkind: z.enum(ASSET_SUBKINDS).nullable(),
    department: z.object({ id: z.string(), code: z.string().nullable(), name: z.string().nullable() }),
    departmentId: z.string(),
    custodian: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
    /** The levels set on the asset itself, and the effective ones (the highest over what it contains). */
    levels: Levels,
    effective: Levels,
    topLevel: z.boolean(),
    classificationPending: z.boolean(),
    classificationDecideBy: z.string().nullable(),
    zone: z.enum(ZONES).nullable(),
    storagePlace: z.string().nullable(),
    notes: z.string().nullable(),
    retentionYears: z.number().int().nullable(),
    retentionPermanent: z.boolean(),
    retentionUntil: IsoDay.nullable(),
    disposalDueDate: IsoDay.nullable(),
    origin: z.enum(ASSET_ORIGINS),
    sourceClassification: z
      .object({
        confidentiality: z.string().nullable().optional(),
        integrity: z.string().nullable().optional(),
        availability: z.string().nullable().optional(),
        from: z.string().nullable().optional(),
      })
      .nullable(),
    hasPersonalInfo: z.boolean(),
    specificPersonalInfo: z.boolean(),
    sensitivePersonalInfo: z.boolean(),
    personCount: z.number().int().nullable(),
    exceptionRef: z.string().nullable(),
    status: z.enum(ASSET_STATUSES),
    acquiredOn: IsoDay.nullable(),
    inUseSince: IsoDay.nullable(),
    lastInventoriedOn: IsoDay.nullable(),
    disposedOn: IsoDay.nullable(),
    statusChangedOn: IsoDay.nullable(),
    /** The profile's own fields (profile.assets.fields) by key: text and dates as text, numbers, yes/no. */
    extra: ExtraValues,
    handlingRestrictions: z.array(
      z.object({
        code: z.string(),
        text: z.string(),
        textEn: z.string(),
        clause: z.string(),
        scheme: z.enum(["confidentiality", "integrity", "availability"]),
        level: z.string(),
      }),
    ),
    flags: z.array(z.object({ code: z.string(), text: z.string(), textEn: z.string(), clause: z.string() })),
    createdAt: Instant.nullable(),
    updatedAt: Instant.nullable(),
    policies: Policies,
  })
  .openapi("AssetListItem");

export const AssetPage = z
  .object({ items: z.array(AssetListItem), nextCursor: z.string().nullable(), policies: Policies })
  .openapi("AssetPage");

/** A related asset: by number and name, or — when the viewer may not open it — hidden. */
const Related = z.union([
  z.object({ id: z.string(), assetNumber: z.string(), name: z.string(), hidden: z.literal(false) }),
  z.object({ id: z.null(), assetNumber: z.null(), name: z.null(), hidden: z.literal(true) }),
]);

export const AssetDetail = z
  .object({
    data: AssetListItem.extend({
      relations: z.array(
        z.object({
          id: z.string(),
          type: z.enum(RELATION_TYPES),
          direction: z.enum(["out", "in"]),
          other: Related,
        }),
      ),
      namedPeople: z.array(z.object({ personId: z.string(), name: z.string().nullable() })),
      history: z.array(
        z.object({
          id: z.number().int(),
          occurredAt: Instant,
          type: z.string(),
          actor: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
          data: AuditData,
        }),
      ),
    }),
    policies: Policies,
  })
  .openapi("AssetDetail");

/** After removing oneself from an asset one may then no longer open: only its id. */
export const AssetDetailOrGone = z
  .union([AssetDetail, z.object({ data: z.object({ id: z.string() }), policies: Policies })])
  .openapi("AssetDetailOrGone");

// The presenter and the detail answer exactly these shapes (tsc checks it; nothing here runs).
export type Checks = [
  Assert<Conforms<PresentedAsset, z.output<typeof AssetListItem>>>,
  Assert<Conforms<AssetDetailView, z.output<typeof AssetDetail>>>,
];
