import { z } from "@hono/zod-openapi";
import { SORTS } from "./queries";
import {
  ASSET_KINDS,
  ASSET_ORIGINS,
  ASSET_STATUSES,
  ASSET_SUBKINDS,
  INVENTORY_RESULTS,
  RELATION_TYPES,
  ZONES,
} from "./tables";

/** Request and response schemas of the asset register. Bodies are strict, strings bounded. */

const Uuid = z.uuid();
const IsoDate = z.iso.date();
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const LevelKey = z.string().trim().min(1).max(32);

/** The one `Policies` schema of the OpenAPI document (server/http/wire.ts). */
export { Policies } from "../../http/wire";
export const IdParam = z.object({ id: Uuid.openapi({ param: { name: "id", in: "path" } }) });

const SourceClassification = z.strictObject({
  confidentiality: LevelKey.nullable().optional(),
  integrity: LevelKey.nullable().optional(),
  availability: LevelKey.nullable().optional(),
  from: optionalText(200),
});

const Extra = z.record(
  z.string().max(64),
  z.union([z.string().max(2000), z.number(), z.boolean(), z.null()]),
);

const assetFields = {
  assetNumber: text(64).optional(),
  name: text(300),
  kind: z.enum(ASSET_KINDS),
  subkind: z.enum(ASSET_SUBKINDS).nullable().optional(),
  departmentId: Uuid,
  custodianPersonId: Uuid.nullable().optional(),
  confidentiality: LevelKey.nullable().optional(),
  integrity: LevelKey.nullable().optional(),
  availability: LevelKey.nullable().optional(),
  zone: z.enum(ZONES).nullable().optional(),
  storagePlace: optionalText(300),
  notes: optionalText(4000),
  retentionYears: z.number().int().min(0).max(1000).nullable().optional(),
  retentionUntil: IsoDate.nullable().optional(),
  retentionPermanent: z.boolean().optional(),
  disposalDueDate: IsoDate.nullable().optional(),
  origin: z.enum(ASSET_ORIGINS).optional(),
  sourceClassification: SourceClassification.nullable().optional(),
  hasPersonalInfo: z.boolean().optional(),
  specificPersonalInfo: z.boolean().optional(),
  sensitivePersonalInfo: z.boolean().optional(),
  personCount: z.number().int().min(0).max(100_000_000).nullable().optional(),
  status: z.enum(ASSET_STATUSES).optional(),
  acquiredOn: IsoDate.nullable().optional(),
  inUseSince: IsoDate.nullable().optional(),
  extra: Extra.optional(),
};

export const AssetCreateReq = z
  .strictObject({
    ...assetFields,
    /** Put the new asset inside this container (a medium, system, area…). */
    containedIn: Uuid.optional(),
    /** The new asset is a copy of this one: it inherits its levels, which may only be raised. */
    copyOf: Uuid.optional(),
  })
  .openapi("AssetCreateReq");

export const AssetUpdateReq = z
  .strictObject({
    assetNumber: text(64).optional(),
    name: text(300).optional(),
    kind: z.enum(ASSET_KINDS).optional(),
    subkind: z.enum(ASSET_SUBKINDS).nullable().optional(),
    departmentId: Uuid.optional(),
    custodianPersonId: Uuid.nullable().optional(),
    zone: z.enum(ZONES).nullable().optional(),
    storagePlace: optionalText(300),
    notes: optionalText(4000),
    retentionYears: z.number().int().min(0).max(1000).nullable().optional(),
    retentionUntil: IsoDate.nullable().optional(),
    retentionPermanent: z.boolean().optional(),
    disposalDueDate: IsoDate.nullable().optional(),
    hasPersonalInfo: z.boolean().optional(),
    specificPersonalInfo: z.boolean().optional(),
    sensitivePersonalInfo: z.boolean().optional(),
    personCount: z.number().int().min(0).max(100_000_000).nullable().optional(),
    acquiredOn: IsoDate.nullable().optional(),
    exceptionRef: optionalText(200),
    extra: Extra.optional(),
  })
  .openapi("AssetUpdateReq");

