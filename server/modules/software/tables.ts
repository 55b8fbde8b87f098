import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

/**
 * ソフトウェア・脆弱性 — software inventory (products, installations on systems and devices of the
 * asset register, licences) and vulnerability advisories matched to it. Never imported by another
 * module: they read through ./index.ts.
 */

/** A software product at one version (the unit an advisory names). */
export const softwareProducts = pgTable(
  "software_products",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    vendor: text("vendor").notNull(),
    product: text("product").notNull(),
    version: text("version").notNull().default(""),
    edition: text("edition").notNull().default(""),
    /** CPE 2.3 formatted string (validated on write). */
    cpe: text("cpe"),
    /** Lower-cased literal vendor/product of the CPE: the matching index. */
    cpeVendor: text("cpe_vendor"),
    cpeProduct: text("cpe_product"),
    /** MyJVN product ids of a domestic product. */
    jvnProductIds: text("jvn_product_ids").array().notNull().default(sql`'{}'::text[]`),
    /** The vendor's end of support (absolute date), when known. */
    endOfSupport: date("end_of_support"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("software_products_identity_uq").on(t.vendor, t.product, t.version, t.edition),
    index("software_products_cpe_idx").on(t.cpeVendor, t.cpeProduct),
    index("software_products_eos_idx").on(t.endOfSupport),
  ],
);

export type EosStatus = "ok" | "flagged" | "unknown";

/** A product installed on (or part of) a system or device of the asset register. */
export const softwareInstallations = pgTable(
  "software_installations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    productId: uuid("product_id").notNull(),
    /** The system or device (assets.id), read through the asset link. */
    assetId: uuid("asset_id").notNull(),
    /** Owning department of that asset when registered (lists filter by it in SQL). */
    departmentId: uuid("department_id").notNull(),
    /** The owner who receives the tasks: the asset's custodian, else the department's managers. */
    ownerPersonId: uuid("owner_person_id"),
    plannedEndOfUse: date("planned_end_of_use"),
    /** flagged: support ends before the planned end of use (profile: flag, not refuse). */
    eosStatus: text("eos_status").notNull().$type<EosStatus>().default("unknown"),
    eosClause: text("eos_clause"),
    /** When the owner was told that the budget lead time before the end of support began (once per date). */
    eosWarnedAt: timestamp("eos_warned_at", { withTimezone: true }),
    /** The approved ソフトウェア導入 request that allowed it, if any. */
    approvalRequestId: uuid("approval_request_id"),
    note: text("note"),
    removedAt: timestamp("removed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("software_installations_product_idx").on(t.productId),
    index("software_installations_asset_idx").on(t.assetId),
    index("software_installations_dept_idx").on(t.departmentId),
    index("software_installations_owner_idx").on(t.ownerPersonId),
  ],
);

export const LICENCE_TYPES = ["perpetual", "subscription", "volume", "oem", "open_source", "other"] as const;
export type LicenceType = (typeof LICENCE_TYPES)[number];

export const softwareLicences = pgTable(
  "software_licences",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    productId: uuid("product_id").notNull(),
    departmentId: uuid("department_id").notNull(),
    licenceType: text("licence_type").notNull().$type<LicenceType>(),
    /** Seats; null = unlimited (site licence, open source). */
    seats: integer("seats"),
    expiresOn: date("expires_on"),
    note: text("note"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("software_licences_product_idx").on(t.productId, t.departmentId)],
);

/** One problem: a CVE, or a JVNDB entry that names none. NVD and JVN parts are kept side by side. */
export const vulnAdvisories = pgTable(
  "vuln_advisories",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** CVE id, or JVNDB id when there is no CVE. */
    key: text("key").notNull(),
    cveId: text("cve_id"),
    jvndbIds: text("jvndb_ids").array().notNull().default(sql`'{}'::text[]`),
    title: text("title").notNull(),
    titleJa: text("title_ja"),
    description: text("description").notNull().default(""),
    descriptionJa: text("description_ja"),
    severity: text("severity"),
    /** Highest base score over all sources. */
    score: text("score"),
    cvss: jsonb("cvss").notNull().default([]),
    kev: jsonb("kev"),
    /** NVD configurations (criteria text and ranges). */
    configurations: jsonb("configurations").notNull().default([]),
    /** JVN affected items, per JVNDB entry. */
    jvnAffected: jsonb("jvn_affected").notNull().default([]),
    references: jsonb("references").notNull().default([]),
    published: timestamp("published", { withTimezone: true }),
    modified: timestamp("modified", { withTimezone: true }),
    /** A JVNDB-only advisory that later proved to be a CVE already known: matches move there. */
    supersededBy: uuid("superseded_by"),
    importedAt: timestamp("imported_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("vuln_advisories_key_uq").on(t.key),
    index("vuln_advisories_jvndb_idx").using("gin", t.jvndbIds),
    index("vuln_advisories_published_idx").on(t.published),
  ],
);

