CREATE TABLE "software_installations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"product_id" uuid NOT NULL,
	"asset_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"owner_person_id" uuid,
	"planned_end_of_use" date,
	"eos_status" text DEFAULT 'unknown' NOT NULL,
	"eos_clause" text,
	"approval_request_id" uuid,
	"note" text,
	"removed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "software_licences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"product_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"licence_type" text NOT NULL,
	"seats" integer,
	"expires_on" date,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "software_products" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"vendor" text NOT NULL,
	"product" text NOT NULL,
	"version" text DEFAULT '' NOT NULL,
	"edition" text DEFAULT '' NOT NULL,
	"cpe" text,
	"cpe_vendor" text,
	"cpe_product" text,
	"jvn_product_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"end_of_support" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vuln_advisories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"cve_id" text,
	"jvndb_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"title" text NOT NULL,
	"title_ja" text,
	"description" text DEFAULT '' NOT NULL,
	"description_ja" text,
	"severity" text,
	"score" text,
	"cvss" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"kev" jsonb,
	"configurations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"jvn_affected" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"references" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"published" timestamp with time zone,
	"modified" timestamp with time zone,
	"superseded_by" uuid,
	"imported_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vuln_advisory_products" (
	"advisory_id" uuid NOT NULL,
	"vendor" text NOT NULL,
	"product" text NOT NULL,
	"pattern" boolean DEFAULT false NOT NULL,
	"jvn_product_id" text
);
--> statement-breakpoint
CREATE TABLE "vuln_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"file_name" text NOT NULL,
	"sha256" text NOT NULL,
	"format" text,
	"status" text NOT NULL,
	"advisory_count" integer DEFAULT 0 NOT NULL,
	"error" jsonb,
	"imported_by_person_id" uuid,
	"imported_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vuln_matches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"advisory_id" uuid NOT NULL,
	"installation_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"owner_person_id" uuid,
	"verdict" text NOT NULL,
	"reason" jsonb,
	"state" text DEFAULT 'unconfirmed' NOT NULL,
	"severity" text,
	"kev" boolean DEFAULT false NOT NULL,
	"due_on" date,
	"decision_reason" text,
	"evidence" text,
	"accepted_until" date,
	"decided_by_person_id" uuid,
	"decided_at" timestamp with time zone,
	"escalated_at" timestamp with time zone,
	"stale" boolean DEFAULT false NOT NULL,
	"first_matched_at" timestamp with time zone NOT NULL,
	"last_matched_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "software_installations_product_idx" ON "software_installations" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "software_installations_asset_idx" ON "software_installations" USING btree ("asset_id");--> statement-breakpoint
CREATE INDEX "software_installations_dept_idx" ON "software_installations" USING btree ("department_id");--> statement-breakpoint
CREATE INDEX "software_installations_owner_idx" ON "software_installations" USING btree ("owner_person_id");--> statement-breakpoint
CREATE INDEX "software_licences_product_idx" ON "software_licences" USING btree ("product_id","department_id");--> statement-breakpoint
CREATE UNIQUE INDEX "software_products_identity_uq" ON "software_products" USING btree ("vendor","product","version","edition");--> statement-breakpoint
CREATE INDEX "software_products_cpe_idx" ON "software_products" USING btree ("cpe_vendor","cpe_product");--> statement-breakpoint
CREATE INDEX "software_products_eos_idx" ON "software_products" USING btree ("end_of_support");--> statement-breakpoint
CREATE UNIQUE INDEX "vuln_advisories_key_uq" ON "vuln_advisories" USING btree ("key");--> statement-breakpoint
CREATE INDEX "vuln_advisories_jvndb_idx" ON "vuln_advisories" USING gin ("jvndb_ids");--> statement-breakpoint
CREATE INDEX "vuln_advisories_published_idx" ON "vuln_advisories" USING btree ("published");--> statement-breakpoint
CREATE INDEX "vuln_advisory_products_key_idx" ON "vuln_advisory_products" USING btree ("vendor","product");--> statement-breakpoint
CREATE INDEX "vuln_advisory_products_adv_idx" ON "vuln_advisory_products" USING btree ("advisory_id");--> statement-breakpoint
CREATE INDEX "vuln_advisory_products_jvn_idx" ON "vuln_advisory_products" USING btree ("jvn_product_id");--> statement-breakpoint
CREATE UNIQUE INDEX "vuln_matches_pair_uq" ON "vuln_matches" USING btree ("advisory_id","installation_id");--> statement-breakpoint
CREATE INDEX "vuln_matches_owner_idx" ON "vuln_matches" USING btree ("owner_person_id","state","due_on");--> statement-breakpoint
CREATE INDEX "vuln_matches_dept_idx" ON "vuln_matches" USING btree ("department_id","state","due_on");--> statement-breakpoint
CREATE INDEX "vuln_matches_installation_idx" ON "vuln_matches" USING btree ("installation_id");