CREATE TABLE "asset_named_people" (
	"asset_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"added_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "asset_named_people_asset_id_person_id_pk" PRIMARY KEY("asset_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "asset_number_counters" (
	"prefix" text PRIMARY KEY NOT NULL,
	"last_value" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "asset_relations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"from_asset_id" uuid NOT NULL,
	"to_asset_id" uuid NOT NULL,
	"type" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "asset_saved_views" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"name" text NOT NULL,
	"query" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "asset_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"asset_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"assignee_person_id" uuid,
	"campaign_id" uuid,
	"status" text DEFAULT 'open' NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"done_at" timestamp with time zone,
	"done_by" uuid
);
--> statement-breakpoint
CREATE TABLE "assets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"asset_number" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"subkind" text,
	"department_id" uuid NOT NULL,
	"custodian_person_id" uuid,
	"confidentiality" text,
	"integrity" text,
	"availability" text,
	"effective_confidentiality" text,
	"effective_integrity" text,
	"effective_availability" text,
	"classification_pending" boolean DEFAULT false NOT NULL,
	"classification_decide_by" uuid,
	"zone" text,
	"storage_place" text,
	"notes" text,
	"retention_years" integer,
	"retention_until" date,
	"disposal_due_date" date,
	"origin" text DEFAULT 'created' NOT NULL,
	"source_classification" jsonb,
	"has_personal_info" boolean DEFAULT false NOT NULL,
	"specific_personal_info" boolean DEFAULT false NOT NULL,
	"sensitive_personal_info" boolean DEFAULT false NOT NULL,
	"person_count" integer,
	"exception_ref" text,
	"status" text DEFAULT 'in_use' NOT NULL,
	"acquired_on" date,
	"in_use_since" date,
	"last_inventoried_on" date,
	"disposed_on" date,
	"status_changed_on" date,
	"extra" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"search_grams" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inventory_campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fiscal_year" integer NOT NULL,
	"department_id" uuid NOT NULL,
	"deadline" date,
	"status" text DEFAULT 'open' NOT NULL,
	"started_by" uuid,
	"completed_at" timestamp with time zone,
	"completed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inventory_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"asset_id" uuid NOT NULL,
	"result" text DEFAULT 'pending' NOT NULL,
	"new_place" text,
	"note" text,
	"checked_by" uuid,
	"checked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "asset_named_people_person_idx" ON "asset_named_people" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "asset_relations_uq" ON "asset_relations" USING btree ("from_asset_id","to_asset_id","type");--> statement-breakpoint
CREATE INDEX "asset_relations_to_idx" ON "asset_relations" USING btree ("to_asset_id");--> statement-breakpoint
CREATE UNIQUE INDEX "asset_saved_views_person_name_uq" ON "asset_saved_views" USING btree ("person_id","name");--> statement-breakpoint
CREATE INDEX "asset_tasks_assignee_idx" ON "asset_tasks" USING btree ("assignee_person_id","status");--> statement-breakpoint
CREATE INDEX "asset_tasks_asset_idx" ON "asset_tasks" USING btree ("asset_id");--> statement-breakpoint
CREATE UNIQUE INDEX "assets_asset_number_uq" ON "assets" USING btree ("asset_number");--> statement-breakpoint
CREATE INDEX "assets_department_idx" ON "assets" USING btree ("department_id","asset_number");--> statement-breakpoint
CREATE INDEX "assets_eff_conf_idx" ON "assets" USING btree ("effective_confidentiality");--> statement-breakpoint
CREATE INDEX "assets_conf_idx" ON "assets" USING btree ("confidentiality");--> statement-breakpoint
CREATE INDEX "assets_status_idx" ON "assets" USING btree ("status");--> statement-breakpoint
CREATE INDEX "assets_name_idx" ON "assets" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "assets_updated_idx" ON "assets" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "assets_disposal_idx" ON "assets" USING btree ("disposal_due_date","id");--> statement-breakpoint
CREATE INDEX "assets_custodian_idx" ON "assets" USING btree ("custodian_person_id");--> statement-breakpoint
CREATE INDEX "assets_search_grams_idx" ON "assets" USING gin ("search_grams");--> statement-breakpoint
CREATE UNIQUE INDEX "inventory_campaigns_year_dept_uq" ON "inventory_campaigns" USING btree ("fiscal_year","department_id");--> statement-breakpoint
CREATE UNIQUE INDEX "inventory_items_campaign_asset_uq" ON "inventory_items" USING btree ("campaign_id","asset_id");--> statement-breakpoint
CREATE INDEX "inventory_items_asset_idx" ON "inventory_items" USING btree ("asset_id");