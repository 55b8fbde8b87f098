import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

/**
 * 情報資産台帳 — the tables of the asset register.
 *
 * Notes for everyone writing into `assets` (commands here, and the import in ./import):
 * - `search_text` and `search_grams` are maintained by a database trigger
 *   (`assets_search_maintain`, migration "assets_search") from asset_number, name, storage_place
 *   and notes. Do not write them, except with `searchFields()` of ./search.ts (the import does):
 *   the trigger keeps supplied values that match its own normalization (migration
 *   "assets_search_supplied") and computes them otherwise; a transaction that set
 *   `sekimori.search_supplied` (the import) skips it for rows with grams (migration 0013).
 * - `effective_*` hold the effective classification (highest by rank of the asset and everything it
 *   contains, recursively). After writing levels or relations call
 *   `recomputeEffective(tx, profile, assetIds)` from `server/modules/assets/effective.ts`
 *   inside the same transaction; it walks up to every container.
 * - Level columns hold level keys of the active profile (e.g. "3", "2", "1" or "kubun1").
 *   They are null while `classification_pending` (分類未確定) is true.
 */

export const ASSET_KINDS = [
  "information",
  "document",
  "system",
  "device",
  "medium",
  "network",
  "area",
] as const;
export type AssetKind = (typeof ASSET_KINDS)[number];

export const ASSET_SUBKINDS = [
  // device
  "server",
  "pc",
  "mobile",
  "mfp",
  "network_equipment",
  "iot",
  // medium
  "usb_memory",
  "external_disk",
  "optical_disc",
  "sd_card",
  "other",
] as const;
export type AssetSubkind = (typeof ASSET_SUBKINDS)[number];

export const ZONES = ["mynumber", "lgwan", "internet"] as const;
export type Zone = (typeof ZONES)[number];

export const ASSET_STATUSES = ["in_use", "lent", "carried_out", "lost", "disposed"] as const;
export type AssetStatus = (typeof ASSET_STATUSES)[number];

export const ASSET_ORIGINS = ["created", "received_internal", "received_external"] as const;
export type AssetOrigin = (typeof ASSET_ORIGINS)[number];

/** contains: from ⊇ to; copy_of: from is a copy of to; runs_on: from (system) runs on to (device); stored_in: from is kept in to (medium, area). */
export const RELATION_TYPES = ["contains", "copy_of", "runs_on", "stored_in"] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** The classification a received asset carried at its source (3.(2)④(ウ)). */
export interface SourceClassification {
  confidentiality?: string | null;
  integrity?: string | null;
  availability?: string | null;
  /** Who it came from (an organization or department name), free text. */
  from?: string | null;
}

export const assets = pgTable(
  "assets",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    assetNumber: text("asset_number").notNull(),
    name: text("name").notNull(),
    kind: text("kind").notNull().$type<AssetKind>(),
    subkind: text("subkind").$type<AssetSubkind>(),
    /** Owning department (所管課). */
    departmentId: uuid("department_id").notNull(),
    /** 管理者 / custodian (a person). */
    custodianPersonId: uuid("custodian_person_id"),
    confidentiality: text("confidentiality"),
    integrity: text("integrity"),
    availability: text("availability"),
    /** Effective levels (max by rank over everything contained), maintained by recomputeEffective. */
    effectiveConfidentiality: text("effective_confidentiality"),
    effectiveIntegrity: text("effective_integrity"),
    effectiveAvailability: text("effective_availability"),
    /** 分類未確定: the classification is unknown and waits for `classificationDecideBy`. */
    classificationPending: boolean("classification_pending").notNull().default(false),
    classificationDecideBy: uuid("classification_decide_by"),
    zone: text("zone").$type<Zone>(),
    storagePlace: text("storage_place"),
    notes: text("notes"),
    retentionYears: integer("retention_years"),
    /** 永年保存: kept permanently (retention_years, retention_until and disposal_due_date stay null). */
    retentionPermanent: boolean("retention_permanent").notNull().default(false),
    retentionUntil: date("retention_until"),
    disposalDueDate: date("disposal_due_date"),
    origin: text("origin").notNull().default("created").$type<AssetOrigin>(),
    sourceClassification: jsonb("source_classification").$type<SourceClassification>(),
    hasPersonalInfo: boolean("has_personal_info").notNull().default(false),
    /** 特定個人情報 (My Number). */
    specificPersonalInfo: boolean("specific_personal_info").notNull().default(false),
    /** 要配慮個人情報. */
    sensitivePersonalInfo: boolean("sensitive_personal_info").notNull().default(false),
    personCount: integer("person_count"),
    /** Reference to an approved exception (例外措置) covering a flag, set by the manager; free text until requests exist. */
    exceptionRef: text("exception_ref"),
    status: text("status").notNull().default("in_use").$type<AssetStatus>(),
    acquiredOn: date("acquired_on"),
    inUseSince: date("in_use_since"),
    lastInventoriedOn: date("last_inventoried_on"),
    disposedOn: date("disposed_on"),
    statusChangedOn: date("status_changed_on"),
    /** Fields defined by the profile (asset_fields). */
    extra: jsonb("extra").$type<AssetExtra>().notNull().default({}),
    /** Normalized (NFKC, lower-case) text of number, name, place and notes; maintained by trigger. */
    searchText: text("search_text").notNull().default(""),
    /** Unigrams and bigrams of search_text; GIN-indexed for Japanese partial matching; maintained by trigger. */
    searchGrams: text("search_grams").array().notNull().default(sql`'{}'::text[]`),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("assets_asset_number_uq").on(t.assetNumber),
    index("assets_department_idx").on(t.departmentId, t.assetNumber),
    index("assets_eff_conf_idx").on(t.effectiveConfidentiality),
    index("assets_conf_idx").on(t.confidentiality),
    index("assets_status_idx").on(t.status),
    index("assets_name_idx").on(t.name, t.id),
    index("assets_updated_idx").on(t.updatedAt, t.id),
    index("assets_disposal_idx").on(t.disposalDueDate, t.id),
    index("assets_custodian_idx").on(t.custodianPersonId),
    index("assets_search_grams_idx").using("gin", t.searchGrams),
  ],
);

