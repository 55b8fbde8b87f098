CREATE TABLE "directory_links" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"dn" text NOT NULL,
	"linked_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "directory_sync_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"status" text NOT NULL,
	"created_by" uuid,
	"plan" jsonb,
	"digest" text,
	"failure" jsonb,
	"applied_at" timestamp with time zone,
	"applied_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "directory_sync_runs_created_idx" ON "directory_sync_runs" USING btree ("created_at");