export const ReclassifyReq = z
  .strictObject({
    levels: z.strictObject({
      confidentiality: LevelKey.optional(),
      integrity: LevelKey.optional(),
      availability: LevelKey.optional(),
    }),
    reason: text(1000),
  })
  .openapi("ReclassifyReq");

export const StatusReq = z
  .strictObject({ status: z.enum(ASSET_STATUSES), date: IsoDate, note: optionalText(1000) })
  .openapi("AssetStatusReq");

export const RelationReq = z
  .strictObject({ type: z.enum(RELATION_TYPES), toAssetId: Uuid })
  .openapi("AssetRelationReq");
export const RelationParam = z.object({
  id: Uuid.openapi({ param: { name: "id", in: "path" } }),
  relationId: Uuid.openapi({ param: { name: "relationId", in: "path" } }),
});

export const NamedPersonReq = z.strictObject({ personId: Uuid }).openapi("AssetNamedPersonReq");
export const NamedPersonParam = z.object({
  id: Uuid.openapi({ param: { name: "id", in: "path" } }),
  personId: Uuid.openapi({ param: { name: "personId", in: "path" } }),
});

export const BulkReq = z
  .strictObject({
    ids: z.array(Uuid).min(1).max(1000),
    set: z
      .strictObject({
        custodianPersonId: Uuid.nullable().optional(),
        storagePlace: optionalText(300),
        levels: z
          .strictObject({
            confidentiality: LevelKey.optional(),
            integrity: LevelKey.optional(),
            availability: LevelKey.optional(),
          })
          .optional(),
      })
      .refine((s) => Object.keys(s).length > 0, { message: "nothing to change" }),
    reason: optionalText(1000),
  })
  .openapi("AssetBulkReq");

const csv = (max = 50) =>
  z
    .string()
    .max(max * 40)
    .optional();
const bool = z.enum(["true", "false"]).optional();

export const ListQuery = z.object({
  q: z.string().max(200).optional(),
  confidentiality: csv(),
  integrity: csv(),
  availability: csv(),
  confidentialityAtLeast: z.string().max(32).optional(),
  zone: csv(),
  kind: csv(),
  status: csv(),
  departmentId: csv(),
  hasPersonalInfo: bool,
  specificPersonalInfo: bool,
  sensitivePersonalInfo: bool,
  classificationPending: bool,
  disposalDueBefore: IsoDate.optional(),
  sort: z.enum(SORTS).optional(),
  order: z.enum(["asc", "desc"]).optional(),
  cursor: z.string().max(1000).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});

export const SavedViewReq = z
  .strictObject({ name: text(100), query: z.record(z.string().max(64), z.string().max(2000)) })
  .openapi("AssetSavedViewReq");
export const SavedViewUpdateReq = z
  .strictObject({
    name: text(100).optional(),
    query: z.record(z.string().max(64), z.string().max(2000)).optional(),
  })
  .openapi("AssetSavedViewUpdateReq");

// ── inventory ────────────────────────────────────────────────────────────────

export const CampaignCreateReq = z
  .strictObject({
    fiscalYear: z.number().int().min(2000).max(2200),
    departmentId: Uuid,
    deadline: IsoDate.nullable().optional(),
  })
  .openapi("InventoryCampaignCreateReq");

export const InventoryItemReq = z
  .strictObject({
    result: z.enum(INVENTORY_RESULTS).exclude(["pending", "found"]),
    newPlace: optionalText(300),
    note: optionalText(1000),
  })
  .openapi("InventoryItemReq");
export const InventoryItemParam = z.object({
  id: Uuid.openapi({ param: { name: "id", in: "path" } }),
  assetId: Uuid.openapi({ param: { name: "assetId", in: "path" } }),
});

export const InventoryFoundReq = z
  .strictObject({
    name: text(300),
    kind: z.enum(ASSET_KINDS),
    subkind: z.enum(ASSET_SUBKINDS).nullable().optional(),
    storagePlace: optionalText(300),
    note: optionalText(1000),
  })
  .openapi("InventoryFoundReq");

export const CampaignQuery = z.object({
  fiscalYear: z.coerce.number().int().min(2000).max(2200).optional(),
  departmentId: Uuid.optional(),
});