/**
 * Counts of assets per (課, effective and own confidentiality, zone, status), kept by statement
 * triggers on `assets` (migration "asset_overview_counts": transition tables, one grouped upsert per
 * statement). The steering overview reads these few rows instead of every asset: the read rule's
 * department/class branches (`assetVisibilityParts().byUnitAndClass`) are predicates over exactly
 * these columns. Never written by the app.
 */
export const assetOverviewCounts = pgTable(
  "asset_overview_counts",
  {
    departmentId: uuid("department_id").notNull(),
    effectiveConfidentiality: text("effective_confidentiality"),
    confidentiality: text("confidentiality"),
    zone: text("zone"),
    status: text("status").notNull(),
    n: integer("n").notNull(),
  },
  (t) => [
    unique("asset_overview_counts_key")
      .on(t.departmentId, t.effectiveConfidentiality, t.confidentiality, t.zone, t.status)
      .nullsNotDistinct(),
  ],
);

export const assetRelations = pgTable(
  "asset_relations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    fromAssetId: uuid("from_asset_id").notNull(),
    toAssetId: uuid("to_asset_id").notNull(),
    type: text("type").notNull().$type<RelationType>(),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("asset_relations_uq").on(t.fromAssetId, t.toAssetId, t.type),
    index("asset_relations_to_idx").on(t.toAssetId),
  ],
);

/** People allowed to see an asset whose effective confidentiality is the top level (対策基準 7.1(1)③). */
export const assetNamedPeople = pgTable(
  "asset_named_people",
  {
    assetId: uuid("asset_id").notNull(),
    personId: uuid("person_id").notNull(),
    addedBy: uuid("added_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.assetId, t.personId] }),
    index("asset_named_people_person_idx").on(t.personId),
  ],
);

/** Running numbers per prefix (department code): next asset number = prefix-000001. */
export const assetNumberCounters = pgTable("asset_number_counters", {
  prefix: text("prefix").primaryKey(),
  lastValue: integer("last_value").notNull().default(0),
});

/**
 * The values of the profile's own asset fields (profile.assets.fields) by key: text and dates as
 * text, numbers, yes/no; null clears. The API (schema.ts Extra) and the import write only these.
 */
export type AssetExtra = Record<string, string | number | boolean | null>;

/** A saved list query (filters, search, sort) of one person. */
export const assetSavedViews = pgTable(
  "asset_saved_views",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("person_id").notNull(),
    name: text("name").notNull(),
    /** The list's query as the URL carries it (written only through SavedViewReq: text values). */
    query: jsonb("query").$type<Record<string, string>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("asset_saved_views_person_name_uq").on(t.personId, t.name)],
);

export const INVENTORY_RESULTS = ["pending", "confirmed", "moved", "missing", "disposed", "found"] as const;
export type InventoryResult = (typeof INVENTORY_RESULTS)[number];

/** 棚卸し: one campaign per 年度 and department. */
export const inventoryCampaigns = pgTable(
  "inventory_campaigns",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    fiscalYear: integer("fiscal_year").notNull(),
    departmentId: uuid("department_id").notNull(),
    deadline: date("deadline"),
    status: text("status").notNull().default("open").$type<"open" | "completed">(),
    startedBy: uuid("started_by"),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    completedBy: uuid("completed_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("inventory_campaigns_year_dept_uq").on(t.fiscalYear, t.departmentId)],
);

export const inventoryItems = pgTable(
  "inventory_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    campaignId: uuid("campaign_id").notNull(),
    assetId: uuid("asset_id").notNull(),
    result: text("result").notNull().default("pending").$type<InventoryResult>(),
    /** For "moved": the place where it was found. */
    newPlace: text("new_place"),
    note: text("note"),
    checkedBy: uuid("checked_by"),
    checkedAt: timestamp("checked_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("inventory_items_campaign_asset_uq").on(t.campaignId, t.assetId),
    index("inventory_items_asset_idx").on(t.assetId),
  ],
);

/** In-app follow-ups of the register (a missing asset, a classification to decide). */
export const assetTasks = pgTable(
  "asset_tasks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: text("kind").notNull().$type<"inventory_missing" | "classify">(),
    assetId: uuid("asset_id").notNull(),
    departmentId: uuid("department_id").notNull(),
    assigneePersonId: uuid("assignee_person_id"),
    campaignId: uuid("campaign_id"),
    status: text("status").notNull().default("open").$type<"open" | "done">(),
    note: text("note"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    doneAt: timestamp("done_at", { withTimezone: true }),
    doneBy: uuid("done_by"),
  },
  (t) => [
    index("asset_tasks_assignee_idx").on(t.assigneePersonId, t.status),
    index("asset_tasks_asset_idx").on(t.assetId),
  ],
);