/**
 * The products an advisory names (vendor/product keys of vulnerable criteria and JVN items, MyJVN
 * product ids): the index the matching job joins installations against.
 */
export const vulnAdvisoryProducts = pgTable(
  "vuln_advisory_products",
  {
    advisoryId: uuid("advisory_id").notNull(),
    /** Lower-cased literal; "*" for ANY; a wildcard pattern when `pattern` is true. */
    vendor: text("vendor").notNull(),
    product: text("product").notNull(),
    pattern: boolean("pattern").notNull().default(false),
    jvnProductId: text("jvn_product_id"),
  },
  (t) => [
    index("vuln_advisory_products_key_idx").on(t.vendor, t.product),
    index("vuln_advisory_products_adv_idx").on(t.advisoryId),
    index("vuln_advisory_products_jvn_idx").on(t.jvnProductId),
  ],
);

/** One imported file (kept whether it succeeded or failed, with its located error). */
export const vulnImports = pgTable("vuln_imports", {
  id: uuid("id").primaryKey().defaultRandom(),
  fileName: text("file_name").notNull(),
  sha256: text("sha256").notNull(),
  format: text("format"),
  status: text("status").notNull().$type<"imported" | "failed">(),
  advisoryCount: integer("advisory_count").notNull().default(0),
  error: jsonb("error"),
  importedByPersonId: uuid("imported_by_person_id"),
  importedAt: timestamp("imported_at", { withTimezone: true }).notNull(),
});

/** One feed of a fetch: imported (its import record), failed to parse, or not fetched at all. */
export interface FetchedFeed {
  /** The address without credentials or query (feeds/fetch.ts feedLabel). */
  feed: string;
  status: "imported" | "failed" | "not_fetched";
  advisories: number;
  importId: string | null;
  error: { location: string; ja: string; en: string } | null;
}

/**
 * One run of the optional fetch (#19 item 3): the scheduled job, its retries, or `sekimori vuln
 * fetch` — what the ネットワーク管理者 reads on the imports screen: when, which feeds, how many
 * advisories and matches, what failed and when it is tried again.
 */
export const vulnFetchRuns = pgTable(
  "vuln_fetch_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    trigger: text("trigger").notNull().$type<"schedule" | "retry" | "command">(),
    attempt: integer("attempt").notNull().default(1),
    status: text("status").notNull().$type<"imported" | "partial" | "failed">(),
    feeds: jsonb("feeds").notNull().$type<FetchedFeed[]>(),
    advisoryCount: integer("advisory_count").notNull().default(0),
    matchCount: integer("match_count").notNull().default(0),
    /** When the feeds that failed are fetched again; null when nothing failed or no try is left. */
    retryAt: timestamp("retry_at", { withTimezone: true }),
    fetchedAt: timestamp("fetched_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("vuln_fetch_runs_at_idx").on(t.fetchedAt)],
);

export const MATCH_STATES = [
  "unconfirmed",
  "not_affected",
  "in_progress",
  "applied",
  "workaround",
  "accepted",
] as const;
export type MatchState = (typeof MATCH_STATES)[number];

/**
 * A match of an advisory to an installation, and the owner's task about it. The state and the
 * decision survive re-import and re-matching; a match that no longer matches is marked `stale`.
 */
export const vulnMatches = pgTable(
  "vuln_matches",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    advisoryId: uuid("advisory_id").notNull(),
    installationId: uuid("installation_id").notNull(),
    departmentId: uuid("department_id").notNull(),
    ownerPersonId: uuid("owner_person_id"),
    /** affected: the matcher is sure; confirm: a person must say (free-text version, less specific CPE …). */
    verdict: text("verdict").notNull().$type<"affected" | "confirm">(),
    reason: jsonb("reason").$type<{ ja: string; en: string } | null>(),
    state: text("state").notNull().$type<MatchState>().default("unconfirmed"),
    severity: text("severity"),
    kev: boolean("kev").notNull().default(false),
    dueOn: date("due_on"),
    decisionReason: text("decision_reason"),
    evidence: text("evidence"),
    acceptedUntil: date("accepted_until"),
    decidedByPersonId: uuid("decided_by_person_id"),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    escalatedAt: timestamp("escalated_at", { withTimezone: true }),
    stale: boolean("stale").notNull().default(false),
    firstMatchedAt: timestamp("first_matched_at", { withTimezone: true }).notNull(),
    lastMatchedAt: timestamp("last_matched_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("vuln_matches_pair_uq").on(t.advisoryId, t.installationId),
    index("vuln_matches_owner_idx").on(t.ownerPersonId, t.state, t.dueOn),
    index("vuln_matches_dept_idx").on(t.departmentId, t.state, t.dueOn),
    index("vuln_matches_installation_idx").on(t.installationId),
  ],
);
